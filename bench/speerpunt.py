"""Python CPU per request, queries and HTML bytes of the cycle's pages for a board with years
of history: the speerpunt page, the dashboard of the largest school and the board overview.

    .venv/bin/python bench/speerpunt.py [schaal]

`schaal` 1 (the default) is board scale, 0.1 a tenth of the history. Runs against DATABASE_URL
(default: the local PostgreSQL) in a throwaway test database that is created, filled and
dropped again. With KOERS_BENCH_DB set it uses that existing, migrated database instead: an
empty one is filled first and kept, so the next run measures at once; a copy of the board-scale
dataset of bench/dataset.py is read as it is, at the pages bench/load.py measures.

One board of 30 schools. Every school has 10 active speerpunten over the five steps, 2 parked
ones and 20 × schaal closed ones, each cycle with its transitions, plan, goals, measurements,
monitormomenten and responses. The largest school has 20 active speerpunten; one of them is in
step 4 of its 8th cycle (2 cycles at schaal 0.1) with 4 goals of 40 × schaal measurements each.
Prints, per page, the median Python CPU per request (time.process_time, so the database's own
work is not counted) over 20 requests with the cache warm and over 5 with the cache cleared
before each, the number of queries and the HTML bytes.
"""

import datetime
import os
import statistics
import sys
import time
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/koers")
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

import django  # noqa: E402

django.setup()

from django.core.cache import cache  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import setup_test_environment  # noqa: E402
from django.urls import reverse  # noqa: E402
from django.utils import timezone  # noqa: E402

WARM, KOUD = 20, 5


