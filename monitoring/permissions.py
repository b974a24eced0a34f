"""Who may do what with monitoring:

- the kartrekker of the speerpunt's PLG and the schoolleider plan monitormomenten, edit their
  questions, close them and record measurements;
- PLG members record measurements too, and answer the moments they are asked for;
- chosen colleagues answer the moments they are asked for;
- everyone at the school (and the board) reads summaries and charts; answers stay anonymous.
"""

from dataclasses import dataclass

from django.shortcuts import get_object_or_404

from core.access import Toegang, toegang
from plg.permissions import is_kartrekker, is_lid
from verbeterplan.models import Doel

from .models import Monitormoment


def mag_beheren(user, speerpunt) -> bool:
    access = toegang(user, speerpunt.school)
    if access is None or not access.is_medewerker:
        return False
    return access.is_schoolleider or is_kartrekker(user, speerpunt)


def mag_meten(user, speerpunt) -> bool:
    if mag_beheren(user, speerpunt):
        return True
    access = toegang(user, speerpunt.school)
    return access is not None and access.is_medewerker and is_lid(user, speerpunt)


@dataclass(frozen=True)
class MonitormomentRechten:
    """What one person may do with one monitormoment."""

    beheren: bool


@dataclass(frozen=True)
class DoelRechten:
    """What one person may do with one goal's measurements."""

    meten: bool


def get_monitormoment_for_user(toegang: Toegang, pk) -> tuple[Monitormoment, MonitormomentRechten]:
    """A monitormoment of the school in `toegang`; any other id is a 404."""
    moment = get_object_or_404(
        Monitormoment.objects.select_related("cyclus__speerpunt__school"),
        cyclus__speerpunt__school=toegang.school,
        pk=pk,
    )
    return moment, MonitormomentRechten(beheren=mag_beheren(toegang.user, moment.speerpunt))


def get_doel_for_user(toegang: Toegang, pk) -> tuple[Doel, DoelRechten]:
    """A goal of a plan of the school in `toegang`; any other id is a 404."""
    doel = get_object_or_404(
        Doel.objects.select_related("plan__cyclus__speerpunt__school"),
        plan__cyclus__speerpunt__school=toegang.school,
        pk=pk,
    )
    return doel, DoelRechten(meten=mag_meten(toegang.user, doel.plan.cyclus.speerpunt))
