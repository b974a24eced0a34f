"""The curated set and the gesprekskaarten that migration 0002 loads."""

from urllib.parse import urlparse

from kennisbank.models import Bron, Soort, Vragenset, VragensetThema


def test_seed_has_at_least_forty_sources_with_kind_year_and_authors(db):
    compleet = Bron.objects.gedeeld().exclude(auteurs="").filter(jaar__isnull=False)
    assert compleet.count() >= 40
    assert set(compleet.values_list("soort", flat=True)) <= set(Soort.values)


def test_every_seeded_source_is_shared_summarised_and_themed(db):
    bronnen = Bron.objects.gedeeld().prefetch_related("themas")
    assert bronnen.count() >= 40
    for bron in bronnen:
        assert bron.samenvatting, bron.titel
        assert bron.themas.exists(), bron.titel
        assert bron.soort in Soort.values
        assert set(bron.aanbeveling_codes) <= {"h1", "h2", "h3", "h4", "h5", "h6"}
        assert set(bron.stap_nummers) <= {1, 2, 3, 4, 5}


def test_seeded_links_are_web_addresses(db):
    for link in Bron.objects.gedeeld().exclude(link="").values_list("link", flat=True):
        assert urlparse(link).scheme == "https", link


def test_the_nro_guide_is_in_the_seed_as_a_guide(db):
    leidraad = Bron.objects.get(titel__startswith="Werken aan onderwijsverbetering")
    assert leidraad.soort == Soort.LEIDRAAD
    assert leidraad.aanbeveling_codes == ["h1", "h2", "h3", "h4", "h5", "h6"]


def test_gesprekskaarten_cover_every_theme_with_questions(db):
    sets = Vragenset.objects.prefetch_related("vragen")
    assert {s.thema for s in sets} == set(VragensetThema.values)
    for vragenset in sets:
        assert vragenset.vragen.count() >= 3


def test_a_set_reads_as_a_meeting_agenda(db):
    vragenset = Vragenset.objects.get(titel="Leren van elkaar")
    tekst = vragenset.als_agendatekst()
    assert tekst.startswith("**Leren van elkaar**")
    assert "\n1. " in tekst
    assert f"\n{vragenset.vragen.count()}. " in tekst
