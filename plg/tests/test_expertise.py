import pytest
from django.urls import reverse

from plg.models import Expertise
from scholen.tests.factories import medewerker


def url(school):
    return reverse("plg:expertise", args=[school.pk])


def test_record_my_expertise_and_find_it(client, school, teamlid, schoolleider):
    client.force_login(teamlid)
    client.post(
        url(school),
        {"actie": "toevoegen", "onderwerp": "Executieve functies", "toelichting": "Master SEN"},
    )
    client.force_login(schoolleider)
    response = client.get(url(school), {"q": "executie"})
    assert teamlid.naam in response.text
    assert "Master SEN" in response.text
    assert list(client.get(url(school), {"q": "rekenen"}).context["pagina"]) == []


def test_the_same_topic_twice_is_explained(client, school, teamlid):
    client.force_login(teamlid)
    data = {"actie": "toevoegen", "onderwerp": "Lezen", "toelichting": ""}
    client.post(url(school), data)
    response = client.post(url(school), data)
    assert "staat al bij jouw expertise" in response.text
    assert Expertise.objects.count() == 1


def test_only_my_own_expertise_can_be_removed(client, school, teamlid, schoolleider):
    van_ander = Expertise.objects.create(user=schoolleider, school=school, onderwerp="Data")
    client.force_login(teamlid)
    response = client.post(url(school), {"actie": "verwijderen", "expertise": van_ander.pk})
    assert response.status_code == 404
    assert Expertise.objects.filter(pk=van_ander.pk).exists()


def test_board_reads_but_does_not_write(client, school, bestuurslid):
    client.force_login(bestuurslid)
    assert client.get(url(school)).status_code == 200
    response = client.post(url(school), {"actie": "toevoegen", "onderwerp": "Bestuur"})
    assert response.status_code == 403


def test_other_schools_expertise_stays_there(client, school, other_school, teamlid, outsider):
    Expertise.objects.create(user=outsider, school=other_school, onderwerp="Geheim")
    client.force_login(teamlid)
    assert "Geheim" not in client.get(url(school)).text
    client.force_login(outsider)
    assert client.get(url(school)).status_code == 404


@pytest.mark.parametrize("n", [3, 30])
def test_query_count_is_flat(client, school, teamlid, n, django_assert_max_num_queries):
    for i in range(n):
        Expertise.objects.create(
            user=medewerker(school, naam=f"Collega {i}"), school=school, onderwerp=f"Thema {i}"
        )
    client.force_login(teamlid)
    with django_assert_max_num_queries(9):
        assert client.get(url(school)).status_code == 200
