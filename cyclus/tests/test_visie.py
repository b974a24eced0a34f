from django.urls import reverse

from core.tests.versie import geopende_versie
from cyclus.models import Kernwaarde, SchoolInstellingen, Schooljaar

from .factories import KernwaardeFactory, SchooljaarFactory


def url(school):
    return reverse("cyclus:visie", args=[school.pk])


def test_schoolleider_edits_vision_and_focus(client, school, schoolleider):
    client.force_login(schoolleider)
    response = client.post(
        url(school),
        {
            "actie": "visie",
            "visie-visie": "Elk kind leert eigenaar te zijn van zijn leren.",
            "visie-limiet_per_team": 2,
            "visie-stil_na_weken": 6,
            "visie-anoniem_vanaf": 5,
            **geopende_versie(client, url(school)),
        },
    )
    assert response.status_code == 302
    instellingen = SchoolInstellingen.voor(school)
    assert instellingen.limiet_per_team == 2
    assert instellingen.stil_na_weken == 6
    assert "eigenaar te zijn" in client.get(url(school)).content.decode()


def test_kernwaarden_are_added_and_removed(client, school, schoolleider):
    client.force_login(schoolleider)
    client.post(url(school), {"actie": "kernwaarde", "kernwaarde-naam": "Samen"})
    assert Kernwaarde.objects.filter(school=school, naam="Samen").exists()
    response = client.post(url(school), {"actie": "kernwaarde", "kernwaarde-naam": "samen"})
    assert "staat er al" in response.content.decode()
    kernwaarde = Kernwaarde.objects.get()
    client.post(url(school), {"actie": "kernwaarde_weg", "kernwaarde": kernwaarde.pk})
    assert not Kernwaarde.objects.exists()


def test_school_years_with_one_current(client, school, schoolleider):
    oud = SchooljaarFactory(school=school, begin_jaar=2025, is_huidig=True)
    client.force_login(schoolleider)
    client.post(url(school), {"actie": "schooljaar", "schooljaar-begin_jaar": 2026})
    nieuw = Schooljaar.objects.get(begin_jaar=2026)
    client.post(url(school), {"actie": "huidig", "schooljaar": nieuw.pk})
    oud.refresh_from_db()
    nieuw.refresh_from_db()
    assert nieuw.is_huidig
    assert not oud.is_huidig


def test_teamlid_reads_the_vision_but_cannot_change_it(client, school, teamlid):
    KernwaardeFactory(school=school, naam="Vertrouwen")
    client.force_login(teamlid)
    html = client.get(url(school)).content.decode()
    assert "Vertrouwen" in html
    assert "Toevoegen" not in html
    assert (
        client.post(url(school), {"actie": "kernwaarde", "kernwaarde-naam": "X"}).status_code == 403
    )


def test_another_schools_kernwaarde_cannot_be_removed(client, school, other_school, schoolleider):
    vreemd = KernwaardeFactory(school=other_school)
    client.force_login(schoolleider)
    response = client.post(url(school), {"actie": "kernwaarde_weg", "kernwaarde": vreemd.pk})
    assert response.status_code == 404
    assert Kernwaarde.objects.filter(pk=vreemd.pk).exists()


def test_outsider_gets_404(client, school, outsider):
    client.force_login(outsider)
    assert client.get(url(school)).status_code == 404
