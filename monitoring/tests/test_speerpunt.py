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
            "datum": datetime.date.today().isoformat(),
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


def test_speerpunt_page_shows_monitoring_and_charts_in_step_4(client, teamlid, speerpunt, doel):
    from cyclus.models import Stap

    speerpunt.stap = Stap.UITVOERING
    speerpunt.save()
    Meting.objects.create(doel=doel, datum=datetime.date(2026, 10, 1), waarde=45)
    client.force_login(teamlid)
    response = client.get(reverse("cyclus:speerpunt", args=[speerpunt.school_id, speerpunt.pk]))
    assert "Er staat geen monitormoment open of gepland." in response.text
    assert url(speerpunt) in response.text
    assert 'aria-labelledby="grafiek-' in response.text


def test_dashboard_cards_show_next_monitoring_and_overdue_items(speerpunt, plg, plg_lid):
    import time_machine

    from cyclus.models import Speerpunt
    from plg.models import Actiepunt

    with time_machine.travel(datetime.datetime(2026, 11, 4, 10, tzinfo=datetime.UTC)):
        MonitormomentFactory(
            cyclus=speerpunt.huidige_cyclus, datum=datetime.date(2026, 11, 20), sluitdatum=None
        )
        MonitormomentFactory(cyclus=speerpunt.huidige_cyclus, datum=datetime.date(2026, 11, 10))
        for dag in (1, 2):
            Actiepunt.objects.create(
                plg=plg, wat="x", owner=plg_lid, deadline=datetime.date(2026, 11, dag)
            )
        kaart = Speerpunt.objects.voor_dashboard(speerpunt.school).get()
    assert kaart.volgende_monitoring == datetime.date(2026, 11, 10)
    assert kaart.overdue == 2


def test_board_member_reads_monitoring_but_changes_nothing(client, bestuurslid, speerpunt, moment):
    client.force_login(bestuurslid)
    assert client.get(url(speerpunt)).status_code == 200
    moment_url = reverse("monitoring:moment", args=[speerpunt.school_id, moment.pk])
    assert client.get(moment_url).status_code == 200
    assert client.post(url(speerpunt), {"titel": "x", "datum": "2026-11-02"}).status_code == 403
    assert client.post(moment_url, {"sluiten": ""}).status_code == 403


def test_admin_pages_open(admin_client, moment):
    for naam in ["monitormoment", "meting"]:
        assert admin_client.get(reverse(f"admin:monitoring_{naam}_changelist")).status_code == 200
