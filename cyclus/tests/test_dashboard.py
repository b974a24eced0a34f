import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from cyclus.models import SchoolInstellingen, Speerpunt, Status
from plg.models import PLGRol
from plg.tests.factories import PLGFactory, PLGLidFactory
from scholen.models import Rol
from scholen.tests.factories import TeamFactory, medewerker
from tests.schaal import assert_vlak

from .factories import SchooljaarFactory, SpeerpuntFactory
from .geschiedenis import afgeronde_speerpunten


def url(school):
    return reverse("cyclus:dashboard", args=[school.pk])


def maak_speerpunten(school, aantal):
    for i in range(aantal):
        speerpunt = SpeerpuntFactory(school=school, stap=i % 5 + 1)
        plg = PLGFactory(speerpunt=speerpunt)
        PLGLidFactory(plg=plg, user=medewerker(school, Rol.TEAMLID), rol=PLGRol.KARTREKKER)


def test_board_shows_every_active_speerpunt_in_the_column_of_its_step(client, school, schoolleider):
    maak_speerpunten(school, 5)
    SpeerpuntFactory(school=school, titel="Geparkeerd idee", status=Status.GEPARKEERD)
    client.force_login(schoolleider)
    response = client.get(url(school))
    assert response.status_code == 200
    kolommen = response.context["kolommen"]
    assert [len(speerpunten) for _stap, speerpunten in kolommen] == [1, 1, 1, 1, 1]
    assert "Geparkeerd idee" not in response.content.decode()
    assert "Uitvoeren, monitoren en bijstellen" in response.content.decode()


def maak_volle_kaarten(school, aantal):
    """Speerpunten whose cards show everything: kartrekker, team, school year, the next
    monitoring moment and an overdue action."""
    from monitoring.tests.factories import MonitormomentFactory
    from plg.tests.factories import ActiepuntFactory

    team = TeamFactory(school=school)
    jaar = SchooljaarFactory(school=school, begin_jaar=2030 + aantal, is_huidig=False)
    for i in range(aantal):
        speerpunt = SpeerpuntFactory(school=school, stap=i % 5 + 1, schooljaar=jaar)
        speerpunt.teams.add(team)
        plg = PLGFactory(speerpunt=speerpunt)
        PLGLidFactory(plg=plg, user=medewerker(school, Rol.TEAMLID), rol=PLGRol.KARTREKKER)
        ActiepuntFactory(plg=plg, deadline=timezone.localdate() - datetime.timedelta(days=3))
        MonitormomentFactory(
            cyclus=speerpunt.huidige_cyclus,
            datum=timezone.localdate() + datetime.timedelta(days=10),
            sluitdatum=None,
        )
    return team, jaar


# Session, user, school, roles (2), settings, speerpunten, teams and school years for the
# filters, focus per team, and the notifications in the header.
DASHBOARD_QUERIES = 11


@pytest.mark.parametrize("aantal", [5, 50])
def test_dashboard_query_count_is_pinned_at_two_sizes(
    client, school, schoolleider, django_assert_num_queries, aantal
):
    SchoolInstellingen.voor(school)
    client.force_login(schoolleider)
    team, jaar = maak_volle_kaarten(school, aantal)
    with django_assert_num_queries(DASHBOARD_QUERIES):
        response = client.get(url(school))
    assert response.context["aantal"] == aantal
    # A filter looks up the chosen team and school year: one query each.
    with django_assert_num_queries(DASHBOARD_QUERIES + 2):
        response = client.get(url(school), {"team": team.pk, "schooljaar": jaar.pk})
    assert response.context["aantal"] == aantal
    kaarten = [s for _stap, kolom in response.context["kolommen"] for s in kolom]
    assert all(s.overdue == 1 and s.volgende_monitoring for s in kaarten)


def test_dashboard_costs_the_same_after_years_of_closed_and_parked_speerpunten(
    client, school, schoolleider
):
    SchoolInstellingen.voor(school)
    team, jaar = maak_volle_kaarten(school, 3)
    client.force_login(schoolleider)

    def groei():
        # Years past: their own school years, closed and parked speerpunten in the same
        # team with their cycles, moves, plans, measurements, monitormomenten and actions.
        for begin_jaar in range(2012, 2024):
            oud = SchooljaarFactory(school=school, begin_jaar=begin_jaar, is_huidig=False)
            afgeronde_speerpunten(school, 2, schoolleider, teams=[team], schooljaar=oud)

    assert_vlak(client, url(school), groei)


