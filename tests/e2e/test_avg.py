import json
import zipfile

from playwright.sync_api import expect

from scholen.models import User
from scholen.tests.factories import UserFactory


def test_schoolleider_downloads_the_schools_data(page, login, school, speerpunt, schoolleider):
    login(schoolleider)
    page.goto(f"/scholen/{school.pk}/mensen/")
    privacy = page.get_by_role("region", name="Privacy")
    expect(privacy).to_contain_text("Bewaar het zorgvuldig")
    with page.expect_download() as download:
        privacy.get_by_role("link", name="Download alle gegevens van Het Baken (ZIP)").click()
    pad = download.value.path()
    with zipfile.ZipFile(pad) as zf:
        speerpunten = json.loads(zf.read("cyclus/speerpunt.json"))
    assert [s["titel"] for s in speerpunten] == ["Eigenaarschap huiswerk"]


def test_beheerder_erases_a_person_after_confirming(page, login, teamlid):
    beheerder = UserFactory(naam="Bea Beheer", is_staff=True, is_superuser=True)
    login(beheerder)
    page.goto("/beheer/scholen/user/")
    page.get_by_role("row", name=teamlid.naam).get_by_role("checkbox").check()
    page.locator("select[name=action]").select_option(label="Persoonsgegevens verwijderen")
    page.get_by_role("button", name="Uitvoeren").click()
    expect(page.get_by_text("Dit kan niet ongedaan worden gemaakt.")).to_be_visible()
    page.get_by_role("button", name="Ja, wis deze gegevens").click()
    expect(page.get_by_text("De gegevens van 1 persoon zijn gewist.")).to_be_visible()
    assert User.objects.get(pk=teamlid.pk).naam == "Verwijderd persoon"
