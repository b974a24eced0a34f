import pytest
from django.urls import reverse

from plg.tests.factories import TussenstandFactory
from scholen.tests.factories import medewerker


def url(plg):
    return reverse("plg:tussenstanden", args=[plg.school.pk, plg.pk])


def test_kartrekker_publishes_colleague_reads_and_reacts(client, plg, kartrekker, teamlid):
    client.force_login(kartrekker)
    client.post(
        url(plg),
        {
            "actie": "publiceren",
            "tussenstand-titel": "Wat we hoorden",
            "tussenstand-tekst": "Leerlingen willen **voorbeelden**.",
        },
    )
    tussenstand = plg.tussenstanden.get()
    client.force_login(teamlid)
    page = client.get(url(plg)).text
    assert "Wat we hoorden" in page
    assert "<strong>voorbeelden</strong>" in page
    response = client.post(
        url(plg),
        {
            "actie": "reageren",
            "tussenstand": tussenstand.pk,
            f"reactie-{tussenstand.pk}-tekst": "Herkenbaar in klas 2.",
        },
        headers={"HX-Request": "true"},
    )
    assert response.text.lstrip().startswith(f'<article id="tussenstand-{tussenstand.pk}"')
    assert "Herkenbaar in klas 2." in response.text
    client.force_login(kartrekker)
    assert "Herkenbaar in klas 2." in client.get(url(plg)).text


def test_reaction_with_script_comes_back_inert(client, plg, kartrekker, teamlid):
    tussenstand = TussenstandFactory(plg=plg, created_by=kartrekker)
    client.force_login(teamlid)
    client.post(
        url(plg),
        {
            "actie": "reageren",
            "tussenstand": tussenstand.pk,
            f"reactie-{tussenstand.pk}-tekst": (
                '<script>alert(1)</script><img src=x onerror="alert(2)">'
            ),
        },
    )
    html = client.get(url(plg)).text
    assert "<script>alert" not in html
    assert "onerror" not in html


def test_empty_reaction_is_refused(client, plg, kartrekker, teamlid):
    tussenstand = TussenstandFactory(plg=plg, created_by=kartrekker)
    client.force_login(teamlid)
    response = client.post(
        url(plg),
        {"actie": "reageren", "tussenstand": tussenstand.pk, f"reactie-{tussenstand.pk}-tekst": ""},
    )
    assert response.status_code == 200
    assert "Dit veld is verplicht." in response.text
    assert not tussenstand.reacties.exists()


def test_board_reads_but_has_no_reaction_form(client, plg, kartrekker, bestuurslid):
    TussenstandFactory(plg=plg, created_by=kartrekker, titel="Voor iedereen")
    client.force_login(bestuurslid)
    response = client.get(url(plg))
    assert "Voor iedereen" in response.text
    assert 'value="reageren"' not in response.text


def test_outsider_sees_nothing(client, plg, outsider):
    TussenstandFactory(plg=plg)
    client.force_login(outsider)
    assert client.get(url(plg)).status_code == 404


@pytest.mark.parametrize("n", [2, 10])
def test_query_count_is_flat(client, plg, kartrekker, n, django_assert_max_num_queries):
    for i in range(n):
        tussenstand = TussenstandFactory(plg=plg, created_by=kartrekker)
        for j in range(3):
            tussenstand.reageer(by=medewerker(plg.school, naam=f"Collega {i}-{j}"), tekst="Ja")
    client.force_login(kartrekker)
    with django_assert_max_num_queries(12):
        assert client.get(url(plg)).status_code == 200
