import re

import django.db.models.deletion
from django.db import migrations, models

SCHOOL_IN_URL = re.compile(r"^/scholen/(\d+)/")


def _school_van_sleutel(apps):
    """From "soort:pk" (what a reminder is about) to the school of that object."""
    paden = {
        "monitormoment": ("monitoring", "Monitormoment", "cyclus__speerpunt__school_id"),
        "actiepunt": ("plg", "Actiepunt", "plg__speerpunt__school_id"),
        "planactie": ("verbeterplan", "Actie", "plan__cyclus__speerpunt__school_id"),
        "bijeenkomst": ("plg", "Bijeenkomst", "plg__speerpunt__school_id"),
        "borging": ("cyclus", "Borging", "cyclus__speerpunt__school_id"),
    }

    def school(sleutel):
        wat, _sep, nummer = sleutel.partition(":")
        if not nummer.isdigit():
            return None
        if wat == "school":
            return int(nummer)
        if wat not in paden:
            return None
        app, model, pad = paden[wat]
        return (
            apps.get_model(app, model)
            .objects.filter(pk=int(nummer))
            .values_list(pad, flat=True)
            .first()
        )

    return school


def vul_school_in(apps, schema_editor):
    Herinnering = apps.get_model("monitoring", "Herinnering")
    Melding = apps.get_model("monitoring", "Melding")
    School = apps.get_model("scholen", "School")
    bestaand = set(School.objects.values_list("pk", flat=True))
    school_van = _school_van_sleutel(apps)
    per_melding = {}
    for herinnering in Herinnering.objects.iterator():
        school_id = school_van(herinnering.sleutel)
        if school_id in bestaand:
            herinnering.school_id = school_id
            herinnering.save(update_fields=["school"])
            per_melding[(herinnering.user_id, herinnering.titel, herinnering.url)] = school_id
    for melding in Melding.objects.iterator():
        gevonden = SCHOOL_IN_URL.match(melding.url)
        school_id = (
            int(gevonden.group(1))
            if gevonden
            else per_melding.get((melding.user_id, melding.titel, melding.url))
        )
        if school_id in bestaand:
            melding.school_id = school_id
            melding.save(update_fields=["school"])


class Migration(migrations.Migration):
    dependencies = [
        ("cyclus", "0003_schooljaar_set_null"),
        ("monitoring", "0002_herinnering_vervallen"),
        ("plg", "0002_werkruimte"),
        ("scholen", "0001_initial"),
        ("verbeterplan", "0003_pdf_aangevraagd_op"),
    ]

    operations = [
        migrations.AddField(
            model_name="herinnering",
            name="school",
            field=models.ForeignKey(
                blank=True,
                help_text="De school waar het over gaat; wie daar niet meer werkt, krijgt niets.",
                null=True,
                on_delete=django.db.models.deletion.CASCADE,
                related_name="+",
                to="scholen.school",
                verbose_name="school",
            ),
        ),
        migrations.AddField(
            model_name="melding",
            name="school",
            field=models.ForeignKey(
                blank=True,
                null=True,
                on_delete=django.db.models.deletion.CASCADE,
                related_name="+",
                to="scholen.school",
                verbose_name="school",
            ),
        ),
        migrations.RunPython(vul_school_in, migrations.RunPython.noop),
    ]