def vul(schaal: float):
    """The board; returns (schoolleider of the largest school, the speerpunt with many cycles,
    a board member)."""
    from cyclus.models import Cyclus, Schooljaar, Speerpunt, Transitie
    from monitoring.models import Meting, Monitormoment, Respons
    from plg.models import PLG, Actiepunt, PLGLid
    from scholen.models import Bestuur, Bestuurslid, Lidmaatschap, Rol, School, Team, User
    from verbeterplan.models import Actie, Doel, PlanVersie, Verbeterplan

    nu = timezone.now()
    vandaag = timezone.localdate()
    jaren = max(1, round(10 * schaal))
    bestuur = Bestuur.objects.create(naam="Bench")
    bestuurder = User.objects.create(email="bestuur@bench.example.nl", naam="Bestuur", password="!")
    Bestuurslid.objects.create(user=bestuurder, bestuur=bestuur)
    groot = None
    for s in range(30):
        school = School.objects.create(bestuur=bestuur, naam=f"School {s:02d}")
        mensen = User.objects.bulk_create(
            User(email=f"p{s}-{i}@bench.example.nl", naam=f"Persoon {s}-{i}", password="!")
            for i in range(50)
        )
        Lidmaatschap.objects.bulk_create(
            Lidmaatschap(user=u, school=school, rol=Rol.SCHOOLLEIDER if i == 0 else Rol.TEAMLID)
            for i, u in enumerate(mensen)
        )
        teams = Team.objects.bulk_create(Team(school=school, naam=f"Team {t}") for t in range(4))
        Schooljaar.objects.bulk_create(
            Schooljaar(school=school, begin_jaar=vandaag.year - jaren + j, is_huidig=j == jaren - 1)
            for j in range(jaren)
        )
        actief = 20 if s == 0 else 10
        gesloten = round(20 * schaal)
        soorten = (
            [("actief", 1 + i % 5) for i in range(actief)]
            + [("geparkeerd", 2)] * 2
            + [("afgesloten", 5)] * gesloten
        )
        for i, (status, stap) in enumerate(soorten):
            lang = s == 0 and i == 3
            aantal_cycli = max(2, round(8 * schaal)) if lang else (1 + i % 3)
            speerpunt = Speerpunt.objects.create(
                school=school,
                titel=f"Speerpunt {s}-{i}",
                probleem="Leerlingen plannen hun werk nog weinig zelf." * 3,
                owner=mensen[0],
                volgorde=i + 1,
                stap=4 if lang else stap,
                status=status,
                laatste_activiteit=nu - datetime.timedelta(days=7 * (i % 9)),
            )
            speerpunt.teams.add(teams[i % 4])
            plg = PLG.objects.create(speerpunt=speerpunt, naam=f"PLG {s}-{i}")
            PLGLid.objects.bulk_create(
                PLGLid(
                    plg=plg, user=mensen[1 + (i + k) % 49], rol="kartrekker" if k == 0 else "lid"
                )
                for k in range(8)
            )
            Actiepunt.objects.bulk_create(
                Actiepunt(
                    plg=plg,
                    wat=f"Actie {a}",
                    owner=mensen[1 + a % 49],
                    deadline=vandaag - datetime.timedelta(days=a),
                    gedaan_op=None if a % 10 == 0 else nu,
                )
                for a in range(round(100 * schaal))
            )
            for c in range(1, aantal_cycli + 1):
                huidig = c == aantal_cycli
                begin = nu - datetime.timedelta(days=120 * (aantal_cycli - c + 1))
                cyclus = Cyclus.objects.create(
                    speerpunt=speerpunt,
                    nummer=c,
                    begonnen_op=begin,
                    afgesloten_op=None if huidig and status != "afgesloten" else begin,
                    evaluatie="" if huidig else "Het werkte deels; we gaan verder." * 4,
                )
                Transitie.objects.bulk_create(
                    Transitie(
                        speerpunt=speerpunt,
                        cyclus=cyclus,
                        created_by=mensen[0],
                        op=begin + datetime.timedelta(days=10 * t),
                        soort="gestart" if t == 0 else "vooruit",
                        van=None if t == 0 else t,
                        naar=t + 1,
                        reden="" if t == 0 else "Klaar voor de volgende stap." * 2,
                    )
                    for t in range(5 if not huidig else speerpunt.stap)
                )
                plan = Verbeterplan.objects.create(cyclus=cyclus, status="vastgesteld")
                PlanVersie.objects.bulk_create(
                    PlanVersie(
                        plan=plan,
                        nummer=v,
                        inhoud={},
                        created_by=mensen[0],
                        created_at=begin + datetime.timedelta(days=25 + 20 * v),
                    )
                    for v in range(1, 4)
                )
                doelen = Doel.objects.bulk_create(
                    Doel(
                        plan=plan,
                        omschrijving=f"Doel {d}",
                        indicator_soort="getal",
                        nulmeting=Decimal(40),
                        streefwaarde=Decimal(70),
                        eenheid="%",
                        volgorde=d,
                    )
                    for d in range(4 if lang else 2)
                )
                per_doel = round(40 * schaal) if lang else 6
                Meting.objects.bulk_create(
                    Meting(
                        doel=doel,
                        datum=(begin + datetime.timedelta(days=30 + 2 * m)).date(),
                        waarde=Decimal(40 + m % 30),
                        observatie="Meer leerlingen plannen zelf." if m % 5 == 0 else "",
                    )
                    for doel in doelen
                    for m in range(per_doel)
                )
                Actie.objects.bulk_create(
                    Actie(plan=plan, wat=f"Actie {a}", deadline=vandaag, status="open")
                    for a in range(5)
                )
                momenten = Monitormoment.objects.bulk_create(
                    Monitormoment(
                        cyclus=cyclus,
                        titel=f"Moment {m}",
                        datum=(begin + datetime.timedelta(days=40 + 20 * m)).date(),
                        gesloten_op=None if huidig else begin,
                    )
                    for m in range(4)
                )
                Respons.objects.bulk_create(
                    Respons(monitormoment=moment, user=mensen[1 + r])
                    for moment in momenten
                    for r in range(20)
                )
            if lang:
                groot = (mensen[0], speerpunt)
    return groot[0], groot[1], bestuurder


