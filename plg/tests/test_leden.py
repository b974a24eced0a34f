import pytest
from django.urls import reverse

from cyclus.tests.factories import SpeerpuntFactory
from plg.models import PLG, PLGRol
from plg.tests.factories import BijeenkomstFactory, PLGFactory
from scholen.models import Rol
from scholen.tests.factories import TeamFactory, medewerker


def url(plg):
    return reverse("plg:leden", args=[plg.school.pk, plg.pk])


def test_schoolleider_sets_up_a_plg_and_names_the_kartrekker(client, school, schoolleider, teamlid):
    speerpunt = SpeerpuntFactory(school=school, owner=schoolleider)
    client.force_login(schoolleider)
    response = client.post(
        reverse("plg:overzicht", args=[school.pk]),
        {
            "plg-speerpunt": speerpunt.pk,
            "plg-naam": "PLG Lezen",
            "plg-ritme": "om de drie weken",
            "plg-kartrekker": teamlid.pk,
        },
    )
    plg = PLG.objects.get(speerpunt=speerpunt)
    assert response.url == reverse("plg:werkruimte", args=[school.pk, plg.pk])
    assert plg.leden.get().user == teamlid
    assert plg.leden.get().rol == PLGRol.KARTREKKER


def test_colleague_cannot_set_up_a_plg(client, school, schoolleider, teamlid):
    speerpunt = SpeerpuntFactory(school=school, owner=schoolleider)
    client.force_login(teamlid)
    response = client.post(
        reverse("plg:overzicht", args=[school.pk]),
        {"plg-speerpunt": speerpunt.pk, "plg-naam": "X", "plg-kartrekker": teamlid.pk},
    )
    assert response.status_code == 403
    assert not PLG.objects.exists()


def test_overview_lists_plgs_with_their_kartrekker(client, plg, kartrekker, teamlid, outsider):
    client.force_login(teamlid)
    response = client.get(reverse("plg:overzicht", args=[plg.school.pk]))
    assert plg.naam in response.text
    assert kartrekker.naam in response.text
    assert "nog niets gedeeld" in response.text
    assert "PLG inrichten" not in response.text
    client.force_login(outsider)
    assert client.get(reverse("plg:overzicht", args=[plg.school.pk])).status_code == 404


def test_new_kartrekker_replaces_the_old_one_who_stays_member(
    client, plg, kartrekker, plg_lid, schoolleider
):
    client.force_login(schoolleider)
    client.post(
        url(plg),
        {"actie": "inrichten", "plg-naam": plg.naam, "plg-ritme": "", "plg-kartrekker": plg_lid.pk},
    )
    rollen = dict(plg.leden.values_list("user", "rol"))
    assert rollen == {kartrekker.pk: PLGRol.LID, plg_lid.pk: PLGRol.KARTREKKER}


def test_kartrekker_adds_and_removes_members(client, plg, kartrekker, teamlid):
    client.force_login(kartrekker)
    client.post(
        url(plg),
        {"actie": "lid_toevoegen", "lid-user": teamlid.pk, "lid-vertegenwoordigt": "sectie talen"},
    )
    lid = plg.leden.get(user=teamlid)
    assert lid.vertegenwoordigt == "sectie talen"
    client.post(url(plg), {"actie": "lid_verwijderen", "lid": lid.pk})
    assert not plg.leden.filter(user=teamlid).exists()


def test_kartrekker_cannot_remove_themselves(client, plg, kartrekker):
    client.force_login(kartrekker)
    eigen = plg.leden.get(user=kartrekker)
    assert client.post(url(plg), {"actie": "lid_verwijderen", "lid": eigen.pk}).status_code == 404


def test_people_of_another_school_cannot_become_member(client, plg, kartrekker, outsider):
    client.force_login(kartrekker)
    response = client.post(url(plg), {"actie": "lid_toevoegen", "lid-user": outsider.pk})
    assert response.status_code == 200
    assert not plg.leden.filter(user=outsider).exists()


def test_gaps_in_representation_are_shown(client, plg, kartrekker):
    onderbouw = TeamFactory(school=plg.school, naam="Onderbouw")
    TeamFactory(school=plg.school, naam="Bovenbouw")
    kartrekker.lidmaatschappen.get().teams.add(onderbouw)
    client.force_login(kartrekker)
    response = client.get(url(plg))
    assert [team.naam for team in response.context["ontbrekend"]] == ["Bovenbouw"]
    assert "Niet vertegenwoordigd:" in response.text


def test_gaps_count_only_the_teams_the_speerpunt_is_for(client, plg, kartrekker):
    onderbouw = TeamFactory(school=plg.school, naam="Onderbouw")
    TeamFactory(school=plg.school, naam="Bovenbouw")
    sectie = TeamFactory(school=plg.school, naam="Sectie talen")
    plg.speerpunt.teams.add(onderbouw, sectie)
    kartrekker.lidmaatschappen.get().teams.add(onderbouw)
    client.force_login(kartrekker)
    response = client.get(url(plg))
    assert [team.naam for team in response.context["ontbrekend"]] == ["Sectie talen"]
    kartrekker.lidmaatschappen.get().teams.add(sectie)
    response = client.get(url(plg))
    assert response.context["ontbrekend"] == []
    assert "Elk team waarvoor dit speerpunt is, is in de PLG vertegenwoordigd." in response.text


def test_pupils_are_recorded_by_first_name_only(client, plg, kartrekker):
    client.force_login(kartrekker)
    response = client.post(
        url(plg), {"actie": "leerling_toevoegen", "leerling-roepnaam": "Daan van der Berg"}
    )
    assert "alleen een voornaam of een schuilnaam" in response.text
    client.post(url(plg), {"actie": "leerling_toevoegen", "leerling-roepnaam": "Daan"})
    assert list(plg.leerlingen.values_list("roepnaam", flat=True)) == ["Daan"]


def test_members_page_shows_function_and_teams(client, plg, kartrekker, schoolleider):
    lid = medewerker(plg.school, Rol.TEAMLID, naam="Fien Frans")
    lidmaatschap = lid.lidmaatschappen.get()
    lidmaatschap.functie = "docent Frans"
    lidmaatschap.save()
    plg.voeg_lid_toe(lid)
    client.force_login(schoolleider)
    response = client.get(url(plg))
    assert "docent Frans" in response.text
    assert 'value="lid_toevoegen"' not in response.text


@pytest.mark.parametrize("n", [2, 15])
def test_overview_query_count_is_flat(
    client, school, schoolleider, n, django_assert_max_num_queries
):
    for i in range(n):
        plg = PLGFactory(speerpunt=SpeerpuntFactory(school=school, owner=schoolleider))
        plg.benoem_kartrekker(medewerker(school, naam=f"Kartrekker {i}"))
        BijeenkomstFactory(plg=plg)
    client.force_login(schoolleider)
    with django_assert_max_num_queries(9):
        assert client.get(reverse("plg:overzicht", args=[school.pk])).status_code == 200
