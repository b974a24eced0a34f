import hashlib

from django import forms
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from core.concurrent_edit import StaleSaveMixin
from core.forms import FormTokenMixin, IdMultipleChoiceField
from cyclus.models import Stap

from .models import Aanbeveling, Bron, Bronkoppeling, Soort, Thema, Waardering


class ZoekForm(forms.Form):
    """The search box and filters; every field is optional and a wrong value is ignored."""

    q = forms.CharField(
        label=_("Zoeken"),
        required=False,
        max_length=200,
        widget=forms.TextInput(
            attrs={
                "type": "search",
                "autocomplete": "off",
                "placeholder": _("bijvoorbeeld: feedback leerlingen"),
            }
        ),
    )
    thema = forms.TypedChoiceField(
        label=_("Thema"),
        coerce=int,
        required=False,
        empty_value=None,
        error_messages={
            "invalid_choice": forms.ModelChoiceField.default_error_messages["invalid_choice"]
        },
    )
    aanbeveling = forms.ChoiceField(
        label=_("Aanbeveling"),
        choices=[("", _("alle"))] + Aanbeveling.choices,
        required=False,
    )
    stap = forms.TypedChoiceField(
        label=_("Stap"),
        choices=[("", _("alle"))] + Stap.choices,
        coerce=int,
        required=False,
        empty_value=None,
    )
    soort = forms.ChoiceField(
        label=_("Soort"), choices=[("", _("alle"))] + Soort.choices, required=False
    )
    vanaf = forms.IntegerField(
        label=_("Verschenen vanaf"), required=False, min_value=1900, max_value=2100
    )

    def __init__(self, *args, school, **kwargs):
        super().__init__(*args, **kwargs)
        self.school = school
        # Read when first asked for (the results alone, as htmx asks for them while someone
        # types, need no themes), and once: choices, their check and fingerprint share it.
        self.fields["thema"].choices = lambda: [("", _("alle")), *self.themas]

    @cached_property
    def themas(self) -> list[tuple[int, str]]:
        return list(Thema.objects.zichtbaar_voor(self.school).values_list("pk", "naam"))

    @cached_property
    def vingerafdruk(self) -> str:
        """What the filters show, as a key for their rendered HTML: the themes to choose from
        and the values asked for (an invalid one shows its error)."""
        gevraagd = [self.data.get(naam, "") for naam in self.fields if naam != "q"]
        return hashlib.sha256(repr((self.themas, gevraagd)).encode()).hexdigest()

    def filter(self, bronnen):
        """Narrows `bronnen` by the valid filters (an invalid one is dropped, not an error)."""
        self.is_valid()
        data = self.cleaned_data
        if data.get("thema"):
            bronnen = bronnen.filter(themas=data["thema"])
        if data.get("aanbeveling"):
            bronnen = bronnen.met_aanbeveling(data["aanbeveling"])
        if data.get("stap"):
            bronnen = bronnen.voor_stap(data["stap"])
        if data.get("soort"):
            bronnen = bronnen.filter(soort=data["soort"])
        if data.get("vanaf"):
            bronnen = bronnen.filter(jaar__gte=data["vanaf"])
        return bronnen

    @property
    def zoekterm(self) -> str:
        return self.cleaned_data.get("q", "") if hasattr(self, "cleaned_data") else ""


