import io
from datetime import date

import pypdf
from playwright.sync_api import expect

from verbeterplan.models import PlanStatus
from verbeterplan.tests.factories import compleet_plan


def test_kartrekker_completes_the_plan_schoolleider_decides_and_the_pdf_downloads(
    page, login, kartrekker, schoolleider, speerpunt, settings, tmp_path
):
    settings.MEDIA_ROOT = tmp_path
    plan = compleet_plan(speerpunt.huidige_cyclus)
    plan.doelen.all().delete()
    plan.strategie, plan.strategie_toelichting = "", ""
    plan.save()

    login(kartrekker)
    page.goto(plan.get_absolute_url())
    ontbreekt = page.locator("#compleetheid")
    expect(ontbreekt).to_contain_text("Er is nog geen doel.")
    expect(ontbreekt).to_contain_text("veranderstrategie")

    # A goal, added in place.
    page.get_by_role("link", name="Doel toevoegen").click()
    formulier = page.locator("#bewerk-doelen-nieuw")
    formulier.get_by_label("Doel:", exact=True).fill("Leerlingen plannen hun huiswerk zelf")
    formulier.get_by_label("iets wat je ziet gebeuren").check()
    formulier.get_by_label("Indicator:").fill("Leerlingen vullen hun weekplanner zelf in")
    formulier.get_by_role("button", name="Opslaan").click()
    doelen = page.locator("#sectie-doelen")
    expect(doelen).to_contain_text("Leerlingen plannen hun huiswerk zelf")
    expect(ontbreekt).not_to_contain_text("Er is nog geen doel.")

    # The change strategy, each option explained in one sentence.
    strategie = page.locator("#sectie-veranderstrategie")
    strategie.get_by_role("link", name="Bewerken").click()
    strategie.get_by_label("interactieve strategie", exact=False).check()
    strategie.get_by_label("Waarom deze strategie").fill("De mentoren maken de aanpak samen.")
    strategie.get_by_role("button", name="Opslaan").click()
    expect(strategie).to_contain_text("De mentoren maken de aanpak samen.")
    expect(ontbreekt).to_contain_text("Klaar voor het besluit")

    page.get_by_role("button", name="Uitloggen").click()
    login(schoolleider)
    page.goto(plan.get_absolute_url())
    page.get_by_role("link", name="Besluit vastleggen").click()
    page.get_by_label("Datum van het besluit").fill(date.today().isoformat())
    page.get_by_label("Wie besloot").fill("Teamvergadering onderbouw")
    page.get_by_label("Het team neemt het plan aan").check()
    page.get_by_role("button", name="Besluit vastleggen").click()
    expect(page.get_by_text("Het plan is vastgesteld als versie 1.")).to_be_visible()
    plan.refresh_from_db()
    assert plan.status == PlanStatus.VASTGESTELD

    page.get_by_role("button", name="PDF van het hele plan").click()
    link = page.get_by_role("link", name="Download")
    expect(link).to_be_visible()
    with page.expect_download() as download:
        link.click()
    reader = pypdf.PdfReader(io.BytesIO(download.value.path().read_bytes()))
    assert reader.metadata.title.startswith("Verbeterplan Eigenaarschap huiswerk")
    tekst = "".join(p.extract_text() for p in reader.pages)
    assert "Leerlingen plannen hun huiswerk zelf" in tekst
    assert "Teamvergadering onderbouw" in tekst
