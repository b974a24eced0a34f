from io import StringIO

from django.core.management import call_command

from cyclus.models import Stap
from verbeterplan.models import PlanStatus, Verbeterplan
from verbeterplan.vergelijking import vergelijk


def test_the_demo_adopts_the_plans_of_steps_3_to_5_and_revises_one(client, db):
    call_command("demo", stdout=StringIO())
    call_command("demo", stdout=StringIO())
    plannen = Verbeterplan.objects.select_related("cyclus__speerpunt")
    assert plannen.count() >= 6
    for plan in plannen:
        assert plan.cyclus.speerpunt.stap >= Stap.BESLUIT
        assert plan.status == PlanStatus.VASTGESTELD
        assert plan.ontbreekt() == []
    huiswerk = plannen.get(cyclus__speerpunt__titel="Eigenaarschap bij huiswerk")
    een, twee = huiswerk.versies.order_by("nummer")
    assert twee.reden
    assert {s.titel for s in vergelijk(een.inhoud, twee.inhoud)} == {"Doelen", "Acties"}
    kartrekker = huiswerk.speerpunt.plg.leden.get(rol="kartrekker").user
    client.force_login(kartrekker)
    assert client.get(huiswerk.get_absolute_url()).status_code == 200
