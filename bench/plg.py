"""Python CPU, response time, queries and HTML size of the PLG pages for a PLG that has worked
for years.

    .venv/bin/python bench/plg.py [bijeenkomsten]
    DATABASE_URL=postgres://.../koers_bench .venv/bin/python bench/plg.py --bestaand

Without --bestaand it runs against DATABASE_URL (default: the local PostgreSQL) in a throwaway
test database that is created, filled and dropped again. One PLG of 12 members gets the given
number of meetings (default 300), each with 3 agenda items, 4 notes, 3 actions (five in eight
still open, one in three owned by the kartrekker) and 2 findings, plus an interim update with 5
reactions for every 10 meetings. With --bestaand it only reads the database DATABASE_URL names
(a board-scale dataset, migrated): the PLG with the most meetings, seen by its kartrekker, and
"mijn werk" of the person with the most actions.

For each page it prints the Python CPU per request (time.process_time over the requests made
through the test client, so the server's work and the client's, without the database's), the
median response time, the number of queries and the bytes of HTML. The queries and bytes must
not depend on the size of the PLG: run it with 30 and with 300.
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

from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext, setup_test_environment  # noqa: E402
from django.urls import reverse  # noqa: E402
from django.utils import timezone  # noqa: E402

RUNS = 20


def vul(bijeenkomsten: int):
    from cyclus.models import Cyclus, Speerpunt
    from plg.models import (
        PLG,
        Actiepunt,
        Activiteit,
        Agendapunt,
        Bevinding,
        Bijeenkomst,
        Notitie,
        PLGLid,
        Reactie,
        Tussenstand,
    )
    from scholen.models import Bestuur, Lidmaatschap, Rol, School, User

    nu = timezone.now()
    school = School.objects.create(bestuur=Bestuur.objects.create(naam="Bench"), naam="Bench")
    mensen = User.objects.bulk_create(
        User(email=f"p{i}@bench.example.nl", naam=f"Persoon {i}", password="!") for i in range(40)
    )
    Lidmaatschap.objects.bulk_create(
        Lidmaatschap(user=user, school=school, rol=Rol.TEAMLID) for user in mensen
    )
    leden = mensen[:12]
    speerpunt = Speerpunt.objects.create(school=school, titel="Bench", owner=mensen[0])
    Cyclus.objects.create(speerpunt=speerpunt)
    plg = PLG.objects.create(speerpunt=speerpunt, naam="PLG Bench")
    PLGLid.objects.bulk_create(
        PLGLid(plg=plg, user=user, rol="kartrekker" if i == 0 else "lid")
        for i, user in enumerate(leden)
    )
    for b in range(bijeenkomsten):
        start = nu - datetime.timedelta(days=3 * (bijeenkomsten - b))
        bijeenkomst = Bijeenkomst.objects.create(plg=plg, start=start, created_by=leden[0])
        Agendapunt.objects.bulk_create(
            Agendapunt(bijeenkomst=bijeenkomst, tekst=f"Punt {i}", volgorde=i) for i in range(3)
        )
        Notitie.objects.bulk_create(
            Notitie(bijeenkomst=bijeenkomst, tekst="Een *notitie*.", created_by=leden[i])
            for i in range(4)
        )
        Actiepunt.objects.bulk_create(
            Actiepunt(
                plg=plg,
                bijeenkomst=bijeenkomst,
                wat=f"Actie {b}-{i}",
                owner=leden[0] if i == 0 else leden[(b + i) % 12],
                created_by=leden[0],
                deadline=(start + datetime.timedelta(days=14)).date(),
                gedaan_op=None if (3 * b + i) % 8 < 5 else start,
            )
            for i in range(3)
        )
        Bevinding.objects.bulk_create(
            Bevinding(plg=plg, soort="interview", groep="werkt", tekst="Iets", created_by=leden[i])
            for i in range(2)
        )
        if b % 10 == 0:
            tussenstand = Tussenstand.objects.create(
                plg=plg, titel=f"Stand {b}", tekst="Tekst", created_by=leden[0]
            )
            Reactie.objects.bulk_create(
                Reactie(tussenstand=tussenstand, tekst="Ja", created_by=mensen[20 + i])
                for i in range(5)
            )
    # The rows were made in bulk, past the PLG's write methods: the feed gets their lines here.
    Activiteit.objects.schrijf_alles(PLG.objects.filter(pk=plg.pk))
    if connection.vendor == "postgresql":
        # Plans as a live database has them, with statistics of the tables just filled.
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
    return school, plg, leden


def meet(client, url) -> tuple[float, float, int, int]:
    """(CPU ms per request, median ms, queries, bytes)."""
    client.get(url)
    tijden = []
    cpu = time.process_time()
    for _ in range(RUNS):
        begin = time.perf_counter()
        response = client.get(url)
        tijden.append(time.perf_counter() - begin)
        assert response.status_code == 200, url
    cpu = (time.process_time() - cpu) / RUNS
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    return cpu * 1000, statistics.median(tijden) * 1000, len(queries), len(response.content)


def paginas(school, plg, kartrekker, eigenaar) -> list[tuple[str, object, str]]:
    s, p = school.pk, plg.pk
    laatste = plg.bijeenkomsten.order_by("-start").first().pk
    return [
        ("overzicht", kartrekker, reverse("plg:overzicht", args=[s])),
        ("werkruimte", kartrekker, reverse("plg:werkruimte", args=[s, p])),
        ("acties p1", kartrekker, reverse("plg:acties", args=[s, p])),
        ("acties p20", kartrekker, reverse("plg:acties", args=[s, p]) + "?pagina=20"),
        ("acties gedaan", kartrekker, reverse("plg:acties", args=[s, p]) + "?status=gedaan"),
        ("leden", kartrekker, reverse("plg:leden", args=[s, p])),
        ("bijeenkomsten", kartrekker, reverse("plg:bijeenkomsten", args=[s, p])),
        ("bijeenkomst", kartrekker, reverse("plg:bijeenkomst", args=[s, p, laatste])),
        ("analyse", kartrekker, reverse("plg:analyse", args=[s, p])),
        ("tussenstanden", kartrekker, reverse("plg:tussenstanden", args=[s, p])),
        ("activiteit p1", kartrekker, reverse("plg:activiteit", args=[s, p])),
        ("activiteit p50", kartrekker, reverse("plg:activiteit", args=[s, p]) + "?pagina=50"),
        ("mijn werk", eigenaar, reverse("mijn_werk")),
        ("mijn werk (k)", kartrekker, reverse("mijn_werk")),
    ]


def druk_af(titel: str, lijst) -> None:
    print(titel)
    print(f"{'':16} {'CPU':>8}    {'median':>8}    {'queries':>7}  {'HTML':>7}")
    clients = {}
    for naam, wie, url in lijst:
        if wie.pk not in clients:
            clients[wie.pk] = Client()
            clients[wie.pk].force_login(wie)
        cpu, ms, aantal, grootte = meet(clients[wie.pk], url)
        print(f"{naam:16} {cpu:8.1f} ms {ms:8.1f} ms  {aantal:7d}  {grootte / 1000:5.1f} kB")


def bestaand() -> None:
    from django.db.models import Count

    from plg.models import PLG, Actiepunt
    from scholen.models import User

    plg = PLG.objects.annotate(n=Count("bijeenkomsten")).order_by("-n").first()
    kartrekker = plg.leden.kartrekkers().get().user
    meeste = Actiepunt.objects.values("owner").annotate(n=Count("pk")).order_by("-n")[0]
    eigenaar = User.objects.get(pk=meeste["owner"])
    druk_af(
        f"{connection.settings_dict['NAME']}: {plg.naam}, {plg.bijeenkomsten.count()} "
        f"bijeenkomsten, {plg.actiepunten.open().count()} open acties; mijn werk van een "
        f"persoon met {meeste['n']} acties",
        paginas(plg.school, plg, kartrekker, eigenaar),
    )


def main() -> None:
    setup_test_environment()
    if sys.argv[1:] == ["--bestaand"]:
        bestaand()
        return
    bijeenkomsten = int(sys.argv[1]) if len(sys.argv) > 1 else 300
    oude_naam = connection.settings_dict["NAME"]
    connection.creation.create_test_db(verbosity=0, autoclobber=True)
    try:
        school, plg, leden = vul(bijeenkomsten)
        druk_af(
            f"{connection.vendor}, {bijeenkomsten} bijeenkomsten",
            paginas(school, plg, leden[0], leden[1]),
        )
    finally:
        connection.creation.destroy_test_db(oude_naam, verbosity=0)


if __name__ == "__main__":
    main()
