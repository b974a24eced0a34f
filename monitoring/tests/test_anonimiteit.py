"""Monitoring answers are anonymous: results and comments show only from a minimum number of
answers (five, or more as the school or the moment sets), and no export ties an answer to a
person."""

import datetime
import io
import json
import zipfile

import pytest
import time_machine
from django.db import IntegrityError
from django.urls import reverse

from cyclus.models import SchoolInstellingen
from monitoring.models import Monitormoment
from monitoring.tests.factories import MonitormomentFactory
from scholen.models import Rol
from scholen.tests.factories import medewerker

OPEN_DAG = datetime.datetime(2026, 11, 4, 10, 0, tzinfo=datetime.UTC)


@pytest.fixture(autouse=True)
def _open_dag():
    with time_machine.travel(OPEN_DAG, tick=False):
        yield


@pytest.fixture
def moment(speerpunt, plg, kartrekker):
    return MonitormomentFactory(cyclus=speerpunt.huidige_cyclus, titel="Na zes weken")


def url(moment, naam="moment"):
    return reverse(f"monitoring:{naam}", args=[moment.speerpunt.school_id, moment.pk])


def laat_antwoorden(moment, aantal: int) -> list:
    """`aantal` colleagues answer the first question, each with a comment of their own."""
    mensen = []
    vraag = moment.vragen.first()
    for i in range(aantal):
        collega = medewerker(moment.speerpunt.school, Rol.TEAMLID, naam=f"Collega Nummer{i}")
        moment.teamleden.add(collega)
        moment.beantwoord(collega, {vraag.pk: (1 + i % 5, f"Opmerking {i} van mij")})
        mensen.append(collega)
    return mensen


def test_four_answers_show_neither_comments_nor_distribution(client, kartrekker, moment):
    laat_antwoorden(moment, 4)
    client.force_login(kartrekker)
    pagina = client.get(url(moment)).text
    assert "4 van de 5 gevraagden hebben geantwoord" in pagina
    assert "Opmerking" not in pagina
    assert 'class="verdeling"' not in pagina
    assert "Gemiddeld" not in pagina
    assert "zodra minstens 5 mensen hebben geantwoord" in pagina
    samenvatting = moment.samenvatting()
    assert not samenvatting.zichtbaar
    assert samenvatting.vragen == []


def test_five_answers_show_comments_and_distribution(client, kartrekker, moment):
    laat_antwoorden(moment, 5)
    client.force_login(kartrekker)
    pagina = client.get(url(moment)).text
    assert 'class="verdeling"' in pagina
    for i in range(5):
        assert f"Opmerking {i} van mij" in pagina
    assert "Collega Nummer" not in pagina.split("samenvatting-kop")[1]


def test_comments_are_not_listed_in_the_order_they_came_in(moment):
    vraag = moment.vragen.first()
    for i, opmerking in enumerate(["Zeker", "Alleen", "Misschien", "Best", "Coole"]):
        collega = medewerker(moment.speerpunt.school, Rol.TEAMLID, naam=f"Volgorde {i}")
        moment.beantwoord(collega, {vraag.pk: (3, opmerking)})
    toelichtingen = moment.samenvatting().vragen[0].toelichtingen
    assert toelichtingen == ["Alleen", "Best", "Coole", "Misschien", "Zeker"]


def test_a_school_raises_the_threshold(client, kartrekker, moment, school):
    SchoolInstellingen.objects.create(school=school, anoniem_vanaf=7)
    laat_antwoorden(moment, 6)
    client.force_login(kartrekker)
    pagina = client.get(url(moment)).text
    assert "Opmerking" not in pagina
    assert "zodra minstens 7 mensen hebben geantwoord" in pagina
    laat_antwoorden(moment, 1)
    assert "Opmerking 0 van mij" in client.get(url(moment)).text


def test_a_moment_raises_the_threshold_above_the_schools(kartrekker, moment):
    Monitormoment.objects.filter(pk=moment.pk).update(drempel=6)
    laat_antwoorden(moment, 5)
    assert not moment.samenvatting().zichtbaar
    assert moment.zichtbaar_vanaf() == 6


def test_the_threshold_never_goes_below_five(client, kartrekker, moment, school, schoolleider):
    client.force_login(kartrekker)
    response = client.post(
        url(moment, "moment_bewerken"),
        {
            "titel": moment.titel,
            "datum": "2026-11-02",
            "sluitdatum": "2026-11-13",
            "drempel": "3",
            "vragen-TOTAL_FORMS": "0",
            "vragen-INITIAL_FORMS": "0",
        },
    )
    assert response.status_code == 200
    assert "Kies minstens 5" in response.text
    moment.refresh_from_db()
    assert moment.drempel is None
    client.force_login(schoolleider)
    response = client.post(
        reverse("cyclus:visie", args=[school.pk]),
        {
            "actie": "visie",
            "visie-visie": "",
            "visie-limiet_per_team": 3,
            "visie-stil_na_weken": 4,
            "visie-anoniem_vanaf": 2,
        },
    )
    assert response.status_code == 200
    assert not SchoolInstellingen.objects.filter(school=school).exists()
    with pytest.raises(IntegrityError):
        Monitormoment.objects.filter(pk=moment.pk).update(drempel=4)


def test_the_form_says_answers_are_anonymous_and_from_when_results_show(client, plg_lid, moment):
    client.force_login(plg_lid)
    pagina = client.get(url(moment)).text
    uitleg = pagina.split('id="anoniem-uitleg"')[1].split("</p>")[0]
    assert "anoniem" in uitleg
    assert "minstens 5 mensen" in uitleg


def _export(client, school) -> dict:
    response = client.get(reverse("export", args=[school.pk]))
    with zipfile.ZipFile(io.BytesIO(b"".join(response.streaming_content))) as zf:
        return {naam: json.loads(zf.read(naam)) for naam in zf.namelist()}


def test_export_ties_no_answer_to_a_person(client, schoolleider, school, moment):
    mensen = laat_antwoorden(moment, 5)
    client.force_login(schoolleider)
    bestanden = _export(client, school)
    responsen = bestanden["monitoring/respons.json"]
    assert len(responsen) == 5
    for rij in responsen:
        assert set(rij) == {"id", "monitormoment"}
    antwoorden = bestanden["monitoring/antwoord.json"]
    assert {rij["toelichting"] for rij in antwoorden} >= {
        f"Opmerking {i} van mij" for i in range(5)
    }
    tekst = json.dumps(responsen + antwoorden)
    for persoon in mensen:
        assert f'"user": {persoon.pk}' not in tekst


def test_export_holds_no_answers_of_a_moment_below_its_threshold(
    client, schoolleider, school, moment
):
    laat_antwoorden(moment, 4)
    client.force_login(schoolleider)
    bestanden = _export(client, school)
    assert len(bestanden["monitoring/respons.json"]) == 4
    assert bestanden["monitoring/antwoord.json"] == []
    assert "Opmerking" not in json.dumps(bestanden, ensure_ascii=False)
