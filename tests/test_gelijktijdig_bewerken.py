"""Texts a team edits together: of two people who opened the same version, the second to save
gets both texts side by side, the database keeps the first one's text until the second one
saves again, and nothing either of them typed is lost."""

from collections.abc import Callable
from dataclasses import dataclass

import pytest
from django.test import Client
from django.urls import reverse

from core.tests.versie import geopende_versie, versie_uit
from cyclus.models import Borging, SchoolInstellingen, Speerpunt, Stap
from cyclus.tests.test_formulieren import gegevens
from cyclus.tests.test_stappen import in_stap
from kennisbank.models import Bron, Bronkoppeling
from kennisbank.tests.factories import BronFactory, BronkoppelingFactory
from plg.models import Analysevraag
from scholen.models import Rol
from scholen.tests.factories import medewerker


@dataclass
class GedeeldeTekst:
    url: str
    schrijvers: tuple  # two people who may both edit the text
    gegevens: Callable[[str], dict]  # the form's post data with one text typed into it
    bewaard: Callable[[], str]  # the text as the database holds it


def _twee_schoolleiders(school, schoolleider):
    return schoolleider, medewerker(school, Rol.SCHOOLLEIDER, naam="Sem Schoolleider")


@pytest.fixture
def speerpunt_tekst(school, schoolleider, speerpunt):
    return GedeeldeTekst(
        url=reverse("cyclus:speerpunt_bewerken", args=[school.pk, speerpunt.pk]),
        schrijvers=_twee_schoolleiders(school, schoolleider),
        gegevens=lambda tekst: gegevens(schoolleider, probleem=tekst),
        bewaard=lambda: Speerpunt.objects.get(pk=speerpunt.pk).probleem,
    )


@pytest.fixture
def borging_tekst(speerpunt, schoolleider, kartrekker):
    in_stap(speerpunt, Stap.BORGEN)
    return GedeeldeTekst(
        url=reverse("cyclus:borging", args=[speerpunt.school_id, speerpunt.pk]),
        schrijvers=(schoolleider, kartrekker),
        gegevens=lambda tekst: {
            "zo_werken_wij": tekst,
            "klassen": "klas 1",
            "kwaliteit": "",
            "agendaritme": "periode",
            "borger": kartrekker.pk,
            "evaluatiedatum": "",
        },
        bewaard=lambda: Borging.objects.get(cyclus=speerpunt.huidige_cyclus).zo_werken_wij,
    )


@pytest.fixture
def visie_tekst(school, schoolleider):
    return GedeeldeTekst(
        url=reverse("cyclus:visie", args=[school.pk]),
        schrijvers=_twee_schoolleiders(school, schoolleider),
        gegevens=lambda tekst: {
            "actie": "visie",
            "visie-visie": tekst,
            "visie-limiet_per_team": 3,
            "visie-stil_na_weken": 4,
            "visie-anoniem_vanaf": 5,
        },
        bewaard=lambda: SchoolInstellingen.objects.get(school=school).visie,
    )


@pytest.fixture
def analyse_tekst(plg, kartrekker, plg_lid):
    def invullen(tekst):
        data = {"actie": "analyse", "kennisvraag": ""}
        data.update(dict.fromkeys(Analysevraag.values, ""))
        data[Analysevraag.PROBLEEM] = tekst
        return data

    return GedeeldeTekst(
        url=reverse("plg:analyse", args=[plg.school.pk, plg.pk]),
        schrijvers=(kartrekker, plg_lid),
        gegevens=invullen,
        bewaard=lambda: plg.analyse.get(vraag=Analysevraag.PROBLEEM).tekst,
    )


@pytest.fixture
def bron_tekst(school, schoolleider, teamlid):
    bron = BronFactory(school=school, titel="Onze huiswerkaanpak")
    return GedeeldeTekst(
        url=reverse("kennisbank:bron_bewerken", args=[school.pk, bron.pk]),
        schrijvers=(schoolleider, teamlid),
        gegevens=lambda tekst: {
            "titel": bron.titel,
            "auteurs": bron.auteurs,
            "soort": bron.soort,
            "taal": "nl",
            "samenvatting": tekst,
        },
        bewaard=lambda: Bron.objects.get(pk=bron.pk).samenvatting,
    )


