"""Writes the activity feed's lines for what PLGs did before the feed kept its own rows: one
line per row the feed used to read, at the moment and with the person that row records."""

from itertools import islice

from django.db import migrations

# soort: (model, field of Activiteit linking the row, the row's moment, its person, its PLG)
BRONNEN = {
    "lid": ("PLGLid", "lid", "created_at", "user", "plg"),
    "bijeenkomst": ("Bijeenkomst", "bijeenkomst", "created_at", "created_by", "plg"),
    "notitie": ("Notitie", "notitie", "created_at", "created_by", "bijeenkomst__plg"),
    "actie": ("Actiepunt", "actiepunt", "created_at", "created_by", "plg"),
    "actie_gedaan": ("Actiepunt", "actiepunt", "gedaan_op", "completed_by", "plg"),
    "bevinding": ("Bevinding", "bevinding", "created_at", "created_by", "plg"),
    "analyse": ("Analyseantwoord", "analyseantwoord", "bijgewerkt_op", "updated_by", "plg"),
    "tussenstand": ("Tussenstand", "tussenstand", "gepubliceerd_op", "created_by", "plg"),
    "reactie": ("Reactie", "reactie", "created_at", "created_by", "tussenstand__plg"),
}

PARTIJ = 5000


def vul(apps, schema_editor):
    db = schema_editor.connection.alias
    Activiteit = apps.get_model("plg", "Activiteit")
    for soort, (model, veld, moment, persoon, pad) in BRONNEN.items():
        rijen = (
            apps.get_model("plg", model)
            .objects.using(db)
            .filter(**{f"{moment}__isnull": False})
            .order_by(moment, "pk")
            .values_list("pk", moment, persoon, pad)
            .iterator(chunk_size=PARTIJ)
        )
        while partij := list(islice(rijen, PARTIJ)):
            Activiteit.objects.using(db).bulk_create(
                Activiteit(
                    plg_id=plg, soort=soort, wanneer=wanneer, wie_id=wie, **{f"{veld}_id": pk}
                )
                for pk, wanneer, wie, plg in partij
            )


class Migration(migrations.Migration):
    dependencies = [
        ("plg", "0004_activiteit"),
    ]

    operations = [
        migrations.RunPython(vul, migrations.RunPython.noop),
    ]
