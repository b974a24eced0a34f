"""The one place that answers: which schools may this person see, and what may they do there.

Every view loads its objects through these helpers (or helpers built on them), so another
school's id is a 404 and a write without the right role is a 403.

One shape for every kind: `school_view` turns the user and the school id into a `Toegang`;
from there each app's `permissions.get_<kind>_for_user(toegang, pk)` returns the object and a
small frozen rights object saying what this person may do with it, or raises Http404.
"""

from dataclasses import dataclass
from functools import wraps

from django.contrib.auth.base_user import AbstractBaseUser
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.utils.translation import gettext_lazy as _

from scholen.models import Bestuurslid, Lidmaatschap, Rol, School


@dataclass(frozen=True)
class Toegang:
    """What one person may do in one school."""

    school: School
    rol: str | None
    bestuur: bool
    # The person this access belongs to: rights on a speerpunt or a PLG also depend on who
    # they are there (kartrekker, member), not only on their role at the school.
    user: AbstractBaseUser

    @property
    def is_schoolleider(self) -> bool:
        return self.rol == Rol.SCHOOLLEIDER

    @property
    def omschrijving(self) -> str:
        """The role as a person reads it: "schoolleider", "teamlid" or "bestuur"."""
        if self.rol:
            return Rol(self.rol).label
        return str(_("bestuur / kwaliteitszorg"))

    @property
    def is_medewerker(self) -> bool:
        """Works at the school (any role); board members only read."""
        return self.rol is not None


def vereist(toegestaan: bool) -> None:
    """The one way a view refuses someone who may see the object but not do this: a 403.
    Views ask the rights object (`rechten.bewerken`, `toegang.is_schoolleider`) and pass the
    answer here; model methods do not check again."""
    if not toegestaan:
        raise PermissionDenied


def _rollen(user) -> tuple[dict[int, str], set[int]]:
    # Cached on the user object: one request asks this many times, the answer stays the same.
    cached = getattr(user, "_koers_rollen", None)
    if cached is None:
        rollen = dict(Lidmaatschap.objects.filter(user=user).values_list("school_id", "rol"))
        bestuur = set(
            School.objects.filter(
                bestuur__in=Bestuurslid.objects.filter(user=user).values("bestuur")
            ).values_list("pk", flat=True)
        )
        cached = user._koers_rollen = (rollen, bestuur)
    return cached


def toegang(user, school: School) -> Toegang | None:
    if not user.is_authenticated or not user.is_active:
        return None
    rollen, bestuur = _rollen(user)
    rol = rollen.get(school.pk)
    in_bestuur = school.pk in bestuur
    if rol is None and not in_bestuur:
        return None
    return Toegang(school=school, rol=rol, bestuur=in_bestuur, user=user)


def get_school_for_user(user, school_pk) -> Toegang:
    """The user's access to this school; a school they may not see does not exist for them."""
    school = School.objects.select_related("bestuur").filter(pk=school_pk).first()
    access = toegang(user, school) if school else None
    if access is None:
        raise Http404
    return access


def school_view(view):
    """For views under /scholen/<school_pk>/: log in, load the school through the user's
    access, and hand the view `request.toegang`."""

    @login_required
    @wraps(view)
    def wrapper(request, school_pk, *args, **kwargs):
        request.toegang = get_school_for_user(request.user, school_pk)
        return view(request, request.toegang.school, *args, **kwargs)

    return wrapper
