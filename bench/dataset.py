"""Builds a board-scale dataset on PostgreSQL, the data bench/load.py measures the pages on.

    .venv/bin/python bench/dataset.py --db koers_bench [--schaal 0.1] [--seed 11]

Drops the database `--db` on the local PostgreSQL (the server of DATABASE_URL, default
postgres://postgres@127.0.0.1:5432), creates and migrates it, fills it, and prints what it
holds and how long that took. At full size: one board with 30 schools and 1,500 people
(memberships with roles and teams), 300 speerpunten in every step and status with years of
history, each with its PLG: 6,000 meetings with agenda items and notes, 30,000 actions and
findings together (about 18,000 and 12,000), interim updates with reactions; about 1,000 plans,
adopted and revised, with goals, actions, decisions and versions; 3,000 monitormomenten with
answers, and measurements of the goals; 10,000 kennisbank sources made from the words of the
curated set (as bench/search.py makes them); notifications, sent and due reminders, and
calendar feed tokens.

The shape goes through the models' own methods, on a clock moved to the moment each thing
happened (time-machine): speerpunten start, tick their gate items, move forward and back,
are parked, evaluated and closed; plans start, are adopted and revised; moments get their
questions. The volume rows (meetings, actions, answers, sources, notifications) are made with
bulk_create, and the due reminders by the reminder job's own `verzamel`.

--schaal 0.1 makes a tenth of every count, and a tenth of the history of the pages that are
measured: the ten-year PLG has 30 meetings instead of 300. What makes those pages what they
are stays: the speerpunt with 8 cycles, the plans with 300 actions.

The people the page measurements log in as (password `bench`, as for everyone):
  leider@bench.example.nl      schoolleider of the largest school, the longest there
  kartrekker@bench.example.nl  kartrekker of the ten-year PLG (its speerpunt has 8 cycles)
  planner@bench.example.nl     kartrekker of the PLG whose current plan has 300 actions
  docent@bench.example.nl      teacher in many PLGs, with many actions and a calendar feed
  bestuur@bench.example.nl     board member
The run is deterministic for a given seed and day: every date is relative to today.
"""

import argparse
import base64
import datetime
import os
import random
import re
import sys
import time
from collections import defaultdict
from contextlib import contextmanager
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def _argumenten() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db", required=True, help="database to (re)create, e.g. koers_bench")
    parser.add_argument("--schaal", type=float, default=1.0, help="1 is board size, 0.1 a tenth")
    parser.add_argument("--seed", type=int, default=11)
    args = parser.parse_args()
    if not re.fullmatch(r"[a-z_][a-z0-9_]*", args.db):
        parser.error("--db: lowercase letters, digits and underscores only")
    if not 0 < args.schaal <= 1:
        parser.error("--schaal: more than 0, at most 1")
    return args


ARGS = _argumenten() if __name__ == "__main__" else None
SERVER = os.environ.get("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/postgres")
SERVER = SERVER.rsplit("/", 1)[0]
if ARGS is not None:
    os.environ["DATABASE_URL"] = f"{SERVER}/{ARGS.db}"
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

import django  # noqa: E402

django.setup()

import psycopg  # noqa: E402
import teksten as T  # noqa: E402
import time_machine  # noqa: E402
from django.contrib.auth.hashers import make_password  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection, transaction  # noqa: E402
from django.db.models import F, Prefetch  # noqa: E402
from django.urls import reverse  # noqa: E402
from django.utils import timezone  # noqa: E402

from cyclus.models import (  # noqa: E402
    Afvinking,
    Borging,
    Cyclus,
    Kernwaarde,
    SchoolInstellingen,
    Schooljaar,
    Signaal,
    Speerpunt,
    Status,
    Transitie,
)
from cyclus.poort import handmatig  # noqa: E402
from kennisbank.models import Bron, Bronkoppeling, Soort, Thema, Waardering  # noqa: E402
from meldingen import herinneringen  # noqa: E402
from meldingen.models import DigestRitme, Herinnering, Melding, Voorkeuren  # noqa: E402
from meldingen.models import Soort as Meldsoort  # noqa: E402
from monitoring.models import Antwoord, Meting, Monitormoment, Respons, Vraag  # noqa: E402
from plg.models import (  # noqa: E402
    PLG,
    Actiepunt,
    Activiteit,
    Agendapunt,
    Analyseantwoord,
    Analysevraag,
    Bevinding,
    BevindingGroep,
    BevindingSoort,
    Bijeenkomst,
    Expertise,
    Leerlingdeelnemer,
    Notitie,
    NotitieSoort,
    PLGLid,
    PLGRol,
    Reactie,
    Tussenstand,
)
from scholen.models import (  # noqa: E402
    Bestuur,
    Bestuurslid,
    Lidmaatschap,
    Rol,
    School,
    Team,
    User,
)
from verbeterplan.models import (  # noqa: E402
    Actie,
    ActieStatus,
    Communicatiemoment,
    Doel,
    Evaluatiemoment,
    IndicatorSoort,
    Mijlpaal,
    PlanVersie,
    Randvoorwaarde,
    Sturing,
    Uitrol,
    Veranderstrategie,
    Verbeterplan,
)

WACHTWOORD = "bench"
DOMEIN = "bench.example.nl"
DAG = datetime.timedelta(days=1)
JAAR = datetime.timedelta(days=365.25)
# Each step's share of a cycle's time.
FRACTIE = {1: 0.10, 2: 0.20, 3: 0.15, 4: 0.40, 5: 0.15}
# How far back the sent reminders and notifications go, at full size.
MELDINGEN_JAREN = 10


@dataclass
class Grootte:
    """The counts at a scale; 1 is the board of the issue."""

    schaal: float

    def __getattr__(self, naam):
        basis = {
            "scholen": 30,
            "mensen": 1500,
            "bestuursleden": 3,
            "speerpunten": 300,
            "bijeenkomsten": 6000,
            "plannen": 1000,
            "momenten": 3000,
            "bronnen": 10_000,
            "oude_plg": 300,
            "grote_plannen": 5,
        }[naam]
        return max(1, round(basis * self.schaal))


@dataclass
class Cyclusplan:
    """When one cycle of a speerpunt reached each step, and what happened in it."""

    startstap: int
    stappen: dict[int, datetime.datetime] = field(default_factory=dict)
    einde: datetime.datetime | None = None
    uitkomst: str = ""
    terug: bool = False
    bijstelling: bool = False
    eerst_afgewezen: bool = False
    overslaan: set[int] = field(default_factory=set)
    momenten: int = 0
    plan_acties: int = 0

    def stap4(self, nu) -> tuple[datetime.datetime, datetime.timedelta] | None:
        """Start and length of step 4; a current step 4 runs until six weeks from now."""
        if 4 not in self.stappen:
            return None
        eind = self.stappen.get(5) or (nu + 6 * 7 * DAG)
        return self.stappen[4], eind - self.stappen[4]


@dataclass
class Speerpuntplan:
    school: int
    begin: datetime.datetime
    cycli: list[Cyclusplan]
    status: str = Status.ACTIEF
    geparkeerd_op: datetime.datetime | None = None
    rol: str = ""

    @property
    def einde(self) -> datetime.datetime | None:
        """When the PLG stopped meeting: the speerpunt was closed or parked."""
        if self.status == Status.AFGESLOTEN:
            return self.cycli[-1].einde
        return self.geparkeerd_op


