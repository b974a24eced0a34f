import pytest
from django.urls import reverse

from cyclus.models import Speerpunt, Stap, Status, TransitieSoort

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
