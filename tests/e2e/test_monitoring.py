import datetime

from django.utils import timezone
from playwright.sync_api import expect

from meldingen import herinneringen, verzenden
from monitoring.models import Meting
from monitoring.tests.factories import MonitormomentFactory
from scholen.tests.factories import medewerker
from verbeterplan.models import Verbeterplan
from verbeterplan.tests.factories import DoelFactory


def test_plg_member_answers_and_kartrekker_sees_summary_and_chart(
    page, login, speerpunt, kartrekker, plg_lid
):
    vandaag = timezone.localdate()
    moment = MonitormomentFactory(
        cyclus=speerpunt.huidige_cyclus,
        titel="Na zes weken",
        datum=vandaag,
        sluitdatum=vandaag + datetime.timedelta(days=7),
    )
    doel = DoelFactory(
        plan=Verbeterplan.start(speerpunt.huidige_cyclus),
        omschrijving="Leerlingen plannen hun huiswerk zelf",
    )
    for dagen, waarde in [(60, 42), (30, 50), (2, 58)]:
        Meting.objects.create(
            doel=doel, datum=vandaag - datetime.timedelta(days=dagen), waarde=waarde
        )
    herinneringen.verzamel()
    verzenden.verstuur()

    login(plg_lid)
    page.get_by_role("link", name="Meldingen").click()
    page.get_by_role("button", name="Monitormoment “Na zes weken” staat open", exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Na zes weken")
    vragen = page.locator("form.antwoorden fieldset")
    for i in range(moment.vragen.count()):
        vragen.nth(i).get_by_label("grotendeels").check()
    page.get_by_label("Welk succes wil je delen?").fill("Klas 2b plant nu zelf de week.")
    page.get_by_role("button", name="Antwoorden versturen").click()
    expect(page.get_by_role("status")).to_contain_text("je antwoorden zijn bewaard")
    page.get_by_role("button", name="Uitloggen").click()

    login(kartrekker)
    page.goto(f"/scholen/{speerpunt.school_id}/monitoring/{moment.pk}/")
    samenvatting = page.get_by_role("region", name="Samenvatting")
    expect(samenvatting).to_contain_text("1 van de 2 gevraagden hebben geantwoord (50%)")
    # One answer of an anonymous moment would name its writer: nothing shows until five.
    expect(samenvatting).to_contain_text("zodra minstens 5 mensen hebben geantwoord")
    expect(samenvatting).not_to_contain_text("Klas 2b plant nu zelf de week.")
    for naam in ("Anna", "Bram", "Cor", "Dewi"):
        collega = medewerker(speerpunt.school, naam=f"{naam} Collega")
        moment.teamleden.add(collega)
        moment.beantwoord(collega, {v.pk: (3, "") for v in moment.vragen.all()})
    page.reload()
    expect(samenvatting).to_contain_text("5 van de 6 gevraagden hebben geantwoord")
    expect(samenvatting).to_contain_text("Klas 2b plant nu zelf de week.")

    page.get_by_role("link", name="Alle monitoring van dit speerpunt").click()
    grafiek = page.get_by_role("img", name="Leerlingen plannen hun huiswerk zelf")
    expect(grafiek).to_be_visible()
    tabel = page.get_by_role("table", name="Metingen: Leerlingen plannen hun huiswerk zelf")
    expect(tabel).to_contain_text("58")
