import pytest
from django.urls import reverse

from cyclus.models import Speerpunt

from .factories import SpeerpuntFactory


def url(school):
    return reverse("cyclus:prioriteiten", args=[school.pk])


def titels(school):
    return list(
        Speerpunt.objects.filter(school=school).order_by("volgorde").values_list("titel", flat=True)
    )


@pytest.fixture
def drie(school):
    return [SpeerpuntFactory(school=school, titel=t, volgorde=i) for i, t in enumerate("ABC")]


def test_schoolleider_moves_a_speerpunt_up_and_down(client, school, schoolleider, drie):
    client.force_login(schoolleider)
    assert client.post(url(school), {"speerpunt": drie[2].pk, "actie": "omhoog"}).status_code == 302
    assert titels(school) == ["A", "C", "B"]
    client.post(url(school), {"speerpunt": drie[0].pk, "actie": "omlaag"})
    assert titels(school) == ["C", "A", "B"]
    client.post(url(school), {"speerpunt": drie[2].pk, "actie": "omhoog"})
    assert titels(school) == ["C", "A", "B"]


def test_htmx_reorder_returns_the_list_and_keeps_focus_on_the_button(
    client, school, schoolleider, drie
):
    client.force_login(schoolleider)
    response = client.post(
        url(school), {"speerpunt": drie[1].pk, "actie": "omhoog"}, headers={"HX-Request": "true"}
    )
    html = response.content.decode()
    assert html.strip().startswith('<ol id="prioriteiten"')
    assert "data-focus-after-swap" in html


def test_teamlid_reads_but_cannot_reorder(client, school, teamlid, drie):
    client.force_login(teamlid)
    html = client.get(url(school)).content.decode()
    assert "A" in html
    assert "hoger" not in html
    assert client.post(url(school), {"speerpunt": drie[1].pk, "actie": "omhoog"}).status_code == 403


def test_query_count_does_not_grow_with_the_list(
    client, school, schoolleider, django_assert_max_num_queries
):
    client.force_login(schoolleider)
    for _ in range(5):
        SpeerpuntFactory(school=school)
    with django_assert_max_num_queries(8):
        client.get(url(school))
    for _ in range(45):
        SpeerpuntFactory(school=school)
    with django_assert_max_num_queries(8):
        client.get(url(school))


def test_outsider_gets_404(client, school, outsider, drie):
    client.force_login(outsider)
    assert client.get(url(school)).status_code == 404
    assert client.post(url(school), {"speerpunt": drie[0].pk, "actie": "omhoog"}).status_code == 404


def test_dragged_row_lands_on_its_new_place(client, school, schoolleider, drie):
    client.force_login(schoolleider)
    client.post(url(school), {"speerpunt": drie[2].pk, "actie": "plaats", "plek": 1})
    assert titels(school) == ["C", "A", "B"]
    client.post(url(school), {"speerpunt": drie[2].pk, "actie": "plaats", "plek": 99})
    assert titels(school) == ["A", "B", "C"]
    assert client.post(url(school), {"speerpunt": drie[0].pk, "actie": "plaats"}).status_code == 400
