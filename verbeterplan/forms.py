from django import forms
from django.utils.translation import gettext_lazy as _

from core.dates import DateKind, SensibleDatesMixin
from core.forms import FormTokenMixin
from scholen.models import User

from .models import (
    STRATEGIE_UITLEG,
    Actie,
    Besluit,
    Communicatiemoment,
    Doel,
    Evaluatiemoment,
    Mijlpaal,
    Randvoorwaarde,
    Verbeterplan,
)


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self, attrs=None):
        super().__init__(attrs, format="%Y-%m-%d")


class TokenForm(FormTokenMixin, forms.ModelForm):
    """Carries the fingerprint of what the form was opened with, so a save over someone
    else's newer change is refused instead of overwriting it."""

    token = forms.CharField(widget=forms.HiddenInput, required=False)


class DoelForm(TokenForm):
    class Meta:
        model = Doel
        fields = [
            "omschrijving",
            "indicator_soort",
            "indicator",
            "nulmeting",
            "streefwaarde",
            "eenheid",
        ]
        widgets = {
            "indicator_soort": forms.RadioSelect,
            "indicator": forms.Textarea(attrs={"rows": 3}),
        }
        help_texts = {
            "indicator": _(
                "Wat zie je gebeuren als het doel bereikt is, of hoe meet je het getal? "
                "Bijvoorbeeld: leerlingen plannen hun huiswerk zelf in hun agenda."
            ),
            "eenheid": _("Bijvoorbeeld %, leerlingen of een cijfer."),
        }


class ActieForm(SensibleDatesMixin, TokenForm):
    date_kinds = {"start": DateKind.PLANNED, "deadline": DateKind.PLANNED}

    class Meta:
        model = Actie
        fields = ["wat", "owner", "owner_text", "start", "deadline", "status"]
        widgets = {"start": DateInput, "deadline": DateInput}

    def __init__(self, *args, school, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["owner"].queryset = User.objects.filter(
            lidmaatschappen__school=school, is_active=True
        ).order_by("naam")
        self.fields["owner"].label_from_instance = lambda user: user.naam


class ActieStatusForm(forms.ModelForm):
    class Meta:
        model = Actie
        fields = ["status"]


class MijlpaalForm(SensibleDatesMixin, TokenForm):
    date_kinds = {"datum": DateKind.PLANNED}

    class Meta:
        model = Mijlpaal
        fields = ["datum", "omschrijving"]
        widgets = {"datum": DateInput}


class CommunicatiemomentForm(SensibleDatesMixin, TokenForm):
    date_kinds = {"datum": DateKind.PLANNED}

    class Meta:
        model = Communicatiemoment
        fields = ["datum", "vorm", "omschrijving"]
        widgets = {"datum": DateInput}


class EvaluatiemomentForm(SensibleDatesMixin, TokenForm):
    date_kinds = {"datum": DateKind.PLANNED}

    class Meta:
        model = Evaluatiemoment
        fields = ["datum", "omschrijving"]
        widgets = {"datum": DateInput}


class RandvoorwaardeForm(TokenForm):
    class Meta:
        model = Randvoorwaarde
        fields = ["voldaan", "toelichting"]
        widgets = {"toelichting": forms.Textarea(attrs={"rows": 3})}
        help_texts = {
            "toelichting": _("Hoe is het geregeld, of wat is er nog nodig en wie zorgt ervoor?")
        }


class AanpakForm(TokenForm):
    class Meta:
        model = Verbeterplan
        fields = ["uitrol", "sturing", "wat_iedereen_doet", "ruimte"]
        widgets = {
            "uitrol": forms.RadioSelect,
            "sturing": forms.RadioSelect,
            "wat_iedereen_doet": forms.Textarea(attrs={"rows": 4}),
            "ruimte": forms.Textarea(attrs={"rows": 3}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for veld in ("uitrol", "sturing"):
            self.fields[veld].choices = self.fields[veld].choices[1:]
            self.fields[veld].required = False


class StrategieRadio(forms.RadioSelect):
    """Each strategy with one sentence on what it means."""

    def create_option(self, name, value, label, selected, index, subindex=None, attrs=None):
        if value in STRATEGIE_UITLEG:
            label = f"{label}: {STRATEGIE_UITLEG[value]}"
        return super().create_option(name, value, label, selected, index, subindex, attrs)


class StrategieForm(TokenForm):
    class Meta:
        model = Verbeterplan
        fields = ["strategie", "strategie_toelichting"]
        widgets = {
            "strategie": StrategieRadio,
            "strategie_toelichting": forms.Textarea(attrs={"rows": 3}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["strategie"].choices = self.fields["strategie"].choices[1:]
        self.fields["strategie"].required = False


class OnderbouwingForm(TokenForm):
    class Meta:
        model = Verbeterplan
        fields = ["referenties"]
        widgets = {"referenties": forms.Textarea(attrs={"rows": 5})}


class BesluitForm(SensibleDatesMixin, forms.ModelForm):
    date_kinds = {"datum": DateKind.HAPPENED}

    aangenomen = forms.TypedChoiceField(
        label=_("Uitkomst"),
        choices=[
            ("ja", _("Het team neemt het plan aan")),
            ("nee", _("Het team neemt het plan niet aan")),
        ],
        coerce=lambda waarde: waarde == "ja",
        widget=forms.RadioSelect,
    )

    class Meta:
        model = Besluit
        fields = ["datum", "besloten_door", "aangenomen", "voorwaarden"]
        widgets = {"datum": DateInput, "voorwaarden": forms.Textarea(attrs={"rows": 3})}


class BijstellingForm(forms.Form):
    reden = forms.CharField(
        label=_("Waarom wordt het plan bijgesteld?"),
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Bijvoorbeeld: de monitoring laat zien dat de planningslessen te kort zijn."),
    )
