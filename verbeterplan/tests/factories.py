import datetime

import factory

from verbeterplan.models import (
    Actie,
    Communicatiemoment,
    Doel,
    Evaluatiemoment,
    IndicatorSoort,
    Mijlpaal,
    RandvoorwaardeSoort,
    Verbeterplan,
)


class DoelFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Doel

    omschrijving = factory.Sequence(lambda n: f"Doel {n}: leerlingen plannen hun werk zelf")
    indicator_soort = IndicatorSoort.GETAL
    indicator = "Gemeten met de leerlingvragenlijst"
    nulmeting = 40
    streefwaarde = 70
    eenheid = "%"


class ActieFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Actie

    wat = factory.Sequence(lambda n: f"Actie {n}: planningsles voorbereiden")
    owner_text = "Sectie Nederlands"
    start = datetime.date(2026, 9, 1)
    deadline = datetime.date(2026, 11, 1)


def compleet_plan(cyclus, *, doelen=2, acties=3) -> Verbeterplan:
    """A plan with every part filled in, ready for a decision."""
    plan = Verbeterplan.start(cyclus)
    for _ in range(doelen):
        DoelFactory(plan=plan)
    for _ in range(acties):
        ActieFactory(plan=plan)
    Mijlpaal.objects.create(
        plan=plan, datum=datetime.date(2026, 12, 1), omschrijving="Pilot in twee klassen loopt"
    )
    Communicatiemoment.objects.create(
        plan=plan,
        datum=datetime.date(2026, 9, 15),
        vorm="Teamvergadering",
        omschrijving="Het plan voorstellen aan het hele team",
    )
    Evaluatiemoment.objects.create(
        plan=plan, datum=datetime.date(2027, 1, 20), omschrijving="Gesprekken met leerlingen"
    )
    plan.randvoorwaarden.update(voldaan=True, toelichting="Geregeld met de roostermaker")
    plan.randvoorwaarden.filter(soort=RandvoorwaardeSoort.BUDGET).update(voldaan=False)
    plan.uitrol, plan.sturing = "pilot", "hoofdlijnen"
    plan.wat_iedereen_doet = "Iedere mentor geeft elke week een planningsles."
    plan.ruimte = "Hoe de les eruitziet kiest de mentor zelf."
    plan.strategie = "interactief"
    plan.strategie_toelichting = "De mentoren geven de aanpak samen vorm in de pilot."
    plan.referenties = "Hattie, J. (2009). Visible learning."
    plan.save()
    return plan
