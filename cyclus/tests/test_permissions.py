"""The role matrix of the cycle, as one table: who may make which move."""

import pytest

from core.access import toegang
from cyclus import permissions

VOORUIT = [(1, 2), (2, 3), (3, 4), (4, 5)]
TERUG = [(4, 3), (4, 2), (5, 3), (5, 2)]

# role -> the moves it may make; every other allowed move is refused for that role.
MATRIX = {
    "schoolleider": set(VOORUIT) | set(TERUG),
    "kartrekker": {(1, 2), (2, 3), (4, 5)},
    "plg_lid": set(),
    "teamlid": set(),
    "bestuurslid": set(),
    "outsider": set(),
}


@pytest.mark.parametrize("rol", MATRIX)
@pytest.mark.parametrize(("van", "naar"), VOORUIT + TERUG)
def test_role_matrix_for_moves(request, speerpunt, kartrekker, plg_lid, rol, van, naar):
    user = request.getfixturevalue(rol)
    assert permissions.mag_verplaatsen(user, speerpunt, van, naar) == ((van, naar) in MATRIX[rol])


@pytest.mark.parametrize(
    ("rol", "beheren", "afvinken", "overrulen", "bekijken"),
    [
        ("schoolleider", True, True, True, True),
        ("kartrekker", False, True, False, True),
        ("plg_lid", False, False, False, True),
        ("teamlid", False, False, False, True),
        ("bestuurslid", False, False, False, True),
        ("outsider", False, False, False, False),
    ],
)
def test_role_matrix_for_other_actions(
    request, speerpunt, kartrekker, plg_lid, rol, beheren, afvinken, overrulen, bekijken
):
    user = request.getfixturevalue(rol)
    assert permissions.mag_beheren(user, speerpunt.school) == beheren
    assert permissions.mag_afvinken(user, speerpunt) == afvinken
    assert permissions.mag_poort_passeren_met_open_punten(user, speerpunt) == overrulen
    assert permissions.mag_bekijken(user, speerpunt.school) == bekijken


def test_kartrekker_who_is_also_schoolleider_may_pass_the_decision_gate(speerpunt, schoolleider):
    from plg.models import PLGLid, PLGRol
    from plg.tests.factories import PLGFactory

    plg = PLGFactory(speerpunt=speerpunt)
    PLGLid.objects.create(plg=plg, user=schoolleider, rol=PLGRol.KARTREKKER)
    assert permissions.mag_verplaatsen(schoolleider, speerpunt, 3, 4)


def test_kartrekker_of_another_speerpunt_has_no_say_here(speerpunt, kartrekker):
    from cyclus.tests.factories import SpeerpuntFactory

    ander = SpeerpuntFactory(school=speerpunt.school)
    assert not permissions.mag_verplaatsen(kartrekker, ander, 1, 2)


def test_get_speerpunt_for_user_hides_other_schools(speerpunt, outsider, other_school, teamlid):
    from django.http import Http404

    gevonden, rechten = permissions.get_speerpunt_for_user(
        toegang(teamlid, speerpunt.school), speerpunt.pk
    )
    assert gevonden == speerpunt
    assert not rechten.beheren
    with pytest.raises(Http404):
        permissions.get_speerpunt_for_user(toegang(outsider, other_school), speerpunt.pk)
