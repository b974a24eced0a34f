"""Who may do what with a verbeterplan.

- the PLG of the speerpunt (kartrekker and members) and the school's schoolleider write it;
- only the schoolleider records the team's decision;
- everyone else at the school, and the board, reads it (the PDF too);
- anyone else gets a 404, for the plan and for its PDF.
"""

from dataclasses import dataclass

from django.shortcuts import get_object_or_404

from core.access import Toegang
from plg.permissions import is_lid

from .models import Verbeterplan


def mag_bewerken(toegang, user, speerpunt) -> bool:
    if toegang.is_schoolleider:
        return True
    return toegang.is_medewerker and is_lid(user, speerpunt)


def mag_besluiten(toegang) -> bool:
    return toegang.is_schoolleider


@dataclass(frozen=True)
class PlanRechten:
    """What one person may do with one plan. Each answer is asked when it is read: most pages
    (the PDF, the versions) need none of them."""

    plan: Verbeterplan
    toegang: Toegang

    @property
    def bewerken(self) -> bool:
        return mag_bewerken(self.toegang, self.toegang.user, self.plan.speerpunt)

    @property
    def besluiten(self) -> bool:
        return mag_besluiten(self.toegang)


def get_plan_for_user(toegang: Toegang, pk) -> tuple[Verbeterplan, PlanRechten]:
    """A plan of the school in `toegang`; a plan of another school does not exist for them."""
    plan = get_object_or_404(
        Verbeterplan.objects.voor_school(toegang.school).select_related(
            "cyclus__speerpunt__school"
        ),
        pk=pk,
    )
    return plan, PlanRechten(plan=plan, toegang=toegang)
