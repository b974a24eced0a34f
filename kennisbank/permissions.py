"""Who may do what with the kennisbank of a school.

- everyone at the school (and the board) reads the shared sources and the school's own;
- the people who work at the school add sources, edit the school's own, and link sources to
  speerpunten with their appraisal; the curated set is edited by staff, in the admin;
- a source another school added, or a link of another school, does not exist (404).
"""

from dataclasses import dataclass

from django.shortcuts import get_object_or_404

from core.access import Toegang

from .models import Bron, Bronkoppeling


@dataclass(frozen=True)
class BronRechten:
    """What one person may do with one source."""

    bewerken: bool
    koppelen: bool


@dataclass(frozen=True)
class KoppelingRechten:
    """What one person may do with one link between a source and a speerpunt."""

    wijzigen: bool


def get_bron_for_user(toegang: Toegang, pk) -> tuple[Bron, BronRechten]:
    """A source this school may see: shared, or its own. Another school's addition is a 404."""
    bron = get_object_or_404(Bron.objects.zichtbaar_voor(toegang.school), pk=pk)
    return bron, BronRechten(bewerken=bron.mag_bewerken(toegang), koppelen=toegang.is_medewerker)


def get_koppeling_for_user(toegang: Toegang, pk) -> tuple[Bronkoppeling, KoppelingRechten]:
    """A link of this school's speerpunten; a link of another school is a 404."""
    koppeling = get_object_or_404(
        Bronkoppeling.objects.voor_school(toegang.school).select_related("bron", "speerpunt"),
        pk=pk,
    )
    return koppeling, KoppelingRechten(wijzigen=toegang.is_medewerker)
