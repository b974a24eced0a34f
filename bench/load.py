"""Load test of the main pages behind gunicorn, run as docker-compose.yml runs the web service.

    .venv/bin/python bench/load.py [--db koers_bench] [--paginas dashboard,plg,...]
                                   [--duur 15] [--opwarmen 3] [--verbindingen 10]

Works on a fresh copy of `--db` (a dataset of bench/dataset.py; the copy `<db>_load` is dropped
at the end, so the source stays as built and can be copied by others meanwhile). Runs
collectstatic, then starts `gunicorn config.wsgi --workers 3 --access-logfile -` with the
compose file's production environment (DJANGO_PRODUCTION=1, DEBUG off, REDIS_URL on the local
Redis, database number 13 by default) on a free local port. Requests arrive as they would from
the TLS-terminating proxy the README asks for: `X-Forwarded-Proto: https` and the client's
address in `X-Forwarded-For`, so nothing in the settings is switched off.

Each page is opened by its real user, who signs in through the login form (password `bench`).
Per page it prints: req/s at `--verbindingen` concurrent connections for `--duur` seconds after
`--opwarmen` seconds of warm-up, that as a share of the req/s of /health/ (a trivial view,
measured in the same run right before and after the page), p50/p95/p99 latency, the CPU the
gunicorn workers used per request (utime+stime from /proc, before and after), the CPU of the
PostgreSQL backends serving them per request, the number of queries (in this process, with
Django's test Client as the same user on the same database: with a cold cache and warm) and the
HTML bytes. "other load" is the machine's busy CPU during the run that was neither gunicorn,
PostgreSQL nor this client, in cores: numbers measured while it is high are noisy. The load
generator is a small asyncio HTTP/1.1 client (gunicorn's sync workers close every connection,
so each request opens one); its own CPU per request is printed too. A markdown table ends the
output. None of the pages is for a beheerder, the only role with a second sign-in step, so
every sign-in is a password.

Pages: dashboard (largest school, as its schoolleider), speerpunt (the one with 8 cycles),
plg (workspace of the ten-year PLG, as its kartrekker), plan (the current plan with 300
actions, as its kartrekker), zoeken (kennisbank search "leerlingen", as a teacher), mijn_werk
(the teacher with many actions), bestuur (board overview), meldingen (the person with the most
notifications), agenda (calendar feed by token, of the teacher in many PLGs), monitoring (the
summary of the moment with the most answers, as its kartrekker).
"""

import argparse
import asyncio
import os
import re
import secrets
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from http.client import HTTPConnection
from pathlib import Path

import psycopg

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

PAGINAS = [
    "dashboard",
    "speerpunt",
    "plg",
    "plan",
    "zoeken",
    "mijn_werk",
    "bestuur",
    "meldingen",
    "agenda",
    "monitoring",
]
TICK = os.sysconf("SC_CLK_TCK")


def _argumenten() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db", default="koers_bench", help="dataset to copy and measure")
    parser.add_argument("--paginas", default=",".join(PAGINAS), help="comma-separated")
    parser.add_argument("--duur", type=float, default=15, help="seconds measured per page")
    parser.add_argument("--opwarmen", type=float, default=3, help="seconds of warm-up per page")
    parser.add_argument("--min-verzoeken", type=int, default=50, help="at least this many")
    parser.add_argument("--verbindingen", type=int, default=10)
    parser.add_argument("--poort", type=int, default=0, help="0: a free port")
    parser.add_argument("--redis", default="redis://127.0.0.1:6379/13")
    parser.add_argument("--zonder-kopie", action="store_true", help="measure --db itself")
    args = parser.parse_args()
    onbekend = set(args.paginas.split(",")) - set(PAGINAS)
    if onbekend:
        parser.error(f"unknown pages: {', '.join(sorted(onbekend))}")
    if not re.fullmatch(r"[a-z_][a-z0-9_]*", args.db):
        parser.error("--db: lowercase letters, digits and underscores only")
    return args


def _vrije_poort() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


ARGS = _argumenten()
SERVER = os.environ.get("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/postgres")
SERVER = SERVER.rsplit("/", 1)[0]
DB = ARGS.db if ARGS.zonder_kopie else f"{ARGS.db}_load"
POORT = ARGS.poort or _vrije_poort()

