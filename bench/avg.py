"""Time, memory and queries of the AVG export of a large school, and of erasing one person.

    .venv/bin/python bench/avg.py [speerpunten] [--geheugen]

Runs against DATABASE_URL (default: the local PostgreSQL) in a throwaway test database that is
created, filled and dropped again. The school has 150 people; each speerpunt (default 20) has a
PLG of 10 with 100 meetings, each with 3 agenda items, 4 notes, 3 actions and 2 findings.
Prints the export's duration, size and query count, then the duration of erasing one of the
PLG members. With --geheugen it also traces the peak Python memory (which slows the export).
"""

import datetime
import os
import sys
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/koers")
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

import django  # noqa: E402

django.setup()

from django.db import connection  # noqa: E402
from django.test.utils import CaptureQueriesContext, setup_test_environment  # noqa: E402
from django.utils import timezone  # noqa: E402


def vul(speerpunten: int):
    from cyclus.models import Cyclus, Speerpunt
    from plg.models import PLG, Actiepunt, Agendapunt, Bevinding, Bijeenkomst, Notitie, PLGLid
    from scholen.models import Bestuur, Lidmaatschap, Rol, School, User

    nu = timezone.now()
    school = School.objects.create(bestuur=Bestuur.objects.create(naam="Bench"), naam="Bench")
    mensen = User.objects.bulk_create(
        User(email=f"p{i}@bench.example.nl", naam=f"Persoon {i}", password="!") for i in range(150)
    )
    Lidmaatschap.objects.bulk_create(
        Lidmaatschap(user=user, school=school, rol=Rol.TEAMLID) for user in mensen
    )
    for s in range(speerpunten):
        speerpunt = Speerpunt.objects.create(school=school, titel=f"Bench {s}", owner=mensen[0])
        Cyclus.objects.create(speerpunt=speerpunt)
        plg = PLG.objects.create(speerpunt=speerpunt, naam=f"PLG {s}")
        leden = mensen[s * 7 % 140 : s * 7 % 140 + 10]
        PLGLid.objects.bulk_create(PLGLid(plg=plg, user=user) for user in leden)
        for b in range(100):
            bijeenkomst = Bijeenkomst.objects.create(
                plg=plg, start=nu - datetime.timedelta(days=b), created_by=leden[0]
            )
            Agendapunt.objects.bulk_create(
                Agendapunt(bijeenkomst=bijeenkomst, tekst=f"Punt {i}", volgorde=i) for i in range(3)
            )
            Notitie.objects.bulk_create(
                Notitie(bijeenkomst=bijeenkomst, tekst="Een *notitie*. " * 10, created_by=leden[i])
                for i in range(4)
            )
            Actiepunt.objects.bulk_create(
                Actiepunt(
                    plg=plg,
                    bijeenkomst=bijeenkomst,
                    wat=f"Actie {b}-{i}",
                    owner=leden[i],
                    deadline=nu.date(),
                )
                for i in range(3)
            )
            Bevinding.objects.bulk_create(
                Bevinding(
                    plg=plg, soort="interview", groep="werkt", tekst="Iets", created_by=leden[i]
                )
                for i in range(2)
            )
    return school, mensen


def main() -> None:
    from scholen import avg

    getallen = [a for a in sys.argv[1:] if a.isdigit()]
    speerpunten = int(getallen[0]) if getallen else 20
    setup_test_environment()
    oude_naam = connection.settings_dict["NAME"]
    connection.creation.create_test_db(verbosity=0, autoclobber=True)
    try:
        school, mensen = vul(speerpunten)
        if "--geheugen" in sys.argv:
            tracemalloc.start()
        begin = time.perf_counter()
        with CaptureQueriesContext(connection) as queries:
            grootte = sum(len(stuk) for stuk in avg.export_zip(school, by=mensen[0]))
        duur = time.perf_counter() - begin
        print(f"{connection.vendor}, {speerpunten} speerpunten")
        print(f"export   {duur:6.2f} s  {grootte / 1e6:6.2f} MB zip  {len(queries)} queries")
        if tracemalloc.is_tracing():
            print(f"geheugen {tracemalloc.get_traced_memory()[1] / 1e6:6.1f} MB piek")
            tracemalloc.stop()
        begin = time.perf_counter()
        avg.wis_persoon(mensen[3])
        print(f"wissen   {time.perf_counter() - begin:6.2f} s")
    finally:
        connection.creation.destroy_test_db(oude_naam, verbosity=0)


if __name__ == "__main__":
    main()
