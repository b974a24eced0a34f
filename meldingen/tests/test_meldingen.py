"""Notifications in the app, e-mail preferences, and the calendar feed."""

import datetime

import pytest
from django.test import Client
from django.urls import reverse
from icalendar import Calendar

from meldingen.models import DigestRitme, Melding, Soort, Voorkeuren
from monitoring.tests.factories import MonitormomentFactory
from plg.models import Bijeenkomst


def melding(user, **velden):
    velden.setdefault("soort", Soort.ACTIE_TE_LAAT)
    velden.setdefault("titel", "Actie over de deadline: lesbrief")
    return Melding.objects.create(user=user, **velden)


def test_anonymous_is_sent_to_login(client):
    for naam in ["meldingen", "instellingen"]:
        response = client.get(reverse(f"meldingen:{naam}"))
        assert response.status_code == 302
        assert response.url.startswith(reverse("login"))


def test_header_shows_the_unread_count(client, teamlid):
    melding(teamlid)
    melding(teamlid)
    melding(teamlid, gelezen_op=datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC))
    client.force_login(teamlid)
    response = client.get(reverse("start"))
    assert '2<span class="visually-hidden"> ongelezen</span>' in response.text


def test_list_shows_only_my_notifications(client, teamlid, outsider):
    melding(teamlid, titel="Voor Tim")
    melding(outsider, titel="Voor Otto")
    client.force_login(teamlid)
    response = client.get(reverse("meldingen:meldingen"))
    assert "Voor Tim" in response.text
    assert "Voor Otto" not in response.text


def test_mark_one_and_all_as_read(client, teamlid, outsider):
    eerste = melding(teamlid)
    melding(teamlid)
    anders = melding(outsider)
    client.force_login(teamlid)
    client.post(reverse("meldingen:meldingen"), {"gelezen": eerste.pk})
    assert Melding.objects.filter(user=teamlid).ongelezen().count() == 1
    client.post(reverse("meldingen:meldingen"), {"gelezen": anders.pk})
    assert Melding.objects.filter(user=outsider).ongelezen().count() == 1
    client.post(reverse("meldingen:meldingen"), {"alles_gelezen": ""})
    assert Melding.objects.filter(user=teamlid).ongelezen().count() == 0


def test_empty_list_explains(client, teamlid):
    client.force_login(teamlid)
    assert "Je hebt nog geen meldingen." in client.get(reverse("meldingen:meldingen")).text


def test_list_query_count_and_pagination(client, teamlid, django_assert_max_num_queries):
    client.force_login(teamlid)
    for aantal in (3, 60):
        Melding.objects.bulk_create(
            Melding(user=teamlid, soort=Soort.DIGEST, titel=f"Melding {i}") for i in range(aantal)
        )
        with django_assert_max_num_queries(8):
            response = client.get(reverse("meldingen:meldingen"))
        assert response.status_code == 200
    assert "Pagina 1 van 3" in response.text


def test_switch_email_off_per_kind_and_choose_digest_rhythm(client, schoolleider):
    client.force_login(schoolleider)
    aan = [s for s in Soort.values if s != Soort.BIJEENKOMST]
    response = client.post(
        reverse("meldingen:instellingen"),
        {"email_aan": aan, "digest_ritme": DigestRitme.MAANDELIJKS},
    )
    assert response.status_code == 302
    voorkeuren = Voorkeuren.objects.get(user=schoolleider)
    assert voorkeuren.email_uit == [Soort.BIJEENKOMST]
    assert voorkeuren.digest_ritme == DigestRitme.MAANDELIJKS
    assert not voorkeuren.wil_email(Soort.BIJEENKOMST)


@pytest.fixture
def feed(client, plg_lid):
    client.force_login(plg_lid)
    client.post(reverse("meldingen:instellingen"), {"ical_nieuw": ""})
    token = Voorkeuren.objects.get(user=plg_lid).ical_token
    assert token
    return reverse("meldingen:ical", args=[token])


def events(response):
    return {str(e["uid"]): e for e in Calendar.from_ical(response.content).walk("VEVENT")}


def test_calendar_feed_holds_my_moments_and_meetings(client, feed, moment, plg):
    Bijeenkomst.objects.create(
        plg=plg, start=datetime.datetime(2026, 11, 10, 14, tzinfo=datetime.UTC), plaats="Lokaal 12"
    )
    client.logout()
    response = client.get(feed)
    assert response["Content-Type"].startswith("text/calendar")
    gevonden = events(response)
    uid = f"monitormoment-{moment.pk}@koers"
    assert uid in gevonden
    assert gevonden[uid]["dtstart"].dt == moment.datum
    assert any(str(e.get("location")) == "Lokaal 12" for e in gevonden.values())


def test_moved_moment_keeps_its_event_id(client, feed, moment):
    uid = f"monitormoment-{moment.pk}@koers"
    moment.datum = datetime.date(2026, 11, 9)
    moment.save()
    gevonden = events(client.get(feed))
    assert list(gevonden) == [uid]
    assert gevonden[uid]["dtstart"].dt == datetime.date(2026, 11, 9)


