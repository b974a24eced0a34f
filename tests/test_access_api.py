"""Every app loads its objects the same way: `get_<kind>_for_user(toegang, pk)` returns the
object and what this person may do with it, and another school's id does not exist."""

import dataclasses
import importlib
import importlib.util
import inspect

import pytest
from django.apps import apps
from django.http import Http404

from core.access import toegang
from cyclus.tests.factories import SpeerpuntFactory
from kennisbank.tests.factories import BronFactory, BronkoppelingFactory
from monitoring.tests.factories import MonitormomentFactory
from plg.tests.factories import PLGFactory
from verbeterplan.models import Verbeterplan
from verbeterplan.tests.factories import DoelFactory


def _loaders() -> dict[str, object]:
    gevonden = {}
    for config in apps.get_app_configs():
        naam = f"{config.name}.permissions"
        if importlib.util.find_spec(naam) is None:
            continue
        module = importlib.import_module(naam)
        for attr, functie in inspect.getmembers(module, inspect.isfunction):
            eigen = functie.__module__ == naam
            if eigen and attr.startswith("get_") and attr.endswith("_for_user"):
                gevonden[f"{naam}.{attr}"] = functie
    return gevonden


def _plan(speerpunt):
    return Verbeterplan.start(speerpunt.huidige_cyclus)


# For each loader: how to make one of its objects at a school's speerpunt, and the right a
# schoolleider has on it and a board member (who only reads) has not.
OBJECTEN = {
    "cyclus.permissions.get_speerpunt_for_user": (lambda sp: sp, "beheren"),
    "plg.permissions.get_plg_for_user": (lambda sp: PLGFactory(speerpunt=sp), "mag_inrichten"),
    "verbeterplan.permissions.get_plan_for_user": (_plan, "besluiten"),
    "monitoring.permissions.get_monitormoment_for_user": (
        lambda sp: MonitormomentFactory(cyclus=sp.huidige_cyclus),
        "beheren",
    ),
    "monitoring.permissions.get_doel_for_user": (
        lambda sp: DoelFactory(plan=_plan(sp)),
        "meten",
    ),
    "kennisbank.permissions.get_bron_for_user": (
        lambda sp: BronFactory(school=sp.school),
        "bewerken",
    ),
    "kennisbank.permissions.get_koppeling_for_user": (
        lambda sp: BronkoppelingFactory(speerpunt=sp, bron=BronFactory(school=sp.school)),
        "wijzigen",
    ),
}


def test_every_loader_has_the_one_shape_and_is_tested_here():
    loaders = _loaders()
    assert set(loaders) == set(OBJECTEN)
    for naam, functie in loaders.items():
        assert list(inspect.signature(functie).parameters) == ["toegang", "pk"], naam


@pytest.mark.parametrize("naam", OBJECTEN)
def test_loader_returns_the_object_and_the_rights_of_this_person(
    naam, speerpunt, schoolleider, bestuurslid
):
    functie = _loaders()[naam]
    maak, recht = OBJECTEN[naam]
    obj = maak(speerpunt)

    resultaat = functie(toegang(schoolleider, speerpunt.school), obj.pk)
    assert isinstance(resultaat, tuple)
    assert len(resultaat) == 2
    gevonden, rechten = resultaat
    assert gevonden == obj
    assert dataclasses.is_dataclass(rechten)
    with pytest.raises(dataclasses.FrozenInstanceError):
        setattr(rechten, dataclasses.fields(rechten)[0].name, None)
    assert getattr(rechten, recht) is True

    _, rechten_bestuur = functie(toegang(bestuurslid, speerpunt.school), obj.pk)
    assert getattr(rechten_bestuur, recht) is False


@pytest.mark.parametrize("naam", OBJECTEN)
def test_another_schools_object_does_not_exist(naam, school, other_school, schoolleider):
    functie = _loaders()[naam]
    maak, _recht = OBJECTEN[naam]
    elders = maak(SpeerpuntFactory(school=other_school))
    with pytest.raises(Http404):
        functie(toegang(schoolleider, school), elders.pk)