# The environment of docker-compose.yml's web service, on this machine.
os.environ.pop("DEBUG", None)
os.environ.update(
    {
        "DJANGO_SETTINGS_MODULE": "config.settings",
        "DJANGO_PRODUCTION": "1",
        "DATABASE_URL": f"{SERVER}/{DB}",
        "REDIS_URL": ARGS.redis,
        "MEDIA_ROOT": str(Path(tempfile.gettempdir()) / "koers-bench-media"),
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "SITE_URL": "https://127.0.0.1",
    }
)


def kopieer_database() -> None:
    with psycopg.connect(f"{SERVER}/postgres", autocommit=True) as verbinding:
        verbinding.execute(f'DROP DATABASE IF EXISTS "{DB}" WITH (FORCE)')
        for poging in range(30):
            try:
                verbinding.execute(f'CREATE DATABASE "{DB}" TEMPLATE "{ARGS.db}"')
                return
            except psycopg.errors.ObjectInUse:
                # Someone is copying or reading the dataset right now: wait for them.
                time.sleep(1 + poging)
        raise SystemExit(f"{ARGS.db} stays in use; could not copy it")


def verwijder_kopie() -> None:
    with psycopg.connect(f"{SERVER}/postgres", autocommit=True) as verbinding:
        verbinding.execute(f'DROP DATABASE IF EXISTS "{DB}" WITH (FORCE)')


if not ARGS.zonder_kopie:
    kopieer_database()

import django  # noqa: E402

django.setup()

from django.core.cache import cache  # noqa: E402
from django.db import connection  # noqa: E402
from django.db.models import Count  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from django.urls import reverse  # noqa: E402

from cyclus.models import Speerpunt  # noqa: E402
from kennisbank.models import Bron  # noqa: E402
from meldingen.models import Melding, Voorkeuren  # noqa: E402
from monitoring.models import Monitormoment  # noqa: E402
from plg.models import PLG, Actiepunt  # noqa: E402
from scholen.models import School, User  # noqa: E402
from verbeterplan.models import Verbeterplan  # noqa: E402

DOMEIN = "bench.example.nl"
WACHTWOORD = "bench"


@dataclass
class Pagina:
    naam: str
    wat: str
    url: str
    user: User | None
    cookies: str = ""
    queries_koud: int = 0
    queries_warm: int = 0
    html: int = 0
    meting: "Meting | None" = None
    basis: float = 0.0


def persoon(naam: str) -> User:
    return User.objects.get(email=f"{naam}@{DOMEIN}")


def paginas(namen: list[str]) -> list[Pagina]:
    """Every page with its real user and a few words on what makes it large."""
    leider, kartrekker, planner, docent = map(
        persoon, ["leider", "kartrekker", "planner", "docent"]
    )
    school = School.objects.get(lidmaatschappen__user=leider)
    speerpunt = (
        Speerpunt.objects.filter(school=school).annotate(n=Count("cycli")).order_by("-n").first()
    )
    plg = (
        PLG.objects.filter(leden__user=kartrekker, leden__rol="kartrekker")
        .annotate(n=Count("bijeenkomsten"))
        .order_by("-n")
        .first()
    )
    plan = (
        Verbeterplan.objects.filter(
            cyclus__speerpunt__school=school, cyclus__afgesloten_op__isnull=True
        )
        .annotate(n=Count("acties"))
        .order_by("-n")
        .first()
    )
    moment = Monitormoment.objects.annotate(n=Count("responsen")).order_by("-n").first()
    gemeld = User.objects.annotate(n=Count("meldingen")).order_by("-n", "pk").first()
    token = Voorkeuren.objects.get(user=docent).ical_token
    s = school.pk
    alle = {
        "dashboard": (
            leider,
            reverse("cyclus:dashboard", args=[s]),
            f"dashboard of the largest school ({school.speerpunten.filter(status='actief').count()}"
            " active speerpunten)",
        ),
        "speerpunt": (
            leider,
            reverse("cyclus:speerpunt", args=[s, speerpunt.pk]),
            f"speerpunt with {speerpunt.n} cycles",
        ),
        "plg": (
            kartrekker,
            reverse("plg:werkruimte", args=[s, plg.pk]),
            f"PLG workspace ({plg.n} meetings, {plg.actiepunten.open().count()} open actions)",
        ),
        "plan": (
            planner,
            reverse("verbeterplan:plan", args=[s, plan.pk]),
            f"verbeterplan with {plan.n} actions",
        ),
        "zoeken": (
            docent,
            reverse("kennisbank:zoeken", args=[s]) + "?q=leerlingen",
            f'kennisbank search "leerlingen" ({Bron.objects.count():,} sources)',
        ),
        "mijn_werk": (
            docent,
            reverse("mijn_werk"),
            f"mijn werk ({Actiepunt.objects.filter(owner=docent).count()} actions, "
            f"{Actiepunt.objects.filter(owner=docent).open().count()} open)",
        ),
        "bestuur": (
            persoon("bestuur"),
            reverse("bestuur"),
            f"board overview ({School.objects.count()} schools)",
        ),
        "meldingen": (
            gemeld,
            reverse("meldingen:meldingen"),
            f"notifications ({Melding.objects.filter(user=gemeld).count()})",
        ),
        "agenda": (None, reverse("meldingen:ical", args=[token]), "iCal feed"),
        "monitoring": (
            kartrekker,
            reverse("monitoring:moment", args=[moment.cyclus.speerpunt.school_id, moment.pk]),
            f"monitoring moment summary ({moment.n} answers)",
        ),
    }
    return [Pagina(naam, alle[naam][2], alle[naam][1], alle[naam][0]) for naam in namen]


