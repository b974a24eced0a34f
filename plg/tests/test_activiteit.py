from datetime import date

import pytest
import time_machine
from django.contrib import admin
from django.urls import reverse
from django.utils import timezone

from plg import activiteit
from plg.admin import ActiepuntAdmin
from plg.models import Actiepunt, ActiviteitSoort
from plg.tests.factories import ActiepuntFactory, BijeenkomstFactory
from scholen.avg import wis_persoon
from scholen.tests.factories import medewerker


def url(plg):
    return reverse("plg:activiteit", args=[plg.school.pk, plg.pk])


def test_feed_tells_who_did_what_newest_first(plg, kartrekker, plg_lid):
    with time_machine.travel("2030-03-01 10:00 +01:00", tick=False):
        bijeenkomst = plg.plan_bijeenkomst(by=kartrekker, start="2030-03-08T15:00+01:00")
    with time_machine.travel("2030-03-08 16:00 +01:00", tick=False):
        bijeenkomst.schrijf_notitie(by=plg_lid, soort="besluit", tekst="We doen het.")
    with time_machine.travel("2030-03-09 09:00 +01:00", tick=False):
        actie = plg.zet_actie_uit(
            by=kartrekker, wat="Planner maken", owner=plg_lid, deadline="2030-04-01"
        )
    with time_machine.travel("2030-03-20 09:00 +01:00", tick=False):
        actie.markeer_gedaan(by=plg_lid)
    with time_machine.travel("2030-03-20 10:00 +01:00", tick=False):
        tussenstand = plg.publiceer(by=kartrekker, titel="Eerste stap", tekst="...")
    with time_machine.travel("2030-03-21 09:00 +01:00", tick=False):
        tussenstand.reageer(by=kartrekker, tekst="Top")
    feed = activiteit.recent(plg, aantal=6)
    assert [(a.soort, a.wie) for a in feed] == [
        ("reactie", kartrekker),
        ("tussenstand", kartrekker),
        ("actie_gedaan", plg_lid),
        ("actie", kartrekker),
        ("notitie", plg_lid),
        ("bijeenkomst", kartrekker),
    ]


def test_feed_page_reads_as_sentences_and_pages(client, plg, kartrekker):
    for i in range(25):
        ActiepuntFactory(plg=plg, wat=f"Actie {i}", created_by=kartrekker, owner=kartrekker)
    client.force_login(kartrekker)
    eerste = client.get(url(plg))
    assert "zette een actie uit voor" in eerste.text
    assert eerste.context["pagina"].paginator.count == 26  # 25 actions and joining the PLG
    tweede = client.get(url(plg), {"pagina": 2})
    assert len(tweede.context["pagina"].object_list) == 6
    assert "kwam in de PLG" in tweede.text


def test_feed_of_one_plg_leaves_others_out(plg, kartrekker):
    BijeenkomstFactory()
    assert [a.soort for a in activiteit.recent(plg)] == ["lid"]


@pytest.mark.parametrize("n", [3, 30])
def test_query_count_is_flat(client, plg, kartrekker, n, django_assert_max_num_queries):
    for i in range(n):
        lid = medewerker(plg.school, naam=f"Lid {i}")
        plg.voeg_lid_toe(lid)
        bijeenkomst = plg.plan_bijeenkomst(by=lid, start="2030-03-08T15:00+01:00")
        bijeenkomst.schrijf_notitie(by=lid, soort="notitie", tekst="x")
        plg.zet_actie_uit(by=lid, wat="x", owner=kartrekker, deadline="2030-04-01")
    client.force_login(kartrekker)
    with django_assert_max_num_queries(16):
        assert client.get(url(plg)).status_code == 200


def test_outsider_gets_404(client, plg, outsider):
    client.force_login(outsider)
    assert client.get(url(plg)).status_code == 404


def test_one_save_of_the_analysis_is_told_once(client, plg, kartrekker):
    antwoorden = {"probleem": "A", "eerder": "B", "expertise": "C"}
    with time_machine.travel("2030-03-01 10:00 +01:00", tick=False):
        plg.werk_analyse_bij(by=kartrekker, antwoorden=antwoorden, kennisvraag="")
    with time_machine.travel("2030-03-09 10:00 +01:00", tick=False):
        plg.werk_analyse_bij(by=kartrekker, antwoorden={"probleem": "A2"}, kennisvraag="")
    assert [a.soort for a in activiteit.recent(plg)] == ["analyse", "analyse", "lid"]


def test_every_write_of_the_plg_tells_the_feed(plg, kartrekker, plg_lid, schoolleider):
    nieuw = medewerker(plg.school, naam="Nina Nieuw")
    plg.voeg_lid_toe(nieuw)
    plg.benoem_kartrekker(medewerker(plg.school, naam="Kees Kartrekker"))
    bijeenkomst = plg.plan_bijeenkomst(by=kartrekker, start="2030-03-08T15:00+01:00")
    bijeenkomst.schrijf_notitie(by=nieuw, soort="notitie", tekst="x")
    actie = plg.zet_actie_uit(by=kartrekker, wat="x", owner=nieuw, deadline="2030-04-01")
    actie.markeer_gedaan(by=nieuw)
    plg.voeg_bevinding_toe(by=nieuw, soort="data", groep="werkt", tekst="x")
    plg.werk_analyse_bij(by=nieuw, antwoorden={"probleem": "x"}, kennisvraag="")
    plg.publiceer(by=kartrekker, titel="x", tekst="x").reageer(by=schoolleider, tekst="x")
    assert {a.soort for a in plg.activiteiten.all()} == set(ActiviteitSoort.values)
    assert {a.wie for a in plg.activiteiten.filter(soort="actie_gedaan")} == {nieuw}


