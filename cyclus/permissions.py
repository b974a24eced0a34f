"""Who may do what with a speerpunt: the one place the role matrix of the cycle lives.

- the schoolleider of the school creates, orders, parks, evaluates and moves any speerpunt,
  and is the only one who may pass a gate with open items (by writing why);
- the kartrekker of its PLG moves it 1 → 2, 2 → 3 and 4 → 5, but not past the decision
  (3 → 4) and not back;
- everyone else at the school (and the board) reads.
"""

from dataclasses import dataclass

from django.shortcuts import get_object_or_404

from core.access import Toegang, toegang
from plg.permissions import is_kartrekker

from .models import TERUG, VOORUIT, Speerpunt, Stap

KARTREKKER_STAPPEN = {(1, 2), (2, 3), (4, 5)}


def is_schoolleider(user, school) -> bool:
    access = toegang(user, school)
    return access is not None and access.is_schoolleider


def mag_bekijken(user, school) -> bool:
    return toegang(user, school) is not None


def mag_beheren(user, school) -> bool:
    """Create, edit, order and park speerpunten; edit the vision and the school's settings."""
    return is_schoolleider(user, school)


def mag_verplaatsen(user, speerpunt, van: int, naar: int) -> bool:
    if VOORUIT.get(van) != naar and (van, naar) not in TERUG:
        return False
    if is_schoolleider(user, speerpunt.school):
        return True
    access = toegang(user, speerpunt.school)
    return (
        access is not None
        and access.is_medewerker
        and (van, naar) in KARTREKKER_STAPPEN
        and is_kartrekker(user, speerpunt)
    )


def mag_poort_passeren_met_open_punten(user, speerpunt) -> bool:
    return is_schoolleider(user, speerpunt.school)


def mag_afvinken(user, speerpunt) -> bool:
    """Ticking gate items and recording the borging: the people who move the speerpunt."""
    return is_schoolleider(user, speerpunt.school) or (
        mag_bekijken(user, speerpunt.school) and is_kartrekker(user, speerpunt)
    )


def mag_evalueren(user, speerpunt) -> bool:
    return speerpunt.stap == Stap.BORGEN and is_schoolleider(user, speerpunt.school)


def volgende_stappen(user, speerpunt) -> dict:
    """What this person may do with the speerpunt now, for the page to show the right forms."""
    van = speerpunt.stap
    vooruit = VOORUIT.get(van)
    return {
        "vooruit": vooruit if vooruit and mag_verplaatsen(user, speerpunt, van, vooruit) else None,
        "terug": [
            naar
            for (v, naar) in sorted(TERUG)
            if v == van and mag_verplaatsen(user, speerpunt, van, naar)
        ],
        "evalueren": mag_evalueren(user, speerpunt),
        "afvinken": mag_afvinken(user, speerpunt),
        "beheren": mag_beheren(user, speerpunt.school),
        "overrulen": mag_poort_passeren_met_open_punten(user, speerpunt),
    }


@dataclass(frozen=True)
class SpeerpuntRechten:
    """What one person may do with one speerpunt. Each answer is asked when it is read, so it
    follows the speerpunt after a move on the same request."""

    speerpunt: Speerpunt
    toegang: Toegang

    @property
    def beheren(self) -> bool:
        return mag_beheren(self.toegang.user, self.speerpunt.school)

    @property
    def afvinken(self) -> bool:
        return mag_afvinken(self.toegang.user, self.speerpunt)

    @property
    def overrulen(self) -> bool:
        """Pass the gate with open items, by writing why."""
        return mag_poort_passeren_met_open_punten(self.toegang.user, self.speerpunt)

    def verplaatsen(self, van: int, naar: int) -> bool:
        return mag_verplaatsen(self.toegang.user, self.speerpunt, van, naar)

    def volgende_stappen(self) -> dict:
        return volgende_stappen(self.toegang.user, self.speerpunt)


def get_speerpunt_for_user(toegang: Toegang, pk) -> tuple[Speerpunt, SpeerpuntRechten]:
    """A speerpunt of the school in `toegang`; any other id does not exist for them."""
    speerpunt = get_object_or_404(
        Speerpunt.objects.select_related("school", "schooljaar", "owner"),
        school=toegang.school,
        pk=pk,
    )
    return speerpunt, SpeerpuntRechten(speerpunt=speerpunt, toegang=toegang)
