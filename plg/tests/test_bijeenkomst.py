from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from kennisbank.models import Vraag, Vragenset
from plg.models import NotitieSoort
from plg.tests.factories import ActiepuntFactory, BijeenkomstFactory


@pytest.fixture
def bijeenkomst(plg):
    return BijeenkomstFactory(plg=plg)


def url(bijeenkomst):
    plg = bijeenkomst.plg
    return reverse("plg:bijeenkomst", args=[plg.school.pk, plg.pk, bijeenkomst.pk])


def test_member_plans_a_meeting(client, plg, plg_lid):
    client.force_login(plg_lid)
    response = client.post(
        reverse("plg:bijeenkomsten", args=[plg.school.pk, plg.pk]),
        {"start": f"{timezone.localdate() + timedelta(days=30)}T15:30", "plaats": "Mediatheek"},
    )
    bijeenkomst = plg.bijeenkomsten.get()
    assert response.url == url(bijeenkomst)
    assert bijeenkomst.plaats == "Mediatheek"
    assert timezone.localtime(bijeenkomst.start).hour == 15
    assert bijeenkomst.created_by == plg_lid


def test_meetings_page_splits_upcoming_and_past(client, plg, kartrekker):
    BijeenkomstFactory(plg=plg, plaats="Straks")
    BijeenkomstFactory(plg=plg, plaats="Vorige maand", start=timezone.now() - timedelta(days=30))
    client.force_login(kartrekker)
    response = client.get(reverse("plg:bijeenkomsten", args=[plg.school.pk, plg.pk]))
    assert [b.plaats for b in response.context["komend"]] == ["Straks"]
    assert [b.plaats for b in response.context["geweest"]] == ["Vorige maand"]


def test_upcoming_and_past_meetings_page_apart_and_keep_each_others_page(client, plg, kartrekker):
    nu = timezone.now()
    komend = [BijeenkomstFactory(plg=plg, start=nu + timedelta(days=i + 1)) for i in range(12)]
    geweest = [BijeenkomstFactory(plg=plg, start=nu - timedelta(days=i + 1)) for i in range(12)]
    for bijeenkomst in geweest[:2]:
        ActiepuntFactory(plg=plg, bijeenkomst=bijeenkomst)
    client.force_login(kartrekker)
    adres = reverse("plg:bijeenkomsten", args=[plg.school.pk, plg.pk])
    response = client.get(adres, {"komend": 2, "pagina": 2})
    assert list(response.context["komend"]) == komend[10:]
    assert list(response.context["geweest"]) == geweest[10:]
    assert 'href="?pagina=2&amp;komend=1"' in response.text
    assert 'href="?komend=2&amp;pagina=1"' in response.text
    eerste = client.get(adres)
    assert [b.aantal_acties for b in eerste.context["geweest"]][:3] == [1, 1, 0]
    assert [b.aantal_punten for b in eerste.context["komend"]][:1] == [0]


def test_note_with_script_and_onerror_comes_back_inert(client, bijeenkomst, kartrekker, plg_lid):
    client.force_login(plg_lid)
    kwaad = (
        "Goed gesprek **gehad**.\n\n<script>alert('x')</script>\n\n"
        '<img src="x" onerror="alert(1)">\n\n[klik](javascript:alert(2))'
    )
    response = client.post(
        url(bijeenkomst),
        {"actie": "notitie", "notitie-soort": NotitieSoort.NOTITIE, "notitie-tekst": kwaad},
        headers={"HX-Request": "true"},
    )
    assert response.status_code == 200
    client.force_login(kartrekker)
    for html in [response.text, client.get(url(bijeenkomst)).text]:
        assert "<strong>gehad</strong>" in html
        assert "<script>alert" not in html
        assert "onerror" not in html
        assert "javascript:" not in html


def test_decision_is_marked_as_such(client, bijeenkomst, kartrekker):
    client.force_login(kartrekker)
    client.post(
        url(bijeenkomst),
        {"actie": "notitie", "notitie-soort": "besluit", "notitie-tekst": "We starten in klas 1."},
    )
    notitie = bijeenkomst.notities.get()
    assert notitie.soort == NotitieSoort.BESLUIT
    assert notitie.created_by == kartrekker
    assert "notitie--besluit" in client.get(url(bijeenkomst)).text


