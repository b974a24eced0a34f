from django import forms
from django.utils.translation import gettext_lazy as _

from .models import DigestRitme, Soort


class VoorkeurenForm(forms.Form):
    email_aan = forms.MultipleChoiceField(
        label=_("Stuur mij een e-mail over"),
        choices=Soort.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("In Koers zelf zie je alle meldingen, ook als de e-mail uit staat."),
    )
    digest_ritme = forms.ChoiceField(
        label=_("Overzicht voor schoolleiders"),
        choices=DigestRitme.choices,
        help_text=_(
            "Hoe vaak je als schoolleider een overzicht krijgt van speerpunten die stilvallen "
            "en van acties over de deadline."
        ),
    )

    def __init__(self, *args, voorkeuren, **kwargs):
        kwargs.setdefault(
            "initial",
            {
                "email_aan": [s for s in Soort.values if voorkeuren.wil_email(s)],
                "digest_ritme": voorkeuren.digest_ritme,
            },
        )
        super().__init__(*args, **kwargs)

    def bewaar(self, voorkeuren) -> None:
        aan = set(self.cleaned_data["email_aan"])
        voorkeuren.email_uit = [s for s in Soort.values if s not in aan]
        voorkeuren.digest_ritme = self.cleaned_data["digest_ritme"]
        voorkeuren.save(update_fields=["email_uit", "digest_ritme"])
