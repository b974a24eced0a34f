"""The PLG's pages cost the same for a PLG that has met for ten years as for one that started
this term: the same queries and, within a few bytes, the same HTML, however much history
(meetings, notes, actions, findings, updates, reactions) has piled up."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from plg.models import Expertise
from scholen.tests.factories import medewerker
from tests.schaal import assert_vlak

KLEIN = 30
GROEI = 30


def _werk(plg, kartrekker, lid, van, tot):
    """Numbers `van` to `tot` of the history a PLG piles up, through its own write methods:
    per number a past meeting with an agenda item and a note, an action for the member, one
    the member gave to the kartrekker, one ticked off, two findings, and an update with a
    reaction. Each number a day further back, so the newest meetings stay the same ones."""
    nu = timezone.now()
    vandaag = timezone.localdate()
    for i in range(van, tot):
        bijeenkomst = plg.plan_bijeenkomst(
            by=kartrekker, start=nu - timedelta(days=i + 1), plaats="Lokaal 12"
        )
        bijeenkomst.zet_op_agenda([f"Punt {i:04d}"])
        bijeenkomst.schrijf_notitie(by=lid, soort="notitie", tekst=f"Notitie {i:04d}")
        deadline = vandaag + timedelta(days=i % 7 + 1)
        plg.zet_actie_uit(
            by=kartrekker,
            wat=f"Actie {i:04d}",
            owner=lid,
            deadline=deadline,
            bijeenkomst=bijeenkomst,
        )
        plg.zet_actie_uit(by=lid, wat=f"Gegeven {i:04d}", owner=kartrekker, deadline=deadline)
        plg.zet_actie_uit(
            by=lid, wat=f"Klaar {i:04d}", owner=kartrekker, deadline=deadline
        ).markeer_gedaan(by=kartrekker)
        for soort in ("data", "interview"):
            plg.voeg_bevinding_toe(by=lid, soort=soort, groep="werkt", tekst=f"Bevinding {i:04d}")
        tussenstand = plg.publiceer(by=kartrekker, titel=f"Stand {i:04d}", tekst="Wat we zagen.")
        tussenstand.reageer(by=lid, tekst="Mooi.")


def _komend(plg, kartrekker, van, tot):
    """Meetings planned ahead, each a day later than the one before, with one agenda item."""
    nu = timezone.now()
    for i in range(van, tot):
        bijeenkomst = plg.plan_bijeenkomst(by=kartrekker, start=nu + timedelta(days=i + 1))
        bijeenkomst.zet_op_agenda([f"Punt {i:04d}"])


@pytest.fixture
def geschiedenis(plg, kartrekker, plg_lid):
    """A PLG with enough history to fill every list, and `groei()` to double it."""
    _werk(plg, kartrekker, plg_lid, 0, KLEIN)
    _komend(plg, kartrekker, 0, 11)

    def groei():
        _werk(plg, kartrekker, plg_lid, KLEIN, KLEIN + GROEI)
        _komend(plg, kartrekker, 11, 11 + GROEI)

    return groei


@pytest.mark.parametrize(
    "pagina",
    ["werkruimte", "acties", "activiteit", "bijeenkomsten", "analyse", "tussenstanden", "leden"],
)
def test_plg_pages_do_not_grow_with_history(client, plg, kartrekker, geschiedenis, pagina):
    client.force_login(kartrekker)
    assert_vlak(client, reverse(f"plg:{pagina}", args=[plg.school.pk, plg.pk]), geschiedenis)


@pytest.mark.parametrize("query", ["?status=gedaan", "?pagina=2"])
def test_action_list_pages_do_not_grow(client, plg, kartrekker, geschiedenis, query):
    client.force_login(kartrekker)
    url = reverse("plg:acties", args=[plg.school.pk, plg.pk]) + query
    assert_vlak(client, url, geschiedenis)


def test_activity_further_back_does_not_grow(client, plg, kartrekker, geschiedenis):
    client.force_login(kartrekker)
    url = reverse("plg:activiteit", args=[plg.school.pk, plg.pk]) + "?pagina=3"
    assert_vlak(client, url, geschiedenis)


def test_a_meeting_does_not_grow_with_the_others(client, plg, kartrekker, geschiedenis):
    bijeenkomst = plg.bijeenkomsten.geweest(timezone.now()).first()
    client.force_login(kartrekker)
    url = reverse("plg:bijeenkomst", args=[plg.school.pk, plg.pk, bijeenkomst.pk])
    assert_vlak(client, url, geschiedenis)


def test_overview_of_plgs_does_not_grow_with_their_history(client, plg, kartrekker, geschiedenis):
    client.force_login(kartrekker)
    assert_vlak(client, reverse("plg:overzicht", args=[plg.school.pk]), geschiedenis)


@pytest.mark.parametrize("query", ["", "?status=alle", "?uitgezet=2"])
def test_my_work_does_not_grow(client, plg, plg_lid, geschiedenis, query):
    client.force_login(plg_lid)
    assert_vlak(client, reverse("mijn_werk") + query, geschiedenis)


def test_expertise_does_not_grow_with_the_school(client, school, teamlid):
    collega = medewerker(school, naam="Eva Expert")

    def vul(van, tot):
        Expertise.objects.bulk_create(
            Expertise(user=collega, school=school, onderwerp=f"Onderwerp {i:04d}")
            for i in range(van, tot)
        )

    vul(0, 51)
    client.force_login(teamlid)
    assert_vlak(client, reverse("plg:expertise", args=[school.pk]), lambda: vul(51, 120))
