"""Dutch full-text search; these run on SQLite and, in CI, on PostgreSQL."""

import pytest
from django.utils.html import escape

from kennisbank.models import Bron, Soort, Thema
from kennisbank.zoeken import WOORD, markeer, stam, zoek, zoekwoorden

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


def test_markeer_passes_over_what_escaping_made():
    # "amp" and "quot" are words of the text here, not the entities escaping adds.
    html = markeer('R&D: "amp" & quotum, &amp; leerling', "amp quot leerling")
    assert html == (
        "R&amp;D: &quot;<mark>amp</mark>&quot; &amp; <mark>quotum</mark>, "
        "&amp;<mark>amp</mark>; <mark>leerling</mark>"
    )


TEKSTEN = [
    ("Feedback in de brugklas", "Hattie, J.", "Leerlingen geven elkaar feedback.", ["feedback"]),
    ("Het lerende team", "NRO", "Samen leren in professionele leergemeenschappen.", []),
    (
        "Eigenaarschap bij leerlingen",
        "Verhoeven, Q.; de Vries, R.",
        "Over zelfstandig plannen, huiswerk en motivatie.",
        ["eigenaarschap", "huiswerk"],
    ),
]


def _maak(teksten, voorvoegsel):
    themas = {
        naam: Thema.objects.get_or_create(naam=naam)[0] for *_, namen in teksten for naam in namen
    }
    return [
        (
            Bron(
                titel=f"{voorvoegsel} {titel}",
                auteurs=auteurs,
                soort=Soort.ARTIKEL,
                samenvatting=tekst,
            ),
            [themas[n] for n in namen],
        )
        for titel, auteurs, tekst, namen in teksten
    ]


@pytest.mark.parametrize(
    "q", ["leerling", "feedback", "huiswerk", "samen leren", "verhoeven", "motiva"]
)
def test_indexing_in_bulk_finds_and_ranks_as_indexing_one_by_one(db, q):
    for bron, themas in _maak(TEKSTEN, "Los:"):
        bron.save()
        bron.zet_themas(themas)
    gemaakt = _maak(TEKSTEN, "Bulk:")
    bronnen = Bron.objects.bulk_create([bron for bron, _ in gemaakt])
    for bron, (_, themas) in zip(bronnen, gemaakt, strict=True):
        bron.themas.add(*themas)
    Bron.objects.filter(titel__startswith="Bulk:").werk_zoekindex_bij()

    def gevonden(voorvoegsel):
        bronnen = zoek(Bron.objects.filter(titel__startswith=voorvoegsel), q)
        return [(bron.titel.removeprefix(voorvoegsel), bron.rang) for bron in bronnen]

    assert gevonden("Los:") == gevonden("Bulk:")
    assert gevonden("Los:")


def test_a_batch_fills_the_same_search_columns_as_one_by_one(db):
    los, _ = _maak(TEKSTEN[2:], "")[0]
    los.save()
    los.zet_themas(Thema.objects.filter(naam__in=["huiswerk", "eigenaarschap"]))
    kolommen = Bron.objects.filter(pk=los.pk).values(*Bron.ZOEKKOLOMMEN)
    een_voor_een = kolommen.get()
    assert een_voor_een["thema_tekst"] == "eigenaarschap\nhuiswerk"
    Bron.objects.update(thema_tekst="", zoekvector=None, kopvector=None, zoektekst="")
    Bron.objects.all().werk_zoekindex_bij()
    assert kolommen.get() == een_voor_een


def test_a_saved_source_reads_its_new_search_columns(db):
    bron = BronFactory(titel="Oud", themas=["rekenen"])
    assert bron.thema_tekst == "rekenen"
    bron.titel = "Rekenbeleid"
    bron.save()
    bron.save()
    assert "Rekenbeleid" in _titels("rekenbeleid")
    assert "Rekenbeleid" in _titels("rekenen")


def test_renaming_a_theme_renames_it_in_the_search(db):
    bron = BronFactory(titel="Zonder het woord", themas=["mentoraat"])
    thema = bron.themas.get()
    thema.naam = "loopbaanbegeleiding"
    thema.save()
    assert "Zonder het woord" in _titels("loopbaanbegeleiding")
    assert "Zonder het woord" not in _titels("mentoraat")


def test_removing_a_theme_removes_it_from_the_search(db):
    BronFactory(titel="Zonder het woord", themas=["mentoraat"])
    Thema.objects.get(naam="mentoraat").delete()
    assert "Zonder het woord" not in _titels("mentoraat")


def _markeer_woord_voor_woord(tekst, q):
    """The marking by its definition: every word on its own, escaped piece by piece."""
    woorden = zoekwoorden(q)
    stammen = {stam(woord) for woord in woorden} | set(woorden)
    delen, positie = [], 0
    for match in WOORD.finditer(tekst):
        woord = match.group()
        delen.append(escape(tekst[positie : match.start()]))
        past = any(stam(woord).startswith(s) or woord.lower().startswith(s) for s in stammen)
        delen.append(f"<mark>{escape(woord)}</mark>" if past else escape(woord))
        positie = match.end()
    delen.append(escape(tekst[positie:]))
    return "".join(delen)


@pytest.mark.parametrize(
    "q",
    [
        "leerlingen",
        "onderzoeksmatig werk",
        "werk",
        "leiding",
        "ideeën",
        "een",
        "eigenaar",
        "coöperatie",
        "h5",
        "Ö",
    ],
)
def test_markeer_marks_the_words_of_every_curated_source_by_its_definition(db, q):
    # The stemmer also takes off "ge": "gewerkt" is found by "werk", though it starts with a g.
    teksten = [
        "Één idee, twee ideeën: coöperatief & <b>eigenaarschap</b> bij Ölands leerling",
        "Wie heeft er gewerkt aan de begeleiding?",
    ]
    for bron in Bron.objects.gedeeld():
        teksten += [bron.titel, bron.auteurs, bron.samenvatting]
    for tekst in teksten:
        assert markeer(tekst, q) == _markeer_woord_voor_woord(tekst, q), tekst
