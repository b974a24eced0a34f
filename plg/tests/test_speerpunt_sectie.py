from django.urls import reverse

from plg.tests.factories import ActiepuntFactory, BijeenkomstFactory, TussenstandFactory


def test_speerpunt_page_links_to_the_workspace(client, plg, kartrekker, teamlid):
    BijeenkomstFactory(plg=plg, plaats="Mediatheek")
    ActiepuntFactory(plg=plg)
    TussenstandFactory(plg=plg, titel="Eerste bevindingen")
    client.force_login(teamlid)
    response = client.get(reverse("cyclus:speerpunt", args=[plg.school.pk, plg.speerpunt.pk]))
    assert response.status_code == 200
    assert reverse("plg:werkruimte", args=[plg.school.pk, plg.pk]) in response.text
    assert "Eerste bevindingen" in response.text
