from datetime import date, timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from plg.tests.factories import ActiepuntFactory, PLGFactory, PLGLidFactory
from scholen.tests.factories import LidmaatschapFactory

URL = reverse("mijn_werk")


def test_my_open_actions_across_plgs_first_by_date(client, plg, kartrekker, plg_lid):
    ander_plg = PLGFactory(speerpunt__school=plg.school)
    PLGLidFactory(plg=ander_plg, user=plg_lid)
    later = ActiepuntFactory(plg=plg, owner=plg_lid, deadline=date(2030, 6, 1))
    eerder = ActiepuntFactory(plg=ander_plg, owner=plg_lid, deadline=date(2030, 5, 1))
    gedaan = ActiepuntFactory(plg=plg, owner=plg_lid, gedaan_op=timezone.now())
    ActiepuntFactory(plg=plg, owner=kartrekker)
    client.force_login(plg_lid)
    response = client.get(URL)
    assert list(response.context["pagina"]) == [eerder, later]
    assert ander_plg.naam in response.text
    assert list(client.get(URL, {"status": "gedaan"}).context["pagina"]) == [gedaan]
    assert list(client.get(URL, {"status": "alle"}).context["pagina"]) == [eerder, later, gedaan]


def test_actions_i_gave_to_others_are_listed_apart(client, plg, kartrekker, plg_lid):
    gegeven = ActiepuntFactory(plg=plg, owner=plg_lid, created_by=kartrekker, wat="Peiling")
    client.force_login(kartrekker)
    response = client.get(URL)
    assert list(response.context["pagina"]) == []
    assert list(response.context["uitgezet"]) == [gegeven]


def test_overdue_action_is_flagged(client, plg, plg_lid):
    ActiepuntFactory(plg=plg, owner=plg_lid, deadline=timezone.localdate() - timedelta(days=1))
    client.force_login(plg_lid)
    assert "te laat" in client.get(URL).text


def test_tick_off_from_my_work(client, plg, plg_lid):
    actie = ActiepuntFactory(plg=plg, owner=plg_lid)
    client.force_login(plg_lid)
    response = client.post(URL, {"actie": "gedaan", "actiepunt": actie.pk})
    assert response.status_code == 302
    actie.refresh_from_db()
    assert actie.is_gedaan


def test_cannot_tick_off_someone_elses_action(client, plg, plg_lid, kartrekker):
    actie = ActiepuntFactory(plg=plg, owner=kartrekker)
    client.force_login(plg_lid)
    assert client.post(URL, {"actie": "gedaan", "actiepunt": actie.pk}).status_code == 404


def test_actions_of_a_school_i_left_disappear(client, plg, plg_lid):
    ActiepuntFactory(plg=plg, owner=plg_lid)
    plg_lid.lidmaatschappen.all().delete()
    LidmaatschapFactory(user=plg_lid)
    client.force_login(plg_lid)
    assert list(client.get(URL).context["pagina"]) == []


def test_empty_state(client, teamlid):
    client.force_login(teamlid)
    assert "Je hebt geen open acties." in client.get(URL).text


def test_anonymous_goes_to_login(client, db):
    assert client.get(URL).url.startswith(reverse("login"))


@pytest.mark.parametrize("n", [3, 30])
def test_query_count_is_flat(client, plg, plg_lid, n, django_assert_max_num_queries):
    for _ in range(n):
        ActiepuntFactory(plg=plg, owner=plg_lid)
        ActiepuntFactory(plg=plg, created_by=plg_lid)
    client.force_login(plg_lid)
    with django_assert_max_num_queries(8):
        assert client.get(URL).status_code == 200


def test_actions_i_gave_to_others_most_urgent_first_a_page_at_a_time(
    client, plg, kartrekker, plg_lid
):
    vandaag = timezone.localdate()
    gegeven = [
        ActiepuntFactory(
            plg=plg, owner=plg_lid, created_by=kartrekker, deadline=vandaag + timedelta(days=i)
        )
        for i in range(12)
    ]
    ActiepuntFactory(plg=plg, owner=plg_lid, created_by=kartrekker, gedaan_op=timezone.now())
    client.force_login(kartrekker)
    response = client.get(URL)
    assert list(response.context["uitgezet"]) == gegeven[:10]
    assert "12 open acties, wat te laat is bovenaan." in response.text
    assert list(client.get(URL, {"uitgezet": 2}).context["uitgezet"]) == gegeven[10:]


def test_ticking_off_keeps_the_page_and_filter(client, plg, plg_lid):
    actie = ActiepuntFactory(plg=plg, owner=plg_lid)
    client.force_login(plg_lid)
    response = client.post(URL + "?status=alle", {"actie": "gedaan", "actiepunt": actie.pk})
    assert response.url == URL + "?status=alle"
    assert "Heropen" in client.get(response.url).text


def test_one_pair_of_forms_however_many_actions(client, plg, plg_lid):
    for _ in range(30):
        ActiepuntFactory(plg=plg, owner=plg_lid)
    client.force_login(plg_lid)
    assert client.get(URL).text.count('<form id="afvinken-') == 2
