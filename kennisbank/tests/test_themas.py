"""Themes: the curated ones every school sees, and the ones a colleague types, which stay
their school's."""

from importlib import import_module

import pytest
from django.apps import apps
from django.urls import reverse

from kennisbank.models import Bron, Thema

from .factories import BronFactory, ThemaFactory


def nieuwe_bron(client, school, titel, **extra):
    data = {
        "titel": titel,
        "auteurs": "Sectie Nederlands",
        "jaar": "2024",
        "soort": "praktijkkaart",
        "taal": "nl",
        "samenvatting": "Eigen aanpak.",
    }
    return client.post(reverse("kennisbank:bron_nieuw", args=[school.pk]), data | extra)


def zoekpagina(client, school, **params):
    return client.get(reverse("kennisbank:zoeken", args=[school.pk]), params)


@pytest.fixture
def getypt_thema(client, school, teamlid):
    """A colleague of "Het Baken" typed a theme of their own on a source of their own."""
    client.force_login(teamlid)
    nieuwe_bron(client, school, "Onze aanpak verzuim", nieuw_thema="Verzuim Onderbouw")
    return Thema.objects.get(naam="verzuim onderbouw")


def test_a_typed_theme_belongs_to_the_school_of_who_typed_it(getypt_thema, school):
    assert getypt_thema.school == school
    bron = Bron.objects.get(titel="Onze aanpak verzuim")
    assert list(bron.themas.all()) == [getypt_thema]


def test_own_school_filters_on_its_theme(client, getypt_thema, school):
    pagina = zoekpagina(client, school).text
    assert f'value="{getypt_thema.pk}"' in pagina
    gefilterd = zoekpagina(client, school, thema=getypt_thema.pk)
    assert [bron.titel for bron in gefilterd.context["pagina"]] == ["Onze aanpak verzuim"]


def test_outsider_never_sees_another_schools_theme(client, getypt_thema, outsider, other_school):
    gedeeld = ThemaFactory(naam="feedback")
    BronFactory(titel="Feedback geven", themas=["feedback"])
    client.force_login(outsider)
    pagina = zoekpagina(client, other_school).text
    assert "verzuim onderbouw" not in pagina
    assert f'value="{getypt_thema.pk}"' not in pagina
    assert f'value="{gedeeld.pk}"' in pagina
    # Asking for the other school's theme by id filters on nothing and names nothing.
    pagina = zoekpagina(client, other_school, thema=getypt_thema.pk).text
    assert "verzuim onderbouw" not in pagina
    formulier = client.get(reverse("kennisbank:bron_nieuw", args=[other_school.pk])).text
    assert "verzuim onderbouw" not in formulier


def test_outsider_cannot_attach_another_schools_theme(client, getypt_thema, outsider, other_school):
    client.force_login(outsider)
    response = nieuwe_bron(client, other_school, "Poging", themas=[getypt_thema.pk])
    assert response.status_code == 200
    assert not Bron.objects.filter(titel="Poging").exists()


def test_the_same_word_typed_at_two_schools_makes_two_themes(
    client, getypt_thema, outsider, other_school
):
    client.force_login(outsider)
    nieuwe_bron(client, other_school, "Verzuim bij ons", nieuw_thema="verzuim onderbouw")
    eigen = Bron.objects.get(titel="Verzuim bij ons").themas.get()
    assert eigen.school == other_school
    assert eigen != getypt_thema


def test_typing_a_curated_theme_uses_the_curated_one(client, school, teamlid):
    gedeeld = ThemaFactory(naam="feedback")
    client.force_login(teamlid)
    nieuwe_bron(client, school, "Feedback bij ons", nieuw_thema="Feedback")
    assert Bron.objects.get(titel="Feedback bij ons").themas.get() == gedeeld
    assert Thema.objects.filter(naam="feedback").count() == 1


def test_a_source_taken_into_the_shared_set_takes_its_theme_along(getypt_thema, other_school):
    bron = Bron.objects.get(titel="Onze aanpak verzuim")
    bron.neem_op_in_gedeelde_set()
    gedeeld = bron.themas.get()
    assert gedeeld.school is None
    assert gedeeld.naam == "verzuim onderbouw"
    assert gedeeld in Thema.objects.zichtbaar_voor(other_school)
    # The school's own theme stays the school's, for its other sources.
    assert Thema.objects.get(pk=getypt_thema.pk).school_id is not None


def test_migration_gives_typed_themes_to_their_schools(school, other_school):
    """Before themes had a school, every theme was shared: the migration sorts them out."""
    migratie = import_module("kennisbank.migrations.0004_themas_per_school")
    gedeeld = BronFactory(titel="Gedeeld", themas=["feedback"]).themas.get()
    BronFactory(titel="Eigen feedback", school=school).themas.set([gedeeld])
    getypt = ThemaFactory(naam="verzuim")
    BronFactory(titel="Verzuim A", school=school).themas.set([getypt])
    BronFactory(titel="Verzuim B", school=other_school).themas.set([getypt])
    ThemaFactory(naam="ongebruikt")

    migratie.themas_naar_hun_school(apps, None)

    assert Thema.objects.get(pk=gedeeld.pk).school is None
    assert not Thema.objects.filter(naam="ongebruikt").exists()
    verzuim_a = Bron.objects.get(titel="Verzuim A").themas.get()
    verzuim_b = Bron.objects.get(titel="Verzuim B").themas.get()
    assert (verzuim_a.school, verzuim_b.school) == (school, other_school)
    assert verzuim_a.naam == verzuim_b.naam == "verzuim"
