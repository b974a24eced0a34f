import uuid

from django import forms
from django.core.exceptions import BadRequest, ValidationError
from django.core.validators import RegexValidator
from django.forms import BaseInlineFormSet, BoundField
from django.forms.renderers import TemplatesSetting
from django.utils.translation import gettext_lazy as _

from core.params import parse_id

# A title, name or short description is one line: it ends up in a mail subject, a calendar
# summary or a heading, where a line break breaks the header or the layout.
een_regel = RegexValidator(
    r"[\r\n]",
    inverse_match=True,
    message=_("Gebruik één regel, zonder enter."),
    code="een_regel",
)


def is_een_regel(field: forms.Field) -> bool:
    """Text typed into an input of one line: every text field but a textarea or a hidden one."""
    return isinstance(field, forms.CharField) and not isinstance(
        field.widget, (forms.Textarea, forms.HiddenInput)
    )


class KoersBoundField(BoundField):
    """Every form of the product binds its fields through this class (the renderer's
    `bound_field_class`), so what holds for all fields is added here, once: one-line text
    fields refuse line breaks, and error messages are tied to their input."""

    def __init__(self, form, field, name):
        super().__init__(form, field, name)
        # `field` is this form instance's own copy, so the validator reaches no other form.
        if is_een_regel(field) and een_regel not in field.validators:
            field.validators.append(een_regel)

    def build_widget_attrs(self, attrs, widget=None):
        attrs = super().build_widget_attrs(attrs, widget)
        # Ties the field's error messages to its input, so a screen reader reads them with it.
        if self.errors and self.auto_id:
            described = [attrs.get("aria-describedby"), f"{self.auto_id}_errors"]
            attrs["aria-describedby"] = " ".join(part for part in described if part)
        return attrs


class IdMultipleChoiceField(forms.ModelMultipleChoiceField):
    """A choice of several rows by their id. Django checks that a posted value has an id's
    type, not its range: a number no id column holds reaches the query and fails there (an
    OverflowError on SQLite, a DataError on PostgreSQL). Here it is a form error first."""

    default_error_messages = {"invalid_pk_value": _("Kies uit de lijst.")}

    def clean(self, value):
        if isinstance(value, (list, tuple)):
            for pk in value:
                try:
                    parse_id(pk)
                except BadRequest:
                    raise ValidationError(
                        self.error_messages["invalid_pk_value"], code="invalid_pk_value"
                    ) from None
        return super().clean(value)


class KoersFormRenderer(TemplatesSetting):
    form_template_name = "forms/form.html"
    field_template_name = "forms/field.html"
    bound_field_class = KoersBoundField


class FormTokenMixin(forms.Form):
    """For every form that creates something: a one-time token rendered with the form, so a
    double click or a retried request creates one object (see core.models.FormToken)."""

    form_token = forms.UUIDField(required=False, widget=forms.HiddenInput, initial=uuid.uuid4)

    def full_clean(self):
        super().full_clean()
        # Kept apart from what the form creates, so `cleaned_data` can be handed to a model
        # method as it is.
        cleaned = getattr(self, "cleaned_data", {})
        self.form_token = cleaned.pop("form_token", None)


class EigenRijenFormSet(BaseInlineFormSet):
    """An inline formset that finds its rows among the parent's own rows only.

    Django looks a posted row id up in the whole table, and quietly ignores one that belongs
    to another parent; here such an id is a form error, so the whole post is refused.
    """

    def add_fields(self, form, index):
        super().add_fields(form, index)
        form.fields[self._pk_field.name].queryset = self.get_queryset()
