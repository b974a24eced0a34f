import factory

from cyclus.tests.factories import SpeerpuntFactory
from plg.models import PLG, PLGLid, PLGRol


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
