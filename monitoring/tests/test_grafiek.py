"""The cache of drawn charts: keyed by what a chart draws, so new data is drawn anew."""

import datetime

import pytest
from django.urls import reverse
from django.utils import translation

from cyclus.models import Stap
from monitoring import grafiek
from monitoring.grafiek import grafiek_svg
from monitoring.models import Meting


@pytest.fixture
def getekend(monkeypatch):
    """The charts drawn from their template (not served from the cache)."""
    teken = grafiek.render_to_string
    getekend = []

    def tel(sjabloon, context):
        getekend.append(context["doel"].pk)
        return teken(sjabloon, context)

    monkeypatch.setattr(grafiek, "render_to_string", tel)
    return getekend


def test_the_same_data_is_drawn_once(doel, getekend):
    Meting.objects.create(doel=doel, datum=datetime.date(2026, 9, 1), waarde=42)
    eerste = grafiek_svg(doel)
    assert grafiek_svg(doel) == eerste
    assert getekend == [doel.pk]


def test_a_new_measurement_is_drawn_anew(doel, getekend):
    Meting.objects.create(doel=doel, datum=datetime.date(2026, 9, 1), waarde=42)
    eerste = grafiek_svg(doel)
    Meting.objects.create(doel=doel, datum=datetime.date(2026, 10, 1), waarde=61.5)
    tweede = grafiek_svg(doel)
    assert len(getekend) == 2
    assert "61,5" in tweede
    assert "61,5" not in eerste


def test_a_changed_goal_or_language_is_drawn_anew(doel, getekend):
    Meting.objects.create(doel=doel, datum=datetime.date(2026, 9, 1), waarde=42)
    with translation.override("nl"):
        grafiek_svg(doel)
        doel.streefwaarde = 80
        doel.save()
        assert "streefwaarde 80" in grafiek_svg(doel)
    with translation.override("en"):
        assert "nulmeting" not in grafiek_svg(doel)
    assert len(getekend) == 3


def test_the_same_data_of_another_goal_is_its_own_chart(doel, other_school, getekend):
    from cyclus.tests.factories import SpeerpuntFactory
    from verbeterplan.models import Verbeterplan
    from verbeterplan.tests.factories import DoelFactory

    ander_plan = Verbeterplan.start(SpeerpuntFactory(school=other_school).huidige_cyclus)
    ander = DoelFactory(
        plan=ander_plan,
        omschrijving=doel.omschrijving,
        nulmeting=doel.nulmeting,
        streefwaarde=doel.streefwaarde,
        eenheid=doel.eenheid,
    )
    for meetdoel in (doel, ander):
        Meting.objects.create(doel=meetdoel, datum=datetime.date(2026, 9, 1), waarde=42)
    assert f'aria-labelledby="grafiek-{doel.pk}-titel' in grafiek_svg(doel)
    assert f'aria-labelledby="grafiek-{ander.pk}-titel' in grafiek_svg(ander)
    assert getekend == [doel.pk, ander.pk]


def test_the_speerpunt_page_shows_a_new_measurement_at_once(client, teamlid, speerpunt, doel):
    from cyclus.tests.test_stappen import in_stap

    in_stap(speerpunt, Stap.UITVOERING)
    Meting.objects.create(doel=doel, datum=datetime.date(2026, 9, 1), waarde=42)
    client.force_login(teamlid)
    pagina = reverse("cyclus:speerpunt", args=[speerpunt.school_id, speerpunt.pk])
    assert "77,5" not in client.get(pagina).text
    Meting.objects.create(doel=doel, datum=datetime.date(2026, 10, 1), waarde=77.5)
    html = client.get(pagina).text
    # In the chart's description and in its table.
    assert "Laatste meting 77,5" in html
    assert "<td>77,5</td>" in html
