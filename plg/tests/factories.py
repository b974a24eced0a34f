from datetime import timedelta

import factory
from django.utils import timezone

from cyclus.tests.factories import SpeerpuntFactory
from plg.models import (
    PLG,
    Actiepunt,
    Bevinding,
    BevindingGroep,
    BevindingSoort,
    Bijeenkomst,
    PLGLid,
    PLGRol,
    Tussenstand,
)


class PLGFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = PLG

    speerpunt = factory.SubFactory(SpeerpuntFactory)
    naam = factory.LazyAttribute(lambda o: f"PLG {o.speerpunt.titel}")


class PLGLidFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = PLGLid

    plg = factory.SubFactory(PLGFactory)
    rol = PLGRol.LID


class BijeenkomstFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Bijeenkomst

    plg = factory.SubFactory(PLGFactory)
    start = factory.LazyFunction(lambda: timezone.now() + timedelta(days=7))
    plaats = "Lokaal 12"


class ActiepuntFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Actiepunt

    plg = factory.SubFactory(PLGFactory)
    wat = factory.Sequence(lambda n: f"Actie {n}")
    deadline = factory.LazyFunction(lambda: timezone.localdate() + timedelta(days=14))


class BevindingFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Bevinding

    plg = factory.SubFactory(PLGFactory)
    soort = BevindingSoort.INTERVIEW
    groep = BevindingGroep.KNELPUNT
    gehoord = "drie mentoren onderbouw"
    tekst = "Leerlingen weten niet hoe ze een planning maken."


class TussenstandFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Tussenstand

    plg = factory.SubFactory(PLGFactory)
    titel = factory.Sequence(lambda n: f"Tussenstand {n}")
    tekst = "Wat we tot nu toe zagen."
