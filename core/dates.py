"""Dates that make sense: what every date a person types must satisfy, and how a date is shown.

A date in these forms is either planned (a meeting, a deadline, a milestone, a monitoring or
evaluation moment: it lies ahead when it is typed) or happened (a measurement, a decision, a
finding: it lies behind). Some dates cannot be meant and are refused; some are only unlikely
and are saved once the person ticks "Ja, deze datum klopt", so a typo (2062 for 2026) is
caught without getting in the way of the rare date that is right.

Refused, for every date:
- before 2000: no improvement cycle in this product is that old; it is a typo (0226, 1926);
- more than five years ahead: a plan spans a few school years and a borging is evaluated
  within them, so nothing is planned further ahead (and the calendar feed stops there too).
Refused, for a date typed now (a new row, or a date that was changed):
- before the start of the previous school year: a new row belongs to this school year or the
  last one (a measurement or decision typed in late still fits); 2019 is a typo.
Asked to confirm:
- a planned date more than a year ahead: plans are made per school year;
- a planned date, typed now, that has already passed: usually the wrong month or year;
- a happened date in the future: a measurement or decision is recorded once it took place.
"""

import datetime
import enum
import re

from django import forms
from django.core.exceptions import ImproperlyConfigured
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

EARLIEST = datetime.date(2000, 1, 1)
FURTHEST_AHEAD_YEARS = 5
CONFIRM_AHEAD = datetime.timedelta(days=366)
SCHOOL_YEAR_START_MONTH = 8
CONFIRM_FIELD = "datum_klopt"


class DateKind(enum.Enum):
    PLANNED = "planned"
    HAPPENED = "happened"


def school_year_start(day: datetime.date) -> datetime.date:
    """1 August of the school year `day` falls in (a school year runs 1 August – 31 July)."""
    jaar = day.year if day.month >= SCHOOL_YEAR_START_MONTH else day.year - 1
    return datetime.date(jaar, SCHOOL_YEAR_START_MONTH, 1)


def in_current_school_year(day: datetime.date, today: datetime.date | None = None) -> bool:
    return school_year_start(day) == school_year_start(today or timezone.localdate())


def _as_date(value) -> datetime.date:
    if isinstance(value, datetime.datetime):
        return timezone.localtime(value).date() if timezone.is_aware(value) else value.date()
    return value


def _years_ahead(today: datetime.date, years: int) -> datetime.date:
    try:
        return today.replace(year=today.year + years)
    except ValueError:  # 29 February
        return today.replace(year=today.year + years, day=28)


def refusal(value, *, typed_now: bool, today: datetime.date | None = None):
    """Why `value` cannot be meant, or None."""
    today = today or timezone.localdate()
    day = _as_date(value)
    if day < EARLIEST:
        return _("Deze datum ligt vóór 2000. Controleer het jaartal.")
    if day > _years_ahead(today, FURTHEST_AHEAD_YEARS):
        return _("Deze datum ligt meer dan vijf jaar vooruit. Controleer het jaartal.")
    previous_school_year = school_year_start(today).replace(year=school_year_start(today).year - 1)
    if typed_now and day < previous_school_year:
        return _(
            "Deze datum ligt vóór het vorige schooljaar (%(begin)s). Controleer het jaartal."
        ) % {"begin": date_format(previous_school_year, "j F Y")}
    return None


def doubt(value, kind: DateKind, *, typed_now: bool, today: datetime.date | None = None):
    """Why `value` is unlikely for a date of this kind, or None."""
    today = today or timezone.localdate()
    day = _as_date(value)
    if kind is DateKind.PLANNED:
        if day > today + CONFIRM_AHEAD:
            return _("Deze datum ligt meer dan een jaar vooruit.")
        if typed_now and day < today:
            return _("Deze datum ligt in het verleden.")
    elif day > today:
        return _("Deze datum ligt in de toekomst.")
    return None


class ConfirmCheckbox(forms.CheckboxInput):
    """The "Ja, deze datum klopt" box. Its value names the dates it confirms, so ticking it
    for one date does not let a different date through after an edit."""

    def __init__(self, confirms: str):
        super().__init__(attrs={"value": confirms}, check_test=lambda value: False)

    def format_value(self, value):
        return None


class SensibleDatesMixin:
    """For every form with a date: impossible dates are refused, unlikely ones need a tick.

    A form lists the kind of each of its date fields in `date_kinds`; a date field without a
    kind is a mistake in the code and fails as soon as the form is built.
    """

    date_kinds: dict[str, DateKind] = {}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.date_fields = {}
        for name, field in self.fields.items():
            if isinstance(field, forms.DateField | forms.DateTimeField):
                if name not in self.date_kinds:
                    raise ImproperlyConfigured(
                        f"{type(self).__name__}.date_kinds has no kind for {name!r}."
                    )
                self.date_fields[name] = self.date_kinds[name]
        self.fields[CONFIRM_FIELD] = forms.CharField(
            label=_("Ja, deze datum klopt"),
            label_suffix="",
            required=False,
            widget=forms.HiddenInput,
        )

    def _typed_now(self, name) -> bool:
        instance = getattr(self, "instance", None)
        is_new = instance is None or instance.pk is None
        return is_new or name in self.changed_data

    def clean(self):
        data = super().clean()
        # The tick is about this request only; nothing downstream should see it as data.
        bevestigd = data.pop(CONFIRM_FIELD, "")
        twijfels = {}
        for name, kind in self.date_fields.items():
            value = data.get(name)
            if value is None:
                continue
            typed_now = self._typed_now(name)
            reden = refusal(value, typed_now=typed_now)
            if reden:
                self.add_error(name, reden)
                continue
            reden = doubt(value, kind, typed_now=typed_now)
            if reden:
                twijfels[name] = (reden, value)
        if twijfels:
            confirms = ";".join(
                f"{name}={value.isoformat()}" for name, (_reden, value) in twijfels.items()
            )
            if bevestigd != confirms:
                self.fields[CONFIRM_FIELD].widget = ConfirmCheckbox(confirms)
                for name, (reden, value) in twijfels.items():
                    self.add_error(
                        name,
                        _("%(reden)s Klopt dat? Vink dan “Ja, deze datum klopt” aan.")
                        % {"reden": reden},
                    )
                    # The date may well be right: keep it for the form's other checks (a
                    # deadline before the start), so every problem shows at once.
                    data[name] = value
        return data


_MONTH = re.compile(r"(?<!\\)[FMNbE]")


def with_year(fmt: str) -> str:
    """`fmt` with the year after its month ("j F" → "j F Y"), or at the end."""
    match = _MONTH.search(fmt)
    if match is None:
        return f"{fmt} Y"
    return f"{fmt[: match.end()]} Y{fmt[match.end() :]}"


def show_date(value, fmt: str = "j F") -> str:
    """A date as a person reads it: without the year inside the current school year, with
    the year otherwise, so a date next year or long ago never passes for one this year."""
    if value in (None, ""):
        return ""
    if isinstance(value, datetime.datetime) and timezone.is_aware(value):
        value = timezone.localtime(value)
    if not in_current_school_year(_as_date(value)):
        fmt = with_year(fmt)
    return date_format(value, fmt)
