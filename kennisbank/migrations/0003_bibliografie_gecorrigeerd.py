"""Corrects the curated set loaded by 0002 to the facts the documents and public records give.

Works that the documents cite by author and year only keep that year and their published title;
a publisher or journal stays only where a public record names it. Two works whose titles could
not be confirmed leave the set, one entry now names the dissertation the book actually cites,
and summaries or questions that stayed too close to the documents' own wording are rewritten.
"""

import re

import snowballstemmer
from django.contrib.postgres.search import SearchVector
from django.db import migrations

WOORD = re.compile(r"\w+", re.UNICODE)

VERWIJDERD = [
    "Naar een breder begrip van leren",
    'Cutting through the "data-driven" mantra: different conceptions of data-driven decision '
    "making",
]

# Old title -> the fields that change (a new title under "titel").
CORRECTIES = {
    "Onderwijsprofessionals en onderzoeksinzichten in de praktijk": {
        "titel": "Stimulerende en belemmerende factoren",
    },
    "Zelfregie van leraren over hun professionele ontwikkeling": {
        "titel": "Zelfregie door docenten",
    },
    "De schoolleider in verandering. Theorie en praktijk": {"uitgever": ""},
    "Influence of school leadership on collective teacher efficacy: a cross-cultural "
    "meta-analysis": {"auteurs": "Çoğaltay, N.; Boz, A.", "jaar": 2023},
    "Lerende scholen. Het vijfde discipline handboek voor onderwijzers, ouders en iedereen die "
    "betrokken is bij scholing": {"auteurs": "Senge, P. e.a."},
    "A social theory of learning": {"uitgever": ""},
    "Distributed leadership": {"uitgever": ""},
    "Distributed leadership as a unit of analysis": {"uitgever": ""},
    "The structuring of organizations": {"uitgever": ""},
    "Leading schools in a data-rich world": {"uitgever": ""},
    "Trust matters. Leadership for successful schools": {"uitgever": "Wiley"},
    "Organizations and organizing: rational, natural, and open system perspectives": {
        "uitgever": "Pearson Education"
    },
    "Distributed leadership matters. Perspectives, practicalities, and potential": {
        "uitgever": ""
    },
    "The power paradox. How we gain and lose influence": {"uitgever": ""},
    "Leading in a culture of change": {"uitgever": ""},
    "The school as a learning organisation: the concept and its measurement": {
        "titel": "Schools as learning organisations. The concept, its measurement and HR outcomes",
        "auteurs": "Kools, M.",
        "soort": "rapport",
        "uitgever": "Erasmus Universiteit Rotterdam",
        "samenvatting": "Proefschrift over de school als lerende organisatie: een model met "
        "zeven kenmerken, een vragenlijst om te zien hoe ver een school daarin is, en wat het "
        "oplevert voor het werk en de betrokkenheid van leraren.",
    },
    "Goed onderwijs en de cultuur van het meten": {
        "titel": "Goed onderwijs en de cultuur van het meten. Ethiek, politiek en democratie",
    },
    "De beginsituatie analyseren": {
        "samenvatting": "Helpt een team eerst vast te stellen waar het staat voordat het een "
        "aanpak kiest: wat gebeurt er nu, wat werkt al, en welke randvoorwaarden ontbreken nog.",
    },
    "Onderzoekscultuur. Evidence-informed werken aan schoolontwikkeling": {
        "samenvatting": "Online omgeving waarin een school bepaalt waar ze staat met onderzoek "
        "in de eigen praktijk, kiest wat beter moet en afspreekt wie wat doet; ook over het delen "
        "en benutten van kennis binnen de school.",
    },
    "Toegang tot wetenschappelijke literatuur": {
        "samenvatting": "Stappenplan voor wie onderzoek zoekt bij een vraag uit de eigen school: "
        "waar je zoekt, hoe je weegt wat je vindt en hoe je het naar je eigen situatie vertaalt.",
    },
}

VRAGEN = {
    "Waaraan zouden leerlingen merken dat ons onderwijs beter wordt?": (
        "Wat zouden leerlingen het eerst opmerken als ons onderwijs sterker wordt?"
    ),
    "Welke verschillen in aanpak tussen ons helpen leerlingen, en welke verwarren hen?": (
        "Waar verschillen onze aanpakken, en wanneer is dat goed voor leerlingen?"
    ),
    "Wat gaat goed, en waarom juist daar?": "Waar lukt het al, en wat is daar anders?",
    "Wat heb jij nodig om je werk beter te doen en te groeien in je vak?": (
        "Wat zou jou helpen om beter les te geven en verder te komen in je vak?"
    ),
    "Waar helpt sturing ons, en waar zit die in de weg?": (
        "Bij welke afspraken van bovenaf voel jij je gesteund, en bij welke geremd?"
    ),
}


def zoekvorm(tekst: str, stemmer) -> str:
    """Every word as its stem, followed by the word itself where that differs (frozen here, so
    later changes to the search code do not change what this migration writes)."""
    delen = []
    for woord in WOORD.findall((tekst or "").lower()):
        woordstam = stemmer.stemWord(woord)
        delen.append(woordstam)
        if woordstam != woord:
            delen.append(woord)
    return " ".join(delen)


def corrigeer(apps, schema_editor):
    stemmer = snowballstemmer.stemmer("dutch")
    Bron = apps.get_model("kennisbank", "Bron")
    gedeeld = Bron.objects.filter(school__isnull=True)
    gedeeld.filter(titel__in=VERWIJDERD).delete()
    gewijzigd = []
    for titel, velden in CORRECTIES.items():
        for bron in gedeeld.filter(titel=titel):
            for veld, waarde in velden.items():
                setattr(bron, veld, waarde)
            # Historical models have no save() of their own: refresh the search columns here.
            bron.zoektekst_kop = f" {zoekvorm(bron.titel, stemmer)} "
            bron.zoektekst = (
                f"{bron.zoektekst_kop}{zoekvorm(bron.thema_tekst, stemmer)} "
                f"{zoekvorm(bron.auteurs, stemmer)} {zoekvorm(bron.samenvatting, stemmer)} "
            )
            bron.save()
            gewijzigd.append(bron.pk)
    if gewijzigd and schema_editor.connection.vendor == "postgresql":
        Bron.objects.filter(pk__in=gewijzigd).update(
            zoekvector=SearchVector("titel", weight="A", config="dutch")
            + SearchVector("thema_tekst", weight="B", config="dutch")
            + SearchVector("auteurs", weight="B", config="simple")
            + SearchVector("samenvatting", weight="C", config="dutch")
        )
    Vraag = apps.get_model("kennisbank", "Vraag")
    for oud, nieuw in VRAGEN.items():
        Vraag.objects.filter(tekst=oud).update(tekst=nieuw)


class Migration(migrations.Migration):
    dependencies = [("kennisbank", "0002_gedeelde_bronnen_en_gesprekskaarten")]

    operations = [migrations.RunPython(corrigeer, migrations.RunPython.noop)]
