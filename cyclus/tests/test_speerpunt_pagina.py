import pytest
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format

from cyclus.models import Speerpunt, Stap, Status, TransitieSoort
from cyclus.views import CYCLI_PER_PAGINA, TIJDLIJN_KORT
from tests.schaal import assert_vlak

from .geschiedenis import DAG, metingen, oude_cycli, zetten
from .test_stappen import in_stap, vink_alles_af


def url(speerpunt):
    return reverse("cyclus:speerpunt", args=[speerpunt.school_id, speerpunt.pk])


def test_page_shows_gate_and_timeline(client, schoolleider, speerpunt):
    client.force_login(schoolleider)
    html = client.get(url(speerpunt)).content.decode()
    assert "Checklist van stap 1" in html
    assert "Er is een PLG met een kartrekker" in html
    assert "Gestart in stap 1" in html
    assert 'class="speerpunt-secties"' in html


def test_schoolleider_passes_unmet_gate_only_with_a_reason(client, schoolleider, speerpunt):
    client.force_login(schoolleider)
    data = {"actie": "vooruit", "vooruit-van": 1, "vooruit-naar": 2, "vooruit-reden": ""}
    response = client.post(url(speerpunt), data)
    assert response.status_code == 200
    assert "Schrijf op waarom" in response.content.decode()
    data["vooruit-reden"] = "De PLG start volgende week."
    response = client.post(url(speerpunt), data)
    assert response.status_code == 302
    transitie = speerpunt.transities.exclude(soort=TransitieSoort.GESTART).get()
    assert transitie.reden == "De PLG start volgende week."
    assert transitie.overgeslagen


def test_concurrent_move_on_the_page_gives_a_clear_message(client, schoolleider, speerpunt):
    vink_alles_af(speerpunt)
    client.force_login(schoolleider)
    data = {"actie": "vooruit", "vooruit-van": 1, "vooruit-naar": 2, "vooruit-reden": "Door."}
    assert client.post(url(speerpunt), data).status_code == 302
    response = client.post(url(speerpunt), data, follow=True)
    assert response.redirect_chain == [(url(speerpunt), 302)]
    assert "intussen door iemand anders verplaatst" in response.content.decode()
    speerpunt.refresh_from_db()
    assert speerpunt.stap == 2


def test_second_evaluation_from_a_stale_page_gets_the_message_not_a_403(
    client, schoolleider, speerpunt
):
    in_stap(speerpunt, Stap.BORGEN)
    client.force_login(schoolleider)
    html = client.get(url(speerpunt)).content.decode()
    assert 'name="stand" value="5:actief"' in html
    data = {
        "actie": "evalueer",
        "stand": "5:actief",
        "evaluatie-uitkomst": "2",
        "evaluatie-toelichting": "Nieuwe leerlingen vragen een andere aanpak.",
    }
    assert client.post(url(speerpunt), data).status_code == 302
    data["evaluatie-uitkomst"] = "3"
    response = client.post(url(speerpunt), data, follow=True)
    assert response.status_code == 200
    assert "intussen door iemand anders verplaatst" in response.content.decode()
    speerpunt.refresh_from_db()
    assert (speerpunt.stap, speerpunt.cycli.count()) == (2, 2)


def test_parking_twice_from_stale_pages_gets_the_message(client, schoolleider, speerpunt):
    client.force_login(schoolleider)
    data = {"actie": "parkeer", "stand": "1:actief", "parkeer-reden": "Eerst lezen."}
    assert client.post(url(speerpunt), data).status_code == 302
    response = client.post(url(speerpunt), data, follow=True)
    assert "intussen door iemand anders verplaatst" in response.content.decode()
    assert speerpunt.transities.filter(soort=TransitieSoort.GEPARKEERD).count() == 1


def test_teamlid_posting_a_move_still_gets_403(client, teamlid, speerpunt):
    client.force_login(teamlid)
    data = {"actie": "parkeer", "stand": "1:actief", "parkeer-reden": "Mag dit?"}
    assert client.post(url(speerpunt), data).status_code == 403


def test_kartrekker_moves_through_a_met_gate(client, kartrekker, speerpunt):
    speerpunt.visie_toelichting = "Past bij eigenaarschap."
    speerpunt.save()
    speerpunt.signalen.create(soort="ouders", notitie="Ouders zien veel stress.")
    vink_alles_af(speerpunt)
    client.force_login(kartrekker)
    response = client.post(
        url(speerpunt), {"actie": "vooruit", "vooruit-van": 1, "vooruit-naar": 2}
    )
    assert response.status_code == 302
    speerpunt.refresh_from_db()
    assert speerpunt.stap == 2


def test_kartrekker_sees_no_move_past_the_decision_gate(client, kartrekker, speerpunt):
    in_stap(speerpunt, Stap.BESLUIT)
    vink_alles_af(speerpunt)
    client.force_login(kartrekker)
    html = client.get(url(speerpunt)).content.decode()
    assert "Naar stap 4" not in html
    response = client.post(
        url(speerpunt),
        {"actie": "vooruit", "vooruit-van": 3, "vooruit-naar": 4, "vooruit-reden": "Graag."},
    )
    assert response.status_code == 403


