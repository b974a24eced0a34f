"""The cast every test can call on: people in every role at one school, and an outsider."""

import pytest

from cyclus.tests.factories import SpeerpuntFactory
from plg.models import PLGRol
from plg.tests.factories import PLGFactory, PLGLidFactory
from scholen.models import Rol
from scholen.tests.factories import BestuurslidFactory, SchoolFactory, medewerker


@pytest.fixture(autouse=True)
def _fast_password_hashing(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def school(db):
    return SchoolFactory(naam="Het Baken")


@pytest.fixture
def other_school(db):
    return SchoolFactory(naam="De Overkant")


@pytest.fixture
def schoolleider(school):
    return medewerker(school, Rol.SCHOOLLEIDER, naam="Sara Schoolleider")


@pytest.fixture
def teamlid(school):
    return medewerker(school, Rol.TEAMLID, naam="Tim Teamlid")


@pytest.fixture
def outsider(other_school):
    return medewerker(other_school, Rol.SCHOOLLEIDER, naam="Otto Outsider")


@pytest.fixture
def bestuurslid(school):
    return BestuurslidFactory(bestuur=school.bestuur).user


@pytest.fixture
def speerpunt(school, schoolleider):
    return SpeerpuntFactory(school=school, eigenaar=schoolleider, titel="Eigenaarschap huiswerk")


@pytest.fixture
def plg(speerpunt):
    return PLGFactory(speerpunt=speerpunt, naam="PLG Huiswerk")


@pytest.fixture
def kartrekker(plg):
    user = medewerker(plg.school, Rol.TEAMLID, naam="Karin Kartrekker")
    PLGLidFactory(plg=plg, user=user, rol=PLGRol.KARTREKKER)
    return user


@pytest.fixture
def plg_lid(plg):
    user = medewerker(plg.school, Rol.TEAMLID, naam="Pim PLG-lid")
    PLGLidFactory(plg=plg, user=user, rol=PLGRol.LID)
    return user
