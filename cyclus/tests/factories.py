import factory

from cyclus.models import Cyclus, Speerpunt
from scholen.models import Rol
from scholen.tests.factories import SchoolFactory, medewerker


class SpeerpuntFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Speerpunt

    school = factory.SubFactory(SchoolFactory)
    titel = factory.Sequence(lambda n: f"Speerpunt {n}")
    probleem = "Leerlingen plannen hun huiswerk nauwelijks zelf."
    eigenaar = factory.LazyAttribute(lambda o: medewerker(o.school, Rol.SCHOOLLEIDER))

    @factory.post_generation
    def cyclus(obj, create, extracted, **kwargs):
        if create:
            Cyclus.objects.create(speerpunt=obj, nummer=1)
