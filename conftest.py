"""The cast every test can call on: people in every role at one school, and an outsider."""

import pytest
from django.core.cache import cache

from config.celery import app as celery_app
from cyclus.tests.factories import SpeerpuntFactory
from plg.models import PLGRol
from plg.tests.factories import PLGFactory, PLGLidFactory
from scholen.models import Rol
from scholen.tests.factories import BestuurslidFactory, SchoolFactory, medewerker


@pytest.fixture(autouse=True)
def _fast_password_hashing(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(autouse=True)
def _empty_cache():
    """Counters kept in the cache, such as the limit on reset mails, start at zero in every test."""
    cache.clear()


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
    return SpeerpuntFactory(school=school, owner=schoolleider, titel="Eigenaarschap huiswerk")


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


class _Broker:
    """Celery pointed at a closed port, not eager, failing fast: as when Redis is down.
    `herstel()` brings back the test set-up (eager tasks), as when the broker is back."""

    url = "redis://127.0.0.1:1/0"
    down = {
        "task_always_eager": False,
        "broker_url": url,
        "broker_connection_timeout": 0.5,
        "broker_connection_retry": False,
        "broker_transport_options": {"socket_connect_timeout": 0.5},
        "task_publish_retry": False,
    }

    def __init__(self, settings):
        self.settings = settings
        # Read before the settings change: Celery reads through to Django's settings.
        self.before = {key: celery_app.conf[key] for key in self.down}
        self.eager = settings.CELERY_TASK_ALWAYS_EAGER
        self.broker_url = settings.CELERY_BROKER_URL
        settings.CELERY_TASK_ALWAYS_EAGER, settings.CELERY_BROKER_URL = False, self.url
        self._forget_connections()
        celery_app.conf.update(self.down)

    def herstel(self):
        self.settings.CELERY_TASK_ALWAYS_EAGER = self.eager
        self.settings.CELERY_BROKER_URL = self.broker_url
        celery_app.conf.update(self.before)
        self._forget_connections()

    @staticmethod
    def _forget_connections():
        celery_app._pool = None
        celery_app.amqp._producer_pool = None


@pytest.fixture
def broker_down(settings):
    broker = _Broker(settings)
    yield broker
    broker.herstel()
