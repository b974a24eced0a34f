"""The monitormoment page: answering, the summary, and what the kartrekker manages."""

import datetime

import pytest
import time_machine
from django.urls import reverse

from monitoring.models import Antwoord, Monitormoment, Respons, Vraag
from scholen.models import Rol
from scholen.tests.factories import medewerker

OPEN_DAG = datetime.datetime(2026, 11, 4, 10, 0, tzinfo=datetime.UTC)


@pytest.fixture(autouse=True)
def _open_dag():
    with time_machine.travel(OPEN_DAG, tick=False):
        yield


def url(moment, naam="moment"):
    return reverse(f"monitoring:{naam}", args=[moment.speerpunt.school_id, moment.pk])


def antwoord_data(moment, score=4, toelichting=""):
    data = {}
    for vraag in moment.vragen.all():
        data[f"score_{vraag.pk}"] = str(score)
        data[f"toelichting_{vraag.pk}"] = toelichting
    return data


def test_outsider_gets_404(client, outsider, moment):
    client.force_login(outsider)
    assert client.get(url(moment)).status_code == 404
    assert client.post(url(moment), antwoord_data(moment)).status_code == 404
    assert client.get(url(moment, "moment_bewerken")).status_code == 404


def test_new_moment_has_the_default_questions(moment):
    teksten = list(moment.vragen.values_list("tekst", flat=True))
    assert len(teksten) == 9
    assert teksten[0] == "We voeren de aanpak uit zoals we hebben afgesproken."


def test_plg_member_answers_and_sees_it_counted(client, plg_lid, moment):
    client.force_login(plg_lid)
    response = client.get(url(moment))
    assert "Jouw antwoorden" in response.text
    formulier = response.text.split('class="antwoorden"')[1].split("</form>")[0]
    assert "checked" not in formulier  # nothing is answered for the person in advance
    response = client.post(
        url(moment), antwoord_data(moment, toelichting="Lukt goed in 2b"), follow=True
    )
    assert "je antwoorden zijn bewaard" in response.text
    assert "1 van de 2 gevraagden hebben geantwoord (50%)" in response.text
    assert "Lukt goed in 2b" in response.text
    assert Antwoord.objects.filter(respons__user=plg_lid).count() == 9


def test_answering_again_replaces_the_earlier_answers(client, plg_lid, moment):
    client.force_login(plg_lid)
    client.post(url(moment), antwoord_data(moment, score=2))
    client.post(url(moment), antwoord_data(moment, score=5))
    assert Respons.objects.count() == 1
    assert set(Antwoord.objects.values_list("score", flat=True)) == {5}


def test_answering_registers_activity_on_the_speerpunt(client, plg_lid, moment, speerpunt):
    client.force_login(plg_lid)
    client.post(url(moment), antwoord_data(moment))
    speerpunt.refresh_from_db()
    assert speerpunt.laatste_activiteit == OPEN_DAG


def test_a_colleague_who_was_not_asked_cannot_answer(client, teamlid, moment):
    client.force_login(teamlid)
    response = client.get(url(moment))
    assert response.status_code == 200
    assert "Jouw antwoorden" not in response.text
    assert client.post(url(moment), antwoord_data(moment)).status_code == 403


def test_a_chosen_colleague_can_answer(client, teamlid, moment):
    moment.teamleden.add(teamlid)
    client.force_login(teamlid)
    assert client.post(url(moment), antwoord_data(moment)).status_code == 302
    assert moment.responsen.filter(user=teamlid).exists()


def drie_collegas_antwoorden(moment, score=4):
    """Three colleagues outside the PLG answer too: enough for the anonymous summary."""
    for i in range(3):
        collega = medewerker(moment.speerpunt.school, Rol.TEAMLID, naam=f"Extra Collega{i}")
        moment.teamleden.add(collega)
        moment.beantwoord(collega, {moment.vragen.first().pk: (score, "")})


def test_summary_shows_distribution_without_names(client, kartrekker, plg_lid, moment):
    moment.beantwoord(plg_lid, {moment.vragen.first().pk: (5, "Mooi om te zien")})
    moment.beantwoord(kartrekker, {moment.vragen.first().pk: (3, "")})
    drie_collegas_antwoorden(moment)
    samenvatting = moment.samenvatting()
    assert samenvatting.respons_procent == 100
    eerste = samenvatting.vragen[0]
    assert {r["score"]: r["aantal"] for r in eerste.verdeling}[5] == 1
    assert eerste.gemiddelde == 4.0
    client.force_login(kartrekker)
    response = client.get(url(moment))
    assert "Mooi om te zien" in response.text
    assert plg_lid.naam not in response.text.split("Samenvatting")[1]


