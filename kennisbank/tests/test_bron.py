"""A source's page, a school's own additions, and proposing one for the shared set."""

import warnings

from django.contrib import admin
from django.urls import reverse

from core.tests.versie import versie_uit
from cyclus.tests.factories import SpeerpuntFactory
from kennisbank.models import Bron
from kennisbank.zoeken import zoek

from .factories import BronFactory, BronkoppelingFactory, ThemaFactory


def _detail(school, bron):
    return reverse("kennisbank:bron", args=[school.pk, bron.pk])


def test_outsider_gets_404_on_every_page_of_a_source(client, school, outsider):
    bron = BronFactory(school=school)
    client.force_login(outsider)
    for name in ("bron", "bron_bewerken", "koppelen"):
        assert (
            client.get(reverse(f"kennisbank:{name}", args=[school.pk, bron.pk])).status_code == 404
        )
    assert client.get(reverse("kennisbank:bron_nieuw", args=[school.pk])).status_code == 404


def test_another_schools_own_source_does_not_exist_here(client, school, other_school, teamlid):
    vreemd = BronFactory(school=other_school)
    client.force_login(teamlid)
    assert client.get(_detail(school, vreemd)).status_code == 404
    assert (
        client.get(reverse("kennisbank:koppelen", args=[school.pk, vreemd.pk])).status_code == 404
    )


def test_detail_shows_facts_and_where_this_school_uses_it(
    client, school, other_school, teamlid, speerpunt
):
    bron = Bron.objects.get(titel__startswith="Werken aan onderwijsverbetering")
    BronkoppelingFactory(bron=bron, speerpunt=speerpunt, vertaalslag="We starten in **klas 1**.")
    BronkoppelingFactory(bron=bron, speerpunt=SpeerpuntFactory(school=other_school, titel="Elders"))
    client.force_login(teamlid)
    response = client.get(_detail(school, bron))
    assert response.status_code == 200
    assert "h5 Benut kennis en expertise" in response.text
    assert "Verdieping en analyse" in response.text
    assert 'href="https://www.onderwijskennis.nl/leidraad-onderwijsverbetering-vo"' in response.text
    assert speerpunt.titel in response.text
    assert "<strong>klas 1</strong>" in response.text
    assert "Elders" not in response.text


def test_teamlid_adds_an_own_source_that_search_finds(client, school, teamlid):
    thema = ThemaFactory(naam="huiswerk")
    client.force_login(teamlid)
    response = client.post(
        reverse("kennisbank:bron_nieuw", args=[school.pk]),
        {
            "titel": "Huiswerkbegeleiding in de brugklas",
            "auteurs": "Sectie Nederlands",
            "jaar": "2024",
            "soort": "praktijkkaart",
            "taal": "nl",
            "samenvatting": "Hoe wij leerlingen helpen plannen.",
            "themas": [thema.pk],
            "nieuw_thema": "Planning",
            "aanbevelingen": ["h5", "h1"],
            "stappen": ["2"],
        },
    )
    bron = Bron.objects.get(titel="Huiswerkbegeleiding in de brugklas")
    assert response.status_code == 302
    assert response.url == _detail(school, bron)
    assert bron.school == school
    assert bron.created_by == teamlid
    assert bron.aanbevelingen == "h1 h5"
    assert bron.stappen == "2"
    assert sorted(t.naam for t in bron.themas.all()) == ["huiswerk", "planning"]
    assert list(zoek(Bron.objects.zichtbaar_voor(school), "planning")) == [bron]


def test_a_form_error_keeps_what_was_typed(client, school, teamlid):
    client.force_login(teamlid)
    response = client.post(
        reverse("kennisbank:bron_nieuw", args=[school.pk]),
        {"titel": "Mijn titel", "auteurs": "", "jaar": "20", "soort": "boek", "samenvatting": "x"},
    )
    assert response.status_code == 200
    assert 'value="Mijn titel"' in response.text
    assert "Vul een jaartal in" in response.text
    assert "Dit veld is verplicht" in response.text


def test_board_member_reads_but_does_not_add(client, school, bestuurslid):
    client.force_login(bestuurslid)
    assert client.get(reverse("kennisbank:bron_nieuw", args=[school.pk])).status_code == 403


def test_shared_sources_are_edited_by_staff_only(client, school, schoolleider):
    gedeeld = Bron.objects.gedeeld().first()
    client.force_login(schoolleider)
    url = reverse("kennisbank:bron_bewerken", args=[school.pk, gedeeld.pk])
    assert client.get(url).status_code == 403


def test_own_source_can_be_edited(client, school, teamlid):
    bron = BronFactory(school=school, titel="Oud", aanbevelingen="h3", stappen="2 4")
    client.force_login(teamlid)
    url = reverse("kennisbank:bron_bewerken", args=[school.pk, bron.pk])
    response = client.get(url)
    assert 'value="h3" id="id_aanbevelingen_2" checked' in response.text
    client.post(
        url,
        {
            **versie_uit(response.text),
            "titel": "Nieuw",
            "auteurs": "Jansen, A.",
            "soort": "boek",
            "taal": "nl",
            "samenvatting": "Over mentoraat.",
        },
    )
    bron.refresh_from_db()
    assert bron.titel == "Nieuw"
    assert list(zoek(Bron.objects.zichtbaar_voor(school), "mentoraat")) == [bron]


def test_school_proposes_its_source_and_staff_take_it_in(client, school, teamlid, admin_user):
    bron = BronFactory(school=school)
    client.force_login(teamlid)
    response = client.post(_detail(school, bron), {"actie": "voorstellen"})
    assert response.status_code == 302
    bron.refresh_from_db()
    assert bron.voorgesteld
    assert "voorgesteld voor de gedeelde kennisbank" in client.get(_detail(school, bron)).text

    client.force_login(admin_user)
    client.post(
        reverse("admin:kennisbank_bron_changelist"),
        {"action": "neem_op", "_selected_action": [bron.pk]},
    )
    bron.refresh_from_db()
    assert bron.is_gedeeld
    assert not bron.voorgesteld


def test_a_shared_source_cannot_be_proposed_by_a_school(client, school, teamlid):
    gedeeld = Bron.objects.gedeeld().first()
    client.force_login(teamlid)
    client.post(_detail(school, gedeeld), {"actie": "voorstellen"})
    gedeeld.refresh_from_db()
    assert not gedeeld.voorgesteld


def test_staff_link_typed_without_scheme_becomes_a_web_address(rf, django_user_model):
    request = rf.get("/")
    request.user = django_user_model(is_staff=True, is_superuser=True, is_active=True)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        formulier = admin.site._registry[Bron].get_form(request)
    assert formulier.base_fields["link"].clean("example.org/bron") == "https://example.org/bron"
