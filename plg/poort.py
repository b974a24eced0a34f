"""What the PLG answers in the gate of step 1 (registered in PlgConfig.ready)."""

from django.utils.translation import gettext_lazy as _

from cyclus.poort import registreer

from .models import PLGLid


def _plg_met_kartrekker(speerpunt, cyclus) -> bool:
    return PLGLid.objects.van_speerpunt(speerpunt).kartrekkers().exists()


def registreer_punten() -> None:
    registreer(1, "plg", _("Er is een PLG met een kartrekker"), _plg_met_kartrekker, volgorde=30)
    registreer(
        1,
        "vertegenwoordigd",
        _("Iedereen die het aangaat (leerjaren, vakken, afdelingen) zit in de PLG"),
        volgorde=40,
    )