def meet_queries(pagina: Pagina) -> None:
    """Queries of one GET as the page's user, in this process on the same database: first with
    every cached fragment cold, then warm; and the bytes of the page."""
    client = Client(HTTP_HOST="127.0.0.1", HTTP_X_FORWARDED_FOR="127.0.0.1")
    if pagina.user is not None:
        client.force_login(pagina.user)
    cache.clear()
    with CaptureQueriesContext(connection) as koud:
        antwoord = client.get(pagina.url, secure=True)
    assert antwoord.status_code == 200, (pagina.url, antwoord.status_code)
    with CaptureQueriesContext(connection) as warm:
        antwoord = client.get(pagina.url, secure=True)
    pagina.queries_koud, pagina.queries_warm = len(koud), len(warm)
    pagina.html = len(antwoord.content)
    if pagina.naam == "agenda":
        pagina.wat += f" ({antwoord.content.count(b'BEGIN:VEVENT')} events)"


# The server


def start_gunicorn(log) -> subprocess.Popen:
    """gunicorn as the compose file's web service runs it, on a local port."""
    gunicorn = Path(sys.executable).parent / "gunicorn"
    opdracht = [str(gunicorn), "config.wsgi", "--bind", f"127.0.0.1:{POORT}", "--workers", "3"]
    proces = subprocess.Popen(
        [*opdracht, "--access-logfile", "-"], cwd=ROOT, env=os.environ, stdout=log, stderr=log
    )
    for _ in range(200):
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{POORT}/health/", timeout=2) as r:
                if r.status == 200 and len(werkers(proces.pid)) == 3:
                    return proces
        except OSError:
            pass
        if proces.poll() is not None:
            raise SystemExit(f"gunicorn stopped; see {log.name}")
        time.sleep(0.1)
    raise SystemExit("gunicorn did not answer")


def werkers(master: int) -> list[int]:
    """The pids of gunicorn's workers: the children of its master."""
    kinderen = Path(f"/proc/{master}/task/{master}/children")
    return [int(pid) for pid in kinderen.read_text().split()] if kinderen.exists() else []


def postgres_backends(db: str, behalve: int) -> list[int]:
    """The pids of the PostgreSQL backends connected to `db`, other than this process's."""
    pids = []
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit() or int(proc.name) == behalve:
            continue
        try:
            titel = (proc / "cmdline").read_bytes()
        except OSError:
            continue
        if titel.startswith(b"postgres: ") and f" {db} ".encode() in titel:
            pids.append(int(proc.name))
    return pids


def cpu_seconden(pid: int) -> float | None:
    """utime + stime of a process, in seconds; None once it is gone."""
    try:
        velden = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(velden[11]) + int(velden[12])) / TICK