@pytest.fixture
def beoordeling_tekst(school, schoolleider, teamlid, speerpunt):
    koppeling = BronkoppelingFactory(bron=BronFactory(school=school), speerpunt=speerpunt)
    return GedeeldeTekst(
        url=reverse("kennisbank:koppeling", args=[school.pk, koppeling.pk]),
        schrijvers=(schoolleider, teamlid),
        gegevens=lambda tekst: {
            "actie": "opslaan",
            "speerpunt": speerpunt.pk,
            "actualiteit": "sterk",
            "kwaliteit": "redelijk",
            "bruikbaarheid": "sterk",
            "aansluiting": "zwak",
            "vertaalslag": tekst,
        },
        bewaard=lambda: Bronkoppeling.objects.get(pk=koppeling.pk).vertaalslag,
    )


GEDEELDE_TEKSTEN = [
    "speerpunt_tekst",
    "borging_tekst",
    "visie_tekst",
    "analyse_tekst",
    "bron_tekst",
    "beoordeling_tekst",
]


def _client(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


@pytest.mark.parametrize("soort", GEDEELDE_TEKSTEN)
def test_second_save_from_the_same_version_shows_both_texts(soort, request):
    tekst = request.getfixturevalue(soort)
    anna, bert = (_client(user) for user in tekst.schrijvers)
    versie_a = geopende_versie(anna, tekst.url)
    versie_b = geopende_versie(bert, tekst.url)

    assert anna.post(tekst.url, tekst.gegevens("Tekst van Anna") | versie_a).status_code == 302
    response = bert.post(tekst.url, tekst.gegevens("Tekst van Bert") | versie_b)

    assert response.status_code == 200
    assert "Iemand anders heeft dit intussen opgeslagen" in response.text
    anders, jouw = response.text.split("conflict__tekst")[1:3]
    assert "Tekst van Anna" in anders
    assert "Tekst van Bert" in jouw
    # What Bert typed is back in the form, and the database still holds Anna's text.
    assert "Tekst van Bert" in response.text.split("</pre>")[-1]
    assert tekst.bewaard() == "Tekst van Anna"

    # Bert merged the texts and saves again from the conflict screen: now it goes through.
    opnieuw = tekst.gegevens("Anna en Bert samen") | versie_uit(response.text)
    assert bert.post(tekst.url, opnieuw).status_code == 302
    assert tekst.bewaard() == "Anna en Bert samen"


@pytest.mark.parametrize("soort", GEDEELDE_TEKSTEN)
def test_saves_one_after_the_other_go_through(soort, request):
    tekst = request.getfixturevalue(soort)
    anna, bert = (_client(user) for user in tekst.schrijvers)
    eerste = tekst.gegevens("Eerste versie") | geopende_versie(anna, tekst.url)
    assert anna.post(tekst.url, eerste).status_code == 302
    tweede = tekst.gegevens("Tweede versie") | geopende_versie(bert, tekst.url)
    assert bert.post(tekst.url, tweede).status_code == 302
    assert tekst.bewaard() == "Tweede versie"


@pytest.mark.parametrize("soort", GEDEELDE_TEKSTEN)
def test_a_save_without_the_opened_version_is_not_taken_blindly(soort, request):
    tekst = request.getfixturevalue(soort)
    anna = _client(tekst.schrijvers[0])
    eerste = tekst.gegevens("Eerste versie") | geopende_versie(anna, tekst.url)
    assert anna.post(tekst.url, eerste).status_code == 302
    response = anna.post(tekst.url, tekst.gegevens("Zomaar"))
    assert response.status_code == 200
    assert tekst.bewaard() == "Eerste versie"


def test_the_conflict_screen_shows_typed_text_as_text(speerpunt_tekst):
    anna, bert = (_client(user) for user in speerpunt_tekst.schrijvers)
    versie_b = geopende_versie(bert, speerpunt_tekst.url)
    anna.post(
        speerpunt_tekst.url,
        speerpunt_tekst.gegevens("<b hx-get='/x'>Anna</b>")
        | geopende_versie(anna, speerpunt_tekst.url),
    )
    response = bert.post(speerpunt_tekst.url, speerpunt_tekst.gegevens("Bert") | versie_b)
    assert "<b hx-get" not in response.text
    assert "&lt;b hx-get=&#x27;/x&#x27;&gt;Anna&lt;/b&gt;" in response.text
