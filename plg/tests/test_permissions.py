"""The PLG's role rules as one matrix: every role against every right, then the pages."""

from datetime import timedelta

import pytest
from django.http import Http404
from django.urls import reverse
from django.utils import timezone

from core.access import get_school_for_user, toegang
from plg.models import Tussenstand
from plg.permissions import get_plg_for_user
from plg.tests.factories import ActiepuntFactory, TussenstandFactory

RECHTEN = [
    "mag_inrichten",
    "mag_leden_beheren",
    "mag_publiceren",
    "mag_schrijven",
    "mag_werkruimte_lezen",
    "mag_reageren",
]

# role: the rights above, in order (1 = allowed). Everyone who sees the school reads the
# interim updates; that is tested on the pages below.
MATRIX = {
    "schoolleider": (1, 0, 0, 0, 1, 1),
    "kartrekker": (0, 1, 1, 1, 1, 1),
    "plg_lid": (0, 0, 0, 1, 1, 1),
    "teamlid": (0, 0, 0, 0, 0, 1),
    "bestuurslid": (0, 0, 0, 0, 0, 0),
}


@pytest.mark.parametrize("rol", MATRIX)
def test_role_matrix(request, rol, plg, kartrekker, plg_lid):
    user = request.getfixturevalue(rol)
    _plg, rechten = get_plg_for_user(get_school_for_user(user, plg.school.pk), plg.pk)
    assert [int(getattr(rechten, recht)) for recht in RECHTEN] == list(MATRIX[rol])


def test_outsider_does_not_find_the_school_or_the_plg(outsider, plg, other_school):
    with pytest.raises(Http404):
        get_school_for_user(outsider, plg.school.pk)
    # Even through their own school, another school's PLG id does not exist for them.
    with pytest.raises(Http404):
        get_plg_for_user(toegang(outsider, other_school), plg.pk)


def test_owner_of_an_action_ticks_it_off_even_outside_the_plg(plg, teamlid):
    _plg, rechten = get_plg_for_user(get_school_for_user(teamlid, plg.school.pk), plg.pk)
    assert rechten.mag_afvinken(ActiepuntFactory(plg=plg, owner=teamlid))
    assert not rechten.mag_afvinken(ActiepuntFactory(plg=plg))


def _urls(plg, bijeenkomst_pk=None):
    s = plg.school.pk
    return {
        "werkruimte": reverse("plg:werkruimte", args=[s, plg.pk]),
        "acties": reverse("plg:acties", args=[s, plg.pk]),
        "leden": reverse("plg:leden", args=[s, plg.pk]),
        "bijeenkomsten": reverse("plg:bijeenkomsten", args=[s, plg.pk]),
        "analyse": reverse("plg:analyse", args=[s, plg.pk]),
        "tussenstanden": reverse("plg:tussenstanden", args=[s, plg.pk]),
        "activiteit": reverse("plg:activiteit", args=[s, plg.pk]),
    }


@pytest.mark.parametrize(
    ("rol", "verwacht"),
    [
        ("schoolleider", 200),
        ("kartrekker", 200),
        ("plg_lid", 200),
        ("bestuurslid", 403),
        ("teamlid", 403),
        ("outsider", 404),
    ],
)
def test_workspace_pages_by_role(request, client, rol, verwacht, plg, kartrekker, plg_lid):
    client.force_login(request.getfixturevalue(rol))
    urls = _urls(plg)
    for naam in ["acties", "bijeenkomsten", "analyse", "activiteit"]:
        assert client.get(urls[naam]).status_code == verwacht, naam
    werkruimte = client.get(urls["werkruimte"])
    if verwacht == 403:
        # Colleagues land on what the PLG shares with them.
        assert werkruimte.status_code == 302
        assert werkruimte.url == urls["tussenstanden"]
    else:
        assert werkruimte.status_code == verwacht
    publiek = 404 if rol == "outsider" else 200
    assert client.get(urls["tussenstanden"]).status_code == publiek
    assert client.get(urls["leden"]).status_code == publiek


@pytest.mark.parametrize(
    ("rol", "verwacht"),
    [
        ("kartrekker", 302),
        ("plg_lid", 302),
        ("schoolleider", 403),
        ("teamlid", 403),
        ("bestuurslid", 403),
        ("outsider", 404),
    ],
)
def test_only_members_write(request, client, rol, verwacht, plg, kartrekker, plg_lid):
    client.force_login(request.getfixturevalue(rol))
    response = client.post(
        _urls(plg)["bijeenkomsten"],
        {"start": f"{timezone.localdate() + timedelta(days=30)}T15:30", "plaats": "Aula"},
    )
    assert response.status_code == verwacht
    assert plg.bijeenkomsten.exists() == (verwacht == 302)


@pytest.mark.parametrize(
    ("rol", "verwacht"),
    [
        ("kartrekker", 302),
        ("plg_lid", 403),
        ("schoolleider", 403),
        ("teamlid", 403),
        ("bestuurslid", 403),
        ("outsider", 404),
    ],
)
def test_only_the_kartrekker_publishes(request, client, rol, verwacht, plg, kartrekker, plg_lid):
    client.force_login(request.getfixturevalue(rol))
    response = client.post(
        _urls(plg)["tussenstanden"],
        {"actie": "publiceren", "tussenstand-titel": "Eerste ronde", "tussenstand-tekst": "Tekst"},
    )
    assert response.status_code == verwacht
    assert Tussenstand.objects.filter(plg=plg).exists() == (verwacht == 302)


@pytest.mark.parametrize(
    ("rol", "verwacht"),
    [
        ("kartrekker", 302),
        ("plg_lid", 302),
        ("schoolleider", 302),
        ("teamlid", 302),
        ("bestuurslid", 403),
        ("outsider", 404),
    ],
)
def test_colleagues_react_the_board_only_reads(
    request, client, rol, verwacht, plg, kartrekker, plg_lid
):
    tussenstand = TussenstandFactory(plg=plg, created_by=kartrekker)
    client.force_login(request.getfixturevalue(rol))
    response = client.post(
        _urls(plg)["tussenstanden"],
        {
            "actie": "reageren",
            "tussenstand": tussenstand.pk,
            f"reactie-{tussenstand.pk}-tekst": "Mooi begin!",
        },
    )
    assert response.status_code == verwacht
    assert tussenstand.reacties.exists() == (verwacht == 302)


@pytest.mark.parametrize(
    ("rol", "verwacht"),
    [
        ("kartrekker", 302),
        ("plg_lid", 403),
        ("schoolleider", 403),
        ("teamlid", 403),
        ("outsider", 404),
    ],
)
def test_only_the_kartrekker_manages_members(
    request, client, rol, verwacht, plg, kartrekker, plg_lid, teamlid
):
    client.force_login(request.getfixturevalue(rol))
    response = client.post(
        _urls(plg)["leden"],
        {"actie": "lid_toevoegen", "lid-user": teamlid.pk, "lid-vertegenwoordigt": "klas 1"},
    )
    assert response.status_code == verwacht
    assert plg.leden.filter(user=teamlid).exists() == (verwacht == 302)