def test_school_year_filter_offers_the_current_year_and_years_with_active_speerpunten(
    client, school, schoolleider
):
    huidig = SchooljaarFactory(school=school, begin_jaar=2026, is_huidig=True)
    volgend = SchooljaarFactory(school=school, begin_jaar=2027, is_huidig=False)
    voorbij = SchooljaarFactory(school=school, begin_jaar=2019, is_huidig=False)
    SpeerpuntFactory(school=school, schooljaar=volgend)
    afgeronde_speerpunten(school, 2, schoolleider, schooljaar=voorbij)
    client.force_login(schoolleider)
    keuzes = client.get(url(school)).context["filters"].fields["schooljaar"].queryset
    assert set(keuzes) == {huidig, volgend}


def test_focus_counts_only_active_speerpunten_of_the_team(client, school, schoolleider):
    team = TeamFactory(school=school, naam="Bovenbouw")
    SpeerpuntFactory(school=school).teams.add(team)
    afgeronde_speerpunten(school, 4, schoolleider, teams=[team])
    client.force_login(schoolleider)
    assert "Bovenbouw: 1 van 3" in client.get(url(school)).content.decode()


def test_cards_are_drawn_once_until_what_they_show_changes(
    client, school, schoolleider, speerpunt, monkeypatch
):
    from cyclus import views

    teken = views.render_to_string
    getekend = []

    def tel(sjabloon, context):
        getekend.append(context["speerpunt"].titel)
        return teken(sjabloon, context)

    monkeypatch.setattr(views, "render_to_string", tel)
    client.force_login(schoolleider)
    kaart = reverse("cyclus:speerpunt", args=[school.pk, speerpunt.pk])
    for _ in range(2):
        html = client.get(url(school)).content.decode()
        assert f'<a href="{kaart}">Eigenaarschap huiswerk</a></h3>' in html
    assert getekend == ["Eigenaarschap huiswerk"]
    Speerpunt.objects.filter(pk=speerpunt.pk).update(titel="Eigen planning")
    html = client.get(url(school)).content.decode()
    assert f'<a href="{kaart}">Eigen planning</a></h3>' in html
    assert getekend == ["Eigenaarschap huiswerk", "Eigen planning"]


def test_card_shows_kartrekker_days_in_step_and_stalling(
    client, school, schoolleider, time_machine
):
    time_machine.move_to("2027-01-01 10:00Z")
    speerpunt = SpeerpuntFactory(school=school, titel="Rekenen", stap=2)
    plg = PLGFactory(speerpunt=speerpunt)
    PLGLidFactory(plg=plg, user=medewerker(school, naam="Karel Kartrekker"), rol=PLGRol.KARTREKKER)
    SpeerpuntFactory(school=school, titel="Lezen", stap=2)
    Speerpunt.objects.filter(titel="Lezen").update(
        laatste_activiteit=timezone.now() + datetime.timedelta(weeks=4)
    )
    time_machine.move_to("2027-02-05 10:00Z")
    client.force_login(schoolleider)
    kaarten = {s.titel: s for s in response_speerpunten(client, school)}
    assert kaarten["Rekenen"].kartrekker_naam == "Karel Kartrekker"
    assert kaarten["Rekenen"].dagen_in_stap == 35
    assert kaarten["Rekenen"].staat_stil
    assert not kaarten["Lezen"].staat_stil
    html = client.get(url(school)).content.decode()
    assert "Karel Kartrekker" in html
    assert "Staat stil" in html


def test_stall_weeks_are_a_school_setting(client, school, schoolleider, time_machine):
    time_machine.move_to("2027-01-01 10:00Z")
    SpeerpuntFactory(school=school, titel="Rekenen")
    SchoolInstellingen.objects.create(school=school, stil_na_weken=8)
    time_machine.move_to("2027-02-05 10:00Z")
    client.force_login(schoolleider)
    assert not response_speerpunten(client, school)[0].staat_stil


def response_speerpunten(client, school, **params):
    response = client.get(url(school), params)
    return [s for _stap, kolom in response.context["kolommen"] for s in kolom]


def test_filters_by_team_and_school_year_live_in_the_url(client, school, schoolleider):
    onderbouw = TeamFactory(school=school, naam="Onderbouw")
    jaar = SchooljaarFactory(school=school, begin_jaar=2026)
    a = SpeerpuntFactory(school=school, titel="A", schooljaar=jaar)
    a.teams.add(onderbouw)
    SpeerpuntFactory(school=school, titel="B")
    client.force_login(schoolleider)
    assert [s.titel for s in response_speerpunten(client, school, team=onderbouw.pk)] == ["A"]
    assert [s.titel for s in response_speerpunten(client, school, schooljaar=jaar.pk)] == ["A"]
    assert len(response_speerpunten(client, school)) == 2
    response = client.get(url(school), {"team": onderbouw.pk})
    assert f'<option value="{onderbouw.pk}" selected>' in response.content.decode()