def test_teamlid_reads_but_cannot_move_or_tick(client, teamlid, speerpunt):
    client.force_login(teamlid)
    html = client.get(url(speerpunt)).content.decode()
    assert "Afvinken" not in html
    assert "Naar stap 2" not in html
    for data in [
        {"actie": "vooruit", "vooruit-van": 1, "vooruit-naar": 2, "vooruit-reden": "x"},
        {"actie": "vink", "sleutel": "vertegenwoordigd", "aan": "1"},
        {"actie": "parkeer"},
    ]:
        assert client.post(url(speerpunt), data).status_code == 403


def test_tick_with_htmx_returns_the_gate(client, schoolleider, speerpunt):
    client.force_login(schoolleider)
    response = client.post(
        url(speerpunt),
        {"actie": "vink", "sleutel": "vertegenwoordigd", "aan": "1"},
        headers={"HX-Request": "true"},
    )
    html = response.content.decode()
    assert 'id="poort"' in html
    assert "<html" not in html
    assert "Toch niet klaar" in html
    response = client.post(url(speerpunt), {"actie": "vink", "sleutel": "vertegenwoordigd"})
    assert response.status_code == 302
    assert not speerpunt.huidige_cyclus.afvinkingen.exists()


def test_move_back_with_reason(client, schoolleider, speerpunt):
    in_stap(speerpunt, Stap.UITVOERING)
    client.force_login(schoolleider)
    data = {"actie": "terug", "terug-van": 4, "terug-naar": 3, "terug-reden": ""}
    assert client.post(url(speerpunt), data).status_code == 200
    data["terug-reden"] = "De doelen bleken te ruim."
    assert client.post(url(speerpunt), data).status_code == 302
    speerpunt.refresh_from_db()
    assert speerpunt.stap == 3


def test_evaluation_starts_a_new_cycle_and_old_cycle_stays_readable(
    client, schoolleider, speerpunt
):
    in_stap(speerpunt, Stap.BORGEN)
    client.force_login(schoolleider)
    response = client.post(
        url(speerpunt),
        {
            "actie": "evalueer",
            "evaluatie-uitkomst": "2",
            "evaluatie-toelichting": "Nieuwe leerlingen vragen een andere aanpak.",
        },
    )
    assert response.status_code == 302
    html = client.get(url(speerpunt)).content.decode()
    assert "Cyclus 2" in html
    assert "Nieuwe leerlingen vragen een andere aanpak." in html
    assert "Hiervoor liep al een cyclus." in html
    tijdlijn = reverse("cyclus:tijdlijn", args=[speerpunt.school_id, speerpunt.pk])
    assert f'href="{tijdlijn}"' in html
    html = client.get(tijdlijn).content.decode()
    assert "Cyclus 2" in html
    assert "Cyclus 1" in html
    assert "Gestart in stap 1" in html


def test_park_and_resume(client, schoolleider, speerpunt):
    client.force_login(schoolleider)
    assert (
        client.post(
            url(speerpunt), {"actie": "parkeer", "parkeer-reden": "Eerst lezen."}
        ).status_code
        == 302
    )
    speerpunt.refresh_from_db()
    assert speerpunt.status == Status.GEPARKEERD
    assert client.post(url(speerpunt), {"actie": "hervat"}).status_code == 302
    speerpunt.refresh_from_db()
    assert speerpunt.status == Status.ACTIEF
    assert list(
        speerpunt.transities.exclude(soort=TransitieSoort.GESTART).values_list("soort", flat=True)
    ) == [
        TransitieSoort.GEPARKEERD,
        TransitieSoort.HERVAT,
    ]


@pytest.mark.parametrize("method", ["get", "post"])
def test_outsider_gets_404(client, outsider, speerpunt, method):
    client.force_login(outsider)
    assert getattr(client, method)(url(speerpunt)).status_code == 404


def test_speerpunt_of_another_school_is_404(client, outsider, other_school, speerpunt):
    client.force_login(outsider)
    response = client.get(reverse("cyclus:speerpunt", args=[other_school.pk, speerpunt.pk]))
    assert response.status_code == 404


def test_bestuurslid_reads(client, bestuurslid, speerpunt):
    client.force_login(bestuurslid)
    assert client.get(url(speerpunt)).status_code == 200
    assert Speerpunt.objects.count() == 1


def test_resuming_over_the_team_limit_asks_for_confirmation(
    client, school, schoolleider, speerpunt
):
    from scholen.tests.factories import TeamFactory

    from .factories import SpeerpuntFactory

    team = TeamFactory(school=school, naam="Onderbouw")
    speerpunt.teams.add(team)
    speerpunt.parkeer(by=schoolleider)
    for _ in range(3):
        SpeerpuntFactory(school=school).teams.add(team)
    client.force_login(schoolleider)
    assert "Onderbouw (3)" in client.get(url(speerpunt)).content.decode()
    client.post(url(speerpunt), {"actie": "hervat"})
    speerpunt.refresh_from_db()
    assert speerpunt.status == Status.GEPARKEERD
    client.post(url(speerpunt), {"actie": "hervat", "bevestig_limiet": "1"})
    speerpunt.refresh_from_db()
    assert speerpunt.status == Status.ACTIEF


