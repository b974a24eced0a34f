import pytest
from django.core.exceptions import PermissionDenied
from django.http import Http404

from core.access import get_school_for_user, toegang, vereist
from scholen.models import School
from scholen.tests.factories import SchoolFactory


def test_member_sees_own_school_only(schoolleider, school, other_school):
    assert list(School.objects.voor_gebruiker(schoolleider)) == [school]
    with pytest.raises(Http404):
        get_school_for_user(schoolleider, other_school.pk)


def test_board_member_reads_every_school_of_the_board_but_changes_nothing(bestuurslid, school):
    sister = SchoolFactory(bestuur=school.bestuur)
    stranger = SchoolFactory()
    assert set(School.objects.voor_gebruiker(bestuurslid)) == {school, sister}
    access = get_school_for_user(bestuurslid, sister.pk)
    assert access.bestuur
    assert not access.is_medewerker
    with pytest.raises(PermissionDenied):
        vereist(access.is_medewerker)
    with pytest.raises(Http404):
        get_school_for_user(bestuurslid, stranger.pk)


def test_teamlid_is_no_schoolleider(teamlid, school):
    access = toegang(teamlid, school)
    assert access.is_medewerker
    assert not access.is_schoolleider
    with pytest.raises(PermissionDenied):
        vereist(access.is_schoolleider)


def test_inactive_user_sees_nothing(teamlid, school):
    teamlid.is_active = False
    assert toegang(teamlid, school) is None
    assert not School.objects.voor_gebruiker(teamlid).exists()
