"""The registry of reminder sources: each registered once under its name, together covering
every kind of reminder, and the lapse check asks the source a row names."""

import datetime
from zoneinfo import ZoneInfo

import pytest
import time_machine

from meldingen import herinneringen, verzenden
from meldingen.bronnen import BRONNEN, Herinneringsbron, registreer
from meldingen.models import Herinnering, Soort
from plg.models import Actiepunt
from verbeterplan.models import Verbeterplan
from verbeterplan.tests.factories import ActieFactory

AMS = ZoneInfo("Europe/Amsterdam")


def test_every_kind_has_a_source_and_every_source_its_own_name():
    assert list(BRONNEN) == [
        "monitormoment",
        "actiepunt",
        "planactie",
        "bijeenkomst",
        "borging",
        "digest",
    ]
    assert all(bron.naam == naam for naam, bron in BRONNEN.items())
    assert {soort for bron in BRONNEN.values() for soort in bron.soorten} == set(Soort.values)


def test_a_name_is_registered_once():
    class Dubbel(Herinneringsbron):
        naam = "actiepunt"
        soorten = (Soort.ACTIE_TE_LAAT,)

    with pytest.raises(ValueError, match="al geregistreerd"):
        registreer(Dubbel)
    assert type(BRONNEN["actiepunt"]).__name__ == "Actiepunten"


def test_a_reminder_names_its_source_and_object(speerpunt, plg, kartrekker):
    """A PLG action and a plan action late on the same day are the same kind of reminder,
    each under its own source."""
    actiepunt = Actiepunt.objects.create(
        plg=plg, wat="Lesbrief", owner=kartrekker, deadline=datetime.date(2026, 10, 27)
    )
    plan = Verbeterplan.start(speerpunt.huidige_cyclus)
    actie = ActieFactory(plan=plan, owner=kartrekker, deadline=datetime.date(2026, 10, 27))

    with time_machine.travel(datetime.datetime(2026, 10, 28, 8, tzinfo=AMS), tick=False):
        herinneringen.verzamel()
        assert herinneringen.verzamel() == 0

    acties = Herinnering.objects.exclude(soort=Soort.DIGEST)
    assert set(acties.values_list("bron", "object_id", "soort")) == {
        ("actiepunt", actiepunt.pk, Soort.ACTIE_TE_LAAT),
        ("planactie", actie.pk, Soort.ACTIE_TE_LAAT),
    }


def test_the_lapse_check_asks_the_source_the_row_names(monkeypatch, plg, kartrekker):
    Actiepunt.objects.create(
        plg=plg, wat="Lesbrief", owner=kartrekker, deadline=datetime.date(2026, 10, 27)
    )
    gevraagd = []

    def vervallen(rijen, vandaag):
        gevraagd.extend((rij.soort, rij.user_id, rij.datum) for rij in rijen)
        return {rij.pk for rij in rijen}

    monkeypatch.setattr(BRONNEN["actiepunt"], "vervallen", vervallen)
    with time_machine.travel(datetime.datetime(2026, 10, 28, 8, tzinfo=AMS), tick=False):
        herinneringen.verzamel()
        verzenden.verstuur()

    assert gevraagd == [(Soort.ACTIE_TE_LAAT, kartrekker.pk, datetime.date(2026, 10, 27))]
    actie = Herinnering.objects.get(bron="actiepunt")
    assert actie.vervallen
    assert actie.verstuurd_op is None
