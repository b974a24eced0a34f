from django.forms import BoundField
from django.forms.renderers import TemplatesSetting


class KoersBoundField(BoundField):
    """Ties a field's error messages to its input, so a screen reader reads them with it."""

    def build_widget_attrs(self, attrs, widget=None):
        attrs = super().build_widget_attrs(attrs, widget)
        if self.errors and self.auto_id:
            described = [attrs.get("aria-describedby"), f"{self.auto_id}_errors"]
            attrs["aria-describedby"] = " ".join(part for part in described if part)
        return attrs


class KoersFormRenderer(TemplatesSetting):
    form_template_name = "forms/form.html"
    field_template_name = "forms/field.html"
    bound_field_class = KoersBoundField