def test_kartrekker_hears_who_takes_the_decision(client, kartrekker, speerpunt):
    in_stap(speerpunt, Stap.BESLUIT)
    client.force_login(kartrekker)
    assert "ligt bij de schoolleider" in client.get(url(speerpunt)).content.decode()


def _in_uitvoering(speerpunt, schoolleider):
    """A speerpunt in step 4 of its second cycle, with more moves in this cycle and more
    measurements per goal than the page shows; returns its goals."""
    from monitoring.templatetags.monitoring import METINGEN_OP_OVERZICHT
    from verbeterplan.models import Doel, PlanStatus, Verbeterplan

    in_stap(speerpunt, Stap.UITVOERING)
    oude_cycli(speerpunt, 1, schoolleider)
    zetten(speerpunt, TIJDLIJN_KORT + 1, schoolleider, tot=timezone.now() - 10 * DAG)
    plan = Verbeterplan.objects.create(
        cyclus=speerpunt.huidige_cyclus, status=PlanStatus.VASTGESTELD
    )
    doelen = [
        Doel.objects.create(
            plan=plan,
            omschrijving=f"Leerlingen plannen zelf ({i})",
            indicator_soort="getal",
            nulmeting=40,
            streefwaarde=70,
            eenheid="%",
        )
        for i in range(2)
    ]
    for doel in doelen:
        metingen(doel, METINGEN_OP_OVERZICHT + 1, tot=timezone.localdate())
    return doelen


def test_page_costs_the_same_after_years_of_cycles_moves_and_measurements(
    client, schoolleider, speerpunt
):
    doelen = _in_uitvoering(speerpunt, schoolleider)
    client.force_login(schoolleider)

    def groei():
        oude_cycli(speerpunt, 6, schoolleider)
        zetten(speerpunt, 20, schoolleider, tot=timezone.now() - 200 * DAG)
        for doel in doelen:
            eerste = doel.metingen.order_by("datum").first().datum
            metingen(doel, 40, tot=eerste - 7 * DAG)

    assert_vlak(client, url(speerpunt), groei)


def test_page_shows_the_current_cycle_and_each_goals_latest_measurements(
    client, schoolleider, speerpunt
):
    from monitoring.templatetags.monitoring import METINGEN_OP_OVERZICHT

    doelen = _in_uitvoering(speerpunt, schoolleider)
    oudste = doelen[0].metingen.order_by("datum").first().datum
    client.force_login(schoolleider)
    html = client.get(url(speerpunt)).content.decode()
    assert html.count('class="tijdlijn__item ') == TIJDLIJN_KORT
    assert "Eerdere stapwissels van deze cyclus staan in de hele tijdlijn." in html
    assert "Hiervoor liep al een cyclus." in html
    assert html.count("<svg") == 2
    assert f"De grafiek toont de laatste {METINGEN_OP_OVERZICHT} metingen." in html
    doel_url = reverse("monitoring:doel", args=[speerpunt.school_id, doelen[0].pk])
    assert f'href="{doel_url}">Alle {METINGEN_OP_OVERZICHT + 1} metingen bekijken' in html
    assert date_format(oudste, "j F Y") not in html
    # The goal's own page keeps every measurement.
    assert date_format(oudste, "j F Y") in client.get(doel_url).content.decode()


def test_timeline_page_shows_every_cycle_with_all_its_moves(client, teamlid, speerpunt):
    oude_cycli(speerpunt, CYCLI_PER_PAGINA + 1, speerpunt.owner)
    zetten(speerpunt, TIJDLIJN_KORT + 5, speerpunt.owner, tot=timezone.now())
    tijdlijn = reverse("cyclus:tijdlijn", args=[speerpunt.school_id, speerpunt.pk])
    client.force_login(teamlid)
    html = client.get(tijdlijn).content.decode()
    nieuwste = CYCLI_PER_PAGINA + 2
    assert f"Cyclus {nieuwste}" in html
    assert html.count('<div class="cyclus">') == CYCLI_PER_PAGINA
    # The current cycle: the move it started with and every move since.
    assert html.count("Het plan vraagt een bijstelling.") == (TIJDLIJN_KORT + 6) // 2
    assert "Gestart in stap 1" in html
    assert "Pagina 1 van 2" in html
    html = client.get(tijdlijn, {"pagina": 2}).content.decode()
    assert "Cyclus 1" in html
    assert "Cyclus 2" in html
    assert f"Cyclus {nieuwste}" not in html
    assert client.get(tijdlijn, {"pagina": "x"}).status_code == 200


def test_outsider_gets_404_on_the_timeline(client, outsider, speerpunt):
    client.force_login(outsider)
    tijdlijn = reverse("cyclus:tijdlijn", args=[speerpunt.school_id, speerpunt.pk])
    assert client.get(tijdlijn).status_code == 404
