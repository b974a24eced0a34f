"""Times one reminder dispatch over 10,000 due items, and the second run that must send nothing.

    .venv/bin/python bench/reminders.py [aantal]

Runs against DATABASE_URL (default: the local PostgreSQL) in a throwaway test database that is
created, filled and dropped again; e-mail goes to Django's in-memory outbox. Half the items are
open monitormomenten (50 moments, each with a PLG of members who did not answer), half are PLG
actions past their deadline. Target: the first run under 30 s on PostgreSQL.
"""

import datetime
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/koers")
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

import django  # noqa: E402

django.setup()

from django.core import mail  # noqa: E402
from django.db import connection  # noqa: E402
from django.test.utils import setup_test_environment  # noqa: E402
from django.utils import timezone  # noqa: E402

MOMENTEN = 50


def vul(aantal: int) -> None:
    from cyclus.models import Cyclus, Speerpunt
    from monitoring.models import Monitormoment
    from plg.models import PLG, Actiepunt, PLGLid
    from scholen.models import Bestuur, Lidmaatschap, School, User

    vandaag = timezone.localdate()
    school = School.objects.create(bestuur=Bestuur.objects.create(naam="Bench"), naam="Bench")
    per_moment = aantal // 2 // MOMENTEN
    users = User.objects.bulk_create(
        User(email=f"p{i}@bench.example.nl", naam=f"Persoon {i}", password="!")
        for i in range(MOMENTEN * per_moment)
    )
    # Only who still works at the school is reminded of it.
    Lidmaatschap.objects.bulk_create(Lidmaatschap(user=user, school=school) for user in users)
    for m in range(MOMENTEN):
        speerpunt = Speerpunt.objects.create(school=school, titel=f"Speerpunt {m}", owner=users[0])
        cyclus = Cyclus.objects.create(speerpunt=speerpunt)
        plg = PLG.objects.create(speerpunt=speerpunt, naam=f"PLG {m}")
        leden = users[m * per_moment : (m + 1) * per_moment]
        PLGLid.objects.bulk_create(PLGLid(plg=plg, user=user) for user in leden)
        moment = Monitormoment.objects.create(
            cyclus=cyclus,
            titel=f"Moment {m}",
            datum=vandaag,
            sluitdatum=vandaag + datetime.timedelta(days=10),
        )
        moment.voeg_standaardvragen_toe()
        Actiepunt.objects.bulk_create(
            Actiepunt(
                plg=plg,
                wat=f"Actie {m}-{i}",
                owner=user,
                deadline=vandaag - datetime.timedelta(days=2),
            )
            for i, user in enumerate(leden)
        )


def main() -> None:
    from meldingen import herinneringen, verzenden
    from meldingen.models import Herinnering

    aantal = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    setup_test_environment()
    oude_naam = connection.settings_dict["NAME"]
    connection.creation.create_test_db(verbosity=0, autoclobber=True)
    try:
        vul(aantal)
        print(f"database: {connection.vendor}, due items: {aantal}")
        for ronde in ("first", "second"):
            mail.outbox = []
            start, cpu = time.perf_counter(), time.process_time()
            nieuw = herinneringen.verzamel()
            vastgelegd = time.perf_counter()
            verstuurd = verzenden.verstuur()
            klaar = time.perf_counter()
            print(
                f"{ronde} run: {klaar - start:6.2f} s, {time.process_time() - cpu:.2f} s CPU "
                f"(record {vastgelegd - start:.2f} s: {nieuw} new; "
                f"send {klaar - vastgelegd:.2f} s: {verstuurd} sent, {len(mail.outbox)} e-mails)"
            )
        assert Herinnering.objects.te_versturen().count() == 0
    finally:
        connection.creation.destroy_test_db(oude_naam, verbosity=0)


if __name__ == "__main__":
    main()
