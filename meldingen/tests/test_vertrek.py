"""Whoever leaves a school gets nothing more from it: no calendar events, no reminders, no
notifications. Tested both through the named operation and with a membership row that simply
disappeared (older data, a cascade), because the feeds and the reminders ask for a current
membership themselves."""

import datetime
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.core import mail
from django.urls import reverse
from icalendar import Calendar

from meldingen import herinneringen, verzenden
from meldingen.models import Herinnering, Melding, Soort, Voorkeuren
from plg.models import Bijeenkomst
from plg.tests.factories import ActiepuntFactory
from scholen.models import Lidmaatschap, Rol
from scholen.tests.factories import LidmaatschapFactory

AMS = ZoneInfo("Europe/Amsterdam")


def vertrek_met_beeindig(user, school):
    Lidmaatschap.objects.get(user=user, school=school).beeindig()


def vertrek_zonder_opruimen(user, school):
    Lidmaatschap.objects.filter(user=user, school=school).delete()


@pytest.fixture(params=[vertrek_met_beeindig, vertrek_zonder_opruimen], ids=["beeindig", "rij"])
def vertrek(request):
    return request.param


@pytest.fixture
def elders(plg_lid, other_school):
    """The leaver keeps working at another school, so they can still log in."""
    LidmaatschapFactory(user=plg_lid, school=other_school, rol=Rol.TEAMLID)
    return other_school


def feed_voor(client, user) -> str:
    token = Voorkeuren.van(user).vernieuw_ical_token()
    return reverse("meldingen:ical", args=[token])


def uids(client, feed) -> set[str]:
    response = client.get(feed)
    assert response.status_code == 200
    return {str(e["uid"]) for e in Calendar.from_ical(response.content).walk("VEVENT")}


def test_a_leavers_feed_holds_none_of_the_schools_moments_or_meetings(
    client, vertrek, moment, plg, plg_lid, school, elders
):
    moment.teamleden.add(plg_lid)
    bijeenkomst = Bijeenkomst.objects.create(
        plg=plg, start=datetime.datetime(2026, 11, 10, 14, tzinfo=datetime.UTC)
    )
    feed = feed_voor(client, plg_lid)
    voor = {f"monitormoment-{moment.pk}@koers", f"bijeenkomst-{bijeenkomst.pk}@koers"}
    assert uids(client, feed) == voor

    vertrek(plg_lid, school)

    assert uids(client, feed) == set()


def test_a_leaver_gets_no_reminders_of_the_school(vertrek, moment, plg, plg_lid, school, elders):
    ActiepuntFactory(plg=plg, owner=plg_lid, deadline=datetime.date(2026, 11, 3))
    Bijeenkomst.objects.create(plg=plg, start=datetime.datetime(2026, 11, 5, 14, tzinfo=AMS))
    vertrek(plg_lid, school)

    with time_machine.travel(datetime.datetime(2026, 11, 4, 8, tzinfo=AMS), tick=False):
        herinneringen.verzamel()
        verzenden.verstuur()

    assert Herinnering.objects.exists()  # the kartrekker is still reminded
    assert not Herinnering.objects.filter(user=plg_lid).exists()
    assert plg_lid.email not in [m.to[0] for m in mail.outbox]


def test_a_reminder_recorded_before_leaving_is_not_sent(
    vertrek, moment, plg_lid, kartrekker, school, elders
):
    with time_machine.travel(datetime.datetime(2026, 11, 2, 8, tzinfo=AMS), tick=False):
        herinneringen.verzamel()
        recorded = Herinnering.objects.get(user=plg_lid, soort=Soort.MONITORING_OPEN)
        assert recorded.school == school
        vertrek(plg_lid, school)
        verzenden.verstuur()

    recorded.refresh_from_db()
    assert recorded.verstuurd_op is None
    assert recorded.vervallen
    assert not Melding.objects.filter(user=plg_lid).exists()
    ontvangers = [m.to[0] for m in mail.outbox]
    assert kartrekker.email in ontvangers
    assert plg_lid.email not in ontvangers


def test_a_deactivated_person_gets_no_reminders(moment, plg_lid, kartrekker):
    with time_machine.travel(datetime.datetime(2026, 11, 2, 8, tzinfo=AMS), tick=False):
        herinneringen.verzamel()
        recorded = Herinnering.objects.get(user=plg_lid)
        plg_lid.is_active = False
        plg_lid.save()
        verzenden.verstuur()
        recorded.refresh_from_db()
        assert recorded.vervallen

        recorded.delete()
        herinneringen.verzamel()
    assert not Herinnering.objects.filter(user=plg_lid).exists()
    assert Herinnering.objects.filter(user=kartrekker).exists()


def test_notifications_of_the_school_disappear_from_list_and_count(
    client, vertrek, plg_lid, school, elders
):
    Melding.objects.create(user=plg_lid, school=school, soort=Soort.BIJEENKOMST, titel="Baken")
    Melding.objects.create(user=plg_lid, school=elders, soort=Soort.BIJEENKOMST, titel="Elders")
    client.force_login(plg_lid)
    assert client.get(reverse("meldingen:meldingen")).context["ongelezen_meldingen"] == 2

    vertrek(plg_lid, school)
    client.force_login(plg_lid)

    response = client.get(reverse("meldingen:meldingen"))
    assert [m.titel for m in response.context["pagina"]] == ["Elders"]
    assert response.context["ongelezen_meldingen"] == 1
    baken = Melding.objects.filter(titel="Baken").first()
    if baken is not None:
        opened = client.get(reverse("meldingen:melding", args=[baken.pk]))
        assert opened.status_code == 404


def test_a_board_member_keeps_notifications_of_the_boards_schools(client, bestuurslid, school):
    Melding.objects.create(user=bestuurslid, school=school, soort=Soort.DIGEST, titel="Bestuur")
    client.force_login(bestuurslid)
    response = client.get(reverse("meldingen:meldingen"))
    assert [m.titel for m in response.context["pagina"]] == ["Bestuur"]


def test_ending_a_membership_clears_what_the_person_had_there(plg_lid, school, other_school):
    """The named operation also removes the rows themselves, not only their effect (what it
    clears in monitoring: monitoring/tests/test_vertrek.py)."""
    LidmaatschapFactory(user=plg_lid, school=other_school)
    Melding.objects.create(user=plg_lid, school=school, soort=Soort.BIJEENKOMST, titel="Baken")
    Melding.objects.create(user=plg_lid, school=other_school, soort=Soort.DIGEST, titel="Ander")
    open_herinnering = Herinnering.objects.create(
        soort=Soort.BIJEENKOMST,
        bron="bijeenkomst",
        object_id=1,
        user=plg_lid,
        school=school,
        datum=datetime.date(2026, 11, 5),
        titel="Morgen",
    )

    with time_machine.travel(datetime.datetime(2026, 11, 4, 8, tzinfo=AMS), tick=False):
        Lidmaatschap.objects.get(user=plg_lid, school=school).beeindig()

    assert list(Melding.objects.filter(user=plg_lid).values_list("titel", flat=True)) == ["Ander"]
    open_herinnering.refresh_from_db()
    assert open_herinnering.vervallen
    assert Lidmaatschap.objects.filter(user=plg_lid).count() == 1
