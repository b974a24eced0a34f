"""The monitoring page of a speerpunt: its moments, planning a new one, its indicators."""

import datetime

from django.urls import reverse

from monitoring.models import Meting, Monitormoment
from monitoring.tests.factories import MonitormomentFactory
from verbeterplan.tests.factories import DoelFactory


def url(speerpunt):
    return reverse("monitoring:speerpunt", args=[speerpunt.school_id, speerpunt.pk])


def test_outsider_gets_404(client, outsider, speerpunt):
    client.force_login(outsider)
    assert client.get(url(speerpunt)).status_code == 404


def test_kartrekker_plans_a_moment_with_default_questions(client, kartrekker, speerpunt, teamlid):
    client.force_login(kartrekker)
    response = client.post(
        url(speerpunt),
        {
            "titel": "Eerste check",
            "datum": "2026-11-02",
            "sluitdatum": "",
            "teamleden": [teamlid.pk],
        },
    )
    moment = Monitormoment.objects.get()
    assert response.url == reverse(
        "monitoring:moment_bewerken", args=[speerpunt.school_id, moment.pk]
    )
    assert moment.cyclus == speerpunt.huidige_cyclus
    assert moment.vragen.count() == 9
    assert list(moment.teamleden.all()) == [teamlid]


def test_teamlid_reads_but_cannot_plan(client, teamlid, moment, speerpunt):
    client.force_login(teamlid)
    response = client.get(url(speerpunt))
    assert moment.titel in response.text
    assert "Monitormoment plannen" not in response.text
    assert client.post(url(speerpunt), {"titel": "x", "datum": "2026-11-02"}).status_code == 403


def test_empty_states(client, schoolleider, speerpunt):
    client.force_login(schoolleider)
    response = client.get(url(speerpunt))
    assert "Er is nog geen monitormoment gepland." in response.text
    assert "Het verbeterplan heeft nog geen doelen." in response.text


def test_query_count_stays_flat(
    client, schoolleider, speerpunt, doel, django_assert_max_num_queries
):
    client.force_login(schoolleider)

    def vul(aantal):
        for i in range(aantal):
            MonitormomentFactory(cyclus=speerpunt.huidige_cyclus)
            extra = DoelFactory(plan=doel.plan)
            Meting.objects.create(doel=extra, datum=datetime.date(2026, 10, 1 + i), waarde=50)

    vul(2)
    with django_assert_max_num_queries(18):
        assert client.get(url(speerpunt)).status_code == 200
    vul(10)
    with django_assert_max_num_queries(18):
        assert client.get(url(speerpunt)).status_code == 200


def test_indicator_chart_and_table_on_the_page(client, plg_lid, speerpunt, doel):
    Meting.objects.create(doel=doel, datum=datetime.date(2026, 10, 1), waarde=45)
    Meting.objects.create(doel=doel, datum=datetime.date(2026, 11, 1), waarde=52.5)
    client.force_login(plg_lid)
    response = client.get(url(speerpunt))
    assert "<svg" in response.text
    assert 'role="img"' in response.text
    assert "<caption>Metingen: Leerlingen plannen zelf</caption>" in response.text
    assert "52,5" in response.text
