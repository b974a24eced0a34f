import datetime

import factory

from cyclus.tests.factories import SpeerpuntFactory
from monitoring.models import Monitormoment


class MonitormomentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Monitormoment
        skip_postgeneration_save = True

    cyclus = factory.LazyAttribute(lambda o: SpeerpuntFactory().huidige_cyclus)
    titel = factory.Sequence(lambda n: f"Monitormoment {n}")
    datum = datetime.date(2026, 11, 2)
    sluitdatum = datetime.date(2026, 11, 13)

    @factory.post_generation
    def vragen(obj, create, extracted, **kwargs):
        if create:
            obj.voeg_standaardvragen_toe()