def test_htmx_filter_returns_only_the_board(client, school, schoolleider):
    client.force_login(schoolleider)
    response = client.get(url(school), headers={"HX-Request": "true"})
    html = response.content.decode()
    assert 'id="bord"' in html
    assert "<html" not in html


def test_focus_limit_is_shown_per_team(client, school, schoolleider):
    team = TeamFactory(school=school, naam="Bovenbouw")
    for _ in range(4):
        SpeerpuntFactory(school=school).teams.add(team)
    client.force_login(schoolleider)
    html = client.get(url(school)).content.decode()
    assert "Bovenbouw: 4 van 3" in html
    assert "boven de limiet" in html


def test_card_moves_forward_when_the_gate_allows(client, school, schoolleider, speerpunt):
    from .test_stappen import vink_alles_af

    speerpunt.visie_toelichting = "Eigenaarschap is onze kern."
    speerpunt.save()
    speerpunt.signalen.create(soort="leerlingen", notitie="Ze vragen erom.")
    PLGLidFactory(
        plg=PLGFactory(speerpunt=speerpunt), user=medewerker(school), rol=PLGRol.KARTREKKER
    )
    vink_alles_af(speerpunt)
    client.force_login(schoolleider)
    response = client.post(
        url(school), {"speerpunt": speerpunt.pk, "van": 1, "naar": 2, "hier": url(school)}
    )
    assert response.status_code == 302
    assert response.url == url(school)
    speerpunt.refresh_from_db()
    assert speerpunt.stap == 2


def test_card_with_unmet_gate_sends_the_schoolleider_to_the_gate(
    client, school, schoolleider, speerpunt
):
    client.force_login(schoolleider)
    response = client.post(url(school), {"speerpunt": speerpunt.pk, "van": 1, "naar": 2})
    assert response.status_code == 302
    assert response["Location"].endswith(f"/speerpunten/{speerpunt.pk}/#poort")
    speerpunt.refresh_from_db()
    assert speerpunt.stap == 1
    response = client.post(
        url(school),
        {"speerpunt": speerpunt.pk, "van": 1, "naar": 2},
        headers={"HX-Request": "true"},
    )
    assert response["HX-Redirect"].endswith("#poort")


def test_teamlid_reads_the_board_but_cannot_move_cards(client, school, teamlid, speerpunt):
    client.force_login(teamlid)
    html = client.get(url(school)).content.decode()
    assert speerpunt.titel in html
    assert "Naar stap 2" not in html
    response = client.post(url(school), {"speerpunt": speerpunt.pk, "van": 1, "naar": 2})
    assert response.status_code == 403


@pytest.mark.parametrize("method", ["get", "post"])
def test_outsider_gets_404(client, school, outsider, speerpunt, method):
    client.force_login(outsider)
    response = getattr(client, method)(url(school))
    assert response.status_code == 404


def test_start_page_links_to_the_dashboard(client, school, schoolleider):
    client.force_login(schoolleider)
    assert url(school) in client.get(reverse("start")).content.decode()


def test_htmx_card_move_returns_the_filtered_board(client, school, schoolleider, speerpunt):
    from .test_stappen import vink_alles_af

    team = TeamFactory(school=school, naam="Onderbouw")
    speerpunt.teams.add(team)
    speerpunt.visie_toelichting = "Eigenaarschap."
    speerpunt.save()
    speerpunt.signalen.create(soort="leerlingen", notitie="Ze vragen erom.")
    PLGLidFactory(
        plg=PLGFactory(speerpunt=speerpunt), user=medewerker(school), rol=PLGRol.KARTREKKER
    )
    vink_alles_af(speerpunt)
    SpeerpuntFactory(school=school, titel="Ander team")
    client.force_login(schoolleider)
    response = client.post(
        url(school),
        {"speerpunt": speerpunt.pk, "van": 1, "naar": 2, "hier": f"{url(school)}?team={team.pk}"},
        headers={"HX-Request": "true"},
    )
    html = response.content.decode()
    assert html.strip().startswith('<div id="bord"')
    assert "staat nu in stap 2" in html
    assert "Ander team" not in html
    speerpunt.refresh_from_db()
    vink_alles_af(speerpunt)
    response = client.post(
        url(school),
        {"speerpunt": speerpunt.pk, "van": 2, "naar": 3, "hier": "https://elders.example/"},
    )
    assert response["Location"] == url(school)
