"""The calendar feed answers whatever date a stored row holds."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone
from icalendar import Calendar

from meldingen.models import Voorkeuren
from monitoring.tests.factories import MonitormomentFactory
from plg.models import Bijeenkomst


@pytest.fixture
def feed(client, plg_lid):
    client.force_login(plg_lid)
    client.post(reverse("meldingen:instellingen"), {"ical_nieuw": ""})
    client.logout()
    return reverse("meldingen:ical", args=[Voorkeuren.objects.get(user=plg_lid).ical_token])


def _uids(response):
    return {str(e["uid"]) for e in Calendar.from_ical(response.content).walk("VEVENT")}


def test_extreme_dates_leave_the_feed_working(client, feed, speerpunt, plg, kartrekker, plg_lid):
    vandaag = timezone.localdate()
    gewoon = MonitormomentFactory(cyclus=speerpunt.huidige_cyclus, datum=vandaag, sluitdatum=None)
    # Starts soon, closes at the end of time: the event's end is where the overflow was.
    open_eind = MonitormomentFactory(
        cyclus=speerpunt.huidige_cyclus, datum=vandaag, sluitdatum=datetime.date.max
    )
    ver = MonitormomentFactory(
        cyclus=speerpunt.huidige_cyclus, datum=datetime.date.max, sluitdatum=datetime.date.max
    )
    Bijeenkomst.objects.create(
        plg=plg, start=datetime.datetime(9999, 12, 31, 23, 30, tzinfo=datetime.UTC)
    )
    Bijeenkomst.objects.create(plg=plg, start=datetime.datetime(1, 1, 1, tzinfo=datetime.UTC))
    response = client.get(feed)
    assert response.status_code == 200
    uids = _uids(response)
    assert f"monitormoment-{gewoon.pk}@koers" in uids
    assert f"monitormoment-{open_eind.pk}@koers" in uids
    assert f"monitormoment-{ver.pk}@koers" not in uids
    assert not any(uid.startswith("bijeenkomst-") for uid in uids)
