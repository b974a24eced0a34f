from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("monitoring", "0006_meldingen_naar_eigen_app"),
    ]

    operations = [
        migrations.RenameField(model_name="meting", old_name="ingevoerd_door", new_name="created_by"),
        migrations.RenameField(
            model_name="monitormoment", old_name="aangemaakt_door", new_name="created_by"
        ),
    ]
