import datetime

import pytest
import time_machine
from django.urls import reverse

from cyclus.models import Stap, Status
from cyclus.tests.factories import SpeerpuntFactory
from cyclus.tests.geschiedenis import afgeronde_speerpunten
from scholen.tests.factories import SchoolFactory
from tests.schaal import assert_vlak


def _rows(response):
    return {rij["school"].naam: rij for rij in response.context["rijen"]}


def test_board_sees_every_school_of_the_board_with_counts_per_step(client, bestuurslid, school):
    sister = SchoolFactory(bestuur=school.bestuur, naam="Zusterschool")
    SchoolFactory(naam="Andere stichting")
    SpeerpuntFactory(school=school, stap=Stap.VERKENNING)
    SpeerpuntFactory(school=school, stap=Stap.UITVOERING)
    SpeerpuntFactory(school=sister, stap=Stap.BORGEN)
    SpeerpuntFactory(school=sister, stap=Stap.BORGEN, status=Status.GEPARKEERD)
    client.force_login(bestuurslid)
    response = client.get(reverse("bestuur"))
    rows = _rows(response)
    assert set(rows) == {"Het Baken", "Zusterschool"}
    assert rows["Het Baken"]["stappen"] == [1, 0, 0, 1, 0]
    assert rows["Zusterschool"]["stappen"] == [0, 0, 0, 0, 1]
    assert "Andere stichting" not in response.text


def test_stalling_speerpunten_are_counted(client, bestuurslid, school):
    with time_machine.travel(datetime.datetime(2026, 1, 5, tzinfo=datetime.UTC)):
        SpeerpuntFactory(school=school)
    with time_machine.travel(datetime.datetime(2026, 3, 1, tzinfo=datetime.UTC)):
        SpeerpuntFactory(school=school)
        client.force_login(bestuurslid)
        rows = _rows(client.get(reverse("bestuur")))
    assert rows["Het Baken"]["stil"] == 1


def test_start_page_leads_the_board_to_the_overview(client, bestuurslid, teamlid):
    client.force_login(bestuurslid)
    assert reverse("bestuur") in client.get(reverse("start")).text
    client.force_login(teamlid)
    assert reverse("bestuur") not in client.get(reverse("start")).text


@pytest.mark.parametrize("who", ["schoolleider", "teamlid", "outsider"])
def test_only_board_members_have_the_overview(client, request, who):
    client.force_login(request.getfixturevalue(who))
    assert client.get(reverse("bestuur")).status_code == 404


def test_overview_query_count_does_not_grow_with_schools(
    client, bestuurslid, school, django_assert_max_num_queries
):
    client.force_login(bestuurslid)
    for _ in range(2):
        SpeerpuntFactory(school=SchoolFactory(bestuur=school.bestuur))
    with django_assert_max_num_queries(8):
        client.get(reverse("bestuur"))
    for _ in range(20):
        SpeerpuntFactory(school=SchoolFactory(bestuur=school.bestuur))
    with django_assert_max_num_queries(8):
        client.get(reverse("bestuur"))


def test_overview_costs_the_same_after_years_of_history_per_school(client, bestuurslid, school):
    scholen = [school, *(SchoolFactory(bestuur=school.bestuur) for _ in range(2))]
    for stap, school_ in enumerate(scholen, start=1):
        SpeerpuntFactory(school=school_, stap=stap)
    client.force_login(bestuurslid)

    def groei():
        for school_ in scholen:
            afgeronde_speerpunten(school_, 6, SpeerpuntFactory(school=school_).owner)

    assert_vlak(client, reverse("bestuur"), groei)
    rows = _rows(client.get(reverse("bestuur")))
    assert rows["Het Baken"]["actief"] == 2
