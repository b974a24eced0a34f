import pytest

from verbeterplan.models import Verbeterplan
from verbeterplan.tests.factories import compleet_plan


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def plan(speerpunt):
    return Verbeterplan.start(speerpunt.huidige_cyclus)


@pytest.fixture
def volledig_plan(speerpunt):
    return compleet_plan(speerpunt.huidige_cyclus)
