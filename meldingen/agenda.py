"""The calendar feed: a person's monitormomenten and PLG meetings as iCalendar.

Every event keeps the same UID for as long as its object exists, so a calendar app that
refreshes the feed moves an event whose date changed instead of adding a second one.

Calendar apps poll the feed all day, while what it shows changes a few times a week. Each poll
reads the shown fields of the person's events (two queries) and fingerprints them: that is the
feed's version, its ETag. The iCalendar body, the expensive part, is made only when the version
changed, and kept per person in the cache until then.
"""

import datetime
import hashlib
from typing import NamedTuple

from django.conf import settings
from django.core.cache import cache
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext
from icalendar import Calendar, Event

from monitoring.models import Monitormoment
from plg.models import Bijeenkomst
from scholen.models import User

# What the feed looks back on: older events are of no use in a calendar app.
TERUGKIJKEN = datetime.timedelta(days=180)
# And what it looks ahead to. Forms refuse dates this far ahead, but a row from before that
# rule (or from the admin) may hold any date up to the year 9999, where adding an event's
# length no longer fits in a date and the feed would fail for good.
VOORUITKIJKEN = datetime.timedelta(days=5 * 366)
DUUR_BIJEENKOMST = datetime.timedelta(minutes=90)
# How long a person's feed is kept at most; a change in what it shows replaces it at once.
BEWAREN = 24 * 60 * 60
DOMEIN = "koers"


def feed_pad(token: str) -> str:
    return reverse("meldingen:ical", args=[token])


def _uid(soort: str, pk: int) -> str:
    return f"{soort}-{pk}@{DOMEIN}"


class Feed(NamedTuple):
    """What one person's feed shows, as plain rows, and a fingerprint of it."""

    user: User
    momenten: list[tuple]
    bijeenkomsten: list[tuple]
    etag: str


def _middernacht(dag: datetime.date) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime.combine(dag, datetime.time()))


def feed_van(user, vandaag: datetime.date | None = None) -> Feed:
    """Reads what the person's feed shows: two queries that fetch only the fields the events
    need. The window moves by whole days, so within a day the same rows give the same feed."""
    vandaag = vandaag or timezone.localdate()
    eerste = vandaag - TERUGKIJKEN
    laatste = vandaag + VOORUITKIJKEN
    momenten = [
        (pk, titel, datum, min(sluitdatum or datum, laatste), speerpunt, school_id)
        for pk, titel, datum, sluitdatum, speerpunt, school_id in (
            Monitormoment.objects.voor_deelnemer(user)
            .filter(datum__gte=eerste, datum__lte=laatste, gesloten_op__isnull=True)
            .order_by("pk")
            .values_list(
                "pk",
                "titel",
                "datum",
                "sluitdatum",
                "cyclus__speerpunt__titel",
                "cyclus__speerpunt__school_id",
            )
        )
    ]
    bijeenkomsten = list(
        Bijeenkomst.objects.voor_deelnemer(user)
        .filter(
            start__gte=_middernacht(eerste),
            start__lt=_middernacht(laatste + datetime.timedelta(days=1)),
        )
        .order_by("pk")
        .values_list(
            "pk",
            "start",
            "plaats",
            "plg_id",
            "plg__naam",
            "plg__speerpunt__titel",
            "plg__speerpunt__school_id",
        )
    )
    # Everything the body is made of but the time it was made: the rows, the person's name
    # and the language of the texts around them.
    inhoud = repr(
        (user.naam, translation.get_language(), settings.SITE_URL, momenten, bijeenkomsten)
    )
    etag = hashlib.sha256(inhoud.encode()).hexdigest()[:32]
    return Feed(user, momenten, bijeenkomsten, etag)


def kalender(feed: Feed, now: datetime.datetime) -> bytes:
    """The feed as iCalendar, stamped with `now`."""
    kalender = Calendar()
    kalender.add("prodid", "-//Koers//Monitoring en PLG//NL")
    kalender.add("version", "2.0")
    kalender.add("x-wr-calname", gettext("Koers: %(naam)s") % {"naam": feed.user.naam})

    for pk, titel, datum, einde, speerpunt, school_id in feed.momenten:
        event = Event()
        event.add("uid", _uid("monitormoment", pk))
        event.add("dtstamp", now)
        event.add("summary", gettext("Monitormoment: %(titel)s") % {"titel": titel})
        event.add("dtstart", datum)
        event.add("dtend", einde + datetime.timedelta(days=1))
        event.add("description", speerpunt)
        event.add("url", settings.SITE_URL + reverse("monitoring:moment", args=[school_id, pk]))
        kalender.add_component(event)

    for pk, start, plaats, plg_id, plg_naam, speerpunt, school_id in feed.bijeenkomsten:
        event = Event()
        event.add("uid", _uid("bijeenkomst", pk))
        event.add("dtstamp", now)
        event.add("summary", gettext("Bijeenkomst %(naam)s") % {"naam": plg_naam})
        event.add("dtstart", start)
        event.add("dtend", start + DUUR_BIJEENKOMST)
        if plaats:
            event.add("location", plaats)
        event.add("description", speerpunt)
        event.add(
            "url",
            settings.SITE_URL + reverse("plg:bijeenkomst", args=[school_id, plg_id, pk]),
        )
        kalender.add_component(event)
    return kalender.to_ical()


def kalender_uit_cache(feed: Feed) -> tuple[bytes, datetime.datetime]:
    """The body of this version of the feed and when it was made. Each person's latest body is
    kept until what it shows changes or a day has passed. A new version is always made later
    than the one before, to the second, so an app that asks "modified since" the time of the
    version it holds never misses a change, even one made within the same second or one that
    brings back an earlier version."""
    sleutel = f"meldingen:agenda:{feed.user.pk}"
    bewaard = cache.get(sleutel)
    if bewaard is not None and bewaard[0] == feed.etag:
        return bewaard[1], bewaard[2]
    gemaakt_op = timezone.now().replace(microsecond=0)
    if bewaard is not None and bewaard[2] >= gemaakt_op:
        gemaakt_op = bewaard[2] + datetime.timedelta(seconds=1)
    body = kalender(feed, gemaakt_op)
    cache.set(sleutel, (feed.etag, body, gemaakt_op), BEWAREN)
    return body, gemaakt_op
