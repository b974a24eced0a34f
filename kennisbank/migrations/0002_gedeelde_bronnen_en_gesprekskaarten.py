"""Loads the curated set of shared sources and the gesprekskaarten.

The data is frozen in the JSON file next to this migration, and the search form of a text is
frozen here too: later changes to the seed or to the search code must not change what this
migration puts in a new database. Never edit the JSON file; correct data in a new migration."""

import json
import re
from pathlib import Path

import snowballstemmer
from django.contrib.postgres.search import SearchVector
from django.db import migrations

DATA = Path(__file__).with_suffix(".json")
WOORD = re.compile(r"\w+", re.UNICODE)


def zoekvorm(tekst: str, stemmer) -> str:
    """Every word as its stem, followed by the word itself where that differs."""
    delen = []
    for woord in WOORD.findall((tekst or "").lower()):
        woordstam = stemmer.stemWord(woord)
        delen.append(woordstam)
        if woordstam != woord:
            delen.append(woord)
    return " ".join(delen)


def laad(apps, schema_editor):
    Bron = apps.get_model("kennisbank", "Bron")
    Thema = apps.get_model("kennisbank", "Thema")
    Vragenset = apps.get_model("kennisbank", "Vragenset")
    Vraag = apps.get_model("kennisbank", "Vraag")
    data = json.loads(DATA.read_text(encoding="utf-8"))
    themas = {}
    for bron_data in data["bronnen"]:
        bron = Bron.objects.create(
            titel=bron_data["titel"],
            auteurs=bron_data["a"],
            jaar=bron_data.get("j"),
            soort=bron_data["s"],
            uitgever=bron_data.get("u", ""),
            link=bron_data.get("l", ""),
            taal=bron_data.get("t", "nl"),
            samenvatting=bron_data["z"],
            aanbevelingen=bron_data["h"],
            stappen=bron_data["st"],
            thema_tekst=" ".join(bron_data["th"]),
        )
        for naam in bron_data["th"]:
            if naam not in themas:
                themas[naam] = Thema.objects.get_or_create(naam=naam)[0]
        bron.themas.set([themas[naam] for naam in bron_data["th"]])
    for volgorde, (titel, thema, inleiding, vragen) in enumerate(data["vragensets"]):
        vragenset = Vragenset.objects.create(
            titel=titel, thema=thema, inleiding=inleiding, volgorde=volgorde
        )
        Vraag.objects.bulk_create(
            Vraag(vragenset=vragenset, tekst=tekst, volgorde=n) for n, tekst in enumerate(vragen)
        )
    # Historical models have no save() of their own: fill the search columns here.
    stemmer = snowballstemmer.stemmer("dutch")
    for bron in Bron.objects.all():
        bron.zoektekst_kop = f" {zoekvorm(bron.titel, stemmer)} "
        bron.zoektekst = (
            f"{bron.zoektekst_kop}{zoekvorm(bron.thema_tekst, stemmer)} "
            f"{zoekvorm(bron.auteurs, stemmer)} {zoekvorm(bron.samenvatting, stemmer)} "
        )
        bron.save(update_fields=["zoektekst", "zoektekst_kop"])
    if schema_editor.connection.vendor == "postgresql":
        Bron.objects.update(
            zoekvector=SearchVector("titel", weight="A", config="dutch")
            + SearchVector("thema_tekst", weight="B", config="dutch")
            + SearchVector("auteurs", weight="B", config="simple")
            + SearchVector("samenvatting", weight="C", config="dutch")
        )


def wis(apps, schema_editor):
    apps.get_model("kennisbank", "Bron").objects.filter(school__isnull=True).delete()
    apps.get_model("kennisbank", "Thema").objects.all().delete()
    apps.get_model("kennisbank", "Vragenset").objects.all().delete()


class Migration(migrations.Migration):
    dependencies = [("kennisbank", "0001_initial")]

    operations = [migrations.RunPython(laad, wis)]
