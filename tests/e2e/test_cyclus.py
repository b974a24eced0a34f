from playwright.sync_api import expect

from cyclus.models import Speerpunt
from cyclus.tests.factories import KernwaardeFactory, SchooljaarFactory, SpeerpuntFactory


def test_schoolleider_creates_a_speerpunt_and_moves_it_through_the_gate(
    page, login, school, schoolleider
):
    KernwaardeFactory(school=school, naam="Eigenaarschap")
    SchooljaarFactory(school=school, begin_jaar=2026)
    login(schoolleider)
    page.get_by_role("link", name="Het Baken").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Speerpunten van Het Baken")
    page.get_by_role("link", name="Nieuw speerpunt").click()

    page.get_by_label("Titel").fill("Eigenaarschap bij huiswerk")
    page.get_by_label("Probleem of wens").fill("Leerlingen plannen hun huiswerk nauwelijks zelf.")
    page.get_by_label("Eigenaarschap").check()
    page.locator("#id_signalen-0-soort").select_option("leerlingen")
    page.locator("#id_signalen-0-notitie").fill("Ze zeggen niet te weten waar te beginnen.")
    page.get_by_role("button", name="Opslaan").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Eigenaarschap bij huiswerk")
    poort = page.locator("#poort")
    expect(poort).to_contain_text("Checklist van stap 1")
    poort.get_by_role("button", name="Afvinken").click()
    expect(poort.get_by_role("button", name="Toch niet klaar")).to_be_visible()

    poort.get_by_label("Toelichting").fill("De kartrekker wordt volgende week gekozen.")
    poort.get_by_role("button", name="Naar stap 2").click()
    expect(page.get_by_role("status")).to_contain_text("staat nu in stap 2")
    expect(page.locator(".tijdlijn")).to_contain_text("De kartrekker wordt volgende week gekozen.")

    page.get_by_role("navigation", name="Kruimelpad").get_by_role("link", name="Het Baken").click()
    kolom = page.get_by_role("region", name="2 Verdieping en analyse")
    expect(kolom.get_by_role("link", name="Eigenaarschap bij huiswerk")).to_be_visible()
    assert Speerpunt.objects.get().stap == 2


def test_teamlid_cannot_move_a_speerpunt(page, login, school, teamlid, schoolleider):
    speerpunt = SpeerpuntFactory(school=school, owner=schoolleider, titel="Rekenen")
    login(teamlid)
    page.goto(f"/scholen/{school.pk}/")
    expect(page.get_by_role("link", name="Rekenen")).to_be_visible()
    expect(page.get_by_role("button", name="Naar stap 2")).to_have_count(0)
    page.get_by_role("link", name="Rekenen").click()
    expect(page.locator("#poort")).to_contain_text("Alleen de schoolleider of de kartrekker")
    expect(page.get_by_role("button", name="Naar stap 2")).to_have_count(0)
    expect(page.get_by_role("button", name="Afvinken")).to_have_count(0)
    speerpunt.refresh_from_db()
    assert speerpunt.stap == 1


def test_filters_survive_a_reload(page, login, school, schoolleider):
    from scholen.tests.factories import TeamFactory

    team = TeamFactory(school=school, naam="Onderbouw")
    SpeerpuntFactory(school=school, titel="Lezen").teams.add(team)
    SpeerpuntFactory(school=school, titel="Rekenen")
    login(schoolleider)
    page.goto(f"/scholen/{school.pk}/")
    page.get_by_role("combobox", name="Team").select_option(label="Onderbouw")
    expect(page.get_by_role("link", name="Rekenen")).to_have_count(0)
    expect(page).to_have_url(f"/scholen/{school.pk}/?team={team.pk}&schooljaar=")
    page.reload()
    expect(page.get_by_role("link", name="Lezen")).to_be_visible()
    expect(page.get_by_role("link", name="Rekenen")).to_have_count(0)


def test_priorities_reorder_with_the_keyboard(page, login, school, schoolleider):
    for i, titel in enumerate(["Lezen", "Rekenen"]):
        SpeerpuntFactory(school=school, titel=titel, volgorde=i)
    login(schoolleider)
    page.goto(f"/scholen/{school.pk}/prioriteiten/")
    page.get_by_role("button", name="Rekenen hoger").focus()
    page.keyboard.press("Enter")
    expect(page.locator(".prioriteiten__titel").first).to_contain_text("Rekenen")
    expect(page.get_by_role("button", name="Rekenen lager")).to_be_focused()


def test_priorities_reorder_with_the_mouse(page, login, school, schoolleider):
    for i, titel in enumerate(["Lezen", "Rekenen", "Burgerschap"]):
        SpeerpuntFactory(school=school, titel=titel, volgorde=i)
    login(schoolleider)
    page.goto(f"/scholen/{school.pk}/prioriteiten/")
    rijen = page.locator(".prioriteiten__rij")
    rijen.nth(2).drag_to(rijen.nth(0))
    expect(page.locator(".prioriteiten__titel").first).to_contain_text("Burgerschap")
    assert list(
        Speerpunt.objects.filter(school=school).order_by("volgorde").values_list("titel", flat=True)
    ) == ["Burgerschap", "Lezen", "Rekenen"]


def test_card_moves_on_the_board_without_leaving_it(page, login, school, schoolleider):
    from cyclus.models import Afvinking
    from cyclus.poort import handmatig
    from plg.models import PLGRol
    from plg.tests.factories import PLGFactory, PLGLidFactory
    from scholen.tests.factories import medewerker

    speerpunt = SpeerpuntFactory(
        school=school, owner=schoolleider, titel="Rekenen", visie_toelichting="Basis op orde."
    )
    speerpunt.signalen.create(soort="resultaten", notitie="Tafels blijven achter.")
    PLGLidFactory(
        plg=PLGFactory(speerpunt=speerpunt), user=medewerker(school), rol=PLGRol.KARTREKKER
    )
    for sleutel in handmatig(1):
        Afvinking.objects.create(cyclus=speerpunt.huidige_cyclus, sleutel=sleutel)
    login(schoolleider)
    page.goto(f"/scholen/{school.pk}/")
    page.get_by_role("button", name="Naar stap 2").click()
    expect(page.locator("#bord .messages")).to_contain_text("staat nu in stap 2")
    kolom = page.get_by_role("region", name="2 Verdieping en analyse")
    expect(kolom.get_by_role("link", name="Rekenen")).to_be_visible()
    expect(page).to_have_url(f"/scholen/{school.pk}/")
