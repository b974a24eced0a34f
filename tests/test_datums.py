"""Dates without sense are refused or questioned, in every form, and dates are shown with
their year whenever they fall outside the current school year."""

import datetime
import importlib
import inspect
import pkgutil

import pytest
import time_machine
from django import forms
from django.template import Context, Template
from django.urls import reverse
from django.utils import timezone

from core.dates import CONFIRM_FIELD, in_current_school_year, show_date, with_year
from plg.models import Actiepunt
from verbeterplan.models import Verbeterplan

PROJECT_APPS = ["core", "scholen", "cyclus", "plg", "verbeterplan", "kennisbank", "monitoring"]


def _project_modules():
    for app in PROJECT_APPS:
        package = importlib.import_module(app)
        yield package
        for info in pkgutil.walk_packages(package.__path__, prefix=f"{app}."):
            if ".tests" in info.name or ".migrations" in info.name:
                continue
            yield importlib.import_module(info.name)


def _date_forms():
    """Every form class written in the project that has a date (or date and time) field."""
    gevonden = {}
    for module in _project_modules():
        for _naam, cls in inspect.getmembers(module, inspect.isclass):
            if not issubclass(cls, forms.BaseForm) or cls.__module__ != module.__name__:
                continue
            velden = [
                naam
                for naam, veld in cls.base_fields.items()
                if isinstance(veld, forms.DateField | forms.DateTimeField)
            ]
            if velden:
                gevonden[f"{cls.__module__}.{cls.__qualname__}"] = (cls, velden)
    return gevonden


DATE_FORMS = _date_forms()


def test_the_walk_finds_the_known_date_forms():
    assert {
        "plg.forms.BijeenkomstForm",
        "plg.forms.ActiepuntForm",
        "verbeterplan.forms.BesluitForm",
        "monitoring.forms.MetingForm",
        "cyclus.forms.BorgingForm",
    } <= set(DATE_FORMS)


@pytest.fixture
def form_kwargs(school, plg, speerpunt):
    from verbeterplan.tests.factories import DoelFactory

    plan = Verbeterplan.start(speerpunt.huidige_cyclus)
    return {"school": school, "plg": plg, "doel": DoelFactory(plan=plan)}


def _bouw(cls, data, kwargs):
    benodigd = {
        naam
        for naam, param in inspect.signature(cls.__init__).parameters.items()
        if param.kind is param.KEYWORD_ONLY and param.default is param.empty
    }
    onbekend = benodigd - set(kwargs)
    assert not onbekend, f"{cls.__name__} needs {onbekend}: add them to form_kwargs"
    return cls(data, **{naam: kwargs[naam] for naam in benodigd})


def _veldnaam(form, naam):
    return form.add_prefix(naam)


@pytest.mark.parametrize("naam", sorted(DATE_FORMS))
def test_every_date_field_refuses_the_year_3000(naam, form_kwargs):
    cls, velden = DATE_FORMS[naam]
    for veld in velden:
        leeg = _bouw(cls, None, form_kwargs)
        waarde = (
            "3000-01-01T10:00"
            if isinstance(leeg.fields[veld], forms.DateTimeField)
            else ("3000-01-01")
        )
        data = {_veldnaam(leeg, veld): waarde}
        # Even a tick meant for the date does not let it through.
        data[_veldnaam(leeg, CONFIRM_FIELD)] = f"{veld}=3000-01-01"
        form = _bouw(cls, data, form_kwargs)
        assert not form.is_valid()
        assert form.errors.get(veld), (naam, veld)
        # The same field with today's date has no error: the refusal is about the year.
        vandaag = timezone.localdate().isoformat()
        form = _bouw(
            cls, {_veldnaam(leeg, veld): waarde.replace("3000-01-01", vandaag)}, form_kwargs
        )
        form.is_valid()
        assert not form.errors.get(veld), (naam, veld, form.errors.get(veld))


@pytest.mark.parametrize("naam", sorted(DATE_FORMS))
def test_every_date_field_refuses_a_new_date_in_2019(naam, form_kwargs):
    cls, velden = DATE_FORMS[naam]
    for veld in velden:
        leeg = _bouw(cls, None, form_kwargs)
        is_tijd = isinstance(leeg.fields[veld], forms.DateTimeField)
        form = _bouw(
            cls,
            {_veldnaam(leeg, veld): "2019-03-04T10:00" if is_tijd else "2019-03-04"},
            form_kwargs,
        )
        assert not form.is_valid()
        assert any("schooljaar" in str(fout) for fout in form.errors.get(veld, [])), (
            naam,
            veld,
            form.errors.get(veld),
        )


