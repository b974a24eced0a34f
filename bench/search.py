"""Times the kennisbank search over 10,000 sources for ten queries a team would type.

    .venv/bin/python bench/search.py [aantal] [herhalingen]

Runs against DATABASE_URL (default: the local PostgreSQL) in a throwaway database that is
created, filled and dropped again (named by BENCH_DB, default koers_bench_zoeken). The
sources are made from the words of the curated set, so the vocabulary and text lengths are those
of real entries. Each search is what the page does: the first page of twenty with their themes
and the number of matches. Target: p95 under 50 ms on PostgreSQL.
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

from django.db import connection  # noqa: E402
from django.test.utils import setup_test_environment  # noqa: E402

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


def vul(aantal: int) -> None:
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
    Bron.objects.filter(pk__in=[b.pk for b in bronnen]).werk_zoekindex_bij()
    # Indexing rewrote every row once; autovacuum would clean that up on a running server.
    with connection.cursor() as cursor:
        cursor.execute(
            "VACUUM ANALYZE kennisbank_bron" if connection.vendor == "postgresql" else "ANALYZE"
        )
    return scholen[0]


def zoek_zoals_de_pagina(school, q: str) -> int:
    from django.core.paginator import Paginator

    from kennisbank.models import Bron
    from kennisbank.views import PER_PAGINA, ZOEKKOLOMMEN
    from kennisbank.zoeken import GeteldePagina, zoek

    bronnen = zoek(Bron.objects.zichtbaar_voor(school), q)
    bronnen = bronnen.prefetch_related("themas").defer(*ZOEKKOLOMMEN)
    pagina = Paginator(GeteldePagina(bronnen, PER_PAGINA, 1), PER_PAGINA).get_page(1)
    list(pagina.object_list)
    return pagina.paginator.count


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
        start = time.perf_counter()
        school = vul(aantal)
        print(
            f"database: {connection.vendor}, sources: {aantal} + curated set "
            f"(filled in {time.perf_counter() - start:.1f} s), {herhalingen} runs per query"
        )
        alle = []
        for q in QUERIES:
            zoek_zoals_de_pagina(school, q)  # warm the cache, as a server that is running would
            tijden = []
            for _ in range(herhalingen):
                begin = time.perf_counter()
                gevonden = zoek_zoals_de_pagina(school, q)
                tijden.append((time.perf_counter() - begin) * 1000)
            alle += tijden
            p50, p95 = _percentielen(tijden)
            print(f"  {q!r:40} {gevonden:6} hits  p50 {p50:6.1f} ms  p95 {p95:6.1f} ms")
        p50, p95 = _percentielen(alle)
        print(f"all queries: p50 {p50:.1f} ms, p95 {p95:.1f} ms (target p95 < 50 ms)")
    finally:
        connection.creation.destroy_test_db(oude_naam, verbosity=0)


def _percentielen(tijden: list[float]) -> tuple[float, float]:
    punten = statistics.quantiles(tijden, n=100, method="inclusive")
    return statistics.median(tijden), punten[94]


if __name__ == "__main__":
    main()
