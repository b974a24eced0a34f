"""Times the kennisbank over 10,000 sources: indexing them, ten searches a team would type,
the list by title and by theme, and the Python CPU of the page itself.

    .venv/bin/python bench/search.py [aantal] [herhalingen]

Runs against DATABASE_URL (default: the local PostgreSQL) in a throwaway database that is
created, filled and dropped again (named by BENCH_DB, default koers_bench_zoeken). The
sources are made from the words of the curated set, so the vocabulary and text lengths are those
of real entries. Each search is what the page does: the first page of twenty with their themes
and the number of matches. Targets on PostgreSQL: indexing 10,000 sources under 20 s, search
p95 under 50 ms, at most 20 ms Python CPU per page (the page measured through Django's test
client, its templates rendered as on the server).
"""

import os
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/koers")
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.core.cache import cache  # noqa: E402
from django.db import connection, transaction  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import (  # noqa: E402
    CaptureQueriesContext,
    setup_test_environment,
    teardown_test_environment,
)
from django.urls import reverse  # noqa: E402

QUERIES = [
    "leerlingen",
    "onderzoeksmatig werken",
    "feedback",
    "gespreid leiderschap",
    "data monitoring",
    "lerende organisatie",
    "samen leren in het team",
    "visie",
    "professionele ontwikkeling leraren",
    "praktijkkaart probleem",
]


def vul(aantal: int):
    """The sources, made in bulk and then indexed in one go as an import would: the school of
    the bench and the seconds the indexing took."""
    from kennisbank.models import Bron, Soort, Thema
    from scholen.models import Bestuur, School

    rng = random.Random(7)
    bestaand = list(Bron.objects.prefetch_related("themas"))
    woorden = " ".join(f"{b.titel} {b.samenvatting}" for b in bestaand).split()
    auteurs = [b.auteurs for b in bestaand]
    themas = list(Thema.objects.all())
    scholen = [
        School.objects.create(bestuur=Bestuur.objects.create(naam=f"Bench {n}"), naam=f"S{n}")
        for n in range(5)
    ]
    bronnen = []
    gekozen_themas = []
    for n in range(aantal):
        keuze = rng.sample(themas, k=rng.randint(1, 3))
        bron = Bron(
            titel=" ".join(rng.choices(woorden, k=rng.randint(4, 12))).capitalize(),
            auteurs=rng.choice(auteurs),
            jaar=rng.randint(1980, 2025),
            soort=rng.choice(Soort.values),
            samenvatting=" ".join(rng.choices(woorden, k=rng.randint(25, 70))),
            aanbevelingen=" ".join(sorted(rng.sample(["h1", "h2", "h3", "h4", "h5", "h6"], 2))),
            stappen=str(rng.randint(1, 5)),
            # Most sources are shared, the rest are the own additions of five schools.
            school=rng.choice(scholen) if n % 4 == 0 else None,
        )
        bronnen.append(bron)
        gekozen_themas.append(keuze)
    Bron.objects.bulk_create(bronnen, batch_size=1000)
    Koppel = Bron.themas.through
    Koppel.objects.bulk_create(
        (
            Koppel(bron_id=bron.pk, thema_id=thema.pk)
            for bron, keuze in zip(bronnen, gekozen_themas, strict=True)
            for thema in keuze
        ),
        batch_size=5000,
    )
    start = time.perf_counter()
    Bron.objects.filter(pk__in=[b.pk for b in bronnen]).werk_zoekindex_bij()
    return scholen[0], time.perf_counter() - start


def een_voor_een(school, aantal: int) -> float:
    """Seconds per source made one by one as the form makes it: saved, then its themes set,
    in a transaction of its own (so an insert, the themes, the index and a commit each)."""
    from kennisbank.models import Bron, Soort, Thema

    themas = list(Thema.objects.all()[:2])
    start = time.perf_counter()
    for n in range(aantal):
        with transaction.atomic():
            bron = Bron(
                titel=f"Eigen aanpak {n}",
                auteurs="Sectie Nederlands",
                soort=Soort.PRAKTIJKKAART,
                samenvatting="Hoe leerlingen bij ons feedback geven op elkaars werk.",
                school=school,
            )
            bron.save()
            bron.zet_themas(themas)
    return (time.perf_counter() - start) / aantal


def ruim_op() -> None:
    # Indexing rewrote every row once; autovacuum would clean that up on a running server.
    with connection.cursor() as cursor:
        cursor.execute(
            "VACUUM ANALYZE kennisbank_bron" if connection.vendor == "postgresql" else "ANALYZE"
        )


def zoek_zoals_de_pagina(school, q: str = "", thema=None) -> int:
    """The first page as the view fetches it: a search, or without words the list by title."""
    from django.core.paginator import Paginator

    from kennisbank.models import Bron
    from kennisbank.views import PER_PAGINA, voor_de_lijst
    from kennisbank.zoeken import GeteldePagina, zoek

    bronnen = Bron.objects.zichtbaar_voor(school)
    if thema is not None:
        bronnen = bronnen.filter(themas=thema)
    if q:
        resultaten = GeteldePagina(voor_de_lijst(zoek(bronnen, q)), PER_PAGINA, 1)
    else:
        resultaten = voor_de_lijst(bronnen.order_by("titel", "pk"))
    pagina = Paginator(resultaten, PER_PAGINA).get_page(1)
    list(pagina.object_list)
    return pagina.paginator.count


