from django.conf import settings
from django.db import migrations, models

# The old key "wat:id" named the source's object; "school:id" was the schoolleider's digest.
BRON_VAN_VOORVOEGSEL = {
    "monitormoment": "monitormoment",
    "actiepunt": "actiepunt",
    "planactie": "planactie",
    "bijeenkomst": "bijeenkomst",
    "borging": "borging",
    "school": "digest",
}


def sleutel_naar_bron(apps, schema_editor):
    """Splits each old key into the source's name and its object's id. A key the reminder code
    never wrote (only a hand-made row could hold one) keeps its row with no source, and its own
    id as object, so it collides with nothing."""
    Herinnering = apps.get_model("meldingen", "Herinnering")
    rijen = Herinnering.objects.only("pk", "sleutel").order_by("pk")
    bijgewerkt = []
    for rij in rijen.iterator(chunk_size=2000):
        voorvoegsel, _sep, nummer = rij.sleutel.partition(":")
        if voorvoegsel in BRON_VAN_VOORVOEGSEL and nummer.isdigit():
            rij.bron, rij.object_id = BRON_VAN_VOORVOEGSEL[voorvoegsel], int(nummer)
        else:
            rij.bron, rij.object_id = "", rij.pk
        bijgewerkt.append(rij)
        if len(bijgewerkt) == 2000:
            Herinnering.objects.bulk_update(bijgewerkt, ["bron", "object_id"])
            bijgewerkt = []
    Herinnering.objects.bulk_update(bijgewerkt, ["bron", "object_id"])


def bron_naar_sleutel(apps, schema_editor):
    Herinnering = apps.get_model("meldingen", "Herinnering")
    voorvoegsel_van_bron = {bron: voorvoegsel for voorvoegsel, bron in BRON_VAN_VOORVOEGSEL.items()}
    bijgewerkt = []
    for rij in Herinnering.objects.only("pk", "bron", "object_id").iterator(chunk_size=2000):
        rij.sleutel = f"{voorvoegsel_van_bron.get(rij.bron, rij.bron)}:{rij.object_id}"
        bijgewerkt.append(rij)
    Herinnering.objects.bulk_update(bijgewerkt, ["sleutel"], batch_size=2000)


class Migration(migrations.Migration):
    """A reminder names its source and that source's object in two fields instead of one
    "wat:id" key, so the sender asks the source by name instead of reading keys."""

    dependencies = [
        ("meldingen", "0002_eigen_tabellen"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        # First, so that undoing this migration restores the old key before its constraint.
        migrations.RemoveConstraint(model_name="herinnering", name="herinnering_eenmalig"),
        migrations.AddField(
            model_name="herinnering",
            name="bron",
            field=models.CharField(default="", max_length=30),
            preserve_default=False,
        ),
        migrations.AddField(
            model_name="herinnering",
            name="object_id",
            field=models.PositiveBigIntegerField(null=True),
        ),
        migrations.RunPython(sleutel_naar_bron, bron_naar_sleutel),
        # A default only so that undoing this migration can add the column back to full rows.
        migrations.AlterField(
            model_name="herinnering",
            name="sleutel",
            field=models.CharField(default="", max_length=100, verbose_name="over"),
        ),
        migrations.RemoveField(model_name="herinnering", name="sleutel"),
        migrations.AlterField(
            model_name="herinnering",
            name="bron",
            field=models.CharField(
                help_text="Waar de herinnering vandaan komt (de naam van een bron in bronnen.py).",
                max_length=30,
                verbose_name="bron",
            ),
        ),
        migrations.AlterField(
            model_name="herinnering",
            name="object_id",
            field=models.PositiveBigIntegerField(verbose_name="over (id)"),
        ),
        migrations.AddConstraint(
            model_name="herinnering",
            constraint=models.UniqueConstraint(
                fields=("bron", "object_id", "soort", "user", "datum"),
                name="herinnering_eenmalig",
            ),
        ),
    ]
