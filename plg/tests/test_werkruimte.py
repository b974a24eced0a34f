from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from kennisbank.tests.factories import BronkoppelingFactory
from plg.models import PLGRol
from plg.tests.factories import (
    ActiepuntFactory,
    BevindingFactory,
    BijeenkomstFactory,
    PLGLidFactory,
    TussenstandFactory,
)
from scholen.tests.factories import medewerker


def url(plg):
    return reverse("plg:werkruimte", args=[plg.school.pk, plg.pk])


def test_shows_next_meeting_open_actions_and_members(client, plg, kartrekker, plg_lid):
    BijeenkomstFactory(plg=plg, start=timezone.now() - timedelta(days=3), plaats="Oud lokaal")
    BijeenkomstFactory(plg=plg, start=timezone.now() + timedelta(days=30), plaats="Later")
    BijeenkomstFactory(plg=plg, start=timezone.now() + timedelta(days=2), plaats="Mediatheek")
    ActiepuntFactory(plg=plg, wat="Enquête uitzetten", owner=plg_lid)
    ActiepuntFactory(plg=plg, wat="Al gedaan", owner=plg_lid, gedaan_op=timezone.now())
    client.force_login(kartrekker)
    response = client.get(url(plg))
    volgende = response.context["volgende"]
    assert volgende.plaats == "Mediatheek"
    assert [a.wat for a in response.context["open_acties"]] == ["Enquête uitzetten"]
    assert plg_lid.naam in response.text


def test_shows_the_newest_interim_update(client, plg, kartrekker):
    TussenstandFactory(
        plg=plg, titel="Eerste ronde", gepubliceerd_op=timezone.now() - timedelta(days=30)
    )
    TussenstandFactory(plg=plg, titel="Pilot loopt", gepubliceerd_op=timezone.now())
    client.force_login(kartrekker)
    response = client.get(url(plg))
    assert response.context["tussenstand"].titel == "Pilot loopt"


def test_empty_workspace_says_what_to_do(client, plg, kartrekker):
    client.force_login(kartrekker)
    response = client.get(url(plg))
    assert "Er is nog geen bijeenkomst gepland." in response.text
    assert "Geen open acties." in response.text


def test_member_adds_an_action_in_place_with_htmx(client, plg, kartrekker, plg_lid):
    client.force_login(plg_lid)
    deadline = timezone.localdate() + timedelta(days=10)
    response = client.post(
        url(plg),
        {
            "actie": "actie_toevoegen",
            "actie-wat": "Lessen observeren",
            "actie-owner": kartrekker.pk,
            "actie-deadline": deadline.isoformat(),
        },
        headers={"HX-Request": "true"},
    )
    assert response.status_code == 200
    assert response.text.lstrip().startswith('<section id="acties"')
    assert "Lessen observeren" in response.text
    actie = plg.actiepunten.get()
    assert (actie.owner, actie.created_by, actie.deadline) == (
        kartrekker,
        plg_lid,
        deadline,
    )


def test_adding_an_action_without_javascript_redirects_back(client, plg, kartrekker):
    client.force_login(kartrekker)
    response = client.post(
        url(plg),
        {
            "actie": "actie_toevoegen",
            "actie-wat": "Lessen observeren",
            "actie-owner": kartrekker.pk,
            "actie-deadline": (timezone.localdate() + timedelta(days=30)).isoformat(),
        },
    )
    assert response.status_code == 302
    assert response.url == url(plg) + "#acties"


def test_invalid_action_keeps_what_was_typed(client, plg, kartrekker):
    client.force_login(kartrekker)
    response = client.post(
        url(plg),
        {"actie": "actie_toevoegen", "actie-wat": "Lessen observeren", "actie-deadline": ""},
    )
    assert response.status_code == 200
    assert 'value="Lessen observeren"' in response.text
    assert "Dit veld is verplicht." in response.text
    assert not plg.actiepunten.exists()


def test_action_owner_must_be_a_member(client, plg, kartrekker, teamlid):
    client.force_login(kartrekker)
    client.post(
        url(plg),
        {
            "actie": "actie_toevoegen",
            "actie-wat": "X",
            "actie-owner": teamlid.pk,
            "actie-deadline": "2030-01-01",
        },
    )
    assert not plg.actiepunten.exists()


