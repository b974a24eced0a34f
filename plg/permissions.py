"""Who may do what in a PLG: the one place the PLG's role rules live.

- the schoolleider of the school sets a PLG up, names and changes its kartrekker, and reads
  the whole workspace;
- the kartrekker manages members, pupils and the meeting rhythm, and publishes updates;
- every member (kartrekker included) writes: meetings, notes, actions, findings, analysis;
- every colleague of the school reads the published updates and reacts to them;
- board members read the updates and change nothing;
- people of other schools do not see the PLG at all (404).
"""

from dataclasses import dataclass

from django.http import Http404

from core.access import Toegang

from .models import PLG, PLGLid, PLGRol


def is_kartrekker(user, speerpunt) -> bool:
    """Leads the speerpunt's PLG; the rules of the cycle, the plan and monitoring ask this."""
    return PLGLid.objects.rol(user, speerpunt) == PLGRol.KARTREKKER


def is_lid(user, speerpunt) -> bool:
    """Is in the speerpunt's PLG, as kartrekker or member."""
    return PLGLid.objects.rol(user, speerpunt) is not None


@dataclass(frozen=True)
class PLGToegang:
    """What one person may do in one PLG."""

    plg: PLG
    school: Toegang
    rol: str | None

    @classmethod
    def voor(cls, toegang: Toegang, plg: PLG) -> "PLGToegang":
        rol = PLGLid.objects.rol(toegang.user, plg.speerpunt_id)
        return cls(plg=plg, school=toegang, rol=rol)

    @property
    def is_lid(self) -> bool:
        return self.rol is not None and self.school.is_medewerker

    @property
    def is_kartrekker(self) -> bool:
        return self.rol == PLGRol.KARTREKKER and self.school.is_medewerker

    @property
    def mag_inrichten(self) -> bool:
        return self.school.is_schoolleider

    @property
    def mag_leden_beheren(self) -> bool:
        return self.is_kartrekker

    @property
    def mag_publiceren(self) -> bool:
        return self.is_kartrekker

    @property
    def mag_schrijven(self) -> bool:
        return self.is_lid

    @property
    def mag_werkruimte_lezen(self) -> bool:
        return self.is_lid or self.school.is_schoolleider

    @property
    def mag_reageren(self) -> bool:
        return self.school.is_medewerker

    def mag_afvinken(self, actiepunt) -> bool:
        """Members tick actions off; so does the owner, wherever they find it."""
        return self.is_lid or (
            self.school.is_medewerker and actiepunt.owner_id == self.school.user.pk
        )


def get_plg_for_user(toegang: Toegang, pk) -> tuple[PLG, PLGToegang]:
    """The PLG with `pk` in the school of `toegang`; a PLG of another school is a 404."""
    plg = (
        PLG.objects.voor_school(toegang.school)
        .select_related("speerpunt", "speerpunt__school")
        .filter(pk=pk)
        .first()
    )
    if plg is None:
        raise Http404
    return plg, PLGToegang.voor(toegang, plg)
