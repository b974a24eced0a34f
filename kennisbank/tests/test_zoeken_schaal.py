"""The kennisbank at the size of a board: a search costs the same whether a word occurs in a
handful of sources or in hundreds, and the page says honestly how many it found."""

from urllib.parse import urlencode

import pytest
from django.urls import reverse

from kennisbank.models import Bron, Soort, Thema
from kennisbank.zoeken import MAX_RESULTATEN
from tests.schaal import assert_vlak


def _url(school, **params):
    return f"{reverse('kennisbank:zoeken', args=[school.pk])}?{urlencode(params)}"


def _bronnen(aantal, *, titel, samenvatting="Over het team.", thema=None, school=None):
    """`aantal` sources made in bulk, as an import or the board's dataset makes them, with
    titles of one length so that pages of them weigh the same."""
    bronnen = Bron.objects.bulk_create(
        Bron(
            titel=f"{titel} {n:04}",
            auteurs="Jansen, A.",
            jaar=2020,
            soort=Soort.ARTIKEL,
            samenvatting=samenvatting,
            school=school,
        )
        for n in range(aantal)
    )
    if thema is not None:
        thema.bronnen.add(*bronnen)
    Bron.objects.filter(pk__in=[bron.pk for bron in bronnen]).werk_zoekindex_bij()
    return bronnen


def _titels(response):
    return [bron.titel for bron in response.context["pagina"].object_list]


@pytest.fixture
def ingelogd(client, teamlid):
    client.force_login(teamlid)
    return client


def test_search_page_costs_the_same_for_thirty_matches_as_for_hundreds(ingelogd, school):
    _bronnen(30, titel="Leiderschap in het team")
    assert_vlak(
        ingelogd,
        _url(school, q="leiderschap"),
        lambda: _bronnen(400, titel="Leiderschap in de klas"),
    )


def test_search_page_with_a_filter_costs_the_same_at_both_sizes(ingelogd, school):
    _bronnen(30, titel="Feedback in het team")
    assert_vlak(
        ingelogd,
        _url(school, q="feedback", soort=Soort.ARTIKEL, vanaf=2019),
        lambda: _bronnen(400, titel="Feedback in de klas"),
    )


def test_the_whole_list_costs_the_same_for_a_few_sources_as_for_hundreds(ingelogd, school):
    # Titled to come after the shared set, so that the first page shows the same sources.
    assert_vlak(ingelogd, _url(school), lambda: _bronnen(400, titel="Zwijgen in de klas"))


def test_browsing_a_theme_costs_the_same_for_thirty_sources_as_for_hundreds(ingelogd, school):
    thema = Thema.objects.create(naam="schoolklimaat")
    _bronnen(30, titel="Veilig op school", thema=thema)
    assert_vlak(
        ingelogd,
        _url(school, thema=thema.pk),
        lambda: _bronnen(400, titel="Rust in de klas", thema=thema),
    )


def test_up_to_the_limit_the_count_is_exact(ingelogd, school):
    _bronnen(MAX_RESULTATEN, titel="Huiswerkbeleid")
    response = ingelogd.get(_url(school, q="huiswerkbeleid"))
    assert f"{MAX_RESULTATEN} bronnen gevonden" in response.text
    assert "Meer dan" not in response.text
    assert response.context["pagina"].paginator.num_pages == MAX_RESULTATEN // 20


def test_past_the_limit_the_page_says_there_are_more(ingelogd, school):
    _bronnen(MAX_RESULTATEN + 1, titel="Huiswerkbeleid")
    response = ingelogd.get(_url(school, q="huiswerkbeleid"))
    assert f"Meer dan {MAX_RESULTATEN} bronnen gevonden" in response.text
    assert f"{MAX_RESULTATEN + 1} bronnen" not in response.text
    # The pages hold the best of them, and the last page is full.
    laatste = ingelogd.get(_url(school, q="huiswerkbeleid", pagina=999))
    assert laatste.context["pagina"].number == MAX_RESULTATEN // 20
    assert len(_titels(laatste)) == 20
    assert f"Pagina {MAX_RESULTATEN // 20} van {MAX_RESULTATEN // 20}" in laatste.text


def test_browsing_without_a_search_counts_and_pages_through_everything(ingelogd, school):
    thema = Thema.objects.create(naam="schoolklimaat")
    _bronnen(MAX_RESULTATEN + 30, titel="Veilig op school", thema=thema)
    response = ingelogd.get(_url(school, thema=thema.pk))
    assert f"{MAX_RESULTATEN + 30} bronnen gevonden" in response.text
    laatste = ingelogd.get(_url(school, thema=thema.pk, pagina=999))
    assert _titels(laatste) == [f"Veilig op school {n:04}" for n in range(220, 230)]


def test_a_match_in_the_title_comes_first_among_hundreds_in_the_summary(ingelogd, school):
    # The oldest source, so it is not among the newest that match anywhere.
    Bron.objects.create(
        titel="Mentoraat in de bovenbouw",
        auteurs="Pieters, B.",
        soort=Soort.BOEK,
        samenvatting="Over de rol van de mentor.",
    )
    _bronnen(MAX_RESULTATEN + 50, titel="Overig", samenvatting="Ook de mentor praat mee.")
    response = ingelogd.get(_url(school, q="mentor"))
    assert _titels(response)[0] == "Mentoraat in de bovenbouw"
    assert f"Meer dan {MAX_RESULTATEN}" in response.text


def test_another_schools_sources_are_never_among_the_candidates(ingelogd, school, other_school):
    _bronnen(MAX_RESULTATEN + 10, titel="Verzuim", school=other_school)
    _bronnen(3, titel="Verzuim", school=school)
    response = ingelogd.get(_url(school, q="verzuim"))
    assert "3 bronnen gevonden" in response.text
    assert {bron.school_id for bron in response.context["pagina"].object_list} == {school.pk}


def test_the_best_match_comes_first_among_hundreds_of_newer_title_matches(ingelogd, school):
    """The title, a theme and the summary all name it: the oldest source is still the best."""
    beste = Bron.objects.create(
        titel="Verzuimbeleid in de onderbouw",
        auteurs="Pieters, B.",
        jaar=2024,
        soort=Soort.BOEK,
        samenvatting="Hoe een school verzuimbeleid samen met ouders maakt.",
    )
    beste.zet_themas([Thema.objects.create(naam="verzuimbeleid")])
    _bronnen(MAX_RESULTATEN + 150, titel="Verzuimbeleid")
    response = ingelogd.get(_url(school, q="verzuimbeleid"))
    assert _titels(response)[0] == "Verzuimbeleid in de onderbouw"
