"""Render time and peak memory of the verbeterplan PDF.

    .venv/bin/python bench/pdf.py

Each case runs in a fresh process (so peak memory is that of one render job, as in a worker):
a typical plan (8 goals, 40 actions), a large one (300 actions), and the one-page summary of
the large one. Every goal has its chart (a year of measurements and two plan versions), drawn
by the monitoring app as the worker draws it. The process first gets ready as a worker process
does when it starts ("opstart": WeasyPrint, the stylesheet and its fonts), then prints the first
render and the median of the next ones, each as wall-clock time and as the process's CPU time
(which other work on the machine does not inflate).
"""

import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CASES = {
    "typisch": (8, 40, "volledig"),
    "groot": (8, 300, "volledig"),
    "a4": (8, 300, "samenvatting"),
}
RUNS = 5


def document(doelen: int, acties: int) -> dict:
    """A plan as `verbeterplan.pdf.document` produces it, with realistic lengths."""
    datum = "14-10-2026"
    return {
        "meta": {
            "school": "Het Baken",
            "speerpunt": "Eigenaarschap bij huiswerk in de onderbouw",
            "plg": "PLG Huiswerk",
            "versie": "versie 2",
            "reden": "De monitoring liet zien dat de planningslessen te kort waren.",
            "datum": datum,
            "besluit": {
                "datum": "01-06-2026",
                "door": "Teamvergadering onderbouw",
                "uitkomst": "aangenomen",
                "voorwaarden": "Evaluatie na drie maanden in de teamvergadering.",
            },
        },
        "doelen": [
            {
                "id": i,
                "omschrijving": f"Doel {i}: leerlingen plannen hun huiswerk zelf en houden het bij",
                "indicator_soort": "een getal (nulmeting en streefwaarde)",
                "indicator": "Gemeten met de leerlingvragenlijst in oktober en in juni.",
                "nulmeting": "40",
                "streefwaarde": "70",
                "eenheid": "%",
            }
            for i in range(doelen)
        ],
        "acties": [
            {
                "id": i,
                "wat": f"Actie {i}: planningsles voorbereiden en geven in de mentorklassen",
                "owner": "Sanne Jansen",
                "owner_text": "",
                "start": "01-09-2026",
                "deadline": datum,
                "status": "bezig" if i % 3 else "nog niet begonnen",
            }
            for i in range(acties)
        ],
        "mijlpalen": [
            {"id": i, "datum": datum, "omschrijving": f"Mijlpaal {i}: pilot afgerond"}
            for i in range(6)
        ],
        "communicatie": [
            {"id": i, "datum": datum, "vorm": "Teamvergadering", "omschrijving": "Stand van zaken"}
            for i in range(4)
        ],
        "evaluatie": [
            {"id": i, "datum": datum, "omschrijving": "Gesprekken met leerlingen en mentoren"}
            for i in range(3)
        ],
        "randvoorwaarden": [
            {"id": i, "soort": soort, "voldaan": "ja", "toelichting": "Is geregeld."}
            for i, soort in enumerate(
                ["tijd in het rooster", "budget", "faciliteiten",
                 "professionalisering en coaching", "materialen", "verantwoordelijkheden"]
            )
        ],
        "aanpak": {
            "uitrol": "eerst een pilot",
            "sturing": "afspraken op hoofdlijnen",
            "wat_iedereen_doet": "Iedere mentor geeft elke week een **planningsles**.",
            "ruimte": "Hoe de les eruitziet, kiest de mentor zelf.",
        },
        "veranderstrategie": {
            "strategie": "interactieve strategie",
            "toelichting": "De mentoren geven de aanpak samen vorm in de pilot.",
        },
        "onderbouwing": {
            "referenties": "Hattie, J. (2009). Visible learning.\n"
            "Zimmerman, B. (2002). Becoming a self-regulated learner.",
            "bronnen": [],
        },
    }  # fmt: skip


def grafiek(i: int) -> str:
    """A goal's chart as `verbeterplan.pdf.document` puts it in: ten monthly measurements
    between baseline and target, and the plan's first two versions as marks."""
    import datetime
    from decimal import Decimal

    from monitoring.grafiek import Markering, grafiek_svg
    from monitoring.models import Meting
    from verbeterplan.models import Doel

    doel = Doel(
        id=i,
        omschrijving=f"Doel {i}: leerlingen plannen hun huiswerk zelf en houden het bij",
        indicator_soort="getal",
        nulmeting=Decimal(40),
        streefwaarde=Decimal(70),
        eenheid="%",
    )
    begin = datetime.date(2025, 9, 15)
    metingen = [
        Meting(
            doel=doel,
            datum=begin + datetime.timedelta(days=30 * maand),
            waarde=Decimal(40 + 3 * maand + (i + maand) % 4),
        )
        for maand in range(10)
    ]
    markeringen = [
        Markering(begin + datetime.timedelta(days=20), "v1", "Plan vastgesteld (versie 1)"),
        Markering(begin + datetime.timedelta(days=150), "v2", "Plan bijgesteld: versie 2"),
    ]
    return str(grafiek_svg(doel, metingen, markeringen))


def run_case(naam: str) -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from verbeterplan import pdf
    from verbeterplan.tasks import pdf_voorbereiden

    # What a worker process does when it starts.
    start, start_cpu = time.perf_counter(), time.process_time()
    pdf_voorbereiden()
    opstart, opstart_cpu = time.perf_counter() - start, time.process_time() - start_cpu

    doelen, acties, soort = CASES[naam]
    doc = document(doelen, acties)
    for doel in doc["doelen"]:
        doel["grafiek"] = grafiek(doel["id"])
    tijden, cpu = [], []
    for _ in range(RUNS):
        start, start_cpu = time.perf_counter(), time.process_time()
        inhoud = pdf.render(doc, soort)
        tijden.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    import io

    import pypdf

    paginas = len(pypdf.PdfReader(io.BytesIO(inhoud)).pages)
    piek_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"{naam:8} {doelen:>3} doelen {acties:>4} acties {soort:12} {paginas:>3} pagina's  "
        f"opstart {opstart:.2f} s (cpu {opstart_cpu:.2f})  "
        f"eerste {tijden[0]:.2f} s (cpu {cpu[0]:.2f})  "
        f"mediaan {statistics.median(tijden[1:]):.2f} s (cpu {statistics.median(cpu[1:]):.2f})  "
        f"piekgeheugen {piek_mb:.0f} MB  ({len(inhoud) / 1024:.0f} kB)",
        flush=True,
    )


def main() -> None:
    if len(sys.argv) > 1:
        run_case(sys.argv[1])
        return
    for naam in CASES:
        subprocess.run([sys.executable, __file__, naam], check=True, cwd=ROOT)


if __name__ == "__main__":
    main()
