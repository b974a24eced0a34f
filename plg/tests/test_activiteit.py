import pytest
import time_machine
from django.urls import reverse

from plg import activiteit
from plg.tests.factories import ActiepuntFactory, BijeenkomstFactory
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
