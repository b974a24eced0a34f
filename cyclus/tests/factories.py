import factory

from cyclus.models import Kernwaarde, Schooljaar, Speerpunt
from scholen.models import Rol
from scholen.tests.factories import SchoolFactory, medewerker


class SpeerpuntFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Speerpunt
        skip_postgeneration_save = True

    school = factory.SubFactory(SchoolFactory)
    titel = factory.Sequence(lambda n: f"Speerpunt {n}")
    probleem = "Leerlingen plannen hun huiswerk nauwelijks zelf."
    owner = factory.LazyAttribute(lambda o: medewerker(o.school, Rol.SCHOOLLEIDER))

    @factory.post_generation
    def cyclus(obj, create, extracted, **kwargs):
        if create:
            obj.start(by=obj.owner)


class KernwaardeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Kernwaarde

    school = factory.SubFactory(SchoolFactory)
    naam = factory.Sequence(lambda n: f"Kernwaarde {n}")


class SchooljaarFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Schooljaar

    school = factory.SubFactory(SchoolFactory)
    begin_jaar = 2026
    is_huidig = True
