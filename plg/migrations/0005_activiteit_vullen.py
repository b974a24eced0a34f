"""Writes the activity feed's lines for what PLGs did before the feed kept its own rows: one
line per row the feed used to read, at the moment and with the person that row records."""

from itertools import islice

from django.db import migrations

# soort: (model, field of Activiteit linking the row, the row's moment, its person, and for a
# row that belongs to its PLG through another row, that row's field, which the line links too)
BRONNEN = {
    "lid": ("PLGLid", "lid", "created_at", "user", None),
    "bijeenkomst": ("Bijeenkomst", "bijeenkomst", "created_at", "created_by", None),
    "notitie": ("Notitie", "notitie", "created_at", "created_by", "bijeenkomst"),
    "actie": ("Actiepunt", "actiepunt", "created_at", "created_by", None),
    "actie_gedaan": ("Actiepunt", "actiepunt", "gedaan_op", "completed_by", None),
    "bevinding": ("Bevinding", "bevinding", "created_at", "created_by", None),
    "analyse": ("Analyseantwoord", "analyseantwoord", "bijgewerkt_op", "updated_by", None),
    "tussenstand": ("Tussenstand", "tussenstand", "gepubliceerd_op", "created_by", None),
    "reactie": ("Reactie", "reactie", "created_at", "created_by", "tussenstand"),
}

PARTIJ = 5000


def vul(apps, schema_editor):
    db = schema_editor.connection.alias
    Activiteit = apps.get_model("plg", "Activiteit")
    for soort, (model, veld, moment, persoon, via) in BRONNEN.items():
        plg = f"{via}__plg" if via else "plg"
        rijen = (
            apps.get_model("plg", model)
            .objects.using(db)
            .filter(**{f"{moment}__isnull": False})
            .order_by(moment, "pk")
            .values_list("pk", moment, persoon, plg, via or "pk")
            .iterator(chunk_size=PARTIJ)
        )
        while partij := list(islice(rijen, PARTIJ)):
            Activiteit.objects.using(db).bulk_create(
                Activiteit(
                    plg_id=plg_id,
                    soort=soort,
                    wanneer=wanneer,
                    wie_id=wie,
                    **{f"{veld}_id": pk},
                    **({f"{via}_id": via_id} if via else {}),
                )
                for pk, wanneer, wie, plg_id, via_id in partij
            )


class Migration(migrations.Migration):
    dependencies = [
        ("plg", "0004_activiteit"),
    ]

    operations = [
        migrations.RunPython(vul, migrations.RunPython.noop),
    ]
