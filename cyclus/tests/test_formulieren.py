import pytest
from django.urls import reverse

from core.tests.versie import geopende_versie
from cyclus.models import Speerpunt, TransitieSoort
from scholen.tests.factories import TeamFactory

from .factories import KernwaardeFactory, SchooljaarFactory, SpeerpuntFactory


def nieuw_url(school):
    return reverse("cyclus:speerpunt_nieuw", args=[school.pk])


def gegevens(schoolleider, **extra):
    data = {
        "titel": "Eigenaarschap bij het plannen",
        "probleem": "Leerlingen leunen op de docent.",
        "reden": "Resultaten dalen.",
        "visie_toelichting": "",
        "owner": schoolleider.pk,
        "signalen-TOTAL_FORMS": 2,
        "signalen-INITIAL_FORMS": 0,
        "signalen-MIN_NUM_FORMS": 0,
        "signalen-MAX_NUM_FORMS": 30,
        "signalen-0-soort": "resultaten",
        "signalen-0-notitie": "Toetsresultaten klas 2 dalen.",
        "signalen-1-soort": "",
        "signalen-1-notitie": "",
    }
    data.update(extra)
    return data


def test_schoolleider_creates_a_speerpunt_tied_to_the_vision(client, school, schoolleider):
    kernwaarde = KernwaardeFactory(school=school, naam="Eigenaarschap")
    jaar = SchooljaarFactory(school=school)
    client.force_login(schoolleider)
    response = client.get(nieuw_url(school))
    assert f'<option value="{jaar.pk}" selected>' in response.content.decode()
    response = client.post(
        nieuw_url(school), gegevens(schoolleider, kernwaarden=[kernwaarde.pk], schooljaar=jaar.pk)
    )
    assert response.status_code == 302
    speerpunt = Speerpunt.objects.get()
    assert list(speerpunt.kernwaarden.all()) == [kernwaarde]
    assert speerpunt.schooljaar == jaar
    assert speerpunt.signalen.get().notitie == "Toetsresultaten klas 2 dalen."
    assert speerpunt.cycli.get().nummer == 1
    assert speerpunt.transities.get().soort == TransitieSoort.GESTART
    assert speerpunt.poort().items[0].voldaan


def test_going_over_the_team_limit_asks_for_confirmation(client, school, schoolleider):
    team = TeamFactory(school=school, naam="Onderbouw")
    for _ in range(3):
        SpeerpuntFactory(school=school).teams.add(team)
    client.force_login(schoolleider)
    data = gegevens(schoolleider, teams=[team.pk])
    response = client.post(nieuw_url(school), data)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Onderbouw (3)" in html
    assert 'value="Eigenaarschap bij het plannen"' in html
    assert Speerpunt.objects.count() == 3
    data["bevestig_limiet"] = "on"
    assert client.post(nieuw_url(school), data).status_code == 302
    assert Speerpunt.objects.count() == 4


def test_school_limit_is_settable(client, school, schoolleider):
    from cyclus.models import SchoolInstellingen

    SchoolInstellingen.objects.create(school=school, limiet_per_team=5)
    team = TeamFactory(school=school)
    for _ in range(3):
        SpeerpuntFactory(school=school).teams.add(team)
    client.force_login(schoolleider)
    assert (
        client.post(nieuw_url(school), gegevens(schoolleider, teams=[team.pk])).status_code == 302
    )


def test_edit_keeps_the_speerpunt_and_its_evidence(client, school, schoolleider, speerpunt):
    client.force_login(schoolleider)
    url = reverse("cyclus:speerpunt_bewerken", args=[school.pk, speerpunt.pk])
    geopend = geopende_versie(client, url)
    response = client.post(url, gegevens(schoolleider, titel="Nieuwe titel") | geopend)
    assert response.status_code == 302
    speerpunt.refresh_from_db()
    assert speerpunt.titel == "Nieuwe titel"


def test_other_schools_teams_cannot_be_chosen(client, school, other_school, schoolleider):
    vreemd = TeamFactory(school=other_school)
    client.force_login(schoolleider)
    response = client.post(nieuw_url(school), gegevens(schoolleider, teams=[vreemd.pk]))
    assert response.status_code == 200
    assert not Speerpunt.objects.exists()


def test_teamlid_may_not_create(client, school, teamlid):
    client.force_login(teamlid)
    assert client.get(nieuw_url(school)).status_code == 403


@pytest.mark.parametrize("naam", ["speerpunt_nieuw", "speerpunt_bewerken"])
def test_outsider_gets_404(client, school, outsider, speerpunt, naam):
    client.force_login(outsider)
    args = [school.pk] if naam == "speerpunt_nieuw" else [school.pk, speerpunt.pk]
    assert client.get(reverse(f"cyclus:{naam}", args=args)).status_code == 404
