"""Texts a team edits together: a save made from a form opened on an older version is refused,
and the person sees what is there now next to what they typed, to merge and save again.

The form carries a fingerprint of the content it was opened with (`base_version`). Saving
locks the row that guards the content, reads the content again and compares fingerprints, so
of two people who opened the same version the second one to save is refused instead of
silently undoing the first one's work. Nothing typed is lost: the refused form comes back
with the person's own text in it, now based on the current version.
"""

import datetime
import hashlib
import json
from collections.abc import Callable, Iterable

from django import forms
from django.db import models, transaction
from django.utils.text import capfirst
from django.utils.translation import gettext


def fingerprint(values) -> str:
    """A fingerprint of what a form was opened with; a save with an old one is refused."""
    data = json.dumps(values, sort_keys=True, default=str, ensure_ascii=False)
    return hashlib.sha256(data.encode()).hexdigest()[:16]


def _readable(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return gettext("ja") if value else gettext("nee")
    if isinstance(value, datetime.datetime):
        return value.strftime("%d-%m-%Y %H:%M")
    if isinstance(value, datetime.date):
        return value.strftime("%d-%m-%Y")
    if isinstance(value, (list, tuple, models.QuerySet)):
        return ", ".join(str(item) for item in value)
    return str(value)


def version(obj: models.Model, fields: Iterable[str], extra: Iterable[str] = ()) -> tuple[str, str]:
    """The (fingerprint, readable text) of some fields of `obj` as they are now, plus lines of
    related rows edited on the same form (`extra`). An unsaved `obj` stands for "nothing saved
    yet", so two people both filling in an empty form are told about each other too."""
    # The primary key counts too: a row saved with the values of an empty form is news.
    raw, lines = [obj.pk], []
    for name in fields:
        field = obj._meta.get_field(name)
        if field.many_to_many:
            related = list(getattr(obj, name).all()) if obj.pk else []
            raw.append(sorted(item.pk for item in related))
            value = related
        elif field.is_relation:
            raw.append(getattr(obj, field.attname))
            value = getattr(obj, name)
        else:
            raw.append(getattr(obj, name))
            value = getattr(obj, f"get_{name}_display")() if field.choices else getattr(obj, name)
        lines.append(f"{capfirst(field.verbose_name)}: {_readable(value)}")
    extra = list(extra)
    return fingerprint([raw, extra]), "\n".join(lines + extra)


class StaleSaveMixin(forms.Form):
    """For a form that edits a shared text: carries the fingerprint it was opened with."""

    base_version = forms.CharField(required=False, widget=forms.HiddenInput)

    def __init__(self, *args, base_version: str = "", **kwargs):
        super().__init__(*args, **kwargs)
        self.initial["base_version"] = base_version

    def full_clean(self):
        super().full_clean()
        # Kept apart from the content, so `cleaned_data` can be handed on as it is.
        cleaned = getattr(self, "cleaned_data", {})
        self.base_version = cleaned.pop("base_version", "")

    def typed_text(self) -> str:
        """What the person typed, as readable lines, to set next to the current version."""
        lines = []
        for name, field in self.fields.items():
            if field.widget.is_hidden:
                continue
            value = self.cleaned_data.get(name)
            if isinstance(field, forms.ModelMultipleChoiceField):
                value = list(value or [])
            elif not isinstance(field, forms.ModelChoiceField) and getattr(field, "choices", None):
                labels = dict(field.choices)
                if isinstance(value, list):
                    value = [labels.get(item, item) for item in value]
                elif value not in (None, ""):
                    value = labels.get(value, value)
            lines.append(f"{field.label}: {_readable(value)}")
        return "\n".join(lines)

    def rebase(self, base_version: str) -> None:
        """Puts the current version under what the person typed: the next save goes through."""
        data = self.data.copy()
        data[self.add_prefix("base_version")] = base_version
        self.data = data


def save_unless_changed(
    form: StaleSaveMixin,
    *,
    lock: models.QuerySet,
    current: Callable[[], tuple[str, str]],
    save: Callable[[], object],
    typed_extra: Iterable[str] = (),
) -> dict | None:
    """Runs `save()` unless the content changed since `form` was opened.

    `lock` is a queryset of the one row that guards the content (the row itself, or its
    parent when the content may not exist yet); `current()` reads the content's version after
    the lock is held. Returns None when saved, or the conflict for the template
    ("core/_conflict.html": the current text and the typed one) with the form rebased.
    """
    with transaction.atomic():
        # Two people saving from the same version: the row lock makes the second one wait,
        # then read the first one's change and be refused.
        lock.select_for_update().get()
        token, text = current()
        if token == form.base_version:
            save()
            return None
    form.rebase(token)
    typed = "\n".join([form.typed_text(), *typed_extra])
    return {"anders": text, "jouw": typed}
