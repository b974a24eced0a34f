"""The audit trail: a schoolleider reads who changed what and when, of their school only."""

import pytest
from auditlog.context import set_actor
from auditlog.models import LogEntry
from django.urls import reverse

from cyclus.tests.factories import SpeerpuntFactory
from scholen.models import Lidmaatschap, Rol
from verbeterplan.models import Verbeterplan


def _pagina(client, school):
    return client.get(reverse("wijzigingen", args=[school.pk]))


@pytest.mark.django_db
def test_a_speerpunt_edit_shows_who_changed_which_field(client, school, schoolleider, speerpunt):
    client.force_login(schoolleider)
    with set_actor(schoolleider):
        speerpunt.probleem = "Leerlingen plannen hun huiswerk niet"
        speerpunt.save()

    response = _pagina(client, school)
    inhoud = response.content.decode()
    assert response.status_code == 200
    assert "Sara Schoolleider" in inhoud
    assert "Leerlingen plannen hun huiswerk niet" in inhoud
    assert "gewijzigd" in inhoud


@pytest.mark.django_db
def test_role_changes_are_in_the_trail(client, school, schoolleider, teamlid):
    with set_actor(schoolleider):
        lid = Lidmaatschap.objects.get(user=teamlid, school=school)
        lid.rol = Rol.SCHOOLLEIDER
        lid.save()
    client.force_login(schoolleider)
    inhoud = _pagina(client, school).content.decode()
    assert "Tim Teamlid" in inhoud
    assert "teamlid → schoolleider" in inhoud


@pytest.mark.django_db
def test_another_schools_changes_are_not_shown(client, school, schoolleider, other_school):
    SpeerpuntFactory(school=other_school, titel="Geheim plan van de overkant")
    SpeerpuntFactory(school=school, titel="Eigen speerpunt")
    client.force_login(schoolleider)
    inhoud = _pagina(client, school).content.decode()
    assert "Eigen speerpunt" in inhoud
    assert "Geheim plan van de overkant" not in inhoud


@pytest.mark.django_db
def test_only_schoolleiders_read_the_trail(client, school, teamlid, bestuurslid):
    for persoon in (teamlid, bestuurslid):
        client.force_login(persoon)
        assert _pagina(client, school).status_code == 403


@pytest.mark.django_db
def test_an_empty_trail_says_so(client, school, schoolleider):
    LogEntry.objects.all().delete()
    client.force_login(schoolleider)
    assert "Er is nog niets gewijzigd" in _pagina(client, school).content.decode()


@pytest.mark.django_db
def test_a_change_made_in_a_page_names_the_person(client, school, kartrekker, plg, teamlid):
    client.force_login(kartrekker)
    response = client.post(
        reverse("plg:leden", args=[school.pk, plg.pk]),
        {"actie": "lid_toevoegen", "lid-user": teamlid.pk},
    )
    assert response.status_code == 302
    lid = plg.leden.get(user=teamlid)
    entry = LogEntry.objects.get_for_object(lid).get()
    assert entry.actor == kartrekker
    assert entry.additional_data == {"school": school.pk}


@pytest.mark.django_db
def test_an_empty_choice_reads_as_empty_not_as_none(client, school, schoolleider, speerpunt):
    plan = Verbeterplan.start(speerpunt.huidige_cyclus)
    with set_actor(schoolleider):
        plan.uitrol = "pilot"
        plan.save()
    client.force_login(schoolleider)
    inhoud = _pagina(client, school).content.decode()
    assert "Uitrol: – → " in inhoud
    assert "None" not in inhoud
