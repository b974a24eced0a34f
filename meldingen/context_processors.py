from django.utils.functional import SimpleLazyObject

from .models import Melding


def meldingen(request):
    """The unread count in the header; counted only on pages that show it."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {}
    return {
        "ongelezen_meldingen": SimpleLazyObject(
            lambda: Melding.objects.voor(user).ongelezen().count()
        )
    }