def test_closed_moment_takes_no_answers(client, kartrekker, plg_lid, moment):
    client.force_login(kartrekker)
    client.post(url(moment), {"sluiten": ""})
    moment.refresh_from_db()
    assert moment.is_gesloten
    client.force_login(plg_lid)
    assert "Jouw antwoorden" not in client.get(url(moment)).text
    assert client.post(url(moment), antwoord_data(moment)).status_code == 403


def test_moment_closes_by_itself_after_its_closing_date(moment):
    assert not moment.is_gesloten
    with time_machine.travel(datetime.datetime(2026, 11, 14, 10, tzinfo=datetime.UTC)):
        assert moment.is_gesloten
        assert not Monitormoment.objects.open().exists()


def test_only_kartrekker_or_schoolleider_closes(client, plg_lid, schoolleider, moment):
    client.force_login(plg_lid)
    assert client.post(url(moment), {"sluiten": ""}).status_code == 403
    client.force_login(schoolleider)
    assert client.post(url(moment), {"sluiten": ""}).status_code == 302
    client.post(url(moment), {"heropenen": ""})
    moment.refresh_from_db()
    assert not moment.is_gesloten


def test_kartrekker_edits_the_questions(client, kartrekker, moment):
    client.force_login(kartrekker)
    vragen = list(moment.vragen.all())
    data = {
        "titel": "Na acht weken",
        "datum": "2026-11-02",
        "sluitdatum": "2026-11-20",
        "vragen-TOTAL_FORMS": str(len(vragen) + 1),
        "vragen-INITIAL_FORMS": str(len(vragen)),
        "vragen-MIN_NUM_FORMS": "0",
        "vragen-MAX_NUM_FORMS": "1000",
    }
    for i, vraag in enumerate(vragen):
        data[f"vragen-{i}-id"] = str(vraag.pk)
        data[f"vragen-{i}-tekst"] = vraag.tekst
        data[f"vragen-{i}-toelichting"] = vraag.toelichting
        data[f"vragen-{i}-volgorde"] = str(vraag.volgorde)
    data["vragen-0-DELETE"] = "on"
    data[f"vragen-{len(vragen)}-tekst"] = "Leerlingen vragen zelf om feedback."
    data[f"vragen-{len(vragen)}-volgorde"] = "20"
    response = client.post(url(moment, "moment_bewerken"), data)
    assert response.status_code == 302
    moment.refresh_from_db()
    assert moment.titel == "Na acht weken"
    teksten = list(moment.vragen.values_list("tekst", flat=True))
    assert len(teksten) == 9
    assert teksten[-1] == "Leerlingen vragen zelf om feedback."


def test_a_member_cannot_edit_questions(client, plg_lid, moment):
    client.force_login(plg_lid)
    assert client.get(url(moment, "moment_bewerken")).status_code == 403


def test_closing_date_before_start_is_refused_and_input_kept(client, kartrekker, moment):
    client.force_login(kartrekker)
    data = {
        "titel": "Mijn nieuwe titel",
        "datum": "2026-11-10",
        "sluitdatum": "2026-11-01",
        "vragen-TOTAL_FORMS": "0",
        "vragen-INITIAL_FORMS": "0",
    }
    response = client.post(url(moment, "moment_bewerken"), data)
    assert response.status_code == 200
    assert "De sluitdatum ligt vóór de startdatum." in response.text
    assert 'value="Mijn nieuwe titel"' in response.text
    assert Vraag.objects.filter(monitormoment=moment).count() == 9


def test_dont_know_is_stored_as_no_score_and_shown_again(client, plg_lid, moment):
    client.force_login(plg_lid)
    client.post(url(moment), antwoord_data(moment, score=0))
    assert set(Antwoord.objects.values_list("score", flat=True)) == {None}
    formulier = client.get(url(moment)).text.split('class="antwoorden"')[1]
    assert formulier.count("checked") == moment.vragen.count()


def test_summary_waits_until_you_answered_yourself(client, kartrekker, plg_lid, moment):
    moment.beantwoord(kartrekker, {moment.vragen.first().pk: (5, "Een toelichting vooraf")})
    drie_collegas_antwoorden(moment)
    client.force_login(plg_lid)
    response = client.get(url(moment))
    assert "Een toelichting vooraf" not in response.text
    assert "zodra je zelf hebt geantwoord" in response.text
    response = client.post(url(moment), antwoord_data(moment), follow=True)
    assert "Een toelichting vooraf" in response.text
