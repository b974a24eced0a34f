from datetime import timedelta

import factory
from django.utils import timezone

from cyclus.tests.factories import SpeerpuntFactory
from plg.models import (
    PLG,
    Actiepunt,
    Activiteit,
    Bevinding,
    BevindingGroep,
    BevindingSoort,
    Bijeenkomst,
    PLGLid,
    PLGRol,
    Tussenstand,
)


class VerteldFactory(factory.django.DjangoModelFactory):
    """Writes the feed's lines about the row it made, as the PLG's write methods do."""

    class Meta:
        abstract = True

    @classmethod
    def _after_postgeneration(cls, instance, create, results=None):
        super()._after_postgeneration(instance, create, results)
        if create:
            Activiteit.objects.bulk_create(Activiteit.van(instance))


class PLGFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = PLG

    speerpunt = factory.SubFactory(SpeerpuntFactory)
    naam = factory.LazyAttribute(lambda o: f"PLG {o.speerpunt.titel}")


class PLGLidFactory(VerteldFactory):
    class Meta:
        model = PLGLid

    plg = factory.SubFactory(PLGFactory)
    rol = PLGRol.LID


class BijeenkomstFactory(VerteldFactory):
    class Meta:
        model = Bijeenkomst

    plg = factory.SubFactory(PLGFactory)
    start = factory.LazyFunction(lambda: timezone.now() + timedelta(days=7))
    plaats = "Lokaal 12"


class ActiepuntFactory(VerteldFactory):
    class Meta:
        model = Actiepunt

    plg = factory.SubFactory(PLGFactory)
    wat = factory.Sequence(lambda n: f"Actie {n}")
    deadline = factory.LazyFunction(lambda: timezone.localdate() + timedelta(days=14))


class BevindingFactory(VerteldFactory):
    class Meta:
        model = Bevinding

    plg = factory.SubFactory(PLGFactory)
    soort = BevindingSoort.INTERVIEW
    groep = BevindingGroep.KNELPUNT
    gehoord = "drie mentoren onderbouw"
    tekst = "Leerlingen weten niet hoe ze een planning maken."


class TussenstandFactory(VerteldFactory):
    class Meta:
        model = Tussenstand

    plg = factory.SubFactory(PLGFactory)
    titel = factory.Sequence(lambda n: f"Tussenstand {n}")
    tekst = "Wat we tot nu toe zagen."
