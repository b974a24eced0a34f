"""What the plan answers in the gates of steps 3 and 4 (registered in VerbeterplanConfig.ready)."""

from django.utils.translation import gettext_lazy as _

from cyclus.poort import registreer

from .models import PlanStatus


def _plan(cyclus):
    return getattr(cyclus, "verbeterplan", None) if cyclus is not None else None


def _plan_compleet(speerpunt, cyclus) -> bool:
    plan = _plan(cyclus)
    return plan is not None and not plan.ontbreekt()


def _plan_vastgesteld(speerpunt, cyclus) -> bool:
    # A plan that is being revised (back from step 4) has to be closed again before the
    # speerpunt returns to step 4: until then the team works from a plan still in motion.
    plan = _plan(cyclus)
    return plan is not None and plan.status == PlanStatus.VASTGESTELD


def registreer_punten() -> None:
    registreer(
        3,
        "plan_compleet",
        _(
            "Het verbeterplan is compleet: doelen, acties, tijdpad, communicatie, evaluatie, "
            "randvoorwaarden en aanpak"
        ),
        _plan_compleet,
        volgorde=10,
    )
    registreer(
        3,
        "plan",
        _("Het verbeterplan is vastgesteld, met het besluit"),
        _plan_vastgesteld,
        volgorde=20,
    )
    registreer(
        4, "bijgesteld", _("Het plan is bijgesteld waar de gegevens daarom vroegen"), volgorde=20
    )