def test_action_agreed_at_the_meeting_belongs_to_it(client, bijeenkomst, kartrekker):
    client.force_login(kartrekker)
    response = client.post(
        url(bijeenkomst),
        {
            "actie": "actie_toevoegen",
            "actie-wat": "Planner uitproberen",
            "actie-owner": kartrekker.pk,
            "actie-deadline": (timezone.localdate() + timedelta(days=30)).isoformat(),
        },
        headers={"HX-Request": "true"},
    )
    assert response.text.lstrip().startswith('<section id="acties"')
    assert bijeenkomst.actiepunten.get().wat == "Planner uitproberen"


def test_agenda_item_and_pulling_open_actions_once(client, plg, bijeenkomst, kartrekker):
    open_actie = ActiepuntFactory(plg=plg, wat="Enquête afnemen", owner=kartrekker)
    ActiepuntFactory(plg=plg, wat="Klaar", gedaan_op=timezone.now())
    client.force_login(kartrekker)
    client.post(url(bijeenkomst), {"actie": "agendapunt", "agenda-tekst": "Opening"})
    client.post(url(bijeenkomst), {"actie": "acties_ophalen"})
    client.post(url(bijeenkomst), {"actie": "acties_ophalen"})
    punten = list(bijeenkomst.agendapunten.all())
    assert [p.tekst for p in punten] == ["Opening", "Stand van actie: Enquête afnemen"]
    assert punten[1].actiepunt == open_actie


def test_question_set_from_the_kennisbank_goes_on_the_agenda(client, bijeenkomst, kartrekker):
    vragenset = Vragenset.objects.create(titel="Samen leren", thema="samenwerking")
    Vraag.objects.create(vragenset=vragenset, tekst="Wat leerde je van een collega?", volgorde=1)
    Vraag.objects.create(vragenset=vragenset, tekst="Waar loop je vast?", volgorde=2)
    client.force_login(kartrekker)
    response = client.post(
        url(bijeenkomst),
        {"actie": "vragenset", "vragenset": vragenset.pk},
        headers={"HX-Request": "true"},
    )
    assert "Waar loop je vast?" in response.text
    assert [p.tekst for p in bijeenkomst.agendapunten.all()] == [
        "Gesprek: Samen leren",
        "Wat leerde je van een collega?",
        "Waar loop je vast?",
    ]


def test_meeting_of_another_plg_is_404(client, plg, kartrekker):
    vreemd = BijeenkomstFactory()
    client.force_login(kartrekker)
    response = client.get(reverse("plg:bijeenkomst", args=[plg.school.pk, plg.pk, vreemd.pk]))
    assert response.status_code == 404


def test_outsider_gets_404(client, bijeenkomst, outsider):
    client.force_login(outsider)
    assert client.get(url(bijeenkomst)).status_code == 404


@pytest.mark.parametrize("n", [2, 20])
def test_meeting_pages_query_count_is_flat(
    client, plg, kartrekker, n, django_assert_max_num_queries
):
    for i in range(n):
        oud = BijeenkomstFactory(plg=plg, start=timezone.now() - timedelta(days=i + 1))
        BijeenkomstFactory(plg=plg, start=timezone.now() + timedelta(days=i + 1))
        oud.zet_op_agenda([f"Punt {i}"])
        oud.schrijf_notitie(by=kartrekker, soort="notitie", tekst=f"Notitie {i}")
        plg.zet_actie_uit(
            by=kartrekker,
            wat=f"Actie {i}",
            owner=kartrekker,
            deadline="2030-01-01",
            bijeenkomst=oud,
        )
    client.force_login(kartrekker)
    with django_assert_max_num_queries(13):
        client.get(reverse("plg:bijeenkomsten", args=[plg.school.pk, plg.pk]))
    with django_assert_max_num_queries(15):
        client.get(url(oud))
