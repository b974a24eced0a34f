from django import forms
from django.db.models import Q
from django.forms import inlineformset_factory
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from core.concurrent_edit import StaleSaveMixin
from core.dates import DateKind, SensibleDatesMixin
from core.forms import EigenRijenFormSet, FormTokenMixin, IdMultipleChoiceField
from scholen.models import Rol, User

from .models import (
    NIEUWE_START,
    Borging,
    Kernwaarde,
    SchoolInstellingen,
    Schooljaar,
    Signaal,
    Speerpunt,
    Stap,
    Status,
)


class SpeerpuntForm(StaleSaveMixin, FormTokenMixin, forms.ModelForm):
    bevestig_limiet = forms.BooleanField(
        label=_("Ja, ik neem dit speerpunt er toch bij"),
        required=False,
    )

    class Meta:
        model = Speerpunt
        fields = [
            "titel",
            "probleem",
            "reden",
            "kernwaarden",
            "visie_toelichting",
            "teams",
            "schooljaar",
            "owner",
        ]
        field_classes = {"kernwaarden": IdMultipleChoiceField, "teams": IdMultipleChoiceField}
        widgets = {
            "kernwaarden": forms.CheckboxSelectMultiple,
            "teams": forms.CheckboxSelectMultiple,
            "probleem": forms.Textarea(attrs={"rows": 3}),
            "reden": forms.Textarea(attrs={"rows": 3}),
            "visie_toelichting": forms.Textarea(attrs={"rows": 3}),
        }
        help_texts = {
            "probleem": _("Wat gaat er nu niet goed, of wat wil de school bereiken?"),
            "kernwaarden": _("Welke kernwaarden uit de visie dient dit speerpunt?"),
            "teams": _("Voor welke teams is dit een speerpunt?"),
        }

    def __init__(self, *args, school, **kwargs):
        super().__init__(*args, **kwargs)
        self.school = school
        self.instellingen = SchoolInstellingen.voor(school)
        self.fields["kernwaarden"].queryset = Kernwaarde.objects.filter(school=school)
        self.fields["teams"].queryset = school.teams.all()
        self.fields["schooljaar"].queryset = Schooljaar.objects.filter(school=school)
        self.fields["owner"].queryset = User.objects.filter(
            lidmaatschappen__school=school, lidmaatschappen__rol=Rol.SCHOOLLEIDER
        ).order_by("naam")
        if not self.is_bound:
            del self.fields["bevestig_limiet"]

    def clean(self):
        data = super().clean()
        teams = data.get("teams") or []
        actief_wordt = self.instance.pk is None or self.instance.status == "actief"
        if "bevestig_limiet" in self.fields and actief_wordt and teams:
            bestaand = self.instance if self.instance.pk else None
            vol = self.instellingen.teams_boven_limiet(list(teams), zonder=bestaand)
            if vol and not data.get("bevestig_limiet"):
                limiet = self.instellingen.limiet_per_team
                namen = ", ".join(f"{team.naam} ({n})" for team, n in vol)
                self.add_error(
                    "bevestig_limiet",
                    ngettext(
                        "Dit team heeft al %(limiet)s of meer actieve speerpunten: %(teams)s. "
                        "Meer tegelijk kost focus. Parkeer liever iets, of bevestig.",
                        "Deze teams hebben al %(limiet)s of meer actieve speerpunten: "
                        "%(teams)s. Meer tegelijk kost focus. Parkeer liever iets, of bevestig.",
                        len(vol),
                    )
                    % {"limiet": limiet, "teams": namen},
                )
        return data


class SignaalForm(forms.ModelForm):
    class Meta:
        model = Signaal
        fields = ["soort", "notitie"]


SignaalFormSet = inlineformset_factory(
    Speerpunt,
    Signaal,
    form=SignaalForm,
    formset=EigenRijenFormSet,
    extra=2,
    can_delete=True,
    max_num=30,
)


