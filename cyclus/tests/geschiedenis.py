"""Years of history for a speerpunt or a school, to pin what a page costs at two sizes of it:
evaluated cycles with their moves, plans, measurements and monitormomenten, moves within the
current cycle, and closed and parked speerpunten."""

import datetime
from decimal import Decimal

from django.utils import timezone

from cyclus.models import Cyclus, Speerpunt, Status, Transitie, TransitieSoort
from monitoring.models import Meting, Monitormoment
from plg.models import PLG, Actiepunt
from verbeterplan.models import Doel, PlanStatus, Verbeterplan

DAG = datetime.timedelta(days=1)


def oude_cycli(speerpunt, aantal: int, door) -> None:
    """Puts `aantal` evaluated cycles before the speerpunt's current one (which moves up in
    number), each with its moves, an adopted plan with a measured goal, and a closed
    monitormoment."""
    huidige = speerpunt.huidige_cyclus
    eerste = huidige.nummer
    Cyclus.objects.filter(pk=huidige.pk).update(nummer=eerste + aantal)
    for nummer in range(eerste, eerste + aantal):
        begin = huidige.begonnen_op - 200 * DAG * (eerste + aantal - nummer)
        cyclus = Cyclus.objects.create(
            speerpunt=speerpunt,
            nummer=nummer,
            begonnen_op=begin,
            afgesloten_op=begin + 180 * DAG,
            evaluatie="De aanpak werkte in de onderbouw; de bovenbouw vraagt meer.",
        )
        Transitie.objects.bulk_create(
            Transitie(
                speerpunt=speerpunt,
                cyclus=cyclus,
                created_by=door,
                op=begin + 30 * stap * DAG,
                soort=TransitieSoort.VOORUIT,
                van=stap,
                naar=stap + 1,
                reden="Alles van deze stap is klaar.",
            )
            for stap in range(1, 5)
        )
        plan = Verbeterplan.objects.create(cyclus=cyclus, status=PlanStatus.VASTGESTELD)
        doel = Doel.objects.create(
            plan=plan,
            omschrijving=f"Doel van cyclus {nummer}",
            indicator_soort="getal",
            nulmeting=Decimal(40),
            streefwaarde=Decimal(70),
        )
        metingen(doel, 10, tot=(begin + 170 * DAG).date())
        Monitormoment.objects.create(
            cyclus=cyclus,
            titel=f"Monitoring cyclus {nummer}",
            datum=(begin + 120 * DAG).date(),
            sluitdatum=(begin + 130 * DAG).date(),
            gesloten_op=begin + 130 * DAG,
        )
    speerpunt.refresh_from_db()


def metingen(doel, aantal: int, *, tot: datetime.date) -> None:
    """`aantal` weekly measurements of `doel`, the last one on `tot`."""
    Meting.objects.bulk_create(
        Meting(
            doel=doel,
            datum=tot - 7 * DAG * (aantal - 1 - i),
            waarde=Decimal(40 + i % 25),
            observatie="Meer leerlingen plannen zelf." if i % 4 == 0 else "",
        )
        for i in range(aantal)
    )


def zetten(speerpunt, aantal: int, door, *, tot) -> None:
    """`aantal` moves back and forth between steps 3 and 4 in the current cycle, one a day,
    the last one on `tot`."""
    cyclus = speerpunt.huidige_cyclus
    Transitie.objects.bulk_create(
        Transitie(
            speerpunt=speerpunt,
            cyclus=cyclus,
            created_by=door,
            op=tot - DAG * (aantal - 1 - i),
            soort=TransitieSoort.TERUG if i % 2 == 0 else TransitieSoort.VOORUIT,
            van=4 if i % 2 == 0 else 3,
            naar=3 if i % 2 == 0 else 4,
            reden="Het plan vraagt een bijstelling." if i % 2 == 0 else "Bijgesteld.",
        )
        for i in range(aantal)
    )


def afgeronde_speerpunten(school, aantal: int, door, *, teams=(), schooljaar=None) -> None:
    """`aantal` speerpunten of years past: closed ones and a parked one, each with cycles,
    moves, a PLG with its finished actions, and closed monitormomenten."""
    lang_geleden = timezone.now() - 3 * 365 * DAG
    for i in range(aantal):
        speerpunt = Speerpunt.objects.create(
            school=school,
            titel=f"Afgerond {i}",
            owner=door,
            stap=5 if i % 4 else 2,
            status=Status.AFGESLOTEN if i % 4 else Status.GEPARKEERD,
            schooljaar=schooljaar,
            laatste_activiteit=lang_geleden,
            stap_sinds=lang_geleden,
        )
        speerpunt.teams.set(teams)
        Cyclus.objects.create(speerpunt=speerpunt, nummer=1, begonnen_op=lang_geleden)
        oude_cycli(speerpunt, 2, door)
        plg = PLG.objects.create(speerpunt=speerpunt, naam=f"PLG {i}")
        Actiepunt.objects.bulk_create(
            Actiepunt(
                plg=plg,
                wat=f"Actie {a}",
                owner=door,
                deadline=lang_geleden.date(),
                gedaan_op=lang_geleden,
            )
            for a in range(5)
        )