def machine_bezig() -> float:
    """Busy CPU seconds of the whole machine since boot (every core), from /proc/stat."""
    velden = [int(v) for v in Path("/proc/stat").read_text().split("\n")[0].split()[1:]]
    user, nice, system, _idle, _iowait, irq, softirq, steal = velden[:8]
    return (user + nice + system + irq + softirq + steal) / TICK


class CpuMeter:
    """CPU used by a changing set of processes over a run: sampled at the start, every half
    second and at the end, so a process that appears or ends half-way still counts (from the
    moment it was first seen, up to the last sample)."""

    def __init__(self, vind):
        self.vind = vind
        self.eerst: dict[int, float] = {}
        self.laatst: dict[int, float] = {}
        self.gestopt = threading.Event()
        self.draad = threading.Thread(target=self._loop, daemon=True)

    def _meet(self, begin: bool = False) -> None:
        for pid in self.vind():
            waarde = cpu_seconden(pid)
            if waarde is None:
                continue
            self.eerst.setdefault(pid, waarde if begin else 0.0)
            self.laatst[pid] = waarde

    def _loop(self) -> None:
        while not self.gestopt.wait(0.5):
            self._meet()

    def start(self) -> None:
        self._meet(begin=True)
        self.draad.start()

    def stop(self) -> float:
        self.gestopt.set()
        self.draad.join()
        self._meet()
        return sum(self.laatst[pid] - self.eerst[pid] for pid in self.laatst)


# The load generator


def verzoek(pad: str, cookies: str) -> bytes:
    regels = [
        f"GET {pad} HTTP/1.1",
        f"Host: 127.0.0.1:{POORT}",
        "Accept: text/html,text/calendar",
        "X-Forwarded-Proto: https",
        "X-Forwarded-For: 127.0.0.1",
        "User-Agent: koers-bench",
    ]
    if cookies:
        regels.append(f"Cookie: {cookies}")
    return ("\r\n".join(regels) + "\r\n\r\n").encode()


async def lees_antwoord(reader) -> tuple[int, int, bool]:
    """Status, body length, and whether the server closes the connection."""
    kop = await reader.readuntil(b"\r\n\r\n")
    regels = kop.decode("latin-1").split("\r\n")
    status = int(regels[0].split()[1])
    velden = {}
    for regel in regels[1:]:
        if ":" in regel:
            sleutel, waarde = regel.split(":", 1)
            velden[sleutel.strip().lower()] = waarde.strip().lower()
    sluiten = velden.get("connection") == "close"
    if "content-length" in velden:
        lichaam = await reader.readexactly(int(velden["content-length"]))
        return status, len(lichaam), sluiten
    if velden.get("transfer-encoding") == "chunked":
        lengte = 0
        while True:
            grootte = int((await reader.readuntil(b"\r\n")).split(b";")[0], 16)
            await reader.readexactly(grootte + 2)
            lengte += grootte
            if grootte == 0:
                return status, lengte, sluiten
    return status, len(await reader.read()), True


@dataclass
class Meting:
    latenties: list[float] = field(default_factory=list)
    fouten: dict[int, int] = field(default_factory=dict)
    duur: float = 0.0
    werkers_cpu: float = 0.0
    db_cpu: float = 0.0
    client_cpu: float = 0.0
    andere_last: float = 0.0
    herstart: bool = False

    @property
    def aantal(self) -> int:
        return len(self.latenties)

    @property
    def per_seconde(self) -> float:
        return self.aantal / self.duur

    def percentiel(self, p: int) -> float:
        punten = statistics.quantiles(self.latenties, n=100, method="inclusive")
        return punten[p - 1] * 1000


async def belast(data: bytes, tot: float, minimum: int, verbindingen: int, meting) -> None:
    """`verbindingen` clients that each send the request again as soon as the answer is in,
    until `tot` has passed and at least `minimum` answers are in (at most three times as long)."""
    uiterst = time.perf_counter() + 3 * (tot - time.perf_counter())

    async def client():
        reader = writer = None
        while True:
            nu = time.perf_counter()
            if (nu >= tot and meting.aantal >= minimum) or nu >= uiterst:
                break
            begin = time.perf_counter()
            if writer is None:
                reader, writer = await asyncio.open_connection("127.0.0.1", POORT)
            writer.write(data)
            status, _lengte, sluiten = await lees_antwoord(reader)
            meting.latenties.append(time.perf_counter() - begin)
            if status != 200:
                meting.fouten[status] = meting.fouten.get(status, 0) + 1
            if sluiten:
                writer.close()
                reader = writer = None
        if writer is not None:
            writer.close()

    await asyncio.gather(*(client() for _ in range(verbindingen)))


