"""Whoever leaves a school is no longer asked to answer its open moments (their notifications
and reminders: meldingen/tests/test_vertrek.py)."""

import datetime
from zoneinfo import ZoneInfo

import time_machine

from monitoring.tests.factories import MonitormomentFactory
from plg.models import PLGLid
from scholen.models import Lidmaatschap
from scholen.tests.factories import LidmaatschapFactory

AMS = ZoneInfo("Europe/Amsterdam")


def test_ending_a_membership_clears_what_the_person_had_there(
    moment, plg, plg_lid, school, other_school
):
    """The named operation also removes the rows themselves, not only their effect."""
    LidmaatschapFactory(user=plg_lid, school=other_school)
    moment.teamleden.add(plg_lid)
    gesloten = MonitormomentFactory(
        cyclus=moment.cyclus,
        datum=datetime.date(2026, 10, 1),
        sluitdatum=datetime.date(2026, 10, 9),
    )
    gesloten.teamleden.add(plg_lid)

    with time_machine.travel(datetime.datetime(2026, 11, 4, 8, tzinfo=AMS), tick=False):
        Lidmaatschap.objects.get(user=plg_lid, school=school).beeindig()

    assert not PLGLid.objects.filter(user=plg_lid).exists()
    assert not moment.teamleden.filter(pk=plg_lid.pk).exists()
    # A closed moment keeps who was asked, so its response rate stays what it was.
    assert gesloten.teamleden.filter(pk=plg_lid.pk).exists()
    assert Lidmaatschap.objects.filter(user=plg_lid).count() == 1
