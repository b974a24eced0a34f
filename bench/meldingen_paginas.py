"""Python CPU per request, queries and bytes of the calendar feed, the notifications page and a
monitormoment's summary, for a person with years of history.

    .venv/bin/python bench/meldingen_paginas.py [aantal]

Runs against DATABASE_URL (default: the local PostgreSQL) in a throwaway test database that is
created, filled and dropped again. One person is in 10 PLGs that met every week for ten years
(5,200 meetings, 260 of them in the feed's window), is asked to answer 30 open monitormomenten,
and has 506 notifications. The summary is of a moment that 39 people answered, in a speerpunt
with 32 other moments answered by the same people. Prints the median CPU time of `aantal`
requests per page (default 50), measured with time.process_time around the test client.
"""

import datetime
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/koers")
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

import django  # noqa: E402

django.setup()

from django.core.cache import cache  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext, setup_test_environment  # noqa: E402
from django.urls import reverse  # noqa: E402
from django.utils import timezone  # noqa: E402

PLGS = 10
JAREN = 10
RESPONDENTEN = 40


def vul():
    from cyclus.models import Cyclus, Speerpunt
    from meldingen.models import Melding, Soort, Voorkeuren
    from monitoring.models import Antwoord, Monitormoment, Respons
    from plg.models import PLG, Bijeenkomst, PLGLid, PLGRol
    from scholen.models import Bestuur, Lidmaatschap, Rol, School, User

    vandaag = timezone.localdate()
    nu = timezone.now()
    school = School.objects.create(bestuur=Bestuur.objects.create(naam="Bench"), naam="Bench")
    mensen = User.objects.bulk_create(
        User(email=f"p{i}@bench.example.nl", naam=f"Persoon {i}", password="!")
        for i in range(RESPONDENTEN)
    )
    Lidmaatschap.objects.bulk_create(
        Lidmaatschap(user=u, school=school, rol=Rol.SCHOOLLEIDER if i == 0 else Rol.TEAMLID)
        for i, u in enumerate(mensen)
    )
    persoon = mensen[1]
    momenten = []
    for p in range(PLGS):
        speerpunt = Speerpunt.objects.create(school=school, titel=f"Speerpunt {p}", owner=mensen[0])
        cyclus = Cyclus.objects.create(speerpunt=speerpunt)
        plg = PLG.objects.create(speerpunt=speerpunt, naam=f"PLG {p}")
        PLGLid.objects.bulk_create(
            PLGLid(plg=plg, user=u, rol=PLGRol.KARTREKKER if i == 0 else PLGRol.LID)
            for i, u in enumerate(mensen[1:])
        )
        Bijeenkomst.objects.bulk_create(
            Bijeenkomst(plg=plg, start=nu - datetime.timedelta(weeks=w), plaats="Lokaal 12")
            for w in range(52 * JAREN)
        )
        for m in range(3):
            moment = Monitormoment.objects.create(
                cyclus=cyclus,
                titel=f"Moment {p}-{m}",
                datum=vandaag - datetime.timedelta(days=m),
                sluitdatum=vandaag + datetime.timedelta(days=14),
            )
            moment.voeg_standaardvragen_toe()
            momenten.append(moment)
    # The summary's speerpunt also has 30 earlier moments; every moment is answered by all.
    for m in range(30):
        moment = Monitormoment.objects.create(
            cyclus=cyclus,
            titel=f"Eerder {m}",
            datum=vandaag - datetime.timedelta(days=60 * (m + 1)),
            sluitdatum=vandaag - datetime.timedelta(days=60 * (m + 1) - 14),
        )
        moment.voeg_standaardvragen_toe()
        momenten.insert(0, moment)
    for moment in momenten:
        vragen = list(moment.vragen.all())
        responsen = Respons.objects.bulk_create(
            Respons(monitormoment=moment, user=u) for u in mensen if u != persoon
        )
        Antwoord.objects.bulk_create(
            Antwoord(
                respons=r,
                vraag=v,
                score=1 + (r.user_id + v.pk) % 5,
                toelichting=f"Toelichting van iemand over {v.tekst[:40].lower()}",
            )
            for r in responsen
            for v in vragen
        )
    Melding.objects.bulk_create(
        Melding(
            user=persoon,
            school=school,
            soort=Soort.ACTIE_TE_LAAT,
            titel=f"Actie over de deadline: actie {i}",
            tekst="Deze actie had klaar moeten zijn. Vink haar af als ze klaar is.",
            url="/mijn-werk/",
            gelezen_op=nu if i % 3 else None,
        )
        for i in range(506)
    )
    token = Voorkeuren.van(persoon).vernieuw_ical_token()
    return persoon, mensen[0], school, momenten[-1], token


def meet(client, url, aantal, headers=None, koud=False) -> str:
    tijden = []
    for _ in range(aantal):
        if koud:
            cache.clear()
        start = time.process_time()
        response = client.get(url, headers=headers or {})
        tijden.append(time.process_time() - start)
    if koud:
        cache.clear()
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, headers=headers or {})
    return (
        f"{statistics.median(tijden) * 1000:6.1f} ms CPU, {len(queries.captured_queries):2} "
        f"queries, {len(response.content):6} bytes, status {response.status_code}"
    )


def main() -> None:
    aantal = int(sys.argv[1]) if len(sys.argv) > 1 else 50
    setup_test_environment()
    oude_naam = connection.settings_dict["NAME"]
    connection.creation.create_test_db(verbosity=0, autoclobber=True)
    try:
        persoon, leider, school, moment, token = vul()
        feed = reverse("meldingen:ical", args=[token])
        client = Client()
        eerste = client.get(feed)
        events = eerste.content.count(b"BEGIN:VEVENT")
        print(f"database: {connection.vendor}, feed events: {events}")
        print(f"feed, made anew:      {meet(client, feed, aantal, koud=True)}")
        print(f"feed, kept:           {meet(client, feed, aantal)}")
        if "ETag" in eerste:
            conditional = {"If-None-Match": eerste["ETag"]}
            print(f"feed, not modified:   {meet(client, feed, aantal, headers=conditional)}")
        client.force_login(persoon)
        print(f"notifications:        {meet(client, reverse('meldingen:meldingen'), aantal)}")
        client.force_login(leider)
        url = reverse("monitoring:moment", args=[school.pk, moment.pk])
        print(f"monitormoment page:   {meet(client, url, aantal)}")
    finally:
        connection.creation.destroy_test_db(oude_naam, verbosity=0)


if __name__ == "__main__":
    main()
