import pytest

from monitoring.tests.factories import MonitormomentFactory


@pytest.fixture
def moment(speerpunt, plg, kartrekker, plg_lid):
    """An open-from-2-November moment for the speerpunt's PLG (kartrekker and one member)."""
    return MonitormomentFactory(cyclus=speerpunt.huidige_cyclus, titel="Na zes weken")
