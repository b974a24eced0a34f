"""The calendar feed is made once per version: an app that holds the current version hears
"not modified", an app without it gets the kept body, and any change in what the feed shows
is a new version. The address and the memberships are checked before anything kept."""

import datetime

import pytest
import time_machine
from django.urls import reverse
from django.utils import timezone
from icalendar import Calendar

from meldingen import agenda
from meldingen.models import Voorkeuren
from plg.models import Bijeenkomst, PLGLid
from scholen.models import Lidmaatschap


def adres(user) -> str:
    return reverse("meldingen:ical", args=[Voorkeuren.van(user).vernieuw_ical_token()])


def uids(response) -> set[str]:
    return {str(e["uid"]) for e in Calendar.from_ical(response.content).walk("VEVENT")}


@pytest.fixture
def bouwen(monkeypatch):
    """Counts how often a body is made."""
    gemaakt = []
    echt = agenda.kalender

    def kalender(feed, now):
        gemaakt.append(feed.user.pk)
        return echt(feed, now)

    monkeypatch.setattr(agenda, "kalender", kalender)
    return gemaakt


def test_an_app_that_holds_the_current_version_hears_not_modified(client, moment, plg_lid):
    feed = adres(plg_lid)
    eerste = client.get(feed)
    assert eerste.status_code == 200
    assert eerste["ETag"].startswith('W/"')
    assert eerste["Last-Modified"]

    opnieuw = client.get(feed, headers={"If-None-Match": eerste["ETag"]})
    assert opnieuw.status_code == 304
    assert opnieuw.content == b""
    assert opnieuw["ETag"] == eerste["ETag"]
    assert opnieuw["Cache-Control"] == "private, no-store"

    sinds = client.get(feed, headers={"If-Modified-Since": eerste["Last-Modified"]})
    assert sinds.status_code == 304


def test_a_change_in_what_the_feed_shows_is_a_new_version(client, moment, plg, plg_lid):
    feed = adres(plg_lid)
    eerste = client.get(feed)

    moment.titel = "Na acht weken"
    moment.save()
    na_titel = client.get(feed, headers={"If-None-Match": eerste["ETag"]})
    assert na_titel.status_code == 200
    assert na_titel["ETag"] != eerste["ETag"]
    assert b"Na acht weken" in na_titel.content

    bijeenkomst = Bijeenkomst.objects.create(
        plg=plg, start=datetime.datetime(2026, 11, 10, 14, tzinfo=datetime.UTC)
    )
    na_bijeenkomst = client.get(feed, headers={"If-None-Match": na_titel["ETag"]})
    assert na_bijeenkomst.status_code == 200
    assert f"bijeenkomst-{bijeenkomst.pk}@koers" in uids(na_bijeenkomst)

    bijeenkomst.plaats = "Lokaal 12"
    bijeenkomst.save()
    na_plaats = client.get(feed, headers={"If-None-Match": na_bijeenkomst["ETag"]})
    assert na_plaats.status_code == 200
    assert b"Lokaal 12" in na_plaats.content


def test_an_app_that_asks_modified_since_never_misses_a_change(client, moment, plg_lid):
    """Even a change within the same second, or one that brings back an earlier version."""
    feed = adres(plg_lid)
    with time_machine.travel(timezone.now(), tick=False):
        eerste = client.get(feed)
        moment.titel = "Na acht weken"
        moment.save()
        tweede = client.get(feed, headers={"If-Modified-Since": eerste["Last-Modified"]})
        assert tweede.status_code == 200
        assert b"Na acht weken" in tweede.content
        assert tweede["Last-Modified"] != eerste["Last-Modified"]

        moment.titel = "Na zes weken"
        moment.save()
        derde = client.get(feed, headers={"If-Modified-Since": tweede["Last-Modified"]})
        assert derde.status_code == 200
        assert derde["ETag"] == eerste["ETag"]
        assert b"Na zes weken" in derde.content
        assert (
            client.get(feed, headers={"If-Modified-Since": derde["Last-Modified"]}).status_code
            == 304
        )


def test_one_version_is_made_once(client, bouwen, moment, plg_lid):
    feed = adres(plg_lid)
    eerste = client.get(feed).content
    assert client.get(feed).content == eerste
    assert bouwen == [plg_lid.pk]

    moment.titel = "Na acht weken"
    moment.save()
    assert b"Na acht weken" in client.get(feed).content
    assert bouwen == [plg_lid.pk, plg_lid.pk]


def test_two_people_with_the_same_events_each_get_their_own_feed(
    client, bouwen, moment, plg_lid, kartrekker
):
    van_pim = client.get(adres(plg_lid))
    van_karin = client.get(adres(kartrekker))
    assert uids(van_pim) == uids(van_karin) == {f"monitormoment-{moment.pk}@koers"}
    assert b"Pim PLG-lid" in van_pim.content
    assert b"Karin Kartrekker" in van_karin.content
    assert b"Pim" not in van_karin.content
    assert van_pim["ETag"] != van_karin["ETag"]
    assert bouwen == [plg_lid.pk, kartrekker.pk]
    # Karin's app sending Pim's version does not get to keep it.
    assert (
        client.get(adres(kartrekker), headers={"If-None-Match": van_pim["ETag"]}).status_code == 200
    )


def test_a_revoked_address_stops_at_once_whatever_was_kept(client, moment, plg_lid):
    feed = adres(plg_lid)
    eerste = client.get(feed)
    Voorkeuren.van(plg_lid).trek_ical_token_in()
    assert client.get(feed).status_code == 404
    assert client.get(feed, headers={"If-None-Match": eerste["ETag"]}).status_code == 404


def test_a_deactivated_person_gets_no_feed_whatever_was_kept(client, moment, plg_lid):
    feed = adres(plg_lid)
    eerste = client.get(feed)
    plg_lid.is_active = False
    plg_lid.save()
    assert client.get(feed, headers={"If-None-Match": eerste["ETag"]}).status_code == 404


@pytest.mark.parametrize("opruimen", ["beeindig", "rij"])
def test_an_ended_membership_empties_the_kept_feed_at_once(
    client, opruimen, moment, plg, plg_lid, school
):
    Bijeenkomst.objects.create(
        plg=plg, start=datetime.datetime(2026, 11, 10, 14, tzinfo=datetime.UTC)
    )
    feed = adres(plg_lid)
    eerste = client.get(feed)
    assert len(uids(eerste)) == 2

    lidmaatschap = Lidmaatschap.objects.get(user=plg_lid, school=school)
    if opruimen == "beeindig":
        lidmaatschap.beeindig()
    else:
        lidmaatschap.delete()
    response = client.get(feed, headers={"If-None-Match": eerste["ETag"]})
    assert response.status_code == 200
    assert uids(response) == set()
    assert PLGLid.objects.filter(user=plg_lid).exists() == (opruimen == "rij")
