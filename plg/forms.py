from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.concurrent_edit import StaleSaveMixin
from core.dates import DateKind, SensibleDatesMixin
from core.forms import FormTokenMixin
from scholen.models import User

from .models import (
    PLG,
    Actiepunt,
    Analysevraag,
    Bevinding,
    Bijeenkomst,
    Expertise,
    Leerlingdeelnemer,
    Notitie,
    PLGLid,
    Reactie,
    Tussenstand,
)


def medewerkers(school):
    return User.objects.filter(lidmaatschappen__school=school, is_active=True).order_by("naam")


class PersoonKeuze(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return obj.naam or obj.email


class PLGInrichtenForm(forms.ModelForm):
    """The schoolleider sets a PLG up: for which speerpunt, its name, its kartrekker."""

    prefix = "plg"

    kartrekker = PersoonKeuze(label=_("Kartrekker"), queryset=User.objects.none())

    class Meta:
        model = PLG
        fields = ["speerpunt", "naam", "ritme"]

    def __init__(self, *args, school, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["kartrekker"].queryset = medewerkers(school)
        if self.instance.pk:
            del self.fields["speerpunt"]
            kartrekker = self.instance.leden.kartrekkers().first()
            if kartrekker:
                self.initial.setdefault("kartrekker", kartrekker.user_id)
        else:
            self.fields["speerpunt"].queryset = school.speerpunten.filter(plg__isnull=True)
            self.fields["speerpunt"].empty_label = _("Kies een speerpunt")


class LidForm(forms.ModelForm):
    prefix = "lid"

    user = PersoonKeuze(label=_("Collega"), queryset=User.objects.none())

    class Meta:
        model = PLGLid
        fields = ["user", "vertegenwoordigt"]

    def __init__(self, *args, plg, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["user"].queryset = medewerkers(plg.school).exclude(plg_lidmaatschappen__plg=plg)


class LeerlingForm(forms.ModelForm):
    prefix = "leerling"

    class Meta:
        model = Leerlingdeelnemer
        fields = ["roepnaam"]

    def clean_roepnaam(self):
        roepnaam = self.cleaned_data["roepnaam"].strip()
        if len(roepnaam.split()) > 2:
            raise forms.ValidationError(
                _("Noteer alleen een voornaam of een schuilnaam, geen volledige naam.")
            )
        return roepnaam


class RitmeForm(forms.ModelForm):
    prefix = "ritme"

    class Meta:
        model = PLG
        fields = ["ritme"]


class BijeenkomstForm(FormTokenMixin, SensibleDatesMixin, forms.ModelForm):
    date_kinds = {"start": DateKind.PLANNED}

    class Meta:
        model = Bijeenkomst
        fields = ["start", "plaats"]
        widgets = {
            "start": forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M")
        }


class AgendapuntForm(forms.Form):
    prefix = "agenda"

    tekst = forms.CharField(label=_("Nieuw agendapunt"), max_length=300)


class NotitieForm(forms.ModelForm):
    prefix = "notitie"

    class Meta:
        model = Notitie
        fields = ["soort", "tekst"]
        widgets = {"tekst": forms.Textarea(attrs={"rows": 4})}


class ActiepuntForm(FormTokenMixin, SensibleDatesMixin, forms.ModelForm):
    prefix = "actie"
    date_kinds = {"deadline": DateKind.PLANNED}

    owner = PersoonKeuze(label=_("Wie"), queryset=User.objects.none())

    class Meta:
        model = Actiepunt
        fields = ["wat", "owner", "deadline"]
        widgets = {"deadline": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")}

    def __init__(self, *args, plg, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["owner"].queryset = User.objects.filter(plg_lidmaatschappen__plg=plg).order_by(
            "naam"
        )
        self.fields["owner"].empty_label = _("Kies een lid van de PLG")


class BevindingForm(FormTokenMixin, SensibleDatesMixin, forms.ModelForm):
    prefix = "bevinding"
    date_kinds = {"datum": DateKind.HAPPENED}

    class Meta:
        model = Bevinding
        fields = ["soort", "groep", "datum", "gehoord", "tekst", "tags"]
        widgets = {
            "datum": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "tekst": forms.Textarea(attrs={"rows": 4}),
        }

    def clean_datum(self):
        datum = self.cleaned_data["datum"]
        if datum > timezone.localdate():
            raise forms.ValidationError(_("Een bevinding kan niet in de toekomst liggen."))
        return datum


class AnalyseForm(StaleSaveMixin, forms.Form):
    """The guided problem analysis and the knowledge question, answered on one form."""

    def __init__(self, *args, antwoorden: dict[str, str], kennisvraag: str, **kwargs):
        super().__init__(*args, **kwargs)
        for vraag in Analysevraag:
            self.fields[vraag.value] = forms.CharField(
                label=vraag.label,
                required=False,
                initial=antwoorden.get(vraag.value, ""),
                widget=forms.Textarea(attrs={"rows": 3}),
            )
        self.fields["kennisvraag"] = forms.CharField(
            label=_("Onze kennisvraag"),
            required=False,
            initial=kennisvraag,
            help_text=PLG._meta.get_field("kennisvraag").help_text,
            widget=forms.Textarea(attrs={"rows": 2}),
        )


class TussenstandForm(FormTokenMixin, forms.ModelForm):
    prefix = "tussenstand"

    class Meta:
        model = Tussenstand
        fields = ["titel", "tekst"]
        widgets = {"tekst": forms.Textarea(attrs={"rows": 5})}


class ReactieForm(FormTokenMixin, forms.ModelForm):
    class Meta:
        model = Reactie
        fields = ["tekst"]
        widgets = {"tekst": forms.Textarea(attrs={"rows": 3})}


class ExpertiseForm(forms.ModelForm):
    class Meta:
        model = Expertise
        fields = ["onderwerp", "toelichting"]