def tijdlijn(rng, begin, nu, lengte, *, max_cycli=7, vast=False) -> list[Cyclusplan]:
    """The cycles of a speerpunt that started at `begin`, each about `lengte` long, up to now.
    With `vast` every cycle takes exactly `lengte` and the later ones start at step 2."""
    cycli, moment, startstap = [], begin, 1
    while True:
        duur = lengte * (1 if vast else rng.uniform(0.8, 1.25))
        totaal = sum(FRACTIE[s] for s in range(startstap, 6))
        cyclus = Cyclusplan(startstap=startstap)
        cycli.append(cyclus)
        for stap in range(startstap, 6):
            if moment > nu:
                break
            cyclus.stappen[stap] = moment
            moment += duur * FRACTIE[stap] / totaal
        if moment > nu:
            return cycli
        cyclus.einde = moment
        if len(cycli) == max_cycli:
            cyclus.uitkomst = "afsluiten"
            return cycli
        startstap = 2 if vast else rng.choices([1, 2, 3], weights=[1, 3, 2])[0]
        cyclus.uitkomst = str(startstap)


def scenario(rng, grootte, scholen_gewicht, nu, max_leeftijd) -> list[Speerpuntplan]:
    """Every speerpunt's history, decided before anything is written."""
    per_school = verdeel(grootte.speerpunten, scholen_gewicht)
    plannen = []
    for school, aantal in enumerate(per_school):
        for n in range(aantal):
            if school == 0 and n == 0:
                # The ten-year PLG: its speerpunt is in step 4 of its eighth cycle.
                cycli = tijdlijn(rng, nu - 10 * JAAR, nu, 10 * JAAR / 7.611, max_cycli=9, vast=True)
                assert len(cycli) == 8, "eight cycles"
                assert max(cycli[-1].stappen) == 4, "in step 4"
                plannen.append(Speerpuntplan(school, nu - 10 * JAAR, cycli, rol="oud"))
                continue
            if school == 0 and n == 1:
                # The plan with 300 actions: the current plan of a speerpunt in step 4.
                cycli = tijdlijn(rng, nu - 2 * JAAR, nu, 1.2 * JAAR, vast=True)
                assert max(cycli[-1].stappen) == 4
                plannen.append(Speerpuntplan(school, nu - 2 * JAAR, cycli, rol="groot_plan"))
                continue
            begin = nu - rng.uniform(0.1, max_leeftijd) * JAAR
            cycli = tijdlijn(rng, begin, nu, rng.uniform(1.0, 1.5) * JAAR)
            plan = Speerpuntplan(school, begin, cycli)
            kans = rng.random()
            compleet = [i for i, c in enumerate(cycli) if c.einde is not None]
            if cycli[-1].uitkomst == "afsluiten" or (kans < 0.12 and compleet):
                plan.cycli = cycli[: compleet[-1] + 1]
                plan.cycli[-1].uitkomst = "afsluiten"
                plan.status = Status.AFGESLOTEN
            elif kans < 0.19:
                huidig = cycli[-1].stappen[max(cycli[-1].stappen)]
                parkeren = nu - rng.uniform(10, 90) * DAG
                if parkeren > huidig + 7 * DAG:
                    plan.status, plan.geparkeerd_op = Status.GEPARKEERD, parkeren
            plannen.append(plan)
    for plan in plannen:
        for cyclus in plan.cycli:
            cyclus.terug = rng.random() < 0.1
            cyclus.bijstelling = rng.random() < 0.3
            cyclus.eerst_afgewezen = rng.random() < 0.08
            cyclus.overslaan = {stap for stap in range(1, 5) if rng.random() < 0.08}
            cyclus.plan_acties = rng.choice([4, 6, 8, 10, 12, 15, 20, 25])
    # Monitormomenten in proportion to the time spent in step 4.
    met_stap4 = [(c, c.stap4(nu)) for p in plannen for c in p.cycli if 4 in c.stappen]
    totaal = sum(duur.days for _c, (_b, duur) in met_stap4)
    for cyclus, (_begin, duur) in met_stap4:
        cyclus.momenten = max(1, round(grootte.momenten * duur.days / totaal))
    te_veel = sum(c.momenten for c, _ in met_stap4) - grootte.momenten
    for cyclus, _ in sorted(met_stap4, key=lambda c: -c[0].momenten)[: max(te_veel, 0)]:
        cyclus.momenten -= 1
    oud = next(p for p in plannen if p.rol == "oud")
    groot = next(p for p in plannen if p.rol == "groot_plan")
    groot.cycli[-1].plan_acties = 300
    groot.cycli[-1].terug = groot.cycli[-1].eerst_afgewezen = False
    oud.cycli[-1].terug = False
    kandidaten = [c for p in plannen if not p.rol for c in p.cycli if 3 in c.stappen]
    for cyclus in rng.sample(kandidaten, min(len(kandidaten), grootte.grote_plannen - 1)):
        cyclus.plan_acties = 300
    return plannen


def verdeel(totaal: int, gewichten: list[float]) -> list[int]:
    """`totaal` split in proportion to `gewichten` (largest remainders get the rest)."""
    som = sum(gewichten)
    exact = [totaal * g / som for g in gewichten]
    delen = [int(e) for e in exact]
    for i in sorted(range(len(exact)), key=lambda i: delen[i] - exact[i])[: totaal - sum(delen)]:
        delen[i] += 1
    return delen


def aantal_plannen(plannen) -> int:
    return sum(1 for p in plannen for c in p.cycli if 3 in c.stappen)


@contextmanager
def op(moment: datetime.datetime):
    """Runs the block as if it were `moment`: every default, auto_now and rule reads it."""
    with time_machine.travel(moment, tick=False):
        yield


def werkdag(moment: datetime.datetime, uur: int, minuut: int = 0) -> datetime.datetime:
    """The moment on a school day (a weekend moves to the Friday before), at `uur`."""
    lokaal = timezone.localtime(moment)
    if lokaal.weekday() >= 5:
        lokaal -= (lokaal.weekday() - 4) * DAG
    return lokaal.replace(hour=uur, minute=minuut, second=0, microsecond=0)


def token(rng) -> str:
    """A calendar secret of the shape secrets.token_urlsafe(32) gives, from the seeded rng."""
    return base64.urlsafe_b64encode(rng.randbytes(32)).rstrip(b"=").decode()


