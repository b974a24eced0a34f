from playwright.sync_api import expect

from scholen import demo


def test_demo_schoolleider_logs_in_and_reaches_start_page(page, transactional_db):
    demo.maak()
    page.goto("/")
    expect(page).to_have_url("/account/login/?next=/")
    page.get_by_label("E-mailadres").fill("marieke@baken.example.nl")
    page.get_by_label("Wachtwoord").fill(demo.WACHTWOORD)
    page.get_by_role("button", name="Inloggen").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Welkom, Marieke")
    expect(page.get_by_role("link", name="Het Baken")).to_be_visible()
    expect(page.get_by_text("schoolleider")).to_be_visible()


def test_wrong_password_keeps_the_address_and_explains(page, schoolleider):
    page.goto("/account/login/")
    page.get_by_label("E-mailadres").fill(schoolleider.email)
    page.get_by_label("Wachtwoord").fill("verkeerd")
    page.get_by_role("button", name="Inloggen").click()
    expect(page.get_by_role("alert")).to_contain_text("Voer een juiste e-mailadres")
    expect(page.get_by_label("E-mailadres")).to_have_value(schoolleider.email)