def bestaande():
    """From an existing database: a schoolleider, the speerpunt of their school with the most
    cycles, and a board member. In bench/dataset.py's dataset these are the people and the
    speerpunt bench/load.py measures; in one this script filled, the speerpunt in step 4 or 5
    with the most cycles."""
    from django.db.models import Count

    from cyclus.models import Speerpunt
    from scholen.models import Bestuurslid, Lidmaatschap, Rol, User

    leider = User.objects.filter(email="leider@bench.example.nl").first()
    if leider is not None:
        speerpunt = (
            Speerpunt.objects.filter(school__lidmaatschappen__user=leider)
            .annotate(n=Count("cycli"))
            .order_by("-n")
            .first()
        )
        return leider, speerpunt, User.objects.get(email="bestuur@bench.example.nl")
    speerpunt = (
        Speerpunt.objects.filter(status="actief", stap__gte=4)
        .annotate(n=Count("cycli"))
        .order_by("-n", "pk")
        .first()
    )
    leider = Lidmaatschap.objects.filter(school=speerpunt.school, rol=Rol.SCHOOLLEIDER).first().user
    bestuurder = Bestuurslid.objects.filter(bestuur=speerpunt.school.bestuur).first().user
    return leider, speerpunt, bestuurder


def cpu(client, url, runs, koud) -> float:
    tijden = []
    for _ in range(runs):
        if koud:
            cache.clear()
        begin = time.process_time()
        response = client.get(url)
        tijden.append(time.process_time() - begin)
        assert response.status_code == 200, url
    return statistics.median(tijden) * 1000


def meet(client, url) -> str:
    client.get(url)
    queries = []
    with connection.execute_wrapper(
        lambda execute, sql, *args: queries.append(sql) or execute(sql, *args)
    ):
        response = client.get(url)
    warm = cpu(client, url, WARM, koud=False)
    koud = cpu(client, url, KOUD, koud=True)
    return (
        f"{warm:7.1f} ms warm {koud:7.1f} ms cold  {len(queries):3d} queries  "
        f"{len(response.content) / 1000:5.1f} kB"
    )


def main() -> None:
    schaal = float(sys.argv[1]) if len(sys.argv) > 1 else 1.0
    setup_test_environment()
    oude_naam = connection.settings_dict["NAME"]
    eigen = not os.environ.get("KOERS_BENCH_DB")
    if eigen:
        connection.creation.create_test_db(verbosity=0, autoclobber=True)
    else:
        connection.settings_dict["NAME"] = os.environ["KOERS_BENCH_DB"]
        connection.close()
    try:
        begin = time.perf_counter()
        from scholen.models import Bestuur

        leider, speerpunt, bestuurder = (
            bestaande() if not eigen and Bestuur.objects.exists() else vul(schaal)
        )
        gevuld = time.perf_counter() - begin
        print(
            f"{connection.vendor} {connection.settings_dict['NAME']}, schaal {schaal}, "
            f"{speerpunt.cycli.count()} cycli (filled in {gevuld:.0f} s)"
        )
        client = Client()
        client.force_login(leider)
        s = speerpunt.school_id
        paginas = {
            # What every request costs before a page does anything: the baseline.
            "health": reverse("health"),
            "speerpunt": reverse("cyclus:speerpunt", args=[s, speerpunt.pk]),
            "tijdlijn": reverse("cyclus:tijdlijn", args=[s, speerpunt.pk]),
            "dashboard": reverse("cyclus:dashboard", args=[s]),
        }
        for naam, url in paginas.items():
            print(f"{naam:10} {meet(client, url)}")
        client.force_login(bestuurder)
        print(f"{'bestuur':10} {meet(client, reverse('bestuur'))}")
    finally:
        if eigen:
            connection.creation.destroy_test_db(oude_naam, verbosity=0)


if __name__ == "__main__":
    main()