class VerplaatsForm(forms.Form):
    van = forms.TypedChoiceField(choices=Stap.choices, coerce=int, widget=forms.HiddenInput)
    naar = forms.TypedChoiceField(
        label=_("Naar stap"), choices=Stap.choices, coerce=int, widget=forms.HiddenInput
    )
    reden = forms.CharField(
        label=_("Toelichting"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class TerugForm(VerplaatsForm):
    naar = forms.TypedChoiceField(
        label=_("Terug naar"), choices=[], coerce=int, widget=forms.RadioSelect
    )
    reden = forms.CharField(label=_("Waarom terug?"), widget=forms.Textarea(attrs={"rows": 3}))

    def __init__(self, *args, terug=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["naar"].choices = [(s, f"{s}. {Stap(s).label}") for s in terug]


class EvaluatieForm(forms.Form):
    uitkomst = forms.ChoiceField(
        label=_("Wat nu?"),
        widget=forms.RadioSelect,
        choices=[("afsluiten", _("De aanpak werkt en is geborgd: sluit het speerpunt af"))]
        + [
            (
                str(s),
                _("Begin een nieuwe cyclus bij stap %(stap)s. %(naam)s")
                % {"stap": int(s), "naam": s.label},
            )
            for s in NIEUWE_START
        ],
    )
    toelichting = forms.CharField(
        label=_("Evaluatie"),
        help_text=_("Werkt de aanpak nog, en willen we hem nog? Wat hebben we geleerd?"),
        widget=forms.Textarea(attrs={"rows": 4}),
    )


class ParkeerForm(forms.Form):
    reden = forms.CharField(
        label=_("Waarom parkeren?"), required=False, widget=forms.Textarea(attrs={"rows": 2})
    )


class VisieForm(StaleSaveMixin, forms.ModelForm):
    class Meta:
        model = SchoolInstellingen
        fields = ["visie", "limiet_per_team", "stil_na_weken", "anoniem_vanaf"]
        widgets = {"visie": forms.Textarea(attrs={"rows": 6})}


class KernwaardeForm(forms.ModelForm):
    class Meta:
        model = Kernwaarde
        fields = ["naam", "toelichting"]

    def __init__(self, *args, school, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.school = school

    def clean_naam(self):
        naam = self.cleaned_data["naam"].strip()
        if Kernwaarde.objects.filter(school=self.instance.school, naam__iexact=naam).exists():
            raise forms.ValidationError(_("Deze kernwaarde staat er al."))
        return naam


class SchooljaarForm(forms.ModelForm):
    class Meta:
        model = Schooljaar
        fields = ["begin_jaar"]
        help_texts = {"begin_jaar": _("Voor schooljaar 2026-2027 vul je 2026 in.")}

    def __init__(self, *args, school, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.school = school

    def clean_begin_jaar(self):
        jaar = self.cleaned_data["begin_jaar"]
        if not 2000 <= jaar <= 2100:
            raise forms.ValidationError(_("Vul een jaartal tussen 2000 en 2100 in."))
        if Schooljaar.objects.filter(school=self.instance.school, begin_jaar=jaar).exists():
            raise forms.ValidationError(_("Dit schooljaar bestaat al."))
        return jaar


class BorgingForm(StaleSaveMixin, SensibleDatesMixin, forms.ModelForm):
    date_kinds = {"evaluatiedatum": DateKind.PLANNED}

    class Meta:
        model = Borging
        fields = [
            "zo_werken_wij",
            "klassen",
            "kwaliteit",
            "agendaritme",
            "borger",
            "evaluatiedatum",
        ]
        widgets = {
            "zo_werken_wij": forms.Textarea(attrs={"rows": 4}),
            "kwaliteit": forms.Textarea(attrs={"rows": 3}),
            "evaluatiedatum": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        }

    def __init__(self, *args, school, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["borger"].queryset = User.objects.filter(
            lidmaatschappen__school=school
        ).order_by("naam")


class DashboardFilterForm(forms.Form):
    team = forms.ModelChoiceField(
        label=_("Team"), queryset=None, required=False, empty_label=_("Alle teams")
    )
    schooljaar = forms.ModelChoiceField(
        label=_("Schooljaar"), queryset=None, required=False, empty_label=_("Alle schooljaren")
    )

    def __init__(self, *args, school, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["team"].queryset = school.teams.all()
        # The board shows active speerpunten: the years that have them, and the current one.
        # Past years without active work do not pile up in the list.
        self.fields["schooljaar"].queryset = (
            Schooljaar.objects.filter(school=school)
            .filter(Q(is_huidig=True) | Q(speerpunten__status=Status.ACTIEF))
            .distinct()
        )
        for field in self.fields.values():
            field.widget.attrs["data-autosubmit"] = ""