class Bouwer:
    def __init__(self, grootte: Grootte, seed: int):
        self.g = grootte
        self.rng = random.Random(seed)
        # Everything is dated relative to the start of today, so a build on the same day with
        # the same seed gives the same data, whatever the hour.
        self.nu = timezone.localtime().replace(hour=0, minute=0, second=0, microsecond=0)
        self.vandaag = timezone.localdate()
        self.tijden = {}

    @contextmanager
    def fase(self, naam: str):
        start = time.perf_counter()
        with transaction.atomic():
            yield
        self.tijden[naam] = time.perf_counter() - start
        print(f"  {naam:28} {self.tijden[naam]:7.1f} s", flush=True)

    # People and schools

    def mensen(self) -> None:
        rng, g = self.rng, self.g
        self.bestuur = Bestuur.objects.create(naam="Stichting Lek en Linge Onderwijs")
        gewichten = [2.5] + [rng.uniform(0.6, 1.4) for _ in range(g.scholen - 1)]
        self.gewichten = gewichten
        self.scholen = School.objects.bulk_create(
            School(bestuur=self.bestuur, naam=naam, plaats=plaats)
            for naam, plaats in (T.SCHOLEN * 2)[: g.scholen]
        )
        wachtwoord = make_password(WACHTWOORD)
        aantallen = verdeel(g.mensen - g.bestuursleden, gewichten)
        users, plekken = [], []
        for school, aantal in enumerate(aantallen):
            leiders = max(2, round(aantal / 35))
            # The people the pages are measured as work at the largest school.
            speciaal = (
                {0: "leider", leiders: "kartrekker", leiders + 1: "docent", leiders + 2: "planner"}
                if school == 0
                else {}
            )
            for n in range(aantal):
                voornaam, achternaam = rng.choice(T.VOORNAMEN), rng.choice(T.ACHTERNAMEN)
                sleutel = speciaal.get(n)
                email = (
                    f"{sleutel}@{DOMEIN}"
                    if sleutel
                    else f"{_slug(voornaam)}.{_slug(achternaam)}.{len(users)}@{DOMEIN}"
                )
                jaren = 10.5 if sleutel == "leider" else rng.uniform(0.2, 12)
                users.append(
                    User(
                        email=email,
                        naam=f"{voornaam} {achternaam}",
                        password=wachtwoord,
                        date_joined=self.nu - jaren * JAAR,
                    )
                )
                plekken.append((school, Rol.SCHOOLLEIDER if n < leiders else Rol.TEAMLID))
        for n in range(g.bestuursleden):
            email = f"bestuur@{DOMEIN}" if n == 0 else f"bestuur{n}@{DOMEIN}"
            naam = f"{rng.choice(T.VOORNAMEN)} {rng.choice(T.ACHTERNAMEN)}"
            users.append(
                User(email=email, naam=naam, password=wachtwoord, date_joined=self.nu - 8 * JAAR)
            )
        users = User.objects.bulk_create(users, batch_size=1000)
        self.speciaal = {
            u.email.split("@")[0]: u
            for u in users
            if u.email.startswith(("leider@", "kartrekker@", "docent@", "planner@", "bestuur@"))
        }
        Bestuurslid.objects.bulk_create(
            Bestuurslid(user=user, bestuur=self.bestuur) for user in users[len(plekken) :]
        )

        self.teams = defaultdict(list)
        for school in self.scholen:
            for naam in rng.sample(T.TEAMS, rng.randint(3, 6)):
                self.teams[school.pk].append(Team(school=school, naam=naam))
        Team.objects.bulk_create(t for ts in self.teams.values() for t in ts)

        self.leiders = defaultdict(list)
        self.docenten = defaultdict(list)
        leden = []
        for user, (school, rol) in zip(users, plekken, strict=False):
            (self.leiders if rol == Rol.SCHOOLLEIDER else self.docenten)[school].append(user)
            functie = rng.choice(T.LEIDERFUNCTIES if rol == Rol.SCHOOLLEIDER else T.FUNCTIES)
            leden.append(
                Lidmaatschap(user=user, school=self.scholen[school], rol=rol, functie=functie)
            )
        # Some teachers work at a second school of the board.
        if len(self.scholen) > 1:
            for user, (school, rol) in zip(users, plekken, strict=False):
                if rol == Rol.TEAMLID and rng.random() < 0.04:
                    ander = rng.choice([s for s in range(len(self.scholen)) if s != school])
                    leden.append(
                        Lidmaatschap(
                            user=user,
                            school=self.scholen[ander],
                            rol=Rol.TEAMLID,
                            functie=rng.choice(T.FUNCTIES),
                        )
                    )
        leden = Lidmaatschap.objects.bulk_create(leden, batch_size=1000)
        Koppel = Lidmaatschap.teams.through
        Koppel.objects.bulk_create(
            (
                Koppel(lidmaatschap_id=lid.pk, team_id=team.pk)
                for lid in leden
                for team in rng.sample(self.teams[lid.school_id], rng.randint(1, 2))
            ),
            batch_size=5000,
        )
        self.collegas = {
            school.pk: self.leiders[i] + self.docenten[i] for i, school in enumerate(self.scholen)
        }

    def scholen_inrichten(self) -> None:
        rng = self.rng
        huidig_jaar = self.nu.year if self.nu.month >= 8 else self.nu.year - 1
        SchoolInstellingen.objects.bulk_create(
            SchoolInstellingen(school=school, visie=T.VISIE) for school in self.scholen
        )
        self.kernwaarden = {}
        self.schooljaren = {}
        for school in self.scholen:
            self.kernwaarden[school.pk] = Kernwaarde.objects.bulk_create(
                Kernwaarde(school=school, naam=naam, toelichting=toelichting)
                for naam, toelichting in rng.sample(T.KERNWAARDEN, rng.randint(3, 5))
            )
            self.schooljaren[school.pk] = {
                jaar: Schooljaar.objects.create(
                    school=school, begin_jaar=jaar, is_huidig=jaar == huidig_jaar
                )
                for jaar in range(huidig_jaar - 10, huidig_jaar + 1)
            }

    # Speerpunten, step by step through the models' methods

    def speerpunten(self) -> None:
        rng = self.rng
        # The age of the speerpunten sets how many plans there are: find the one that gives
        # the board's number of plans, each try from the same seed.
        beste, seed = None, rng.random()
        for tiende in range(20, 100, 2):
            kandidaat = scenario(random.Random(seed), self.g, self.gewichten, self.nu, tiende / 10)
            verschil = abs(aantal_plannen(kandidaat) - self.g.plannen)
            if beste is None or verschil < beste[0]:
                beste = (verschil, kandidaat, tiende / 10)
        _verschil, self.plannen, leeftijd = beste
        print(f"    (speerpunten up to {leeftijd} years old: {aantal_plannen(self.plannen)} plans)")
        self.plgs = []
        self.momenten = []
        volgorde = defaultdict(int)
        for plan in self.plannen:
            volgorde[plan.school] += 1
            self._speerpunt(plan, volgorde[plan.school])

    def _speerpunt(self, plan: Speerpuntplan, volgorde: int) -> None:
        rng = self.rng
        school = self.scholen[plan.school]
        leider = self.leiders[plan.school][0] if plan.rol else rng.choice(self.leiders[plan.school])
        docenten = self.docenten[plan.school]
        kartrekker = {
            "oud": self.speciaal.get("kartrekker"),
            "groot_plan": self.speciaal.get("planner"),
        }.get(plan.rol) or rng.choice(docenten)
        leden = [d for d in rng.sample(docenten, min(len(docenten), 12)) if d != kartrekker]
        leden = leden[: 11 if plan.rol == "oud" else rng.randint(3, 10)]
        docent = self.speciaal.get("docent")
        if (
            plan.school == 0
            and docent not in leden
            and docent != kartrekker
            and (plan.rol == "oud" or rng.random() < 0.4)
        ):
            leden[-1:] = [docent]
        onderwerp, probleem = rng.choice(T.ONDERWERPEN)
        titel = f"{onderwerp} {rng.choice(T.DOELGROEPEN)}".strip()
        jaar = self.schooljaren[school.pk]
        begin_jaar = timezone.localtime(plan.begin).year - (plan.begin.month < 8)
        with op(plan.begin):
            speerpunt = Speerpunt.objects.create(
                school=school,
                titel=titel,
                probleem=probleem,
                reden=rng.choice(T.ZINNEN),
                visie_toelichting=rng.choice(T.KERNWAARDEN)[1],
                owner=leider,
                volgorde=volgorde,
                schooljaar=jaar.get(begin_jaar)
                if plan.status == Status.AFGESLOTEN
                else jaar[max(jaar)],
            )
            speerpunt.kernwaarden.set(rng.sample(self.kernwaarden[school.pk], rng.randint(1, 2)))
            speerpunt.teams.set(rng.sample(self.teams[school.pk], rng.randint(1, 2)))
            Signaal.objects.bulk_create(
                Signaal(speerpunt=speerpunt, soort=soort, notitie=notitie)
                for soort, notitie in rng.sample(T.SIGNALEN, rng.randint(1, 3))
            )
            plg = PLG.objects.create(
                speerpunt=speerpunt,
                naam=f"PLG {titel}",
                ritme=rng.choice(
                    [
                        "Om de drie weken op dinsdag",
                        "Elke vier weken op woensdag",
                        "Maandelijks op donderdag",
                    ]
                ),
                kennisvraag=f"Wat werkt bij {onderwerp.lower()}, en wat vraagt dat van ons?",
            )
            PLGLid.objects.bulk_create(
                [PLGLid(plg=plg, user=kartrekker, rol=PLGRol.KARTREKKER)]
                + [
                    PLGLid(plg=plg, user=lid, rol=PLGRol.LID, vertegenwoordigt=rng.choice(T.TEAMS))
                    for lid in leden
                ]
            )
            speerpunt.start(by=leider)
        staat = {"speerpunt": speerpunt, "plan": None, "leider": leider, "kartrekker": kartrekker}
        momenten = []
        for cyclus in plan.cycli:
            for moment, soort, *rest in sorted(
                self._gebeurtenissen(plan, cyclus), key=lambda e: e[0]
            ):
                if plan.geparkeerd_op and moment > plan.geparkeerd_op:
                    break
                with op(min(moment, self.nu)):
                    uitkomst = self._doe(staat, soort, *rest)
                if soort == "moment":
                    momenten.append(uitkomst)
        if plan.geparkeerd_op:
            with op(plan.geparkeerd_op):
                speerpunt.parkeer(
                    by=leider, reden="Eerst ruimte maken; volgend jaar pakken we dit weer op."
                )
        self.plgs.append(
            {
                "plg": plg,
                "plan": plan,
                "school": school,
                "kartrekker": kartrekker,
                "leden": [kartrekker, *leden],
                "collegas": self.collegas[school.pk],
            }
        )
        self.momenten += [(m, [kartrekker, *leden], plan) for m in momenten]

    def _gebeurtenissen(self, plan: Speerpuntplan, cyclus: Cyclusplan):
        """What happens in one cycle, as (moment, kind, arguments...)."""
        nu, rng, s = self.nu, self.rng, cyclus.stappen
        for stap in sorted(s):
            if stap + 1 in s:
                if stap not in cyclus.overslaan:
                    yield s[stap + 1] - 2 * DAG, "vink", stap
                yield s[stap + 1], "vooruit", stap, stap in cyclus.overslaan
        if 3 in s:
            eind = s.get(4, nu)
            yield min(s[3] + 7 * DAG, s[3] + (eind - s[3]) / 3), "plan", cyclus.plan_acties
            if 4 in s:
                if cyclus.eerst_afgewezen:
                    yield s[4] - 10 * DAG, "besluit", False
                yield s[4] - DAG, "besluit", True
        stap4 = cyclus.stap4(nu)
        if stap4:
            begin, duur = stap4
            klaar = s.get(5, nu)
            for j in range(cyclus.momenten):
                datum = max(begin + 2 * DAG, begin + duur * (j + 0.5) / cyclus.momenten - 7 * DAG)
                sluit = datum + rng.choice([10, 14, 21]) * DAG
                if 5 in s and sluit >= s[5] - DAG:
                    sluit = max(datum, s[5] - 2 * DAG)
                yield min(datum - 7 * DAG, nu), "moment", datum, sluit
            if cyclus.terug and begin + duur / 2 < klaar:
                yield begin + duur * 0.35, "terug"
                yield begin + duur * 0.37, "bijstelling_start"
                yield begin + duur * 0.45, "bijstelling_klaar"
                yield begin + duur * 0.5, "weer_vooruit"
            if cyclus.bijstelling and begin + duur * 0.7 < klaar:
                yield begin + duur * 0.6, "bijstelling_start"
                yield begin + duur * 0.65, "bijstelling_klaar"
        if 5 in s:
            yield s[5] + 3 * DAG, "borging", cyclus.einde
        if cyclus.einde:
            yield cyclus.einde, "evalueer", cyclus.uitkomst

    def _doe(self, staat, soort, *args):
        rng = self.rng
        speerpunt, leider, kartrekker = staat["speerpunt"], staat["leider"], staat["kartrekker"]
        if soort == "vink":
            for sleutel in sorted(handmatig(args[0])):
                speerpunt.vink_af(sleutel, by=kartrekker)
        elif soort == "vooruit":
            stap, open_punten = args
            if open_punten:
                speerpunt.naar_stap(
                    stap + 1,
                    by=leider,
                    van=stap,
                    open_punten_toegestaan=True,
                    reden="Nog niet alles is afgevinkt, maar we willen door.",
                )
            else:
                by = leider if stap == 3 else kartrekker
                speerpunt.naar_stap(stap + 1, by=by, van=stap, reden=T.REDENEN[stap])
        elif soort == "plan":
            staat["plan"] = self._plan(speerpunt, args[0])
        elif soort == "besluit":
            plan = staat["plan"]
            plan.leg_besluit_vast(
                by=leider,
                datum=timezone.localdate(),
                besloten_door=rng.choice(
                    [
                        "Teamvergadering",
                        "Teamvergadering onderbouw",
                        "Schoolleiding na overleg met het team",
                    ]
                ),
                aangenomen=args[0],
                voorwaarden="" if args[0] else "Eerst de randvoorwaarden beter regelen.",
            )
        elif soort == "moment":
            datum, sluit = args
            moment = Monitormoment.objects.create(
                cyclus=speerpunt.huidige_cyclus,
                titel=rng.choice(T.MOMENTTITELS),
                datum=timezone.localdate(datum),
                sluitdatum=timezone.localdate(sluit),
                created_by=kartrekker,
            )
            moment.voeg_standaardvragen_toe()
            if rng.random() < 0.4:
                moment.teamleden.set(
                    rng.sample(self.collegas[speerpunt.school_id], rng.randint(2, 6))
                )
            return moment
        elif soort == "terug":
            speerpunt.naar_stap(
                3, by=leider, van=4, reden="De monitoring liet zien dat het plan bijgesteld moet."
            )
        elif soort == "weer_vooruit":
            speerpunt.naar_stap(
                4,
                by=leider,
                van=3,
                reden="Het bijgestelde plan is vastgesteld.",
                open_punten_toegestaan=True,
            )
        elif soort == "bijstelling_start":
            staat["plan"].start_bijstelling(by=leider, reden=rng.choice(T.ZINNEN))
        elif soort == "bijstelling_klaar":
            plan = staat["plan"]
            eind = timezone.localdate() + 60 * DAG
            Actie.objects.create(
                plan=plan,
                wat=self._actietekst(),
                owner=kartrekker,
                start=timezone.localdate(),
                deadline=eind,
            )
            doel = plan.doelen.filter(indicator_soort=IndicatorSoort.GETAL).first()
            if doel is not None:
                doel.streefwaarde = (doel.streefwaarde or 0) + 5
                doel.save()
            plan.rond_bijstelling_af(by=kartrekker)
        elif soort == "borging":
            einde = args[0]
            Borging.objects.create(
                cyclus=speerpunt.huidige_cyclus,
                zo_werken_wij=rng.choice(T.ZINNEN) + " " + rng.choice(T.BESLUITEN),
                klassen=rng.choice(["alle klassen", "de onderbouw", "groep 5 tot en met 8"]),
                kwaliteit=rng.choice(T.BEVINDINGEN),
                agendaritme=rng.choice(Borging.Ritme.values),
                borger=kartrekker,
                evaluatiedatum=timezone.localdate(einde)
                if einde
                else self.vandaag + rng.randint(3, 90) * DAG,
            )
        elif soort == "evalueer":
            speerpunt.evalueer(by=leider, uitkomst=args[0], toelichting=rng.choice(T.EVALUATIES))
        return None

    def _actietekst(self) -> str:
        return self.rng.choice(T.ACTIEVORMEN).format(d=self.rng.choice(T.ACTIEDINGEN)).capitalize()

    def _plan(self, speerpunt, acties: int) -> Verbeterplan:
        """A plan as a PLG writes it in step 3: every part filled in, ready for the team."""
        rng = self.rng
        plan = Verbeterplan.start(speerpunt.huidige_cyclus)
        dag = timezone.localdate()
        Doel.objects.bulk_create(
            Doel(
                plan=plan,
                omschrijving=omschrijving,
                indicator_soort=soort,
                indicator=indicator,
                nulmeting=Decimal(rng.randint(20, 50)) if soort == "getal" else None,
                streefwaarde=Decimal(rng.randint(55, 90)) if soort == "getal" else None,
                eenheid=eenheid,
                volgorde=i,
            )
            for i, (omschrijving, soort, indicator, eenheid) in enumerate(
                rng.sample(T.DOELEN, rng.randint(2, 4))
            )
        )
        # A large plan spreads its actions over the whole school, the teacher of many
        # actions among them; a small one keeps them in the PLG.
        if acties >= 300:
            eigenaren = [u.pk for u in self.collegas[speerpunt.school_id]]
            docent = self.speciaal.get("docent")
            eigenaren += [docent.pk] * (len(eigenaren) // 3) if docent else []
        else:
            eigenaren = list(
                PLGLid.objects.filter(plg__speerpunt=speerpunt)
                .order_by("pk")
                .values_list("user", flat=True)
            )
        nieuw = []
        for _ in range(acties):
            owner = None if rng.random() < 0.1 else rng.choice(eigenaren)
            start = dag + rng.randint(14, 60) * DAG
            nieuw.append(
                Actie(
                    plan=plan,
                    wat=self._actietekst(),
                    owner_id=owner,
                    owner_text="" if owner else rng.choice(["de mediatheek", "sectie Nederlands"]),
                    start=start,
                    deadline=start + rng.randint(30, 240) * DAG,
                )
            )
        Actie.objects.bulk_create(nieuw, batch_size=500)
        Mijlpaal.objects.bulk_create(
            Mijlpaal(plan=plan, datum=dag + (i + 1) * 60 * DAG, omschrijving=tekst)
            for i, tekst in enumerate(rng.sample(T.MIJLPALEN, 3))
        )
        Communicatiemoment.objects.bulk_create(
            Communicatiemoment(
                plan=plan, datum=dag + (i + 1) * 30 * DAG, vorm=vorm, omschrijving=tekst
            )
            for i, (vorm, tekst) in enumerate(rng.sample(T.COMMUNICATIE, 2))
        )
        Evaluatiemoment.objects.bulk_create(
            Evaluatiemoment(plan=plan, datum=dag + 150 * DAG, omschrijving=tekst)
            for tekst in rng.sample(T.EVALUATIE, rng.randint(1, 2))
        )
        plan.randvoorwaarden.update(voldaan=True, toelichting="Geregeld met de schoolleiding.")
        if rng.random() < 0.3:
            Randvoorwaarde.objects.filter(plan=plan, soort="budget").update(
                voldaan=False, toelichting="Budget volgt bij de begroting van volgend jaar."
            )
        plan.uitrol = rng.choice(Uitrol.values)
        plan.sturing = rng.choice(Sturing.values)
        plan.wat_iedereen_doet = " ".join(rng.sample(T.ZINNEN, 2))
        plan.ruimte = rng.choice(T.ZINNEN)
        plan.strategie = rng.choice(Veranderstrategie.values)
        plan.strategie_toelichting = rng.choice(T.ZINNEN)
        plan.referenties = "Hattie, J. (2009). Visible learning.\nNRO (2023). Praktijkkaart."
        plan.save()
        return plan

    # Volume: bulk rows around the shape

    def plg_werk(self) -> None:
        rng, nu = self.rng, self.nu
        oud = next(p for p in self.plgs if p["plan"].rol == "oud")
        rest = [p for p in self.plgs if p is not oud]
        spanne = [((p["plan"].einde or nu) - p["plan"].begin).days + 30 for p in rest]
        aantallen = dict(
            zip(map(id, rest), verdeel(self.g.bijeenkomsten - self.g.oude_plg, spanne), strict=True)
        )
        aantallen[id(oud)] = self.g.oude_plg
        bijeenkomsten, meta = [], []
        for p in self.plgs:
            plan, aantal = p["plan"], aantallen[id(p)]
            begin = plan.begin + 14 * DAG
            einde = plan.einde or nu
            komend = 0 if plan.einde else min(aantal, rng.randint(1, 2))
            momenten = sorted(
                begin + (einde - begin) * rng.random() for _ in range(aantal - komend)
            ) + [nu + rng.randint(1, 28) * DAG for _ in range(komend)]
            for moment in momenten:
                start = werkdag(moment, rng.choice([14, 15, 16]), rng.choice([0, 30]))
                bijeenkomsten.append(
                    Bijeenkomst(
                        plg=p["plg"],
                        start=start,
                        plaats=rng.choice(T.PLAATSEN),
                        created_by=p["kartrekker"],
                    )
                )
                meta.append(p)
        bijeenkomsten = Bijeenkomst.objects.bulk_create(bijeenkomsten, batch_size=2000)
        agenda, notities, acties, bevindingen = [], [], [], []
        docent = self.speciaal.get("docent")
        for bijeenkomst, p in zip(bijeenkomsten, meta, strict=True):
            leden = p["leden"]
            gewichten = [4 if lid == docent else 1 for lid in leden]
            gedaan_kans = 0.35 if p["plan"].rol == "oud" else 0.92
            for i, tekst in enumerate(rng.sample(T.AGENDA, rng.randint(2, 4)), start=1):
                agenda.append(Agendapunt(bijeenkomst=bijeenkomst, tekst=tekst, volgorde=i))
            if bijeenkomst.start < nu:
                for _ in range(rng.randint(1, 3)):
                    besluit = rng.random() < 0.2
                    notities.append(
                        Notitie(
                            bijeenkomst=bijeenkomst,
                            soort=NotitieSoort.BESLUIT if besluit else NotitieSoort.NOTITIE,
                            tekst=rng.choice(T.BESLUITEN)
                            if besluit
                            else " ".join(rng.sample(T.ZINNEN, rng.randint(1, 3))),
                            created_by=rng.choice(leden),
                        )
                    )
                for _ in range(rng.randint(1, 6)):
                    owner = rng.choices(leden, weights=gewichten)[0]
                    deadline = timezone.localdate(bijeenkomst.start) + rng.randint(7, 35) * DAG
                    klaar = rng.random() < (gedaan_kans if deadline < self.vandaag else 0.2)
                    gedaan = None
                    if klaar:
                        gedaan = min(
                            nu,
                            werkdag(bijeenkomst.start + rng.randint(3, 40) * DAG, 20),
                        )
                    acties.append(
                        Actiepunt(
                            plg=p["plg"],
                            bijeenkomst=bijeenkomst,
                            wat=self._actietekst(),
                            owner=owner,
                            deadline=deadline,
                            gedaan_op=gedaan,
                            completed_by=owner if gedaan else None,
                            created_by=p["kartrekker"],
                        )
                    )
                for _ in range(rng.randint(0, 4)):
                    bevindingen.append(
                        Bevinding(
                            plg=p["plg"],
                            soort=rng.choice(BevindingSoort.values),
                            groep=rng.choice(BevindingGroep.values),
                            datum=timezone.localdate(bijeenkomst.start),
                            gehoord=rng.choice(T.GEHOORD),
                            tekst=rng.choice(T.BEVINDINGEN),
                            tags=", ".join(rng.sample(T.TAGS, rng.randint(0, 2))),
                            created_by=rng.choice(leden),
                        )
                    )
        Agendapunt.objects.bulk_create(agenda, batch_size=5000)
        Notitie.objects.bulk_create(notities, batch_size=5000)
        Actiepunt.objects.bulk_create(acties, batch_size=5000)
        Bevinding.objects.bulk_create(bevindingen, batch_size=5000)

        tussenstanden, reactie_van = [], []
        for p in self.plgs:
            plan = p["plan"]
            aantal = max(1, aantallen[id(p)] // 5)
            for _ in range(aantal):
                titel, tekst = rng.choice(T.TUSSENSTANDEN)
                moment = plan.begin + ((plan.einde or nu) - plan.begin) * rng.uniform(0.1, 1)
                tussenstanden.append(
                    Tussenstand(
                        plg=p["plg"],
                        titel=titel,
                        tekst=tekst,
                        created_by=p["kartrekker"],
                        gepubliceerd_op=moment,
                    )
                )
                reactie_van.append(p)
        tussenstanden = Tussenstand.objects.bulk_create(tussenstanden, batch_size=2000)
        Reactie.objects.bulk_create(
            (
                Reactie(
                    tussenstand=stand,
                    tekst=rng.choice(T.REACTIES),
                    created_by=rng.choice(p["collegas"]),
                )
                for stand, p in zip(tussenstanden, reactie_van, strict=True)
                for _ in range(rng.randint(0, 4))
            ),
            batch_size=5000,
        )
        Analyseantwoord.objects.bulk_create(
            (
                Analyseantwoord(
                    plg=p["plg"], vraag=vraag, tekst=T.ANALYSE[vraag], updated_by=p["kartrekker"]
                )
                for p in self.plgs
                for vraag in Analysevraag.values
            ),
            batch_size=5000,
        )
        Leerlingdeelnemer.objects.bulk_create(
            Leerlingdeelnemer(plg=p["plg"], roepnaam=rng.choice(["Noor", "Sem", "Fleur", "Milan"]))
            for p in self.plgs
            for _ in range(rng.randint(0, 2))
        )
        Expertise.objects.bulk_create(
            (
                Expertise(user=user, school=school, onderwerp=onderwerp)
                for school in self.scholen
                for user in self.collegas[school.pk]
                if rng.random() < 0.08
                for onderwerp in [rng.choice(T.ONDERWERPEN)[0]]
            ),
            ignore_conflicts=True,
        )

    def monitoring(self) -> None:
        """Answers to every moment that began: most people answer a closed moment, fewer an
        open one. The most answered one is the measured summary; and measurements of the goals
        of every plan in step 4 or later."""
        rng, vandaag = self.rng, self.vandaag
        vragen = defaultdict(list)
        for vraag_id, moment_id in Vraag.objects.order_by("pk").values_list("pk", "monitormoment"):
            vragen[moment_id].append(vraag_id)
        teamleden = defaultdict(list)
        teamleden_rijen = Monitormoment.teamleden.through.objects.order_by("pk")
        for moment_id, user_id in teamleden_rijen.values_list("monitormoment", "user"):
            teamleden[moment_id].append(user_id)
        oud = [m for m, _l, plan in self.momenten if plan.rol == "oud" and m.is_gesloten]
        uitgelicht = oud[-1] if oud else None
        if uitgelicht is not None:
            collegas = [
                c
                for c in self.collegas[uitgelicht.cyclus.speerpunt.school_id]
                if c.pk not in teamleden[uitgelicht.pk]
            ]
            extra = rng.sample(collegas, min(10, len(collegas)))
            uitgelicht.teamleden.add(*extra)
            teamleden[uitgelicht.pk] += [c.pk for c in extra]
        responsen = []
        for moment, leden, _plan in self.momenten:
            if moment.datum > vandaag:
                continue
            kans = 1.0 if moment == uitgelicht else 0.75 if moment.is_gesloten else 0.35
            deelnemers = {u.pk for u in leden} | set(teamleden[moment.pk])
            laatste = min(moment.sluitdatum or vandaag, vandaag)
            for user_id in sorted(deelnemers):
                if rng.random() < kans:
                    dag = moment.datum + rng.randint(0, (laatste - moment.datum).days) * DAG
                    responsen.append(
                        Respons(
                            monitormoment=moment,
                            user_id=user_id,
                            ingediend_op=werkdag(
                                timezone.make_aware(
                                    datetime.datetime.combine(dag, datetime.time(12))
                                ),
                                16,
                            ),
                        )
                    )
        responsen = Respons.objects.bulk_create(responsen, batch_size=5000)
        antwoorden = []
        for respons in responsen:
            basis = rng.randint(2, 5)
            for vraag_id in vragen[respons.monitormoment_id]:
                score = None if rng.random() < 0.05 else min(5, max(1, basis + rng.randint(-1, 1)))
                antwoorden.append(
                    Antwoord(
                        respons=respons,
                        vraag_id=vraag_id,
                        score=score,
                        toelichting=rng.choice(T.TOELICHTINGEN) if rng.random() < 0.1 else "",
                    )
                )
                if len(antwoorden) >= 20_000:
                    Antwoord.objects.bulk_create(antwoorden)
                    antwoorden = []
        Antwoord.objects.bulk_create(antwoorden)

        metingen = []
        for doel_id, soort, nul, streef, begonnen, einde in (
            Doel.objects.filter(plan__cyclus__transities__naar=4)
            .distinct()
            .order_by("pk")
            .values_list(
                "pk",
                "indicator_soort",
                "nulmeting",
                "streefwaarde",
                "plan__cyclus__begonnen_op",
                "plan__cyclus__afgesloten_op",
            )
        ):
            begin = timezone.localdate(begonnen) + 90 * DAG
            eind = min(timezone.localdate(einde) if einde else vandaag, vandaag)
            if eind <= begin:
                continue
            aantal = rng.randint(3, 8)
            for n in range(aantal):
                datum = begin + (eind - begin) * (n + 1) / aantal
                if soort == IndicatorSoort.GETAL and nul is not None:
                    doel = streef if streef is not None else nul
                    waarde = nul + (doel - nul) * Decimal(n + 1) / aantal + rng.randint(-3, 3)
                    metingen.append(Meting(doel_id=doel_id, datum=datum, waarde=round(waarde, 1)))
                else:
                    metingen.append(
                        Meting(doel_id=doel_id, datum=datum, observatie=rng.choice(T.BEVINDINGEN))
                    )
        Meting.objects.bulk_create(metingen, batch_size=5000)
        # A plan's actions are done once their deadline passed, most of them; the ones that
        # started are under way.
        Actie.objects.filter(start__lt=vandaag).update(status=ActieStatus.BEZIG)
        verlopen = sorted(Actie.objects.filter(deadline__lt=vandaag).values_list("pk", flat=True))
        klaar = [pk for pk in verlopen if rng.random() < 0.85]
        Actie.objects.filter(pk__in=klaar).update(status=ActieStatus.KLAAR)

    def kennisbank(self) -> None:
        """Sources made from the words of the curated set, as bench/search.py does, a quarter
        of them a school's own; and the sources each PLG linked to its speerpunt."""
        rng = random.Random(self.rng.random())
        bestaand = list(Bron.objects.order_by("titel", "pk").prefetch_related("themas"))
        woorden = " ".join(f"{b.titel} {b.samenvatting}" for b in bestaand).split()
        auteurs = [b.auteurs for b in bestaand]
        themas = list(Thema.objects.all())
        bronnen, gekozen = [], []
        for n in range(self.g.bronnen):
            gekozen.append(rng.sample(themas, k=rng.randint(1, 3)))
            bronnen.append(
                Bron(
                    titel=" ".join(rng.choices(woorden, k=rng.randint(4, 12))).capitalize(),
                    auteurs=rng.choice(auteurs),
                    jaar=rng.randint(1980, 2025),
                    soort=rng.choice(Soort.values),
                    samenvatting=" ".join(rng.choices(woorden, k=rng.randint(25, 70))),
                    aanbevelingen=" ".join(
                        sorted(rng.sample(["h1", "h2", "h3", "h4", "h5", "h6"], 2))
                    ),
                    stappen=str(rng.randint(1, 5)),
                    school=rng.choice(self.scholen) if n % 4 == 0 else None,
                    created_at=self.nu - rng.uniform(0, 8) * JAAR,
                )
            )
        bronnen = Bron.objects.bulk_create(bronnen, batch_size=1000)
        Koppel = Bron.themas.through
        Koppel.objects.bulk_create(
            (
                Koppel(bron_id=bron.pk, thema_id=thema.pk)
                for bron, keuze in zip(bronnen, gekozen, strict=True)
                for thema in keuze
            ),
            batch_size=5000,
        )
        start = time.perf_counter()
        Bron.objects.filter(pk__in=[b.pk for b in bronnen]).werk_zoekindex_bij()
        self.tijden["zoekindex"] = time.perf_counter() - start
        print(f"    (search index of {len(bronnen):,} sources: {self.tijden['zoekindex']:.1f} s)")
        gedeeld = bestaand + [b for b in bronnen if b.school_id is None]
        eigen = defaultdict(list)
        for bron in bronnen:
            if bron.school_id:
                eigen[bron.school_id].append(bron)
        koppelingen = []
        for p in self.plgs:
            school = p["school"].pk
            keuze = rng.sample(gedeeld, 3) + rng.sample(eigen[school], min(1, len(eigen[school])))
            for bron in keuze:
                koppelingen.append(
                    Bronkoppeling(
                        bron=bron,
                        speerpunt=p["plg"].speerpunt,
                        actualiteit=rng.choice(Waardering.values),
                        kwaliteit=rng.choice(Waardering.values),
                        bruikbaarheid=rng.choice(Waardering.values),
                        aansluiting=rng.choice(Waardering.values),
                        vertaalslag=rng.choice(T.ZINNEN),
                        created_by=p["kartrekker"],
                    )
                )
        Bronkoppeling.objects.bulk_create(koppelingen, ignore_conflicts=True)

    def meldingen(self) -> None:
        """Preferences and calendar feeds, the reminders of the last ten years (one at a tenth of
        the size) as the reminder job would have sent them, each with its notification, and
        today's due reminders as the job records them."""
        rng, nu, vandaag = self.rng, self.nu, self.vandaag
        iedereen = [u for users in self.collegas.values() for u in users]
        uniek = {u.pk: u for u in iedereen}
        voorkeuren = []
        for user in uniek.values():
            speciaal = user in self.speciaal.values()
            if not speciaal and rng.random() > 0.4:
                continue
            voorkeuren.append(
                Voorkeuren(
                    user=user,
                    email_uit=rng.sample(Meldsoort.values, rng.randint(0, 2)),
                    digest_ritme=DigestRitme.WEKELIJKS
                    if speciaal
                    else rng.choice(DigestRitme.values),
                    ical_token=token(rng) if speciaal or rng.random() < 0.6 else None,
                )
            )
        Voorkeuren.objects.bulk_create(voorkeuren)

        sinds = nu - MELDINGEN_JAREN * self.g.schaal * JAAR
        verstuurd = []

        def herinnering(bron, soort, object_id, user, school, datum, titel, url, op_moment):
            verstuurd.append(
                Herinnering(
                    bron=bron,
                    soort=soort,
                    object_id=object_id,
                    user_id=user,
                    school_id=school,
                    datum=datum,
                    titel=titel[:200],
                    tekst=titel,
                    url=url,
                    created_at=op_moment,
                    verstuurd_op=op_moment,
                )
            )

        for actie in (
            Actiepunt.objects.filter(deadline__gte=sinds.date(), deadline__lt=vandaag - 3 * DAG)
            .exclude(gedaan_op__date__lte=F("deadline"))
            .select_related("plg__speerpunt")
            .order_by("pk")
        ):
            herinnering(
                "actiepunt",
                Meldsoort.ACTIE_TE_LAAT,
                actie.pk,
                actie.owner_id,
                actie.plg.speerpunt.school_id,
                actie.deadline,
                f"Actie over de deadline: {actie.wat}",
                reverse("mijn_werk"),
                werkdag(_aware(actie.deadline + DAG), 7, 5),
            )
        for moment, leden, _plan in self.momenten:
            start = _aware(moment.datum)
            if not sinds <= start < nu - DAG:
                continue
            speerpunt = moment.cyclus.speerpunt
            url = reverse("monitoring:moment", args=[speerpunt.school_id, moment.pk])
            for user in leden:
                herinnering(
                    "monitormoment",
                    Meldsoort.MONITORING_OPEN,
                    moment.pk,
                    user.pk,
                    speerpunt.school_id,
                    moment.datum,
                    f"Monitormoment staat open: {moment.titel}",
                    url,
                    werkdag(start, 7, 5),
                )
        for bijeenkomst in (
            Bijeenkomst.objects.filter(start__gte=sinds, start__lt=nu - DAG)
            .select_related("plg__speerpunt")
            .prefetch_related(Prefetch("plg__leden", PLGLid.objects.order_by("pk")))
            .order_by("pk")
        ):
            plg = bijeenkomst.plg
            url = reverse("plg:bijeenkomst", args=[plg.speerpunt.school_id, plg.pk, bijeenkomst.pk])
            for lid in plg.leden.all():
                herinnering(
                    "bijeenkomst",
                    Meldsoort.BIJEENKOMST,
                    bijeenkomst.pk,
                    lid.user_id,
                    plg.speerpunt.school_id,
                    timezone.localdate(bijeenkomst.start),
                    f"Morgen: bijeenkomst van {plg.naam}",
                    url,
                    werkdag(bijeenkomst.start - DAG, 7, 5),
                )
        for school in self.scholen:
            for leider in self.leiders[self.scholen.index(school)]:
                week = max(sinds, leider.date_joined)
                week = werkdag(week + (7 - timezone.localtime(week).weekday()) * DAG, 7, 5)
                while week < nu - DAG:
                    herinnering(
                        "digest",
                        Meldsoort.DIGEST,
                        school.pk,
                        leider.pk,
                        school.pk,
                        timezone.localdate(week),
                        f"Overzicht van {school.naam}",
                        reverse("cyclus:dashboard", args=[school.pk]),
                        week,
                    )
                    week += 7 * DAG
        verstuurd = Herinnering.objects.bulk_create(
            verstuurd, batch_size=5000, ignore_conflicts=True
        )
        Melding.objects.bulk_create(
            (
                Melding(
                    user_id=h.user_id,
                    school_id=h.school_id,
                    soort=h.soort,
                    titel=h.titel,
                    tekst=h.tekst,
                    url=h.url,
                    created_at=h.verstuurd_op,
                    gelezen_op=(
                        h.verstuurd_op + rng.randint(1, 72) * datetime.timedelta(hours=1)
                        if h.verstuurd_op < nu - 14 * DAG or rng.random() < 0.5
                        else None
                    ),
                )
                for h in verstuurd
            ),
            batch_size=5000,
        )
        self.due = herinneringen.verzamel(vandaag)

    def terugdateren(self) -> None:
        """Moments the database filled in on insert, set to when the thing happened (as the
        demo does), and each speerpunt's last activity after its PLG's meetings."""
        with connection.cursor() as c:
            c.execute("UPDATE plg_bijeenkomst SET created_at = start - interval '10 days'")
            c.execute(
                "UPDATE plg_notitie n SET created_at = b.start + interval '50 minutes' "
                "FROM plg_bijeenkomst b WHERE b.id = n.bijeenkomst_id"
            )
            c.execute(
                "UPDATE plg_actiepunt a SET created_at = b.start + interval '55 minutes' "
                "FROM plg_bijeenkomst b WHERE b.id = a.bijeenkomst_id"
            )
            c.execute("UPDATE plg_bevinding SET created_at = datum + time '16:00'")
            c.execute(
                "UPDATE plg_reactie r SET created_at = t.gepubliceerd_op "
                "+ (r.id % 72) * interval '1 hour' FROM plg_tussenstand t "
                "WHERE t.id = r.tussenstand_id"
            )
            c.execute(
                "UPDATE plg_analyseantwoord a SET bijgewerkt_op = least(%s, s.created_at "
                "+ interval '60 days') FROM plg_plg p JOIN cyclus_speerpunt s "
                "ON s.id = p.speerpunt_id WHERE p.id = a.plg_id",
                [self.nu],
            )
            c.execute(
                "UPDATE plg_leerlingdeelnemer l SET created_at = p.created_at "
                "FROM plg_plg p WHERE p.id = l.plg_id"
            )
            c.execute("UPDATE monitoring_meting SET created_at = datum + time '15:00'")
            c.execute(
                "UPDATE kennisbank_bronkoppeling k SET created_at = least(%s, s.created_at "
                "+ interval '40 days'), updated_at = least(%s, s.created_at + interval "
                "'40 days') "
                "FROM cyclus_speerpunt s WHERE s.id = k.speerpunt_id",
                [self.nu, self.nu],
            )
            c.execute(
                "UPDATE cyclus_speerpunt s SET laatste_activiteit = b.laatst FROM ("
                " SELECT p.speerpunt_id, max(b.start) AS laatst FROM plg_bijeenkomst b"
                " JOIN plg_plg p ON p.id = b.plg_id WHERE b.start <= %s"
                " GROUP BY p.speerpunt_id) b"
                " WHERE b.speerpunt_id = s.id AND b.laatst > s.laatste_activiteit",
                [self.nu],
            )


def _aware(datum: datetime.date) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime.combine(datum, datetime.time(8)))


def _slug(tekst: str) -> str:
    return re.sub(r"[^a-z]", "", tekst.lower().replace("ö", "o"))


def maak_database(naam: str) -> None:
    with psycopg.connect(f"{SERVER}/postgres", autocommit=True) as verbinding:
        verbinding.execute(f'DROP DATABASE IF EXISTS "{naam}" WITH (FORCE)')
        verbinding.execute(f'CREATE DATABASE "{naam}"')


TELLINGEN = [
    ("schools", School),
    ("people", User),
    ("memberships", Lidmaatschap),
    ("teams", Team),
    ("speerpunten", Speerpunt),
    ("cycles", Cyclus),
    ("step moves", Transitie),
    ("ticked gate items", Afvinking),
    ("borgingen", Borging),
    ("PLGs", PLG),
    ("PLG members", PLGLid),
    ("meetings", Bijeenkomst),
    ("agenda items", Agendapunt),
    ("notes", Notitie),
    ("PLG actions", Actiepunt),
    ("findings", Bevinding),
    ("PLG feed lines", Activiteit),
    ("interim updates", Tussenstand),
    ("reactions", Reactie),
    ("plans", Verbeterplan),
    ("plan versions", PlanVersie),
    ("goals", Doel),
    ("plan actions", Actie),
    ("monitormomenten", Monitormoment),
    ("responses", Respons),
    ("answers", Antwoord),
    ("measurements", Meting),
    ("sources", Bron),
    ("linked sources", Bronkoppeling),
    ("notifications", Melding),
    ("reminders", Herinnering),
    ("preferences", Voorkeuren),
]


def main() -> None:
    start = time.perf_counter()
    print(
        f"database {ARGS.db}, scale {ARGS.schaal}, seed {ARGS.seed}, {os.cpu_count()} cores",
        flush=True,
    )
    maak_database(ARGS.db)
    call_command("migrate", verbosity=0)
    print(f"  {'migrate':28} {time.perf_counter() - start:7.1f} s", flush=True)
    with connection.cursor() as cursor:
        # Each phase commits once; waiting for the disk is pointless for data built in minutes.
        cursor.execute("SET synchronous_commit TO OFF")
    bouwer = Bouwer(Grootte(ARGS.schaal), ARGS.seed)
    with bouwer.fase("people and schools"):
        bouwer.mensen()
        bouwer.scholen_inrichten()
    with bouwer.fase("speerpunten (model methods)"):
        bouwer.speerpunten()
    with bouwer.fase("PLG work"):
        bouwer.plg_werk()
    with bouwer.fase("monitoring"):
        bouwer.monitoring()
    with bouwer.fase("kennisbank"):
        bouwer.kennisbank()
    with bouwer.fase("notifications"):
        bouwer.meldingen()
    with bouwer.fase("backdating"):
        bouwer.terugdateren()
    with bouwer.fase("PLG activity feeds"):
        # The PLG rows were made in bulk past the write methods that add the feed's lines.
        Activiteit.objects.schrijf_alles(PLG.objects.all())
    begin = time.perf_counter()
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE")
    print(f"  {'vacuum analyze':28} {time.perf_counter() - begin:7.1f} s")
    print()
    for naam, model in TELLINGEN:
        print(f"  {naam:18} {model.objects.count():8,}")
    print(
        f"  {'due reminders':18} {Herinnering.objects.te_versturen().count():8,}"
        f"  (recorded today by the reminder job: {bouwer.due:,})"
    )
    print(f"\ndone in {time.perf_counter() - start:.0f} s")


if __name__ == "__main__":
    main()
