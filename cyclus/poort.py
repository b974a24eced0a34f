"""The gate of each step: what the step should have produced before the speerpunt moves on.

Items that the data can answer are computed; the rest are ticked by hand (an Afvinking). The
plan and monitoring checks read apps that may not be installed: absent means not met.
"""

from dataclasses import dataclass

from django.apps import apps
from django.utils.translation import gettext_lazy as _

from plg.models import PLGRol


@dataclass(frozen=True)
class Item:
    sleutel: str
    label: str
    automatisch: bool
    voldaan: bool


def _visie_gekoppeld(speerpunt, cyclus) -> bool:
    return speerpunt.kernwaarden.exists() or bool(speerpunt.visie_toelichting.strip())


def _signalen(speerpunt, cyclus) -> bool:
    return speerpunt.signalen.exists()


def _plg_met_kartrekker(speerpunt, cyclus) -> bool:
    plg = getattr(speerpunt, "plg", None)
    return plg is not None and plg.leden.filter(rol=PLGRol.KARTREKKER).exists()


def _probleem_beschreven(speerpunt, cyclus) -> bool:
    return bool(speerpunt.probleem.strip())


def _plan(cyclus):
    if cyclus is None or not apps.is_installed("verbeterplan"):
        return None
    return getattr(cyclus, "verbeterplan", None)


def _plan_compleet(speerpunt, cyclus) -> bool:
    plan = _plan(cyclus)
    return plan is not None and not plan.ontbreekt()


def _plan_vastgesteld(speerpunt, cyclus) -> bool:
    # A plan that is being revised (back from step 4) has to be closed again before the
    # speerpunt returns to step 4: until then the team works from a plan still in motion.
    from verbeterplan.models import PlanStatus

    plan = _plan(cyclus)
    return plan is not None and plan.status == PlanStatus.VASTGESTELD


def _monitoring_gedaan(speerpunt, cyclus) -> bool:
    if cyclus is None or not apps.is_installed("monitoring"):
        return False
    momenten = getattr(cyclus, "monitormomenten", None)
    return momenten is not None and any(m.is_gesloten for m in momenten.all())


def _borging(cyclus):
    return getattr(cyclus, "borging", None) if cyclus is not None else None


def _borging_vastgelegd(speerpunt, cyclus) -> bool:
    borging = _borging(cyclus)
    return borging is not None and borging.is_vastgelegd


def _op_teamagenda(speerpunt, cyclus) -> bool:
    borging = _borging(cyclus)
    return borging is not None and bool(borging.agendaritme)


# Per step: (key, label, check). A check of None means the item is ticked by hand.
ITEMS = {
    1: [
        ("visie", _("Het speerpunt is gekoppeld aan de visie van de school"), _visie_gekoppeld),
        (
            "signalen",
            _("Er zijn signalen vastgelegd die laten zien waarom het nodig is"),
            _signalen,
        ),
        ("plg", _("Er is een PLG met een kartrekker"), _plg_met_kartrekker),
        (
            "vertegenwoordigd",
            _("Iedereen die het aangaat (leerjaren, vakken, afdelingen) zit in de PLG"),
            None,
        ),
    ],
    2: [
        ("probleem", _("Het probleem of de wens is beschreven"), _probleem_beschreven),
        ("analyse", _("De probleemanalyse is gemaakt, ook het probleem achter het probleem"), None),
        ("kennisvraag", _("Er is een kennisvraag geformuleerd"), None),
        ("literatuur", _("Literatuur en deskundigen zijn geraadpleegd"), None),
        ("huidige_situatie", _("De huidige situatie is in kaart gebracht"), None),
    ],
    3: [
        (
            "plan_compleet",
            _(
                "Het verbeterplan is compleet: doelen, acties, tijdpad, communicatie, evaluatie, "
                "randvoorwaarden en aanpak"
            ),
            _plan_compleet,
        ),
        ("plan", _("Het verbeterplan is vastgesteld, met het besluit"), _plan_vastgesteld),
        ("randvoorwaarden", _("Tijd, budget en andere randvoorwaarden zijn geregeld"), None),
        ("team_geinformeerd", _("Het team weet wat er besloten is"), None),
    ],
    4: [
        ("monitoring", _("Er is minstens één monitormoment afgerond"), _monitoring_gedaan),
        ("bijgesteld", _("Het plan is bijgesteld waar de gegevens daarom vroegen"), None),
        ("werkt", _("De aanpak werkt zoals bedoeld"), None),
    ],
    5: [
        (
            "borging",
            _("De borging is vastgelegd: afspraak, borger en evaluatiedatum"),
            _borging_vastgelegd,
        ),
        (
            "agenda",
            _("Het speerpunt staat op een vast ritme op de teamagenda"),
            _op_teamagenda,
        ),
    ],
}

HANDMATIG = {
    stap: {s for s, _label, check in items if check is None} for stap, items in ITEMS.items()
}


class Poort:
    """The checklist of the speerpunt's current step in its current cycle."""

    def __init__(self, speerpunt, cyclus):
        self.speerpunt = speerpunt
        self.cyclus = cyclus
        self.stap = speerpunt.stap
        afgevinkt = set(cyclus.afvinkingen.values_list("sleutel", flat=True)) if cyclus else set()
        self.items = [
            Item(
                sleutel=sleutel,
                label=str(label),
                automatisch=check is not None,
                voldaan=check(speerpunt, cyclus) if check else sleutel in afgevinkt,
            )
            for sleutel, label, check in ITEMS[self.stap]
        ]

    @property
    def open_items(self) -> list[Item]:
        return [item for item in self.items if not item.voldaan]

    @property
    def is_gehaald(self) -> bool:
        return not self.open_items
