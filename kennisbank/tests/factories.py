import factory

from cyclus.tests.factories import SpeerpuntFactory
from kennisbank.models import Bron, Bronkoppeling, Soort, Thema, Waardering


class ThemaFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Thema
        django_get_or_create = ["naam", "school"]

    naam = factory.Sequence(lambda n: f"thema {n}")
    school = None


class BronFactory(factory.django.DjangoModelFactory):
    """A school's own source by default; pass school=None for one in the shared set."""

    class Meta:
        model = Bron
        skip_postgeneration_save = True

    titel = factory.Sequence(lambda n: f"Bron {n}")
    auteurs = "Jansen, A."
    jaar = 2020
    soort = Soort.ARTIKEL
    samenvatting = "Een korte samenvatting."
    school = None

    @factory.post_generation
    def themas(obj, create, extracted, **kwargs):
        if create and extracted:
            obj.zet_themas([ThemaFactory(naam=naam) for naam in extracted])


class BronkoppelingFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Bronkoppeling

    bron = factory.SubFactory(BronFactory)
    speerpunt = factory.SubFactory(SpeerpuntFactory)
    actualiteit = Waardering.STERK
    kwaliteit = Waardering.REDELIJK
    bruikbaarheid = Waardering.STERK
    aansluiting = Waardering.ZWAK
    vertaalslag = "We proberen het eerst in de brugklas."