class BronForm(StaleSaveMixin, FormTokenMixin, forms.ModelForm):
    """A school's own addition to the kennisbank."""

    themas = IdMultipleChoiceField(
        label=_("Thema's"),
        queryset=Thema.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    link = forms.URLField(label=_("link"), required=False, max_length=500, assume_scheme="https")
    nieuw_thema = forms.CharField(
        label=_("Nieuw thema"),
        required=False,
        max_length=80,
        help_text=_("Staat het thema er niet bij? Typ het hier."),
    )
    aanbevelingen = forms.MultipleChoiceField(
        label=_("Aanbevelingen uit de leidraad"),
        choices=Aanbeveling.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    stappen = forms.TypedMultipleChoiceField(
        label=_("Helpt bij stap"),
        choices=Stap.choices,
        coerce=int,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    class Meta:
        model = Bron
        fields = [
            "titel",
            "auteurs",
            "jaar",
            "soort",
            "uitgever",
            "link",
            "taal",
            "samenvatting",
            "themas",
            "aanbevelingen",
            "stappen",
        ]
        widgets = {"samenvatting": forms.Textarea(attrs={"rows": 4})}

    def __init__(self, *args, school, **kwargs):
        super().__init__(*args, **kwargs)
        self.school = school
        self.fields["themas"].queryset = Thema.objects.zichtbaar_voor(school)
        if self.instance.pk:
            self.initial["aanbevelingen"] = self.instance.aanbeveling_codes
            self.initial["stappen"] = self.instance.stap_nummers

    def clean_jaar(self):
        jaar = self.cleaned_data["jaar"]
        if jaar and not 1500 <= jaar <= timezone.now().year + 1:
            raise forms.ValidationError(_("Vul een jaartal in, zoals 2021."))
        return jaar

    def clean_aanbevelingen(self):
        return " ".join(sorted(self.cleaned_data["aanbevelingen"]))

    def clean_stappen(self):
        return " ".join(str(stap) for stap in sorted(self.cleaned_data["stappen"]))

    def bewaar(self, *, by) -> Bron:
        bron = self.save(commit=False)
        if not bron.pk:
            bron.school = self.school
            bron.created_by = by
        bron.save()
        themas = list(self.cleaned_data["themas"])
        if self.cleaned_data["nieuw_thema"].strip():
            themas.append(Thema.getypt(self.school, self.cleaned_data["nieuw_thema"]))
        bron.zet_themas(themas)
        return bron


class BronkoppelingForm(StaleSaveMixin, FormTokenMixin, forms.ModelForm):
    """Links a source to a speerpunt with the team's appraisal and vertaalslag."""

    class Meta:
        model = Bronkoppeling
        fields = [
            "speerpunt",
            "actualiteit",
            "actualiteit_toelichting",
            "kwaliteit",
            "kwaliteit_toelichting",
            "bruikbaarheid",
            "bruikbaarheid_toelichting",
            "aansluiting",
            "aansluiting_toelichting",
            "vertaalslag",
        ]
        widgets = {
            punt: forms.RadioSelect(choices=Waardering.choices)
            for punt in ("actualiteit", "kwaliteit", "bruikbaarheid", "aansluiting")
        } | {"vertaalslag": forms.Textarea(attrs={"rows": 5})}
        help_texts = {
            "actualiteit": _("Is de bron recent genoeg voor jullie vraag?"),
            "kwaliteit": _("Berust de bron op onderzoek, op ervaring of op een mening?"),
            "bruikbaarheid": _("Kunnen jullie er in de praktijk iets mee?"),
            "aansluiting": _("Past het bij jullie leerlingen, team en school?"),
        }

    def __init__(self, *args, bron, speerpunten, **kwargs):
        super().__init__(*args, **kwargs)
        self.bron = bron
        self.fields["speerpunt"].queryset = speerpunten
        self.fields["speerpunt"].empty_label = None
        if self.instance.pk:
            del self.fields["speerpunt"]

    def clean_speerpunt(self):
        speerpunt = self.cleaned_data["speerpunt"]
        if Bronkoppeling.objects.filter(bron=self.bron, speerpunt=speerpunt).exists():
            raise forms.ValidationError(
                _("Deze bron is al aan dit speerpunt gekoppeld. Pas daar de beoordeling aan.")
            )
        return speerpunt

    def bewaar(self, *, by) -> Bronkoppeling:
        koppeling = self.save(commit=False)
        if not koppeling.pk:
            koppeling.bron = self.bron
            koppeling.created_by = by
        koppeling.save()
        return koppeling
