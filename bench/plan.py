"""What the verbeterplan page costs for a small plan and for one with years of history.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/koers_plan .venv/bin/python bench/plan.py

Runs against DATABASE_URL (default: the local PostgreSQL) in a throwaway test database that is
created, filled and dropped again. Two plans of the same school:

- klein: 8 goals, 25 actions, adopted once (one decision, one version);
- groot: 8 goals, 300 actions (100 of them done), two decisions and twelve versions, every
  version a snapshot of the whole plan.

For each plan and two readers (the kartrekker, who gets a status form per action, and a
colleague who only reads) it prints the Python CPU time per request (time.process_time, the
median of the runs, so other work on the machine does not count), the queries and the HTML
bytes; then the same for the versions page and the decision page. Queries and bytes of the plan
page must not depend on the size of the plan's history.
"""

import datetime
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/koers_plan")
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from django.urls import reverse  # noqa: E402

RUNS = 20


def maak_plan(speerpunt, schoolleider, mensen, *, acties: int, klaar: int, versies: int):
    from verbeterplan.models import Actie, ActieStatus
    from verbeterplan.tests.factories import DoelFactory, compleet_plan

    plan = compleet_plan(speerpunt.huidige_cyclus, doelen=0, acties=0)
    for _ in range(8):
        DoelFactory(plan=plan)
    begin = datetime.date(2026, 9, 1)
    Actie.objects.bulk_create(
        Actie(
            plan=plan,
            wat=f"Actie {i}: planningsles voorbereiden en geven in de mentorklassen",
            owner=mensen[i % len(mensen)],
            start=begin,
            deadline=begin + datetime.timedelta(days=i),
            status=ActieStatus.KLAAR if i < klaar else ActieStatus.BEZIG,
        )
        for i in range(acties)
    )
    if versies > 1:
        # A rejected proposal first, as happens: one more decision in the history.
        plan.leg_besluit_vast(
            by=schoolleider, datum=begin, besloten_door="Teamvergadering", aangenomen=False
        )
    plan.leg_besluit_vast(
        by=schoolleider, datum=begin, besloten_door="Teamvergadering", aangenomen=True
    )
    for ronde in range(versies - 1):
        plan.start_bijstelling(by=schoolleider, reden=f"Bijstelling na monitorronde {ronde + 1}")
        Actie.objects.create(
            plan=plan, wat=f"Extra actie na ronde {ronde + 1}", owner=mensen[0], deadline=begin
        )
        plan.rond_bijstelling_af(by=schoolleider)
    return plan


def vul():
    from cyclus.tests.factories import SpeerpuntFactory
    from plg.models import PLGRol
    from plg.tests.factories import PLGFactory, PLGLidFactory
    from scholen.models import Rol
    from scholen.tests.factories import SchoolFactory, medewerker

    school = SchoolFactory(naam="Het Baken")
    schoolleider = medewerker(school, Rol.SCHOOLLEIDER, naam="Sara Schoolleider")
    kartrekker = medewerker(school, Rol.TEAMLID, naam="Karin Kartrekker")
    collega = medewerker(school, Rol.TEAMLID, naam="Tim Teamlid")
    mensen = [medewerker(school, Rol.TEAMLID) for _ in range(30)]
    plannen = {}
    for naam, acties, klaar, versies in [("klein", 25, 0, 1), ("groot", 300 - 11, 100, 12)]:
        speerpunt = SpeerpuntFactory(school=school, owner=schoolleider, titel=f"Speerpunt {naam}")
        plg = PLGFactory(speerpunt=speerpunt)
        PLGLidFactory(plg=plg, user=kartrekker, rol=PLGRol.KARTREKKER)
        plannen[naam] = maak_plan(
            speerpunt, schoolleider, mensen, acties=acties, klaar=klaar, versies=versies
        )
    return plannen, {"kartrekker": kartrekker, "collega": collega, "schoolleider": schoolleider}


def meet(client, url) -> tuple[float, int, int]:
    """CPU per request as in production (no query log, no test instrumentation of templates),
    then one more request for the queries and bytes."""
    client.get(url)
    tijden = []
    for _ in range(RUNS):
        begin = time.process_time()
        response = client.get(url)
        tijden.append(time.process_time() - begin)
        assert response.status_code == 200, url
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    return statistics.median(tijden) * 1000, len(queries), len(response.content)


def main() -> None:
    # The test client's host name, and mail kept in memory; the templates are not instrumented
    # (django.test.utils.setup_test_environment would), so the timing is that of a worker.
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "testserver"]
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    oude_naam = connection.settings_dict["NAME"]
    connection.creation.create_test_db(verbosity=0, autoclobber=True)
    try:
        plannen, mensen = vul()
        print(f"{connection.vendor}; CPU per request is the median of {RUNS} requests")
        for naam, plan in plannen.items():
            args = [plan.school.pk, plan.pk]
            print(
                f"{naam}: {plan.acties.count()} acties, {plan.versies.count()} versies, "
                f"{plan.besluiten.count()} besluiten"
            )
            paginas = [
                ("plan", "kartrekker", reverse("verbeterplan:plan", args=args)),
                ("plan", "collega", reverse("verbeterplan:plan", args=args)),
                (
                    "plan p5",
                    "collega",
                    reverse("verbeterplan:plan", args=args) + "?acties_pagina=5",
                ),
                ("versies", "collega", reverse("verbeterplan:versies", args=args)),
                ("besluit", "schoolleider", reverse("verbeterplan:besluit", args=args)),
            ]
            for pagina, wie, url in paginas:
                client = Client()
                client.force_login(mensen[wie])
                ms, aantal, grootte = meet(client, url)
                print(
                    f"  {pagina:8} {wie:12} {ms:7.1f} ms CPU  {aantal:3d} queries  "
                    f"{grootte / 1024:6.1f} kB"
                )
    finally:
        connection.creation.destroy_test_db(oude_naam, verbosity=0)


if __name__ == "__main__":
    main()
