"""The summary of one monitormoment costs the same however much monitoring the speerpunt, the
school and its people have behind them: it reads the answers of the moment it shows."""

import datetime

import time_machine
from django.urls import reverse

from cyclus.tests.factories import SpeerpuntFactory
from monitoring.models import Monitormoment
from monitoring.tests.factories import MonitormomentFactory
from plg.tests.factories import PLGFactory, PLGLidFactory
from scholen.models import Rol
from scholen.tests.factories import medewerker
from tests.schaal import assert_vlak

OPEN_DAG = datetime.datetime(2026, 11, 4, 10, 0, tzinfo=datetime.UTC)


def beantwoord_door(moment, mensen):
    vragen = list(moment.vragen.all())
    for i, persoon in enumerate(mensen):
        moment.beantwoord(
            persoon, {v.pk: (1 + (i + v.pk) % 5, f"Toelichting {i} bij {v.pk}") for v in vragen}
        )


def test_summary_of_a_moment(client, school, speerpunt, plg, kartrekker, plg_lid):
    with time_machine.travel(OPEN_DAG, tick=False):
        collegas = [medewerker(school, Rol.TEAMLID) for _ in range(6)]
        moment = MonitormomentFactory(cyclus=speerpunt.huidige_cyclus)
        moment.teamleden.add(*collegas)
        beantwoord_door(moment, [kartrekker, plg_lid, *collegas])
        client.force_login(kartrekker)
        url = reverse("monitoring:moment", args=[school.pk, moment.pk])

        def groei():
            # Years of earlier moments of this speerpunt, answered by the same people and by
            # colleagues who left the PLG since; and the other speerpunten of the school.
            for jaar in range(1, 6):
                eerder = MonitormomentFactory(
                    cyclus=speerpunt.huidige_cyclus,
                    datum=moment.datum - datetime.timedelta(days=365 * jaar),
                    sluitdatum=moment.datum - datetime.timedelta(days=365 * jaar - 14),
                )
                vroeger = [medewerker(school, Rol.TEAMLID) for _ in range(4)]
                eerder.teamleden.add(*collegas, *vroeger)
                beantwoord_door(eerder, [kartrekker, plg_lid, *collegas, *vroeger])
            for _ in range(3):
                ander = SpeerpuntFactory(school=school)
                ander_plg = PLGFactory(speerpunt=ander)
                leden = [medewerker(school, Rol.TEAMLID) for _ in range(5)]
                for lid in leden:
                    PLGLidFactory(plg=ander_plg, user=lid)
                beantwoord_door(MonitormomentFactory(cyclus=ander.huidige_cyclus), leden)
            assert Monitormoment.objects.count() == 9

        assert_vlak(client, url, groei)
