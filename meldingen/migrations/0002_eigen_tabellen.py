from django.db import migrations

MODELLEN = ["herinnering", "melding", "voorkeuren"]


def naar_meldingen(apps, schema_editor):
    """The content types (and with them the permissions, admin log and audit entries) of the
    moved models follow them, unless a database already made new ones for meldingen."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    for model in MODELLEN:
        if not ContentType.objects.filter(app_label="meldingen", model=model).exists():
            ContentType.objects.filter(app_label="monitoring", model=model).update(
                app_label="meldingen"
            )


def naar_monitoring(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    for model in MODELLEN:
        if not ContentType.objects.filter(app_label="monitoring", model=model).exists():
            ContentType.objects.filter(app_label="meldingen", model=model).update(
                app_label="monitoring"
            )


class Migration(migrations.Migration):
    """The tables taken over from monitoring get this app's names; renaming keeps every row."""

    dependencies = [
        ("contenttypes", "0002_remove_content_type_name"),
        ("meldingen", "0001_initial"),
        ("monitoring", "0006_meldingen_naar_eigen_app"),
    ]

    operations = [
        migrations.AlterModelTable(name="herinnering", table=None),
        migrations.AlterModelTable(name="melding", table=None),
        migrations.AlterModelTable(name="voorkeuren", table=None),
        migrations.RunPython(naar_meldingen, naar_monitoring),
    ]
