"""Linking a source to a speerpunt with the team's appraisal, and the speerpunt's section."""

from django.template.loader import render_to_string
from django.test import RequestFactory
from django.urls import reverse

from core.tests.versie import geopende_versie
from cyclus.tests.factories import SpeerpuntFactory
from kennisbank.models import Bron, Bronkoppeling

from .factories import BronFactory, BronkoppelingFactory

BEOORDELING = {
    "actualiteit": "sterk",
    "actualiteit_toelichting": "Verschenen in 2021.",
    "kwaliteit": "redelijk",
    "kwaliteit_toelichting": "Praktijkboek, deels op onderzoek gebaseerd.",
    "bruikbaarheid": "sterk",
    "bruikbaarheid_toelichting": "",
    "aansluiting": "zwak",
    "aansluiting_toelichting": "Gaat over po.",
    "vertaalslag": "We gebruiken het stappenplan in de PLG.",
}


def _koppel_url(school, bron, **query):
    url = reverse("kennisbank:koppelen", args=[school.pk, bron.pk])
    return url + ("?" + "&".join(f"{k}={v}" for k, v in query.items()) if query else "")


def _bron():
    return Bron.objects.get(titel="Beter onderwijs door praktijkonderzoek")


def test_teamlid_links_a_source_with_an_appraisal(client, school, teamlid, speerpunt):
    client.force_login(teamlid)
    response = client.get(_koppel_url(school, _bron(), speerpunt=speerpunt.pk))
    assert response.status_code == 200
    assert f'value="{speerpunt.pk}" selected' in response.text
    response = client.post(_koppel_url(school, _bron()), {"speerpunt": speerpunt.pk, **BEOORDELING})
    assert response.status_code == 302
    assert response.url == reverse("cyclus:speerpunt", args=[school.pk, speerpunt.pk])
    koppeling = Bronkoppeling.objects.get()
    assert koppeling.bron == _bron()
    assert koppeling.created_by == teamlid
    assert koppeling.aansluiting == "zwak"
    assert koppeling.kwaliteit_toelichting.startswith("Praktijkboek")
    assert [rij[2] for rij in koppeling.beoordeling] == ["sterk", "redelijk", "sterk", "zwak"]


def test_linking_returns_to_a_safe_next_only(client, school, kartrekker, plg, speerpunt):
    client.force_login(kartrekker)
    plg_url = f"/scholen/{school.pk}/plg/{plg.pk}/"
    response = client.post(
        _koppel_url(school, _bron()), {"speerpunt": speerpunt.pk, "next": plg_url, **BEOORDELING}
    )
    assert response.url == plg_url
    bron = BronFactory()
    response = client.post(
        _koppel_url(school, bron),
        {"speerpunt": speerpunt.pk, "next": "https://elders.example.com/", **BEOORDELING},
    )
    assert response.url == reverse("cyclus:speerpunt", args=[school.pk, speerpunt.pk])


def test_a_source_is_linked_once_per_speerpunt(client, school, teamlid, speerpunt):
    BronkoppelingFactory(bron=_bron(), speerpunt=speerpunt)
    client.force_login(teamlid)
    response = client.post(_koppel_url(school, _bron()), {"speerpunt": speerpunt.pk, **BEOORDELING})
    assert response.status_code == 200
    assert "al aan dit speerpunt gekoppeld" in response.text
    assert "Gaat over po." in response.text
    assert Bronkoppeling.objects.count() == 1


def test_another_schools_speerpunt_cannot_be_chosen(client, school, other_school, teamlid):
    vreemd = SpeerpuntFactory(school=other_school)
    client.force_login(teamlid)
    assert client.get(_koppel_url(school, _bron(), speerpunt=vreemd.pk)).status_code == 404
    response = client.post(_koppel_url(school, _bron()), {"speerpunt": vreemd.pk, **BEOORDELING})
    assert response.status_code == 200
    assert not Bronkoppeling.objects.exists()


def test_board_member_may_not_link(client, school, bestuurslid, speerpunt):
    client.force_login(bestuurslid)
    response = client.post(_koppel_url(school, _bron()), {"speerpunt": speerpunt.pk, **BEOORDELING})
    assert response.status_code == 403
    assert not Bronkoppeling.objects.exists()


