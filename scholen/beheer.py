"""The admin (/beheer/) behind a second step: a beheerder who has set up an authenticator app
gives its code before the admin opens, and with settings.BEHEER_TWEESTAPS_VERPLICHT every
beheerder sets one up first. Ordinary pages ask nobody for a code."""

from urllib.parse import urlencode

from django.conf import settings
from django.contrib.admin import AdminSite
from django.contrib.admin.apps import AdminConfig
from django.shortcuts import redirect
from django.urls import reverse
from django_otp import user_has_device


def needs_second_step(user) -> bool:
    """Whether this signed-in person must still give a code before the admin opens."""
    return (
        user.is_authenticated
        and not user.is_verified()
        and (settings.BEHEER_TWEESTAPS_VERPLICHT or user_has_device(user))
    )


class BeheerSite(AdminSite):
    def has_permission(self, request) -> bool:
        return super().has_permission(request) and not needs_second_step(request.user)

    def login(self, request, extra_context=None):
        # The password is known; only the code is missing, so the admin's login form (which
        # would ask for the password again) sends the beheerder on to the code page.
        user = request.user
        if user.is_active and user.is_staff and needs_second_step(user):
            volgende = request.GET.get("next") or reverse("admin:index", current_app=self.name)
            return redirect(f"{reverse('otp_verify')}?{urlencode({'next': volgende})}")
        return super().login(request, extra_context)


class BeheerConfig(AdminConfig):
    default_site = "scholen.beheer.BeheerSite"