def meet_last(pad: str, cookies: str, master: int, eigen_backend: int, duur: float) -> Meting:
    data = verzoek(pad, cookies)
    opwarmen = Meting()
    asyncio.run(belast(data, time.perf_counter() + ARGS.opwarmen, 0, ARGS.verbindingen, opwarmen))
    meting = Meting()
    voor = set(werkers(master))
    gunicorn = CpuMeter(lambda: werkers(master))
    postgres = CpuMeter(lambda: postgres_backends(DB, eigen_backend))
    bezig, client, begin = machine_bezig(), time.process_time(), time.perf_counter()
    gunicorn.start()
    postgres.start()
    tot = begin + duur
    asyncio.run(belast(data, tot, ARGS.min_verzoeken, ARGS.verbindingen, meting))
    meting.duur = time.perf_counter() - begin
    meting.client_cpu = time.process_time() - client
    meting.werkers_cpu = gunicorn.stop()
    meting.db_cpu = postgres.stop()
    andere = machine_bezig() - bezig - meting.werkers_cpu - meting.db_cpu - meting.client_cpu
    meting.andere_last = max(0.0, andere) / meting.duur
    meting.herstart = set(werkers(master)) != voor
    return meting


def _samen(metingen: list[Meting]) -> Meting:
    """Several runs as one: their requests and CPU added up."""
    samen = Meting()
    for m in metingen:
        samen.latenties += m.latenties
        samen.duur += m.duur
        samen.werkers_cpu += m.werkers_cpu
        samen.db_cpu += m.db_cpu
        samen.client_cpu += m.client_cpu
        samen.andere_last += m.andere_last * m.duur
    samen.andere_last /= samen.duur
    return samen


def log_in(user: User) -> str:
    """Signs in through the login form, as a browser behind the proxy would; returns the
    Cookie header of the session."""
    verbinding = HTTPConnection("127.0.0.1", POORT, timeout=30)
    proxy = {"X-Forwarded-Proto": "https", "X-Forwarded-For": "127.0.0.1"}
    verbinding.request("GET", "/account/login/", headers=proxy)
    antwoord = verbinding.getresponse()
    html = antwoord.read().decode()
    cookies = _cookies(antwoord)
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)
    body = urllib.parse.urlencode(
        {"username": user.email, "password": WACHTWOORD, "csrfmiddlewaretoken": token}
    )
    verbinding = HTTPConnection("127.0.0.1", POORT, timeout=30)
    verbinding.request(
        "POST",
        "/account/login/",
        body=body,
        headers={
            **proxy,
            "Content-Type": "application/x-www-form-urlencoded",
            "Origin": f"https://127.0.0.1:{POORT}",
            "Referer": f"https://127.0.0.1:{POORT}/account/login/",
            "Cookie": "; ".join(f"{k}={v}" for k, v in cookies.items()),
        },
    )
    antwoord = verbinding.getresponse()
    antwoord.read()
    cookies.update(_cookies(antwoord))
    if antwoord.status != 302 or "sessionid" not in cookies:
        raise SystemExit(f"signing in as {user.email} failed: {antwoord.status}")
    return "; ".join(f"{k}={v}" for k, v in cookies.items())


def _cookies(antwoord) -> dict[str, str]:
    cookies = {}
    for kop in antwoord.headers.get_all("Set-Cookie") or []:
        naam, waarde = kop.split(";", 1)[0].split("=", 1)
        cookies[naam.strip()] = waarde.strip()
    return cookies


# Output


