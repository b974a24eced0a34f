"""Every main page, seen by a schoolleider, a kartrekker and a board member on the demo data:
axe-core finds nothing serious or critical, and at 320 px nothing scrolls sideways except the
tables that are meant to (inside .table-wrap)."""

import io
import re

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.core.management import call_command
from django.urls import reverse
from playwright.sync_api import expect

from cyclus.models import Speerpunt, Stap
from kennisbank import seed
from kennisbank.models import Bron, Thema, Vraag, Vragenset
from monitoring.models import Monitormoment
from plg.models import PLG, Bijeenkomst
from scholen.demo import WACHTWOORD
from scholen.models import School, User
from verbeterplan.models import Doel, Verbeterplan

AXE = Axe()
SMALL = {"width": 320, "height": 640}
WIDE = {"width": 1280, "height": 900}

# Lists the elements that stick out past the right edge and are not inside something that is
# meant to scroll, so a failure names what to fix.
STICKS_OUT = """() => {
  const limit = document.documentElement.clientWidth + 1;
  const scrolls = (el) => {
    for (let p = el.parentElement; p; p = p.parentElement) {
      const overflow = getComputedStyle(p).overflowX;
      if (overflow === "auto" || overflow === "scroll") return true;
    }
    return false;
  };
  return {
    width: document.documentElement.scrollWidth,
    culprits: Array.from(document.querySelectorAll("body *"))
      .filter((el) => el.getBoundingClientRect().right > limit && !scrolls(el))
      .filter((el) => !Array.from(el.children).some((c) => c.getBoundingClientRect().right > limit))
      .slice(0, 5)
      .map((el) => el.outerHTML.slice(0, 160)),
  };
}"""


@pytest.fixture
def demo_board(transactional_db):
    """The demo board with everything every app adds to it. The curated kennisbank sources come
    from a data migration that an earlier browser test's flush may have removed."""
    if not Bron.objects.exists():
        seed.laad(Bron, Thema, Vragenset, Vraag)
        Bron.objects.werk_zoekindex_bij()
    call_command("demo", stdout=io.StringIO())


def _school_pages(school, rol: str) -> list[str]:
    """The pages of one school around its richest speerpunt (step 4, with PLG, plan and
    monitoring) that `rol` ("schoolleider", "kartrekker" or "bestuur") may open."""
    speerpunt = Speerpunt.objects.get(school=school, titel="Eigenaarschap bij huiswerk")
    borgen = Speerpunt.objects.filter(school=school, stap=Stap.BORGEN).first()
    plg = PLG.objects.get(speerpunt=speerpunt)
    bijeenkomst = Bijeenkomst.objects.filter(plg=plg).first()
    plan = Verbeterplan.objects.filter(cyclus__speerpunt=speerpunt).first()
    doel = Doel.objects.filter(plan=plan).first()
    bronnen = Bron.objects.filter(koppelingen__speerpunt=speerpunt)
    vragenset = Vragenset.objects.first()
    momenten = list(Monitormoment.objects.filter(cyclus__speerpunt=speerpunt).order_by("datum"))
    s = school.pk
    pages = [
        reverse("start"),
        reverse("mijn_werk"),
        reverse("mensen", args=[s]),
        reverse("cyclus:dashboard", args=[s]),
        reverse("cyclus:prioriteiten", args=[s]),
        reverse("cyclus:visie", args=[s]),
        # Each step shows a different part of the cycle: one speerpunt page per step, and the
        # parked one.
        *(
            reverse("cyclus:speerpunt", args=[s, pk])
            for pk in school.speerpunten.values_list("pk", flat=True)
        ),
        reverse("cyclus:borging", args=[s, borgen.pk]),
        reverse("plg:overzicht", args=[s]),
        reverse("plg:expertise", args=[s]),
        reverse("plg:werkruimte", args=[s, plg.pk]),
        reverse("plg:tussenstanden", args=[s, plg.pk]),
        reverse("plg:leden", args=[s, plg.pk]),
        reverse("verbeterplan:plan", args=[s, plan.pk]),
        reverse("verbeterplan:versies", args=[s, plan.pk]),
        reverse("kennisbank:zoeken", args=[s]),
        reverse("kennisbank:zoeken", args=[s]) + "?q=huiswerk",
        *(reverse("kennisbank:bron", args=[s, bron.pk]) for bron in bronnen),
        reverse("kennisbank:vragensets", args=[s]),
        reverse("kennisbank:vragenset", args=[s, vragenset.pk]),
        reverse("monitoring:speerpunt", args=[s, speerpunt.pk]),
        *(reverse("monitoring:moment", args=[s, moment.pk]) for moment in momenten),
        reverse("monitoring:doel", args=[s, doel.pk]),
        reverse("meldingen:meldingen"),
        reverse("meldingen:instellingen"),
    ]
    if rol == "bestuur":
        return [reverse("bestuur"), *pages]
    # The board reads results; the PLG's own working pages are for the school's staff.
    pages += [
        reverse("plg:bijeenkomsten", args=[s, plg.pk]),
        reverse("plg:bijeenkomst", args=[s, plg.pk, bijeenkomst.pk]),
        reverse("plg:analyse", args=[s, plg.pk]),
        reverse("plg:activiteit", args=[s, plg.pk]),
        reverse("plg:acties", args=[s, plg.pk]),
        reverse("monitoring:moment_bewerken", args=[s, momenten[-1].pk]),
    ]
    if rol == "schoolleider":
        pages += [
            reverse("cyclus:speerpunt_nieuw", args=[s]),
            reverse("cyclus:speerpunt_bewerken", args=[s, speerpunt.pk]),
            reverse("verbeterplan:besluit", args=[s, plan.pk]),
            reverse("wijzigingen", args=[s]),
        ]
    return pages