def test_without_speerpunten_the_page_says_so(client, school, teamlid):
    client.force_login(teamlid)
    response = client.get(_koppel_url(school, _bron()))
    assert "nog geen speerpunten" in response.text


def test_appraisal_is_changed_and_the_link_undone(client, school, teamlid, speerpunt):
    koppeling = BronkoppelingFactory(bron=_bron(), speerpunt=speerpunt)
    url = reverse("kennisbank:koppeling", args=[school.pk, koppeling.pk])
    client.force_login(teamlid)
    geopend = geopende_versie(client, url)
    client.post(url, {"actie": "opslaan", **BEOORDELING, "aansluiting": "sterk", **geopend})
    koppeling.refresh_from_db()
    assert koppeling.aansluiting == "sterk"
    response = client.post(url, {"actie": "ontkoppelen"})
    assert response.url == reverse("cyclus:speerpunt", args=[school.pk, speerpunt.pk])
    assert not Bronkoppeling.objects.exists()


def test_a_link_of_another_school_is_404(client, school, other_school, teamlid, outsider):
    vreemd = BronkoppelingFactory(speerpunt=SpeerpuntFactory(school=other_school))
    client.force_login(teamlid)
    assert (
        client.get(reverse("kennisbank:koppeling", args=[school.pk, vreemd.pk])).status_code == 404
    )
    eigen = BronkoppelingFactory(speerpunt=SpeerpuntFactory(school=school))
    client.force_login(outsider)
    url = reverse("kennisbank:koppeling", args=[school.pk, eigen.pk])
    assert client.get(url).status_code == 404
    assert client.post(url, {"actie": "ontkoppelen"}).status_code == 404


def test_board_member_reads_an_appraisal_without_a_form(client, school, bestuurslid, speerpunt):
    koppeling = BronkoppelingFactory(bron=_bron(), speerpunt=speerpunt)
    url = reverse("kennisbank:koppeling", args=[school.pk, koppeling.pk])
    client.force_login(bestuurslid)
    response = client.get(url)
    assert '<form method="post" action="' + url not in response.text
    assert "We proberen het eerst in de brugklas." in response.text
    assert client.post(url, {"actie": "ontkoppelen"}).status_code == 403


def _sectie(user, speerpunt):
    request = RequestFactory().get("/")
    request.user = user
    return render_to_string(
        "kennisbank/_speerpunt_bronnen.html",
        {"speerpunt": speerpunt, "school": speerpunt.school},
        request=request,
    )


def test_the_speerpunt_section_lists_sources_with_their_appraisal(
    teamlid, bestuurslid, speerpunt, django_assert_max_num_queries
):
    BronkoppelingFactory(bron=_bron(), speerpunt=speerpunt)
    BronkoppelingFactory(speerpunt=speerpunt)
    with django_assert_max_num_queries(3):
        html = _sectie(teamlid, speerpunt)
    assert "Beter onderwijs door praktijkonderzoek" in html
    assert "Aansluiting bij onze context" in html
    assert "Bron zoeken en koppelen" in html
    assert "Bron zoeken en koppelen" not in _sectie(bestuurslid, speerpunt)


def test_the_speerpunt_page_shows_its_sources(client, school, teamlid, speerpunt):
    BronkoppelingFactory(bron=_bron(), speerpunt=speerpunt)
    client.force_login(teamlid)
    response = client.get(reverse("cyclus:speerpunt", args=[school.pk, speerpunt.pk]))
    assert "Bronnen uit de kennisbank" in response.text
    assert "Beter onderwijs door praktijkonderzoek" in response.text


def test_linking_from_a_plg_page_returns_there(client, school, kartrekker, plg, speerpunt):
    plg_url = f"/scholen/{school.pk}/plg/{plg.pk}/"
    client.force_login(kartrekker)
    zoeken = reverse("kennisbank:zoeken", args=[school.pk])
    response = client.get(f"{zoeken}?speerpunt={speerpunt.pk}&next={plg_url}&q=praktijkonderzoek")
    koppel = reverse("kennisbank:koppelen", args=[school.pk, _bron().pk])
    assert f"{koppel}?speerpunt={speerpunt.pk}&amp;next=/scholen/{school.pk}/plg/" in response.text
    response = client.get(f"{koppel}?speerpunt={speerpunt.pk}&next={plg_url}")
    assert f'name="next" value="{plg_url}"' in response.text
