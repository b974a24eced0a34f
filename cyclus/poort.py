"""The gate of each step: what the step should have produced before the speerpunt moves on.

Items that the data can answer are computed; the rest are ticked by hand (an Afvinking). Each
app registers the items it can answer when it starts (its AppConfig.ready), so the cycle knows
the checklist without knowing plans, PLGs or monitoring.
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class Item:
    sleutel: str
    label: str
    automatisch: bool
    voldaan: bool


@dataclass(frozen=True)
class Punt:
    """One registered item: `check(speerpunt, cyclus)` answers it, or None when it is ticked
    by hand. Items of a step show in the order of `volgorde`."""

    stap: int
    sleutel: str
    label: str
    check: Callable | None
    volgorde: int


_PUNTEN: dict[tuple[int, str], Punt] = {}


def registreer(stap: int, sleutel: str, label, check: Callable | None = None, *, volgorde: int):
    """Adds an item to the gate of `stap`; registering the same key again replaces it."""
    _PUNTEN[stap, sleutel] = Punt(stap, sleutel, label, check, volgorde)


def punten(stap: int) -> list[Punt]:
    return sorted(
        (punt for punt in _PUNTEN.values() if punt.stap == stap), key=lambda punt: punt.volgorde
    )


def handmatig(stap: int) -> set[str]:
    """The keys of the items of `stap` that are ticked by hand."""
    return {punt.sleutel for punt in punten(stap) if punt.check is None}


def _visie_gekoppeld(speerpunt, cyclus) -> bool:
    return speerpunt.kernwaarden.exists() or bool(speerpunt.visie_toelichting.strip())


def _signalen(speerpunt, cyclus) -> bool:
    return speerpunt.signalen.exists()


def _probleem_beschreven(speerpunt, cyclus) -> bool:
    return bool(speerpunt.probleem.strip())


def _borging(cyclus):
    return getattr(cyclus, "borging", None) if cyclus is not None else None


def _borging_vastgelegd(speerpunt, cyclus) -> bool:
    borging = _borging(cyclus)
    return borging is not None and borging.is_vastgelegd


def _op_teamagenda(speerpunt, cyclus) -> bool:
    borging = _borging(cyclus)
    return borging is not None and bool(borging.agendaritme)


def registreer_cyclus_punten() -> None:
    """The items of the cycle itself; the numbers leave room for the other apps' items."""
    registreer(
        1,
        "visie",
        _("Het speerpunt is gekoppeld aan de visie van de school"),
        _visie_gekoppeld,
        volgorde=10,
    )
    registreer(
        1,
        "signalen",
        _("Er zijn signalen vastgelegd die laten zien waarom het nodig is"),
        _signalen,
        volgorde=20,
    )
    registreer(
        2,
        "probleem",
        _("Het probleem of de wens is beschreven"),
        _probleem_beschreven,
        volgorde=10,
    )
    registreer(
        2,
        "analyse",
        _("De probleemanalyse is gemaakt, ook het probleem achter het probleem"),
        volgorde=20,
    )
    registreer(2, "kennisvraag", _("Er is een kennisvraag geformuleerd"), volgorde=30)
    registreer(2, "literatuur", _("Literatuur en deskundigen zijn geraadpleegd"), volgorde=40)
    registreer(2, "huidige_situatie", _("De huidige situatie is in kaart gebracht"), volgorde=50)
    registreer(
        3,
        "randvoorwaarden",
        _("Tijd, budget en andere randvoorwaarden zijn geregeld"),
        volgorde=30,
    )
    registreer(3, "team_geinformeerd", _("Het team weet wat er besloten is"), volgorde=40)
    registreer(4, "werkt", _("De aanpak werkt zoals bedoeld"), volgorde=30)
    registreer(
        5,
        "borging",
        _("De borging is vastgelegd: afspraak, borger en evaluatiedatum"),
        _borging_vastgelegd,
        volgorde=10,
    )
    registreer(
        5,
        "agenda",
        _("Het speerpunt staat op een vast ritme op de teamagenda"),
        _op_teamagenda,
        volgorde=20,
    )


class Poort:
    """The checklist of the speerpunt's current step in its current cycle."""

    def __init__(self, speerpunt, cyclus):
        self.speerpunt = speerpunt
        self.cyclus = cyclus
        self.stap = speerpunt.stap
        afgevinkt = set(cyclus.afvinkingen.values_list("sleutel", flat=True)) if cyclus else set()
        self.items = [
            Item(
                sleutel=punt.sleutel,
                label=str(punt.label),
                automatisch=punt.check is not None,
                voldaan=punt.check(speerpunt, cyclus) if punt.check else punt.sleutel in afgevinkt,
            )
            for punt in punten(self.stap)
        ]

    @property
    def open_items(self) -> list[Item]:
        return [item for item in self.items if not item.voldaan]

    @property
    def is_gehaald(self) -> bool:
        return not self.open_items
