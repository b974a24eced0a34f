"""Who may do what with monitoring:

- the kartrekker of the speerpunt's PLG and the schoolleider plan monitormomenten, edit their
  questions, close them and record measurements;
- PLG members record measurements too, and answer the moments they are asked for;
- chosen colleagues answer the moments they are asked for;
- everyone at the school (and the board) reads summaries and charts; answers stay anonymous.
"""

from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404

from core.access import toegang
from cyclus.permissions import is_kartrekker
from plg.models import PLGLid
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
    return (
        access is not None
        and access.is_medewerker
        and PLGLid.objects.filter(plg__speerpunt=speerpunt, user=user).exists()
    )


def vereist(toegestaan: bool) -> None:
    if not toegestaan:
        raise PermissionDenied


def get_monitormoment_for_user(user, school, pk) -> Monitormoment:
    """A monitormoment of this school that the user may see; any other id is a 404."""
    if toegang(user, school) is None:
        raise Http404
    return get_object_or_404(
        Monitormoment.objects.select_related("cyclus__speerpunt__school"),
        cyclus__speerpunt__school=school,
        pk=pk,
    )


def get_doel_for_user(user, school, pk) -> Doel:
    """A goal of a plan of this school that the user may see; any other id is a 404."""
    if toegang(user, school) is None:
        raise Http404
    return get_object_or_404(
        Doel.objects.select_related("plan__cyclus__speerpunt__school"),
        plan__cyclus__speerpunt__school=school,
        pk=pk,
    )
