"""The calendar feed: a person's monitormomenten and PLG meetings as iCalendar.

Every event keeps the same UID for as long as its object exists, so a calendar app that
refreshes the feed moves an event whose date changed instead of adding a second one.
"""

import datetime

from django.conf import settings
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext
from icalendar import Calendar, Event

from monitoring.models import Monitormoment
from plg.models import Bijeenkomst

# What the feed looks back on: older events are of no use in a calendar app.
TERUGKIJKEN = datetime.timedelta(days=180)
# And what it looks ahead to. Forms refuse dates this far ahead, but a row from before that
# rule (or from the admin) may hold any date up to the year 9999, where adding an event's
# length no longer fits in a date and the feed would fail for good.
VOORUITKIJKEN = datetime.timedelta(days=5 * 366)
DUUR_BIJEENKOMST = datetime.timedelta(minutes=90)
DOMEIN = "koers"


def feed_pad(token: str) -> str:
    return reverse("meldingen:ical", args=[token])


def _uid(soort: str, pk: int) -> str:
    return f"{soort}-{pk}@{DOMEIN}"


def kalender_voor(user, now=None) -> bytes:
    now = now or timezone.now()
    vanaf = now - TERUGKIJKEN
    tot = now + VOORUITKIJKEN
    kalender = Calendar()
    kalender.add("prodid", "-//Koers//Monitoring en PLG//NL")
    kalender.add("version", "2.0")
    kalender.add("x-wr-calname", gettext("Koers: %(naam)s") % {"naam": user.naam})

    momenten = (
        Monitormoment.objects.voor_deelnemer(user)
        .filter(datum__gte=vanaf.date(), datum__lte=tot.date(), gesloten_op__isnull=True)
        .select_related("cyclus__speerpunt")
    )
    for moment in momenten:
        speerpunt = moment.cyclus.speerpunt
        event = Event()
        event.add("uid", _uid("monitormoment", moment.pk))
        event.add("dtstamp", now)
        event.add("summary", gettext("Monitormoment: %(titel)s") % {"titel": moment.titel})
        event.add("dtstart", moment.datum)
        einde = min(moment.sluitdatum or moment.datum, tot.date())
        event.add("dtend", einde + datetime.timedelta(days=1))
        event.add("description", speerpunt.titel)
        event.add(
            "url",
            settings.SITE_URL + reverse("monitoring:moment", args=[speerpunt.school_id, moment.pk]),
        )
        kalender.add_component(event)

    bijeenkomsten = (
        Bijeenkomst.objects.voor_deelnemer(user)
        .filter(start__gte=vanaf, start__lte=tot)
        .select_related("plg__speerpunt")
    )
    for bijeenkomst in bijeenkomsten:
        event = Event()
        event.add("uid", _uid("bijeenkomst", bijeenkomst.pk))
        event.add("dtstamp", now)
        event.add("summary", gettext("Bijeenkomst %(naam)s") % {"naam": bijeenkomst.plg.naam})
        event.add("dtstart", bijeenkomst.start)
        event.add("dtend", bijeenkomst.start + DUUR_BIJEENKOMST)
        if bijeenkomst.plaats:
            event.add("location", bijeenkomst.plaats)
        event.add("description", bijeenkomst.plg.speerpunt.titel)
        event.add(
            "url",
            settings.SITE_URL
            + reverse(
                "plg:bijeenkomst",
                args=[bijeenkomst.plg.speerpunt.school_id, bijeenkomst.plg_id, bijeenkomst.pk],
            ),
        )
        kalender.add_component(event)
    return kalender.to_ical()