def test_tick_off_and_reopen(client, plg, kartrekker, plg_lid):
    actie = ActiepuntFactory(plg=plg, owner=plg_lid)
    client.force_login(kartrekker)
    client.post(url(plg), {"actie": "gedaan", "actiepunt": actie.pk})
    actie.refresh_from_db()
    assert actie.is_gedaan
    assert actie.completed_by == kartrekker
    client.post(url(plg), {"actie": "heropen", "actiepunt": actie.pk})
    actie.refresh_from_db()
    assert not actie.is_gedaan


def test_an_action_of_another_plg_is_404(client, plg, kartrekker):
    vreemd = ActiepuntFactory()
    client.force_login(kartrekker)
    response = client.post(url(plg), {"actie": "gedaan", "actiepunt": vreemd.pk})
    assert response.status_code == 404


def test_writing_marks_the_speerpunt_active(client, plg, kartrekker):
    client.force_login(kartrekker)
    client.post(
        url(plg),
        {
            "actie": "actie_toevoegen",
            "actie-wat": "X",
            "actie-owner": kartrekker.pk,
            "actie-deadline": "2030-01-01",
        },
    )
    plg.speerpunt.refresh_from_db()
    assert plg.speerpunt.laatste_activiteit is not None


def _vul(plg, kartrekker, n):
    for i in range(n):
        lid = medewerker(plg.school, naam=f"Lid {i}")
        PLGLidFactory(plg=plg, user=lid, rol=PLGRol.LID)
        BijeenkomstFactory(plg=plg, created_by=lid)
        ActiepuntFactory(plg=plg, owner=lid, created_by=kartrekker)
        BevindingFactory(plg=plg, created_by=lid)
        TussenstandFactory(plg=plg, created_by=kartrekker)


@pytest.mark.parametrize("n", [2, 20])
def test_query_count_does_not_grow_with_the_plg(
    client, plg, kartrekker, n, django_assert_max_num_queries
):
    _vul(plg, kartrekker, n)
    for _ in range(n // 2):
        BronkoppelingFactory(speerpunt=plg.speerpunt)
    client.force_login(kartrekker)
    with django_assert_max_num_queries(22):
        response = client.get(url(plg))
    assert response.status_code == 200


def test_a_garbled_action_id_is_a_bad_request(client, plg, kartrekker):
    client.force_login(kartrekker)
    assert client.post(url(plg), {"actie": "gedaan", "actiepunt": "x"}).status_code == 400


def test_workspace_shows_the_sources_linked_to_its_speerpunt(client, plg, plg_lid):
    koppeling = BronkoppelingFactory(speerpunt=plg.speerpunt, vertaalslag="Elke week evalueren.")
    client.force_login(plg_lid)
    response = client.get(url(plg))
    assert koppeling.bron.titel in response.text
    assert "Elke week evalueren." in response.text


def test_shows_the_ten_most_urgent_open_actions_and_links_to_all(client, plg, kartrekker):
    vandaag = timezone.localdate()
    later = [
        ActiepuntFactory(plg=plg, wat=f"Later {i}", deadline=vandaag + timedelta(days=i + 1))
        for i in range(12)
    ]
    te_laat = ActiepuntFactory(plg=plg, wat="Te laat", deadline=vandaag - timedelta(days=3))
    client.force_login(kartrekker)
    response = client.get(url(plg))
    assert response.context["open_acties"] == [te_laat, *later[:9]]
    assert "10 van de 13 open acties" in response.text
    assert '<span class="visually-hidden">: Later 9</span>' not in response.text
    assert '<span class="visually-hidden">: Later 8</span>' in response.text
    assert reverse("plg:acties", args=[plg.school.pk, plg.pk]) in response.text


def test_a_short_list_needs_no_explanation_but_keeps_the_link(client, plg, kartrekker):
    ActiepuntFactory(plg=plg)
    client.force_login(kartrekker)
    response = client.get(url(plg))
    assert "open acties:" not in response.text
    assert reverse("plg:acties", args=[plg.school.pk, plg.pk]) in response.text


def test_ticking_one_off_brings_the_next_one_up(client, plg, kartrekker):
    vandaag = timezone.localdate()
    acties = [
        ActiepuntFactory(plg=plg, wat=f"Actie {i}", deadline=vandaag + timedelta(days=i))
        for i in range(11)
    ]
    client.force_login(kartrekker)
    response = client.post(
        url(plg), {"actie": "gedaan", "actiepunt": acties[0].pk}, headers={"HX-Request": "true"}
    )
    assert response.context["open_acties"] == acties[1:]
    assert response.text.count('<form id="afvinken-') == 2