def regel(naam: str, wat: str, m: Meting, basis: float | None, p: Pagina | None) -> str:
    aandeel = f"{m.per_seconde / basis:.3f}" if basis else "1"
    queries = f"{p.queries_koud}/{p.queries_warm}" if p else "1"
    html = f"{p.html / 1000:.1f}" if p else ""
    fouten = f" errors {m.fouten}" if m.fouten else ""
    herstart = " (a worker restarted)" if m.herstart else ""
    return (
        f"| {naam} | {wat} | {m.per_seconde:.1f} | {aandeel} | {m.percentiel(50):.0f} | "
        f"{m.percentiel(95):.0f} | {m.percentiel(99):.0f} | "
        f"{m.werkers_cpu / m.aantal * 1000:.1f} | {m.db_cpu / m.aantal * 1000:.1f} | "
        f"{queries} | {html} | {m.aantal} | {m.client_cpu / m.aantal * 1000:.1f} | "
        f"{m.andere_last:.2f} |{fouten}{herstart}"
    )


KOP = (
    "| page | what | req/s | share of /health/ | p50 ms | p95 ms | p99 ms | "
    "gunicorn CPU ms/req | PostgreSQL CPU ms/req | queries cold/warm | HTML kB | requests | "
    "client CPU ms/req | other load (cores) |\n"
    "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|"
)


def meet_alles(lijst: list[Pagina], master: int, eigen_backend: int) -> list[Meting]:
    """Signs everyone in, then loads /health/ before every page and once more after the last,
    so each page is compared with the trivial view measured right around it."""
    ingelogd = {}
    for pagina in lijst:
        if pagina.user is not None and pagina.user.pk not in ingelogd:
            ingelogd[pagina.user.pk] = log_in(pagina.user)
        pagina.cookies = ingelogd[pagina.user.pk] if pagina.user else ""
    duur = max(3.0, ARGS.duur / 3)
    basis = [meet_last("/health/", "", master, eigen_backend, duur)]
    print(KOP)
    print(regel("health", "trivial view", basis[0], None, None), flush=True)
    for pagina in lijst:
        pagina.meting = meet_last(pagina.url, pagina.cookies, master, eigen_backend, ARGS.duur)
        basis.append(meet_last("/health/", "", master, eigen_backend, duur))
        pagina.basis = (basis[-2].per_seconde + basis[-1].per_seconde) / 2
        print(regel(pagina.naam, pagina.wat, pagina.meting, pagina.basis, pagina), flush=True)
    return basis


def main() -> None:
    gekozen = ARGS.paginas.split(",")
    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True
    ).stdout.strip()
    print(
        f"{time.strftime('%Y-%m-%d %H:%M %Z')}, commit {commit}, {os.cpu_count()} cores, "
        f"database {ARGS.db} (measured on copy {DB}), {ARGS.verbindingen} connections, "
        f"{ARGS.duur:.0f} s per page after {ARGS.opwarmen:.0f} s warm-up; "
        f"load average {Path('/proc/loadavg').read_text().split()[:3]}",
        flush=True,
    )
    subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--noinput", "-v", "0"],
        cwd=ROOT,
        check=True,
    )
    lijst = paginas(gekozen)
    for pagina in lijst:
        meet_queries(pagina)
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        eigen_backend = cursor.fetchone()[0]
    logpad = Path(tempfile.gettempdir()) / f"koers-bench-gunicorn-{POORT}.log"
    with logpad.open("w") as log:
        proces = start_gunicorn(log)
        try:
            basis = meet_alles(lijst, proces.pid, eigen_backend)
        finally:
            proces.terminate()
            proces.wait(timeout=30)
    gemiddeld = statistics.mean(m.per_seconde for m in basis)
    print("\n" + KOP)
    print(regel("health", f"trivial view, mean of {len(basis)} runs", _samen(basis), None, None))
    print("\n".join(regel(p.naam, p.wat, p.meting, p.basis, p) for p in lijst))
    print(
        f"\n/health/ ran before every page and after the last: {gemiddeld:.0f} req/s on average "
        f"(from {min(m.per_seconde for m in basis):.0f} to "
        f"{max(m.per_seconde for m in basis):.0f}); a page's share is against the mean of the "
        f"runs right before and after it. gunicorn log: {logpad}; load average at the end "
        f"{Path('/proc/loadavg').read_text().split()[:3]}"
    )


if __name__ == "__main__":
    try:
        main()
    finally:
        if not ARGS.zonder_kopie:
            connection.close()
            verwijder_kopie()