def test_ticking_off_twice_tells_the_first(plg, kartrekker, plg_lid):
    actie = ActiepuntFactory(plg=plg, owner=plg_lid)
    with time_machine.travel("2030-03-20 09:00 +01:00", tick=False):
        actie.markeer_gedaan(by=plg_lid)
    with time_machine.travel("2030-03-21 09:00 +01:00", tick=False):
        actie.markeer_gedaan(by=kartrekker)
    [gedaan] = [a for a in activiteit.recent(plg) if a.soort == "actie_gedaan"]
    assert gedaan.wie == plg_lid
    assert gedaan.wanneer == actie.gedaan_op


def test_a_reopened_action_is_no_longer_told_as_done(client, plg, kartrekker):
    actie = plg.zet_actie_uit(by=kartrekker, wat="Planner", owner=kartrekker, deadline="2030-01-01")
    actie.markeer_gedaan(by=kartrekker)
    actie.heropen()
    client.force_login(kartrekker)
    assert "vinkte af" not in client.get(url(plg)).text
    actie.markeer_gedaan(by=kartrekker)
    assert client.get(url(plg)).text.count("vinkte af: Planner") == 1


def test_an_answer_changed_again_is_told_at_its_last_change(plg, kartrekker, plg_lid):
    with time_machine.travel("2030-03-01 10:00 +01:00", tick=False):
        plg.werk_analyse_bij(by=kartrekker, antwoorden={"probleem": "A"}, kennisvraag="")
    with time_machine.travel("2030-03-09 10:00 +01:00", tick=False):
        plg.werk_analyse_bij(by=plg_lid, antwoorden={"probleem": "B"}, kennisvraag="")
    [analyse] = plg.activiteiten.filter(soort="analyse")
    assert (analyse.wie, analyse.wanneer.date().isoformat()) == (plg_lid, "2030-03-09")


def test_what_was_removed_leaves_the_feed(client, plg, kartrekker, plg_lid):
    actie = plg.zet_actie_uit(
        by=kartrekker, wat="Ouders bellen", owner=plg_lid, deadline="2030-01-01"
    )
    actie.markeer_gedaan(by=plg_lid)
    client.force_login(kartrekker)
    voor = client.get(url(plg)).text
    assert "Pim PLG-lid kwam in de PLG" in voor
    assert "Ouders bellen" in voor
    lid = plg.leden.get(user=plg_lid)
    leden = reverse("plg:leden", args=[plg.school.pk, plg.pk])
    client.post(leden, {"actie": "lid_verwijderen", "lid": lid.pk})
    actie.delete()
    na = client.get(url(plg)).text
    assert "Pim PLG-lid" not in na
    assert "Ouders bellen" not in na
    assert "Karin Kartrekker kwam in de PLG" in na


def test_an_erased_person_is_not_named_in_the_feed(client, plg, kartrekker, plg_lid):
    bijeenkomst = plg.plan_bijeenkomst(by=plg_lid, start="2030-03-08T15:00+01:00")
    bijeenkomst.schrijf_notitie(by=plg_lid, soort="besluit", tekst="We doen het.")
    plg.zet_actie_uit(
        by=kartrekker, wat="Pim PLG-lid belt ouders", owner=plg_lid, deadline="2030-04-01"
    )
    plg.voeg_bevinding_toe(by=plg_lid, soort="data", groep="werkt", tekst="x")
    wis_persoon(plg_lid)
    client.force_login(kartrekker)
    text = client.get(url(plg)).text
    assert "Pim" not in text
    assert "Verwijderd persoon plande een bijeenkomst" in text
    assert "Verwijderd persoon legde een besluit vast" in text
    assert "zette een actie uit voor Verwijderd persoon: Verwijderd persoon belt ouders" in text


def test_the_feed_reads_only_its_own_lines_in_one_query(
    plg, kartrekker, plg_lid, django_assert_num_queries
):
    for i in range(3):
        bijeenkomst = plg.plan_bijeenkomst(by=kartrekker, start="2030-03-08T15:00+01:00")
        bijeenkomst.schrijf_notitie(by=plg_lid, soort="notitie", tekst="x")
        plg.zet_actie_uit(by=kartrekker, wat=f"A{i}", owner=plg_lid, deadline="2030-04-01")
        plg.voeg_bevinding_toe(by=plg_lid, soort="data", groep="werkt", tekst="x")
        plg.publiceer(by=kartrekker, titel=f"T{i}", tekst="x").reageer(by=plg_lid, tekst="x")
    with django_assert_num_queries(1):
        regels = activiteit.recent(plg)
        assert [a.soort for a in regels][:3] == ["reactie", "tussenstand", "bevinding"]
    with django_assert_num_queries(2):
        assert len(activiteit.pagina(plg, 1, per_pagina=5).object_list) == 5


def test_an_action_added_in_the_admin_is_told(rf, plg, kartrekker):
    actie = Actiepunt(plg=plg, wat="Via beheer", owner=kartrekker, deadline=date(2030, 1, 1))
    ActiepuntAdmin(Actiepunt, admin.site).save_model(rf.post("/"), actie, None, change=False)
    assert [a.soort for a in activiteit.recent(plg)][0] == "actie"
    actie.gedaan_op = timezone.now()
    actie.completed_by = kartrekker
    ActiepuntAdmin(Actiepunt, admin.site).save_model(rf.post("/"), actie, None, change=True)
    assert [(a.soort, a.wie) for a in activiteit.recent(plg)][0] == ("actie_gedaan", kartrekker)
    assert plg.activiteiten.filter(actiepunt=actie).count() == 2