@time_machine.travel("2026-11-20 10:00 +01:00", tick=False)
def test_an_unlikely_deadline_asks_for_confirmation_and_keeps_what_was_typed(
    client, plg, kartrekker
):
    client.force_login(kartrekker)
    url = reverse("plg:werkruimte", args=[plg.school.pk, plg.pk])
    data = {
        "actie": "actie_toevoegen",
        "actie-wat": "Lesbrief plannen herschrijven",
        "actie-owner": kartrekker.pk,
        "actie-deadline": "2028-06-30",
    }
    response = client.post(url, data)
    assert response.status_code == 200
    assert not Actiepunt.objects.exists()
    tekst = response.text
    assert "Deze datum ligt meer dan een jaar vooruit." in tekst
    assert "Ja, deze datum klopt" in tekst
    assert 'type="checkbox"' in tekst
    assert 'value="deadline=2028-06-30"' in tekst
    assert "Lesbrief plannen herschrijven" in tekst
    assert 'value="2028-06-30"' in tekst

    # A tick given for another date confirms nothing.
    response = client.post(url, {**data, "actie-datum_klopt": "deadline=2028-06-01"})
    assert not Actiepunt.objects.exists()

    client.post(url, {**data, "actie-datum_klopt": "deadline=2028-06-30"})
    actie = Actiepunt.objects.get()
    assert actie.deadline == datetime.date(2028, 6, 30)
    assert actie.wat == "Lesbrief plannen herschrijven"


@time_machine.travel("2026-11-20 10:00 +01:00", tick=False)
def test_a_sensible_deadline_needs_no_confirmation(client, plg, kartrekker):
    client.force_login(kartrekker)
    client.post(
        reverse("plg:werkruimte", args=[plg.school.pk, plg.pk]),
        {
            "actie": "actie_toevoegen",
            "actie-wat": "Lesbrief",
            "actie-owner": kartrekker.pk,
            "actie-deadline": "2027-01-15",
        },
    )
    assert Actiepunt.objects.get().deadline == datetime.date(2027, 1, 15)


@time_machine.travel("2026-11-20 10:00 +01:00", tick=False)
def test_a_measurement_in_the_future_asks_for_confirmation(client, school, plg_lid, speerpunt):
    from monitoring.models import Meting
    from verbeterplan.tests.factories import DoelFactory

    doel = DoelFactory(plan=Verbeterplan.start(speerpunt.huidige_cyclus))
    client.force_login(plg_lid)
    url = reverse("monitoring:doel", args=[school.pk, doel.pk])
    response = client.post(url, {"datum": "2026-12-20", "waarde": "55"})
    assert "Deze datum ligt in de toekomst." in response.text
    assert not Meting.objects.exists()
    client.post(url, {"datum": "2026-12-20", "waarde": "55", CONFIRM_FIELD: "datum=2026-12-20"})
    assert Meting.objects.get().datum == datetime.date(2026, 12, 20)


def test_an_existing_row_with_an_old_date_can_still_be_edited(plg, kartrekker):
    from plg.forms import ActiepuntForm

    actie = Actiepunt.objects.create(
        plg=plg, wat="Oud", owner=kartrekker, deadline=datetime.date(2019, 3, 4)
    )
    form = ActiepuntForm(
        {
            "actie-wat": "Oud, hernoemd",
            "actie-owner": kartrekker.pk,
            "actie-deadline": "2019-03-04",
        },
        instance=actie,
        plg=plg,
    )
    assert form.is_valid(), form.errors


@pytest.mark.parametrize(
    ("dag", "vandaag", "verwacht"),
    [
        (datetime.date(2026, 8, 1), datetime.date(2026, 11, 20), True),
        (datetime.date(2027, 7, 31), datetime.date(2026, 11, 20), True),
        (datetime.date(2027, 8, 1), datetime.date(2026, 11, 20), False),
        (datetime.date(2026, 7, 31), datetime.date(2026, 11, 20), False),
        (datetime.date(2026, 3, 1), datetime.date(2026, 5, 20), True),
        (datetime.date(2025, 8, 1), datetime.date(2026, 5, 20), True),
    ],
)
def test_school_year_runs_from_august_to_july(dag, vandaag, verwacht):
    assert in_current_school_year(dag, vandaag) is verwacht


def test_the_year_goes_after_the_month():
    assert with_year("j F") == "j F Y"
    assert with_year("l j F, H:i") == "l j F Y, H:i"
    assert with_year("j M") == "j M Y"
    assert with_year("d-m") == "d-m Y"


@time_machine.travel("2026-11-20 10:00 +01:00", tick=False)
def test_the_display_filter_shows_the_year_outside_this_school_year(settings):
    settings.LANGUAGE_CODE = "nl"
    template = Template('{% load koers %}{{ dag|schooldatum:"j F" }}')
    assert template.render(Context({"dag": datetime.date(2027, 1, 14)})) == "14 januari"
    assert template.render(Context({"dag": datetime.date(2028, 1, 14)})) == "14 januari 2028"
    assert template.render(Context({"dag": datetime.date(3000, 1, 1)})) == "1 januari 3000"
    assert template.render(Context({"dag": datetime.date(2026, 7, 31)})) == "31 juli 2026"
    assert template.render(Context({"dag": None})) == ""
    moment = datetime.datetime(2027, 9, 6, 14, 30, tzinfo=datetime.UTC)
    assert show_date(moment, "l j F, H:i") == "maandag 6 september 2027, 16:30"


@time_machine.travel("2026-11-20 10:00 +01:00", tick=False)
def test_a_meeting_next_year_shows_its_year_in_the_plg_header(client, plg, kartrekker):
    from plg.models import Bijeenkomst

    Bijeenkomst.objects.create(
        plg=plg, start=datetime.datetime(2027, 9, 6, 12, tzinfo=datetime.UTC)
    )
    client.force_login(kartrekker)
    response = client.get(reverse("plg:werkruimte", args=[plg.school.pk, plg.pk]))
    assert "6 september 2027" in response.text
