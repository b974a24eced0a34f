"""The curated set and the gesprekskaarten that migration 0002 loads."""

import importlib
from types import SimpleNamespace
from urllib.parse import urlparse

from django.apps import apps
from django.db import connection

from kennisbank import seed
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


def test_the_database_holds_the_seed_as_written(db):
    bronnen = {b.titel: b for b in Bron.objects.gedeeld()}
    assert set(bronnen) == {data["titel"] for data in seed.BRONNEN}
    for data in seed.BRONNEN:
        bron = bronnen[data["titel"]]
        assert (bron.auteurs, bron.jaar, bron.soort, bron.uitgever, bron.link) == (
            data["a"],
            data.get("j"),
            data["s"],
            data.get("u", ""),
            data.get("l", ""),
        ), data["titel"]
        assert bron.samenvatting == data["z"]


def test_the_correction_brings_a_database_loaded_earlier_up_to_date(db, school):
    correctie = importlib.import_module("kennisbank.migrations.0003_bibliografie_gecorrigeerd")
    oud = Bron.objects.create(
        titel="The school as a learning organisation: the concept and its measurement",
        auteurs="Kools, M.; Stoll, L.",
        jaar=2020,
        soort=Soort.ARTIKEL,
        uitgever="European Journal of Education",
        samenvatting="Oude samenvatting.",
    )
    geschrapt = Bron.objects.create(
        titel="Naar een breder begrip van leren",
        auteurs="Bolhuis, S.; Simons, P.R.J.",
        jaar=2011,
        soort=Soort.ARTIKEL,
        samenvatting="Oude samenvatting.",
    )
    eigen = Bron.objects.create(
        titel="Naar een breder begrip van leren",
        auteurs="Bolhuis, S.",
        soort=Soort.ARTIKEL,
        samenvatting="Door de school zelf toegevoegd.",
        school=school,
    )

    correctie.corrigeer(apps, SimpleNamespace(connection=connection))

    oud.refresh_from_db()
    assert oud.titel.startswith("Schools as learning organisations.")
    assert (oud.auteurs, oud.soort, oud.uitgever) == (
        "Kools, M.",
        Soort.RAPPORT,
        "Erasmus Universiteit Rotterdam",
    )
    assert "proefschrift" in oud.zoektekst
    assert not Bron.objects.filter(pk=geschrapt.pk).exists()
    assert Bron.objects.filter(pk=eigen.pk).exists()