def test_moved_meeting_keeps_its_event_id_and_links_to_the_meeting(client, feed, plg):
    bijeenkomst = Bijeenkomst.objects.create(
        plg=plg, start=datetime.datetime(2026, 11, 10, 14, tzinfo=datetime.UTC), plaats="Lokaal 12"
    )
    uid = f"bijeenkomst-{bijeenkomst.pk}@koers"
    bijeenkomst.start = datetime.datetime(2026, 11, 12, 14, tzinfo=datetime.UTC)
    bijeenkomst.save()
    event = events(client.get(feed))[uid]
    assert event["dtstart"].dt == bijeenkomst.start
    assert str(event["summary"]) == f"Bijeenkomst {plg.naam}"
    assert str(event["url"]).endswith(
        reverse("plg:bijeenkomst", args=[plg.speerpunt.school_id, plg.pk, bijeenkomst.pk])
    )
    for event in Calendar.from_ical(client.get(feed).content).walk("VEVENT"):
        assert all(event.get(veld) for veld in ("uid", "dtstamp", "dtstart", "dtend", "summary"))


def test_other_peoples_moments_are_not_in_my_feed(client, feed, school):
    MonitormomentFactory(titel="Van een andere PLG")
    assert b"Van een andere PLG" not in client.get(feed).content


def test_revoked_and_renewed_token(client, feed, plg_lid):
    client.post(reverse("meldingen:instellingen"), {"ical_nieuw": ""})
    assert client.get(feed).status_code == 404
    nieuw = Voorkeuren.objects.get(user=plg_lid).ical_token
    assert client.get(reverse("meldingen:ical", args=[nieuw])).status_code == 200
    client.post(reverse("meldingen:instellingen"), {"ical_intrekken": ""})
    assert client.get(reverse("meldingen:ical", args=[nieuw])).status_code == 404
    assert Voorkeuren.objects.get(user=plg_lid).ical_token is None


def test_my_work_lists_the_moments_i_still_have_to_answer(client, plg_lid, kartrekker, moment):
    import time_machine

    with time_machine.travel(datetime.datetime(2026, 11, 4, 10, tzinfo=datetime.UTC)):
        moment.beantwoord(kartrekker, {})
        client.force_login(plg_lid)
        assert moment.titel in client.get(reverse("mijn_werk")).text
        client.force_login(kartrekker)
        response = client.get(reverse("mijn_werk"))
    assert "Er staat geen monitormoment voor je open." in response.text


def test_notifications_page_in_english(client, teamlid):
    client.force_login(teamlid)
    client.post(reverse("set_language"), {"language": "en", "next": "/"})
    response = client.get(reverse("meldingen:meldingen"))
    assert "You have no notifications yet." in response.text


def test_opening_a_notification_marks_it_read_and_follows_its_link(client, teamlid, outsider):
    eigen = melding(teamlid, url="/mijn-werk/")
    vreemd = melding(outsider, url="/mijn-werk/")
    kwaad = melding(teamlid, url="https://elders.example.com/")
    client.force_login(teamlid)
    lijst = client.get(reverse("meldingen:meldingen")).text
    assert f'formaction="{reverse("meldingen:melding", args=[eigen.pk])}"' in lijst
    response = client.post(reverse("meldingen:melding", args=[eigen.pk]))
    assert response.url == "/mijn-werk/"
    eigen.refresh_from_db()
    assert eigen.gelezen_op is not None
    assert client.post(reverse("meldingen:melding", args=[vreemd.pk])).status_code == 404
    response = client.post(reverse("meldingen:melding", args=[kwaad.pk]))
    assert response.url == reverse("meldingen:meldingen")


def test_a_link_to_a_notification_follows_it_without_marking_it_read(client, teamlid):
    eigen = melding(teamlid, url="/mijn-werk/")
    client.force_login(teamlid)
    response = client.get(
        reverse("meldingen:melding", args=[eigen.pk]),
        headers={"Referer": "https://elders.example.com/", "Sec-Fetch-Site": "cross-site"},
    )
    assert response.url == "/mijn-werk/"
    eigen.refresh_from_db()
    assert eigen.gelezen_op is None


def test_another_site_cannot_post_a_notification_read(teamlid):
    eigen = melding(teamlid, url="/mijn-werk/")
    client = Client(enforce_csrf_checks=True)
    client.force_login(teamlid)
    response = client.post(
        reverse("meldingen:melding", args=[eigen.pk]),
        headers={"Origin": "https://elders.example.com"},
    )
    assert response.status_code == 403
    eigen.refresh_from_db()
    assert eigen.gelezen_op is None


def test_admin_pages_open(admin_client, moment):
    for naam in ["herinnering", "melding", "voorkeuren"]:
        assert admin_client.get(reverse(f"admin:meldingen_{naam}_changelist")).status_code == 200
