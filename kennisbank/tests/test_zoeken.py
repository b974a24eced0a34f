"""Dutch full-text search; these run on SQLite and, in CI, on PostgreSQL."""

from kennisbank.models import Bron
from kennisbank.zoeken import markeer, zoek

from .factories import BronFactory, ThemaFactory


def _titels(q, queryset=None):
    return [bron.titel for bron in zoek(queryset or Bron.objects.all(), q)]


def test_leerlingen_finds_a_source_that_only_says_leerling(db):
    BronFactory(titel="Plannen in de brugklas", samenvatting="Elke leerling maakt een weekplan.")
    assert "Plannen in de brugklas" in _titels("leerlingen")


def test_onderzoeksmatig_werken_finds_the_nro_guide(db):
    titels = _titels("onderzoeksmatig werken")
    assert any(titel.startswith("Werken aan onderwijsverbetering") for titel in titels)


def test_a_half_typed_word_already_finds(db):
    BronFactory(titel="Feedback geven", samenvatting="Over leerlingen die elkaar feedback geven.")
    assert "Feedback geven" in _titels("leerlin")
    assert "Feedback geven" in _titels("feedb")


def test_every_word_must_match(db):
    BronFactory(titel="Huiswerk plannen", samenvatting="Leerlingen plannen hun huiswerk.")
    BronFactory(titel="Rekenen", samenvatting="Leerlingen oefenen met breuken.")
    titels = _titels("leerlingen huiswerk")
    assert "Huiswerk plannen" in titels
    assert "Rekenen" not in titels


def test_searches_authors_and_themes(db):
    BronFactory(titel="Iets anders", auteurs="Verhoeven, Q.", themas=["differentiatie"])
    assert "Iets anders" in _titels("Verhoeven")
    assert "Iets anders" in _titels("differentiatie")


def test_a_match_in_the_title_ranks_above_one_in_the_summary(db):
    BronFactory(titel="Over toetsen", samenvatting="Een tekst over huiswerkbeleid.")
    BronFactory(titel="Huiswerkbeleid in de onderbouw", samenvatting="Een tekst over toetsen.")
    titels = _titels("huiswerkbeleid")
    assert titels.index("Huiswerkbeleid in de onderbouw") < titels.index("Over toetsen")


def test_an_empty_or_symbol_only_query_leaves_the_list_alone(db):
    alle = Bron.objects.count()
    assert len(_titels("")) == alle
    assert len(_titels("&|!:*")) == alle


def test_changing_the_themes_updates_the_index(db):
    bron = BronFactory(titel="Zonder thema")
    assert "Zonder thema" not in _titels("mentoraat")
    bron.zet_themas([ThemaFactory(naam="mentoraat")])
    assert "Zonder thema" in _titels("mentoraat")


def test_markeer_marks_inflections_and_escapes():
    html = markeer("Elke leerling <b>telt</b>; leerlingen ook.", "leerlingen")
    assert html == (
        "Elke <mark>leerling</mark> &lt;b&gt;telt&lt;/b&gt;; <mark>leerlingen</mark> ook."
    )


def test_sources_made_in_bulk_are_indexed_on_request(db):
    thema = ThemaFactory(naam="schoolklimaat")
    bronnen = Bron.objects.bulk_create(
        [
            Bron(titel=f"Bulk {n}", auteurs="X", soort="artikel", samenvatting="Over leerlingen.")
            for n in range(3)
        ]
    )
    bronnen[0].themas.add(thema)
    assert "Bulk 0" not in _titels("leerling")
    Bron.objects.filter(titel__startswith="Bulk").werk_zoekindex_bij()
    assert {"Bulk 0", "Bulk 1", "Bulk 2"} <= set(_titels("leerling"))
    assert _titels("schoolklimaat") == ["Bulk 0"]


def test_markeer_keeps_hostile_text_and_query_inert():
    tekst = '<img src=x onerror=alert(1)> <a hx-post="/x" hx-trigger="load">leerling</a>'
    html = markeer(tekst, '<script>leerling" onerror')
    assert "<img" not in html
    assert "<a " not in html
    assert "&lt;img src=x <mark>onerror</mark>=alert(1)&gt;" in html
    assert "hx-post=&quot;/x&quot;" in html
    assert "<mark>leerling</mark>" in html