def _axe(page, where: str) -> list[str]:
    problems = []
    for violation in AXE.run(page).response["violations"]:
        if violation["impact"] in ("serious", "critical"):
            targets = ", ".join(str(node["target"]) for node in violation["nodes"][:3])
            problems.append(f"{where}: {violation['id']} ({violation['impact']}) at {targets}")
    return problems


def _problems(page, url: str, status: int = 200) -> list[str]:
    page.set_viewport_size(WIDE)
    response = page.goto(url)
    if response.status != status:
        return [f"{url}: HTTP {response.status}"]
    problems = _axe(page, url)
    page.set_viewport_size(SMALL)
    # Two frames: the narrow layout and what scripts do on resize have settled.
    page.evaluate("() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))")
    problems += _axe(page, f"{url} at 320 px")
    sticks_out = page.evaluate(STICKS_OUT)
    if sticks_out["width"] > SMALL["width"] + 1:
        problems.append(f"{url}: {sticks_out['width']} px wide at 320 px: {sticks_out['culprits']}")
    return problems


def _check(page, urls: list[str], status: int = 200) -> None:
    problems = [problem for url in urls for problem in _problems(page, url, status)]
    assert not problems, "\n".join(problems)


def test_login_page(page, transactional_db):
    _check(page, [reverse("login")])


def test_refusals_are_pages_of_the_product(page, login, kartrekker, speerpunt):
    login(kartrekker)
    _check(page, [reverse("cyclus:speerpunt_nieuw", args=[speerpunt.school_id])], status=403)
    expect(page.get_by_role("heading", level=1)).to_have_text("Geen toegang")
    _check(page, [reverse("cyclus:speerpunt", args=[speerpunt.school_id, 0])], status=404)
    expect(page.get_by_role("heading", level=1)).to_have_text("Pagina niet gevonden")
    zoeken = reverse("kennisbank:zoeken", args=[speerpunt.school_id])
    _check(page, [f"{zoeken}?speerpunt=abc"], status=400)
    expect(page.get_by_role("heading", level=1)).to_have_text("Dit verzoek klopt niet")


def test_a_locked_sign_in_is_a_page_of_the_product(page, teamlid):
    for _poging in range(6):
        page.goto("/account/login/")
        page.get_by_label("E-mailadres").fill(teamlid.email)
        page.get_by_label("Wachtwoord").fill("niet-het-wachtwoord")
        page.get_by_role("button", name="Inloggen").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Inloggen tijdelijk geblokkeerd")
    problems = _axe(page, "lockout")
    page.set_viewport_size(SMALL)
    problems += _axe(page, "lockout at 320 px")
    assert not problems, "\n".join(problems)


@pytest.mark.usefixtures("demo_board")
def test_schoolleider_pages(page, login):
    marieke = User.objects.get(email="marieke@baken.example.nl")
    login(marieke, password=WACHTWOORD)
    _check(page, _school_pages(marieke.lidmaatschappen.get().school, "schoolleider"))


@pytest.mark.usefixtures("demo_board")
def test_kartrekker_pages(page, login):
    sanne = User.objects.get(email="sanne@baken.example.nl")
    login(sanne, password=WACHTWOORD)
    _check(page, _school_pages(sanne.lidmaatschappen.get().school, "kartrekker"))


