from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from plg.tests.factories import ActiepuntFactory


def url(plg):
    return reverse("plg:acties", args=[plg.school.pk, plg.pk])


def _open(plg, n, **velden):
    vandaag = timezone.localdate()
    return [
        ActiepuntFactory(plg=plg, wat=f"Open {i}", deadline=vandaag + timedelta(days=i), **velden)
        for i in range(n)
    ]


def test_open_actions_by_deadline_a_page_at_a_time(client, plg, kartrekker):
    acties = _open(plg, 30)
    ActiepuntFactory(plg=plg, wat="Al gedaan", gedaan_op=timezone.now())
    client.force_login(kartrekker)
    eerste = client.get(url(plg))
    assert list(eerste.context["pagina"]) == acties[:25]
    assert "30 open acties" in eerste.text
    assert "Al gedaan" not in eerste.text
    tweede = client.get(url(plg), {"pagina": 2})
    assert list(tweede.context["pagina"]) == acties[25:]


def test_overdue_actions_come_first_and_say_so(client, plg, kartrekker):
    _open(plg, 3)
    te_laat = ActiepuntFactory(
        plg=plg, wat="Vergeten", deadline=timezone.localdate() - timedelta(days=20)
    )
    client.force_login(kartrekker)
    response = client.get(url(plg))
    assert response.context["pagina"][0] == te_laat
    assert "te laat" in response.text


def test_ticked_off_actions_newest_first(client, plg, kartrekker):
    oud = ActiepuntFactory(plg=plg, gedaan_op=timezone.now() - timedelta(days=3))
    nieuw = ActiepuntFactory(plg=plg, gedaan_op=timezone.now())
    _open(plg, 2)
    client.force_login(kartrekker)
    response = client.get(url(plg), {"status": "gedaan"})
    assert list(response.context["pagina"]) == [nieuw, oud]
    assert "Heropen" in response.text


def test_one_pair_of_forms_for_the_whole_list(client, plg, kartrekker):
    acties = _open(plg, 12)
    client.force_login(kartrekker)
    text = client.get(url(plg)).text
    assert text.count('<form id="afvinken-') == 2
    for actie in acties:
        # Each action's own button, reachable by keyboard and named after the action for a
        # screen reader, submits the list's form with the action's id.
        assert (
            f'<button type="submit" form="afvinken-gedaan" name="actiepunt" value="{actie.pk}"'
            in text
        )
        assert f'<span class="visually-hidden">: {actie.wat}</span>' in text


def test_tick_off_from_the_list_stays_on_the_same_page(client, plg, kartrekker):
    acties = _open(plg, 30)
    client.force_login(kartrekker)
    adres = url(plg) + "?status=open&pagina=2"
    response = client.post(adres, {"actie": "gedaan", "actiepunt": acties[27].pk})
    assert response.status_code == 302
    assert response.url == adres + "#acties"
    acties[27].refresh_from_db()
    assert acties[27].is_gedaan
    assert acties[27].completed_by == kartrekker


def test_tick_off_with_htmx_answers_the_list_only(client, plg, kartrekker, plg_lid):
    acties = _open(plg, 3)
    client.force_login(plg_lid)
    response = client.post(
        url(plg), {"actie": "gedaan", "actiepunt": acties[0].pk}, headers={"HX-Request": "true"}
    )
    assert response.status_code == 200
    assert response.text.lstrip().startswith('<section id="acties"')
    assert "2 open acties" in response.text
    assert "Open 0" not in response.text


def test_reopen_from_the_list(client, plg, kartrekker):
    actie = ActiepuntFactory(plg=plg, gedaan_op=timezone.now(), completed_by=kartrekker)
    client.force_login(kartrekker)
    client.post(url(plg) + "?status=gedaan", {"actie": "heropen", "actiepunt": actie.pk})
    actie.refresh_from_db()
    assert not actie.is_gedaan


def test_schoolleider_reads_without_buttons_and_cannot_tick(client, plg, schoolleider):
    actie = ActiepuntFactory(plg=plg)
    client.force_login(schoolleider)
    response = client.get(url(plg))
    assert actie.wat in response.text
    assert "afvinken-gedaan" not in response.text
    assert client.post(url(plg), {"actie": "gedaan", "actiepunt": actie.pk}).status_code == 403
    actie.refresh_from_db()
    assert not actie.is_gedaan


@pytest.mark.parametrize(("rol", "verwacht"), [("teamlid", 403), ("outsider", 404)])
def test_others_do_not_see_the_list(request, client, plg, rol, verwacht):
    ActiepuntFactory(plg=plg)
    client.force_login(request.getfixturevalue(rol))
    assert client.get(url(plg)).status_code == verwacht


def test_an_action_of_another_plg_is_404(client, plg, kartrekker):
    client.force_login(kartrekker)
    vreemd = ActiepuntFactory()
    assert client.post(url(plg), {"actie": "gedaan", "actiepunt": vreemd.pk}).status_code == 404


def test_a_garbled_action_id_is_a_bad_request(client, plg, kartrekker):
    client.force_login(kartrekker)
    assert client.post(url(plg), {"actie": "gedaan", "actiepunt": "x"}).status_code == 400


def test_an_unknown_status_shows_the_open_ones(client, plg, kartrekker):
    actie = ActiepuntFactory(plg=plg)
    client.force_login(kartrekker)
    assert list(client.get(url(plg), {"status": "<x>"}).context["pagina"]) == [actie]


@pytest.mark.parametrize(
    ("status", "tekst"),
    [
        ("open", "Geen open acties. Spreek in de volgende bijeenkomst af wie wat doet."),
        ("gedaan", "Nog geen acties afgevinkt."),
    ],
)
def test_empty_states(client, plg, kartrekker, status, tekst):
    client.force_login(kartrekker)
    assert tekst in client.get(url(plg), {"status": status}).text
