"""The kennisbank page: one search box, filters, highlighting, pagination, htmx."""

from urllib.parse import urlencode

from django.db.models import Count
from django.urls import reverse
from django.utils.html import escape

from cyclus.tests.factories import SpeerpuntFactory
from kennisbank.models import Bron, Thema

from .factories import BronFactory


def _titels(response):
    return [bron.titel for bron in response.context["pagina"].object_list]


def _url(school, **params):
    url = reverse("kennisbank:zoeken", args=[school.pk])
    return f"{url}?{urlencode(params)}" if params else url


def test_anonymous_goes_to_login_and_outsider_gets_404(client, school, outsider):
    response = client.get(_url(school))
    assert response.status_code == 302
    assert response.url.startswith(reverse("login"))
    client.force_login(outsider)
    assert client.get(_url(school)).status_code == 404


def test_lists_the_shared_set_for_every_member(client, school, teamlid, bestuurslid):
    for user in (teamlid, bestuurslid):
        client.force_login(user)
        response = client.get(_url(school))
        assert response.status_code == 200
        assert "A social theory of learning" in _titels(response)


def test_a_schools_own_source_is_invisible_to_another_school(
    client, school, other_school, teamlid, outsider
):
    BronFactory(school=school, titel="Ons eigen huiswerkprotocol")
    client.force_login(outsider)
    response = client.get(_url(other_school, q="huiswerkprotocol"))
    assert _titels(response) == []
    client.force_login(teamlid)
    response = client.get(_url(school, q="huiswerkprotocol"))
    assert _titels(response) == ["Ons eigen huiswerkprotocol"]
    assert "eigen bron" in response.text


def test_search_keeps_the_query_in_the_box_and_marks_the_words(client, school, teamlid):
    client.force_login(teamlid)
    response = client.get(_url(school, q="leiderschap"))
    assert 'value="leiderschap"' in response.text
    assert "<mark>leiderschap</mark>" in response.text.lower()


def test_filters_narrow_the_results(client, school, teamlid):
    BronFactory(
        titel="Podcast over borgen",
        soort="podcast",
        jaar=2024,
        aanbevelingen="h2",
        stappen="5",
        themas=["borging"],
    )
    client.force_login(teamlid)
    bron = Bron.objects.get(titel="Podcast over borgen")
    thema = bron.themas.get()
    for params in (
        {"soort": "podcast"},
        {"aanbeveling": "h2", "vanaf": 2024},
        {"stap": 5, "thema": thema.pk},
    ):
        response = client.get(_url(school, **params))
        assert "Podcast over borgen" in _titels(response), params
    response = client.get(_url(school, soort="podcast", stap=1))
    assert _titels(response) == []
    assert "Geen bronnen gevonden" in response.text


def test_a_wrong_filter_value_is_ignored_not_an_error(client, school, teamlid):
    client.force_login(teamlid)
    response = client.get(_url(school, stap="zeven", vanaf="gisteren", thema="999999"))
    assert response.status_code == 200


def test_htmx_gets_only_the_results(client, school, teamlid):
    client.force_login(teamlid)
    response = client.get(_url(school, q="leiderschap"), headers={"HX-Request": "true"})
    assert response.status_code == 200
    assert "<html" not in response.text
    assert 'id="resultaten"' in response.text
    assert "bronnen gevonden" in response.text


def test_results_are_paginated(client, school, teamlid):
    client.force_login(teamlid)
    totaal = Bron.objects.count()
    response = client.get(_url(school))
    assert len(response.context["pagina"].object_list) == 20
    assert f"{totaal} bronnen gevonden" in response.text
    response = client.get(_url(school, q="", pagina=2))
    assert response.context["pagina"].number == 2
    assert "Vorige" in response.text
    laatste = (totaal + 19) // 20
    response = client.get(_url(school, pagina=999))
    assert response.context["pagina"].number == laatste
    assert len(response.context["pagina"].object_list) == totaal - (laatste - 1) * 20


def test_coming_from_a_speerpunt_every_result_offers_to_link(client, school, teamlid, speerpunt):
    client.force_login(teamlid)
    response = client.get(_url(school, speerpunt=speerpunt.pk))
    koppel_url = reverse("kennisbank:koppelen", args=[school.pk, Bron.objects.first().pk])
    assert speerpunt.titel in response.text
    assert f"{koppel_url}?speerpunt={speerpunt.pk}" in response.text


def test_another_schools_speerpunt_gives_no_link_offer(client, school, teamlid, other_school):
    vreemd = SpeerpuntFactory(school=other_school, titel="Vreemd speerpunt")
    client.force_login(teamlid)
    response = client.get(_url(school, speerpunt=vreemd.pk))
    assert "Vreemd speerpunt" not in response.text


def test_every_result_shows_its_themes_one_by_one(client, school, teamlid):
    bron = Bron.objects.gedeeld().annotate(aantal=Count("themas")).filter(aantal__gte=3).first()
    namen = [thema.naam for thema in bron.themas.order_by("naam")]
    client.force_login(teamlid)
    response = client.get(_url(school, thema=bron.themas.first().pk))
    assert "".join(f"<li>{escape(naam)}</li>" for naam in namen) in response.text


def test_the_filters_show_the_themes_and_choices_of_this_request(
    client, school, teamlid, other_school, outsider
):
    client.force_login(teamlid)
    assert 'value="podcast" selected' in client.get(_url(school, soort="podcast")).text
    response = client.get(_url(school, soort="boek"))
    assert 'value="boek" selected' in response.text
    assert 'value="podcast" selected' not in response.text
    # A theme made since is a choice at once.
    Thema.getypt(school, "rekenbeleid")
    assert "rekenbeleid" in client.get(_url(school, soort="boek")).text
    # Another school, with the same filters, never sees this school's theme.
    client.force_login(outsider)
    assert "rekenbeleid" not in client.get(_url(other_school, soort="boek")).text


def test_a_wrong_filter_value_shows_its_error_only_where_asked(client, school, teamlid):
    client.force_login(teamlid)
    assert "errorlist" in client.get(_url(school, thema="999999")).text
    assert "errorlist" not in client.get(_url(school)).text