@pytest.mark.usefixtures("demo_board")
def test_board_member_pages(page, login):
    hanna = User.objects.get(email="hanna@lekenijssel.example.nl")
    login(hanna, password=WACHTWOORD)
    baken = School.objects.get(naam="Het Baken")
    _check(page, _school_pages(baken, "bestuur"))


# Every link, button and field in <main> that a keyboard user should reach, as text.
ACTIONS = """() => Array.from(document.querySelectorAll(
    "main :is(a[href], button:not([disabled]), select, textarea, input:not([type=hidden]))"
  )).filter((el) => el.getClientRects().length).map((el) => el.outerHTML)"""
# The focused element, whether it shows a focus ring, and the colours of the ring and of what
# the ring sits on (the nearest ancestor with a background).
FOCUSED = """() => {
  const el = document.activeElement;
  const style = getComputedStyle(el);
  let behind = el.parentElement;
  while (behind && getComputedStyle(behind).backgroundColor === "rgba(0, 0, 0, 0)") {
    behind = behind.parentElement;
  }
  return {
    html: el.outerHTML,
    inMain: !!el.closest("main"),
    ring: el.matches(":focus-visible") && style.outlineStyle !== "none"
      && parseFloat(style.outlineWidth) >= 2,
    colours: [
      style.outlineColor,
      behind ? getComputedStyle(behind).backgroundColor : "rgb(255, 255, 255)",
    ],
  };
}"""


def _contrast(*colours: str) -> float:
    """WCAG contrast ratio of two CSS rgb() colours."""

    def luminance(colour: str) -> float:
        channels = [int(c) / 255 for c in re.findall(r"\d+", colour)[:3]]
        r, g, b = (c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels)
        return 0.2126 * r + 0.7152 * g + 0.0722 * b

    light, dark = sorted(map(luminance, colours), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def _tab_through(page) -> tuple[list[str], list[str]]:
    """Tabs from the top of the page to its end: the actions in <main> in the order they got
    focus, and those that got focus without a focus ring of 3:1 against its background."""
    reached, unseen = [], []
    page.locator("body").focus()
    for _ in range(200):
        page.keyboard.press("Tab")
        focused = page.evaluate(FOCUSED)
        if focused["html"].startswith("<body"):
            break
        if not focused["ring"] or _contrast(*focused["colours"]) < 3:
            unseen.append(focused["html"][:120])
        if focused["inMain"]:
            reached.append(focused["html"])
    return reached, unseen


@pytest.mark.usefixtures("demo_board")
def test_dashboard_and_priorities_work_by_keyboard(page, login):
    marieke = User.objects.get(email="marieke@baken.example.nl")
    baken = marieke.lidmaatschappen.get().school
    login(marieke, password=WACHTWOORD)

    for url in (
        reverse("cyclus:dashboard", args=[baken.pk]),
        reverse("cyclus:prioriteiten", args=[baken.pk]),
    ):
        page.goto(url)
        actions = page.evaluate(ACTIONS)
        reached, unseen = _tab_through(page)
        assert reached == actions, f"{url}: tab order differs from the page order"
        assert not unseen, f"{url}: focus not visible on {unseen}"

    # A move by keyboard: focus lands on the message that says what happened.
    page.goto(reverse("cyclus:dashboard", args=[baken.pk]))
    page.get_by_role("button", name=re.compile("Naar stap 2.*Leerlingen geven feedback")).press(
        "Enter"
    )
    expect(page.get_by_role("status").filter(has_text="staat nu in stap 2")).to_be_focused()

    # Reordering by keyboard: focus stays with the speerpunt that moved.
    page.goto(reverse("cyclus:prioriteiten", args=[baken.pk]))
    page.get_by_role("button", name="Taalgericht vakonderwijs lager").press("Enter")
    # Waits for the swapped list: the button had focus before the swap as well.
    titels = page.locator("#prioriteiten .prioriteiten__titel > a")
    expect(titels.nth(2)).to_have_text("Taalgericht vakonderwijs")
    expect(page.get_by_role("button", name="Taalgericht vakonderwijs lager")).to_be_focused()

    # A form sent back with errors puts focus on what went wrong. The browser's own check of
    # required fields is switched off, as in a browser that does not have it.
    page.goto(reverse("cyclus:speerpunt_nieuw", args=[baken.pk]))
    page.locator("main form").evaluate("(form) => { form.noValidate = true; }")
    page.locator("main").get_by_role("button", name="Opslaan").click()
    expect(page.get_by_label("Titel")).to_be_focused()