def tijden(school, herhalingen: int, q: str = "", thema=None) -> tuple[int, list[float]]:
    zoek_zoals_de_pagina(school, q, thema)  # warm the cache, as a server that is running would
    gemeten = []
    for _ in range(herhalingen):
        begin = time.perf_counter()
        gevonden = zoek_zoals_de_pagina(school, q, thema)
        gemeten.append((time.perf_counter() - begin) * 1000)
    return gevonden, gemeten


def main() -> None:
    aantal = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    herhalingen = int(sys.argv[2]) if len(sys.argv) > 2 else 30
    setup_test_environment()
    oude_naam = connection.settings_dict["NAME"]
    # A name of its own, so a test run on the same server is never clobbered.
    connection.settings_dict.setdefault("TEST", {})["NAME"] = os.environ.get(
        "BENCH_DB", "koers_bench_zoeken"
    )
    connection.creation.create_test_db(verbosity=0, autoclobber=True)
    try:
        from django.db.models import Count

        from kennisbank.models import Thema

        start = time.perf_counter()
        school, indexeren = vul(aantal)
        print(
            f"database: {connection.vendor}, sources: {aantal} + curated set "
            f"(filled in {time.perf_counter() - start:.1f} s, of which indexing {indexeren:.1f} s "
            f"in one go; target < 20 s), {herhalingen} runs per query"
        )
        per_bron = een_voor_een(school, 200)
        print(
            f"made one by one as the form saves them: {per_bron * 1000:.1f} ms per source, "
            f"indexing included ({per_bron * aantal:.0f} s for {aantal})"
        )
        ruim_op()
        alle = []
        for q in QUERIES:
            gevonden, gemeten = tijden(school, herhalingen, q)
            alle += gemeten
            p50, p95 = _percentielen(gemeten)
            print(f"  {q!r:40} {gevonden:6} hits  p50 {p50:6.1f} ms  p95 {p95:6.1f} ms")
        p50, p95 = _percentielen(alle)
        print(f"all queries: p50 {p50:.1f} ms, p95 {p95:.1f} ms (target p95 < 50 ms)")
        thema = Thema.objects.annotate(aantal=Count("bronnen")).order_by("-aantal").first()
        for naam, kwargs in (("list by title", {}), (f"theme {thema.naam!r}", {"thema": thema})):
            gevonden, gemeten = tijden(school, herhalingen, **kwargs)
            p50, p95 = _percentielen(gemeten)
            print(f"  {naam:40} {gevonden:6} shown  p50 {p50:6.1f} ms  p95 {p95:6.1f} ms")
        pagina_cpu(school, thema, herhalingen)
    finally:
        connection.creation.destroy_test_db(oude_naam, verbosity=0)


def pagina_cpu(school, thema, herhalingen: int) -> None:
    """Python CPU per request of the page, as a colleague of the school asks for it."""
    from scholen.models import Lidmaatschap, Rol, User

    # Templates render as on the server, without the bookkeeping tests add to every render.
    teardown_test_environment()
    settings.ALLOWED_HOSTS = ["testserver"]
    user = User.objects.create(email="bench@school.example.nl", naam="Bench", password="!")
    Lidmaatschap.objects.create(user=user, school=school, rol=Rol.TEAMLID)
    client = Client()
    client.force_login(user)
    url = reverse("kennisbank:zoeken", args=[school.pk])
    print("page, Python CPU per request (median; target at most 20 ms):")
    for naam, params in (
        ("search 'leerlingen'", "?q=leerlingen"),
        ("search 'visie', page 3", "?q=visie&pagina=3"),
        ("theme", f"?thema={thema.pk}"),
        ("list by title", ""),
    ):
        client.get(url + params)
        warm, koud = [], []
        for _ in range(herhalingen):
            begin = time.process_time()
            client.get(url + params)
            warm.append((time.process_time() - begin) * 1000)
            # Also as the first view of these filters, before their fragment is cached.
            cache.clear()
            begin = time.process_time()
            client.get(url + params)
            koud.append((time.process_time() - begin) * 1000)
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url + params)
        assert response.status_code == 200, response.status_code
        print(
            f"  {naam:30} {statistics.median(warm):6.1f} ms  (filters not cached yet: "
            f"{statistics.median(koud):5.1f} ms)  {len(queries):3} queries  "
            f"{len(response.content):6} bytes"
        )


def _percentielen(tijden: list[float]) -> tuple[float, float]:
    punten = statistics.quantiles(tijden, n=100, method="inclusive")
    return statistics.median(tijden), punten[94]


if __name__ == "__main__":
    main()
