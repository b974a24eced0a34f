"""The notifications page and the calendar feed cost the same after years of history."""

import datetime

from django.urls import reverse
from django.utils import timezone

from meldingen.models import Melding, Soort, Voorkeuren
from monitoring.models import Monitormoment
from monitoring.tests.factories import MonitormomentFactory
from plg.models import Bijeenkomst
from plg.tests.factories import PLGFactory, PLGLidFactory
from scholen.models import Rol
from scholen.tests.factories import medewerker
from tests.schaal import assert_vlak


def meldingen(user, aantal, **velden):
    Melding.objects.bulk_create(
        Melding(
            user=user,
            soort=Soort.ACTIE_TE_LAAT,
            titel=f"Actie over de deadline: lesbrief {i}",
            tekst="Deze actie had klaar moeten zijn.",
            url="/mijn-werk/",
            **velden,
        )
        for i in range(aantal)
    )


def test_notifications_page(client, teamlid, school, other_school):
    meldingen(teamlid, 30)
    client.force_login(teamlid)

    def groei():
        # Years of older notifications, most of them read, and unread ones of a school the
        # person does not see (not listed, not counted).
        eerder = timezone.now() - datetime.timedelta(days=400)
        meldingen(teamlid, 400, school=school, created_at=eerder, gelezen_op=eerder)
        meldingen(teamlid, 100, created_at=eerder)
        meldingen(teamlid, 50, school=other_school)

    assert_vlak(client, reverse("meldingen:meldingen"), groei)


def test_calendar_feed(client, speerpunt, plg, plg_lid, school):
    vandaag = timezone.localdate()
    nu = timezone.now()
    for week in range(4):
        Bijeenkomst.objects.create(plg=plg, start=nu + datetime.timedelta(weeks=week - 2))
    moment = MonitormomentFactory(cyclus=speerpunt.huidige_cyclus, datum=vandaag, sluitdatum=None)
    feed = reverse("meldingen:ical", args=[Voorkeuren.van(plg_lid).vernieuw_ical_token()])

    def groei():
        # Ten years of weekly meetings before the window, and the moments of those years.
        Bijeenkomst.objects.bulk_create(
            Bijeenkomst(plg=plg, start=nu - datetime.timedelta(days=200, weeks=week))
            for week in range(520)
        )
        for jaar in range(1, 11):
            MonitormomentFactory(
                cyclus=speerpunt.huidige_cyclus,
                datum=vandaag - datetime.timedelta(days=365 * jaar),
                sluitdatum=vandaag - datetime.timedelta(days=365 * jaar - 14),
            )
        # Moments in the window that were closed, and another PLG of the school with its own.
        gesloten = MonitormomentFactory(cyclus=moment.cyclus, datum=vandaag, sluitdatum=None)
        Monitormoment.objects.filter(pk=gesloten.pk).update(gesloten_op=nu)
        ander = PLGFactory(speerpunt__school=school)
        PLGLidFactory(plg=ander, user=medewerker(school, Rol.TEAMLID))
        Bijeenkomst.objects.bulk_create(
            Bijeenkomst(plg=ander, start=nu + datetime.timedelta(days=dag)) for dag in range(50)
        )

    assert_vlak(client, feed, groei)
