"""A title, name or short description is one line. The cases are generated from the forms of
the product: every text field that is not a textarea, in particular every CharField of a model
(without choices) that a ModelForm offers, so a new one-line field is covered without a new
test."""

import copy
import importlib
import importlib.util
from pathlib import Path

import pytest
from django import forms
from django.apps import apps
from django.conf import settings
from django.core.exceptions import FieldDoesNotExist
from django.db import models
from django.urls import reverse

from core.forms import is_een_regel

MELDING = "Gebruik één regel, zonder enter."
TWEE_REGELS = "Eerste regel\nTweede regel"


def _project_apps() -> list[str]:
    namen = []
    for config in apps.get_app_configs():
        pad = Path(config.path).resolve()
        if pad.is_relative_to(settings.BASE_DIR) and ".venv" not in pad.parts:
            namen.append(config.name)
    return namen


def _formulieren() -> list[type[forms.BaseForm]]:
    """Every form class the product defines, after importing each app's forms module."""
    project = _project_apps()
    for naam in project:
        if importlib.util.find_spec(f"{naam}.forms"):
            importlib.import_module(f"{naam}.forms")
    gevonden, te_doen = set(), [forms.BaseForm]
    while te_doen:
        for sub in te_doen.pop().__subclasses__():
            if sub not in gevonden:
                gevonden.add(sub)
                te_doen.append(sub)
    return sorted(
        (f for f in gevonden if f.__module__.split(".")[0] in project),
        key=lambda f: (f.__module__, f.__name__),
    )


def _modelveld(form_class, naam):
    meta = getattr(form_class, "_meta", None)
    model = getattr(meta, "model", None)
    if model is None:
        return None
    try:
        return model._meta.get_field(naam)
    except FieldDoesNotExist:
        return None


def _velden(soort):
    """(form, field) for every field of the product's forms for which `soort` holds."""
    return [
        pytest.param(form_class, naam, id=f"{form_class.__name__}.{naam}")
        for form_class in _formulieren()
        for naam, veld in form_class.base_fields.items()
        if soort(veld)
    ]


EEN_REGEL = _velden(is_een_regel)
MEER_REGELS = _velden(
    lambda veld: isinstance(veld, forms.CharField) and isinstance(veld.widget, forms.Textarea)
)


def _binden(form_class, naam, waarde) -> forms.Form:
    """A form with just this field, configured as the real form configures it."""
    formulier = type(
        "Formulier", (forms.Form,), {naam: copy.deepcopy(form_class.base_fields[naam])}
    )
    return formulier(data={naam: waarde})


def test_the_cases_cover_every_model_charfield_a_modelform_offers():
    gedekt = {(p.values[0], p.values[1]) for p in EEN_REGEL + MEER_REGELS}
    modelvelden = [
        (form_class, naam)
        for form_class in _formulieren()
        for naam in form_class.base_fields
        if isinstance(_modelveld(form_class, naam), models.CharField)
        and not _modelveld(form_class, naam).choices
        and isinstance(form_class.base_fields[naam], forms.CharField)
        and not form_class.base_fields[naam].widget.is_hidden
    ]
    titels = {(f.__name__, n) for f, n in modelvelden}
    # The fields of the incident and a few of every app: a broken generator fails here.
    assert {("MonitormomentForm", "titel"), ("SpeerpuntForm", "titel")} <= titels
    assert {("BijeenkomstForm", "plaats"), ("ActiepuntForm", "wat")} <= titels
    assert set(modelvelden) <= gedekt


@pytest.mark.parametrize(("form_class", "naam"), EEN_REGEL)
def test_a_one_line_field_refuses_a_line_break(form_class, naam):
    form = _binden(form_class, naam, TWEE_REGELS)
    assert MELDING in form.errors.get(naam, [])

    assert MELDING not in _binden(form_class, naam, "Eén regel").errors.get(naam, [])


@pytest.mark.parametrize(("form_class", "naam"), MEER_REGELS)
def test_a_textarea_keeps_its_line_breaks(form_class, naam):
    assert MELDING not in _binden(form_class, naam, TWEE_REGELS).errors.get(naam, [])


def test_no_form_binds_its_fields_past_the_shared_renderer():
    """The rule lives in the bound field of the product's renderer; a form with a renderer
    or bound field class of its own would lose it."""
    eigen = [
        f.__name__
        for f in _formulieren()
        if f.default_renderer is not None or f.bound_field_class is not None
    ]
    assert eigen == []


def test_the_real_form_refuses_a_title_with_a_line_break(school):
    from monitoring.forms import MonitormomentForm

    form = MonitormomentForm(
        {"titel": TWEE_REGELS, "datum": "2026-11-02", "sluitdatum": "2026-11-13"}, school=school
    )
    assert form.errors["titel"] == [MELDING]


def test_a_meeting_place_with_a_line_break_is_refused_on_the_page(client, plg, plg_lid):
    client.force_login(plg_lid)
    antwoord = client.post(
        reverse("plg:bijeenkomsten", args=[plg.school.pk, plg.pk]),
        {"start": "2030-03-04T15:30", "plaats": "Mediatheek\r\nlokaal 2"},
    )
    assert antwoord.status_code == 200
    assert MELDING in antwoord.content.decode()
    assert not plg.bijeenkomsten.exists()
