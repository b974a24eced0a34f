from functools import partial

from django import forms
from django.contrib.auth.forms import PasswordResetForm
from django.contrib.sites.shortcuts import get_current_site
from django.db import transaction
from django.utils.translation import gettext_lazy as _

from .models import Wachtwoordherstel
from .tasks import geef_herstel_door


class KoersPasswordResetForm(PasswordResetForm):
    """Records the request and leaves the rest to the worker. Nothing here depends on whether
    the address exists, so the answer and its timing are the same for every address; the page
    answers at once, and a mail server or broker that is down loses nothing."""

    def save(self, domain_override=None, use_https=False, request=None, **kwargs):
        domein = domain_override or get_current_site(request).domain
        aanvraag = Wachtwoordherstel.objects.create(
            email=self.cleaned_data["email"], domein=domein, https=use_https
        )
        transaction.on_commit(partial(geef_herstel_door, aanvraag.pk))


class OtpCodeForm(forms.Form):
    code = forms.CharField(
        label=_("Code uit je authenticator-app"),
        help_text=_("Zes cijfers; de app toont elke 30 seconden een nieuwe code."),
        max_length=8,
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "inputmode": "numeric", "autofocus": True}
        ),
    )

    def clean_code(self) -> str:
        code = "".join(self.cleaned_data["code"].split())
        if not code.isdigit():
            raise forms.ValidationError(_("Een code bestaat alleen uit cijfers."))
        return code
