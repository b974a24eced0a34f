"""The gate items: each app registers what it can answer, the cycle asks them all."""

import datetime

from django.utils import timezone

from cyclus.models import Stap

from .test_stappen import in_stap, vink_alles_af


def item(speerpunt, sleutel):
    return next(i for i in speerpunt.poort().items if i.sleutel == sleutel)


def test_decision_gate_reads_the_complete_and_adopted_plan(speerpunt, schoolleider):
    from verbeterplan.models import Verbeterplan
    from verbeterplan.tests.factories import compleet_plan

    in_stap(speerpunt, Stap.BESLUIT)
    Verbeterplan.start(speerpunt.huidige_cyclus)
    assert not item(speerpunt, "plan_compleet").voldaan
    assert not item(speerpunt, "plan").voldaan
    plan = compleet_plan(speerpunt.huidige_cyclus)
    # The speerpunt keeps its current cycle and that cycle's plan as loaded; the next page
    # reads them afresh.
    speerpunt.refresh_from_db()
    assert item(speerpunt, "plan_compleet").voldaan
    assert not item(speerpunt, "plan").voldaan
    plan.leg_besluit_vast(
        by=schoolleider,
        datum=timezone.localdate(),
        besloten_door="Teamvergadering",
        aangenomen=True,
    )
    speerpunt.refresh_from_db()
    assert item(speerpunt, "plan").voldaan
    vink_alles_af(speerpunt)
    transitie = speerpunt.naar_stap(4, by=schoolleider, van=3, open_punten_toegestaan=True)
    assert transitie.overgeslagen == []


def test_back_to_step_3_the_revision_has_to_be_closed_before_step_4(speerpunt, schoolleider):
    from verbeterplan.tests.factories import compleet_plan

    in_stap(speerpunt, Stap.BESLUIT)
    plan = compleet_plan(speerpunt.huidige_cyclus)
    plan.leg_besluit_vast(
        by=schoolleider, datum=timezone.localdate(), besloten_door="Team", aangenomen=True
    )
    vink_alles_af(speerpunt)
    speerpunt.naar_stap(4, by=schoolleider, van=3, open_punten_toegestaan=True)
    speerpunt.naar_stap(
        3,
        by=schoolleider,
        van=4,
        reden="De pilot vraagt om andere acties.",
        open_punten_toegestaan=True,
    )
    plan.start_bijstelling(by=schoolleider, reden="Andere acties na de pilot")
    plan.acties.all().delete()
    assert not item(speerpunt, "plan").voldaan
    assert not item(speerpunt, "plan_compleet").voldaan
    labels = [i.label for i in speerpunt.poort().open_items]
    assert "Het verbeterplan is vastgesteld, met het besluit" in labels


def test_monitoring_gate_needs_a_closed_monitormoment(speerpunt):
    from monitoring.models import Monitormoment

    in_stap(speerpunt, Stap.UITVOERING)
    vandaag = timezone.localdate()
    moment = Monitormoment.objects.create(
        cyclus=speerpunt.huidige_cyclus, titel="Na zes weken", datum=vandaag
    )
    assert not item(speerpunt, "monitoring").voldaan
    moment.gesloten_op = timezone.now()
    moment.save()
    assert item(speerpunt, "monitoring").voldaan
    Monitormoment.objects.create(
        cyclus=speerpunt.huidige_cyclus,
        titel="Volgende",
        datum=vandaag + datetime.timedelta(days=30),
    )
    assert item(speerpunt, "monitoring").voldaan


def test_items_of_an_earlier_cycle_do_not_count(speerpunt, schoolleider):
    from verbeterplan.models import PlanStatus, Verbeterplan

    Verbeterplan.objects.create(cyclus=speerpunt.huidige_cyclus, status=PlanStatus.VASTGESTELD)
    in_stap(speerpunt, Stap.BORGEN)
    speerpunt.evalueer(by=schoolleider, uitkomst="3", toelichting="Nieuw plan nodig.")
    assert not item(speerpunt, "plan").voldaan


def test_each_app_brings_its_own_gate_items(speerpunt, monkeypatch):
    """The cycle knows the plan's items only because the plan app registered them."""
    from cyclus import poort
    from verbeterplan import poort as plan_poort

    monkeypatch.setattr(poort, "_PUNTEN", {})
    poort.registreer_cyclus_punten()
    in_stap(speerpunt, Stap.BESLUIT)
    assert [i.sleutel for i in speerpunt.poort().items] == ["randvoorwaarden", "team_geinformeerd"]
    plan_poort.registreer_punten()
    assert [i.sleutel for i in speerpunt.poort().items] == [
        "plan_compleet",
        "plan",
        "randvoorwaarden",
        "team_geinformeerd",
    ]
    assert poort.handmatig(Stap.BESLUIT) == {"randvoorwaarden", "team_geinformeerd"}
