from django import forms
from django.utils.translation import gettext_lazy as _

from core.dates import DateKind, SensibleDatesMixin
from core.forms import EigenRijenFormSet, FormTokenMixin, IdMultipleChoiceField
from cyclus.models import MIN_RESPONDENTEN, SchoolInstellingen
from scholen.models import User

from .models import Meting, Monitormoment, Score, Vraag


class DatumInput(forms.DateInput):
    input_type = "date"

    def __init__(self, **kwargs):
        super().__init__(format="%Y-%m-%d", **kwargs)


class MonitormomentForm(FormTokenMixin, SensibleDatesMixin, forms.ModelForm):
    date_kinds = {"datum": DateKind.PLANNED, "sluitdatum": DateKind.PLANNED}

    class Meta:
        model = Monitormoment
        fields = ["titel", "datum", "sluitdatum", "teamleden", "drempel"]
        field_classes = {"teamleden": IdMultipleChoiceField}
        widgets = {
            "datum": DatumInput(),
            "sluitdatum": DatumInput(),
            "teamleden": forms.CheckboxSelectMultiple,
        }

    def __init__(self, *args, school, plg_leden=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["teamleden"].queryset = (
            User.objects.filter(lidmaatschappen__school=school, is_active=True)
            .exclude(pk__in=plg_leden)
            .order_by("naam")
        )
        self.fields["teamleden"].label = _("Ook vragen aan (naast de PLG)")
        instellingen = SchoolInstellingen.objects.filter(school=school).first()
        self.minimum = max(
            MIN_RESPONDENTEN, instellingen.anoniem_vanaf if instellingen else MIN_RESPONDENTEN
        )
        self.fields["drempel"].help_text = _(
            "Antwoorden zijn anoniem: de samenvatting en toelichtingen verschijnen pas vanaf "
            "dit aantal antwoorden. Leeg: %(minimum)s, zoals de school heeft ingesteld."
        ) % {"minimum": self.minimum}

    def clean_drempel(self):
        drempel = self.cleaned_data.get("drempel")
        if drempel is not None and drempel < self.minimum:
            raise forms.ValidationError(
                _("Kies minstens %(minimum)s, zodat niemand aan zijn antwoorden te herkennen is.")
                % {"minimum": self.minimum}
            )
        return drempel

    def clean(self):
        data = super().clean()
        datum, sluitdatum = data.get("datum"), data.get("sluitdatum")
        if datum and sluitdatum and sluitdatum < datum:
            self.add_error("sluitdatum", _("De sluitdatum ligt vóór de startdatum."))
        return data


VraagFormSet = forms.inlineformset_factory(
    Monitormoment,
    Vraag,
    formset=EigenRijenFormSet,
    fields=["tekst", "toelichting", "volgorde"],
    extra=1,
    can_delete=True,
)


class AntwoordForm(forms.Form):
    """One scale and one comment per question of the moment."""

    # "Weet ik niet" is a choice of its own (0, stored as no score), so that nothing is
    # selected in advance for someone who has not answered yet.
    WEET_NIET = 0
    SCHAAL = [*Score.choices, (WEET_NIET, _("weet ik niet"))]

    def __init__(self, *args, vragen, respons=None, **kwargs):
        super().__init__(*args, **kwargs)
        eerder = {}
        if respons is not None:
            eerder = {a.vraag_id: a for a in respons.antwoorden.all()}
        self.vragen = list(vragen)
        for nummer, vraag in enumerate(self.vragen, start=1):
            antwoord = eerder.get(vraag.pk)
            self.fields[f"score_{vraag.pk}"] = forms.TypedChoiceField(
                label=f"{nummer}. {vraag.tekst}",
                choices=self.SCHAAL,
                coerce=lambda waarde: int(waarde) or None,
                empty_value=None,
                required=False,
                widget=forms.RadioSelect,
                initial=(antwoord.score or self.WEET_NIET) if antwoord else None,
            )
            self.fields[f"toelichting_{vraag.pk}"] = forms.CharField(
                label=vraag.toelichting or _("Toelichting"),
                required=False,
                max_length=4000,
                widget=forms.Textarea(attrs={"rows": 3}),
                initial=antwoord.toelichting if antwoord else "",
            )

    def antwoorden(self) -> dict[int, tuple[int | None, str]]:
        return {
            vraag.pk: (
                self.cleaned_data.get(f"score_{vraag.pk}"),
                self.cleaned_data.get(f"toelichting_{vraag.pk}", "").strip(),
            )
            for vraag in self.vragen
        }


class MetingForm(FormTokenMixin, SensibleDatesMixin, forms.ModelForm):
    date_kinds = {"datum": DateKind.HAPPENED}

    class Meta:
        model = Meting
        fields = ["datum", "waarde", "observatie"]
        widgets = {"datum": DatumInput()}

    def __init__(self, *args, doel, **kwargs):
        super().__init__(*args, **kwargs)
        self.doel = doel
        if doel.eenheid:
            self.fields["waarde"].label = _("Waarde (%(eenheid)s)") % {"eenheid": doel.eenheid}
        if doel.indicator:
            self.fields["observatie"].help_text = doel.indicator

    def clean(self):
        data = super().clean()
        if data.get("waarde") is None and not data.get("observatie", "").strip():
            raise forms.ValidationError(_("Vul een waarde in, een observatie, of allebei."))
        return data

    def bewaar(self, by) -> Meting:
        meting = self.save(commit=False)
        meting.doel = self.doel
        meting.created_by = by
        meting.save()
        return meting
