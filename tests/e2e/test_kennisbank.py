import re

import pytest
from playwright.sync_api import expect

from kennisbank import seed
from kennisbank.models import Bron, Bronkoppeling, Thema, Vraag, Vragenset


@pytest.fixture
def curated_sources(transactional_db):
    """The curated set that the data migration loads; an earlier browser test's flush of the
    committed data removes it, so it is loaded again here when it is gone."""
    if not Bron.objects.exists():
        seed.laad(Bron, Thema, Vragenset, Vraag)
        Bron.objects.werk_zoekindex_bij()


def test_kartrekker_finds_filters_and_links_a_source_to_their_speerpunt(
    page, login, kartrekker, speerpunt, curated_sources
):
    login(kartrekker)
    page.goto(f"/scholen/{speerpunt.school_id}/speerpunten/{speerpunt.pk}/")
    page.get_by_role("link", name="Bron zoeken en koppelen").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Kennisbank")

    # Results follow the typing, and the address keeps the query.
    page.get_by_label("Zoeken").fill("praktijkonderzoek")
    expect(page.get_by_role("status")).to_contain_text("gevonden")
    expect(page).to_have_url(re.compile(r"q=praktijkonderzoek"))
    resultaten = page.locator("#resultaten")
    expect(resultaten.locator("mark").first).to_have_text(re.compile("praktijkonderzoek", re.I))

    page.get_by_label("Soort").select_option(label="boek")
    expect(page).to_have_url(re.compile(r"soort=boek"))
    expect(resultaten.get_by_role("heading", level=3)).to_have_count(1)
    expect(resultaten.get_by_role("heading", level=3)).to_have_text(
        "Beter onderwijs door praktijkonderzoek"
    )

    resultaten.get_by_role("link", name="Koppelen").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Bron koppelen aan een speerpunt")
    expect(page.get_by_label("Speerpunt")).to_have_value(str(speerpunt.pk))
    page.get_by_role("group", name="Hoe recent").get_by_label("sterk").check()
    page.get_by_role("group", name="Kwaliteit van de bron").get_by_label("redelijk").check()
    page.get_by_role("group", name="Praktische bruikbaarheid").get_by_label("sterk").check()
    page.get_by_role("group", name="Aansluiting bij onze context").get_by_label("zwak").check()
    page.get_by_label("Toelichting bij de aansluiting").fill("Voorbeelden komen uit het po.")
    page.get_by_label("Vertaalslag").fill("We gebruiken het stappenplan voor onze kennisvraag.")
    page.get_by_role("button", name="Koppelen").click()

    expect(page).to_have_url(re.compile(rf"/speerpunten/{speerpunt.pk}/$"))
    sectie = page.locator(
        "section", has=page.get_by_role("heading", name="Bronnen uit de kennisbank")
    )
    expect(
        sectie.get_by_role("link", name="Beter onderwijs door praktijkonderzoek", exact=True)
    ).to_be_visible()
    expect(sectie).to_contain_text("Voorbeelden komen uit het po.")
    expect(sectie).to_contain_text("We gebruiken het stappenplan voor onze kennisvraag.")
    koppeling = Bronkoppeling.objects.get()
    assert (koppeling.actualiteit, koppeling.aansluiting) == ("sterk", "zwak")
    assert koppeling.created_by == kartrekker
