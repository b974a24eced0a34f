"""A kartrekker runs a meeting, records a finding and shares an update; a colleague reacts."""

import re
from datetime import date, timedelta

from playwright.sync_api import expect

from plg.tests.factories import ActiepuntFactory


def test_kartrekker_records_a_meeting_and_shares_it_colleague_reacts(
    page, login, plg, kartrekker, plg_lid, teamlid
):
    login(kartrekker)
    page.goto(f"/scholen/{plg.school.pk}/plg/")
    page.get_by_role("link", name=plg.naam).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(plg.naam)

    # Plan a meeting and agree on an action there, without leaving the page.
    page.get_by_role("navigation", name="Onderdelen van de PLG").get_by_role(
        "link", name="Bijeenkomsten"
    ).click()
    bijeenkomst = date.today() + timedelta(days=14)
    page.get_by_label("Datum en tijd").fill(f"{bijeenkomst.isoformat()}T15:30")
    page.get_by_label("Plaats").fill("Mediatheek")
    page.get_by_role("button", name="Plannen").click()
    expect(page.get_by_role("heading", name="Bijeenkomst van")).to_be_visible()

    acties = page.locator("#acties")
    acties.get_by_role("button", name="Actie toevoegen").click()
    expect(acties.get_by_text("Dit veld is verplicht.").first).to_be_visible()
    expect(acties.get_by_label("Wat")).to_be_focused()
    acties.get_by_label("Wat").fill("Weekplanner uitproberen in 1b")
    acties.get_by_label("Wie").select_option(label=plg_lid.naam)
    acties.get_by_label("Uiterlijk op").fill((bijeenkomst + timedelta(days=14)).isoformat())
    acties.get_by_role("button", name="Actie toevoegen").click()
    expect(acties.get_by_text("Weekplanner uitproberen in 1b", exact=True)).to_be_visible()
    expect(page.get_by_role("heading", name="Afgesproken acties")).to_be_focused()

    # A finding from an interview, added in place on the analysis page.
    page.get_by_role("link", name="Analyse en bevindingen").click()
    bevindingen = page.locator("#bevindingen")
    bevindingen.get_by_label("Bron").last.select_option("interview")
    bevindingen.get_by_label("Soort bevinding").select_option("knelpunt")
    bevindingen.get_by_label("Wie is gehoord").fill("vier mentoren onderbouw")
    bevindingen.get_by_label("Bevinding:", exact=True).fill("Planners blijven *leeg*.")
    bevindingen.get_by_role("button", name="Bevinding bewaren").click()
    knelpunten = page.locator("section", has=page.get_by_role("heading", name="Knelpunten"))
    expect(knelpunten.locator("em", has_text="leeg")).to_be_visible()

    # Share an interim update with the school.
    page.get_by_role("link", name="Tussenstanden").click()
    page.get_by_label("Titel").fill("Wat mentoren zien")
    page.get_by_label("Tekst").fill("Planners blijven vaak **leeg**. Herken je dat?")
    page.get_by_role("button", name="Delen met de school").click()
    expect(page.get_by_role("heading", name="Wat mentoren zien")).to_be_visible()
    page.get_by_role("button", name="Uitloggen").click()

    # A colleague outside the PLG reads the update and reacts.
    login(teamlid)
    page.goto(f"/scholen/{plg.school.pk}/plg/{plg.pk}/")
    expect(page).to_have_url(f"/scholen/{plg.school.pk}/plg/{plg.pk}/tussenstanden/")
    update = page.locator("article", has=page.get_by_role("heading", name="Wat mentoren zien"))
    expect(update.locator("strong", has_text="leeg")).to_be_visible()
    update.get_by_label("Reactie").fill("Herkenbaar in klas 2a!")
    update.get_by_role("button", name="Reageren").click()
    expect(page.get_by_text("Herkenbaar in klas 2a!")).to_be_visible()
    expect(page.get_by_role("heading", name="1 reactie")).to_be_focused()
    assert plg.tussenstanden.get().reacties.get().created_by == teamlid


def knop(werkwoord: str, actie: str) -> re.Pattern:
    """A button's accessible name: the verb, then the action in a visually hidden span, which
    the browser may set off with a space."""
    return re.compile(rf"^{werkwoord}\s?: {actie}$")


def test_member_ticks_actions_off_with_the_keyboard(page, login, plg, kartrekker):
    for i in range(12):
        ActiepuntFactory(
            plg=plg, wat=f"Actie {i:02d}", owner=kartrekker, deadline=date.today() + timedelta(i)
        )
    login(kartrekker)
    page.goto(f"/scholen/{plg.school.pk}/plg/{plg.pk}/")

    # The workspace shows the ten most urgent; ticking one off brings the next one up.
    acties = page.locator("#acties")
    expect(acties.get_by_text("10 van de 12 open acties")).to_be_visible()
    expect(acties.get_by_text("Actie 10", exact=True)).to_have_count(0)
    acties.get_by_role("button", name=knop("Gedaan", "Actie 00")).focus()
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", name="Open acties")).to_be_focused()
    expect(acties.get_by_text("Actie 00", exact=True)).to_have_count(0)
    expect(acties.get_by_text("Actie 10", exact=True)).to_be_visible()

    # The full list ticks off the same way, and reopens what was ticked off.
    acties.get_by_role("link", name="Alle acties").click()
    expect(page.get_by_role("heading", name="11 open acties")).to_be_visible()
    page.get_by_role("button", name=knop("Gedaan", "Actie 11")).focus()
    page.keyboard.press(" ")
    expect(page.get_by_role("heading", name="10 open acties")).to_be_focused()
    page.get_by_role("link", name="Gedaan", exact=True).click()
    page.get_by_role("button", name=knop("Heropen", "Actie 00")).focus()
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", name="1 afgevinkte actie")).to_be_focused()
    assert plg.actiepunten.open().count() == 11
