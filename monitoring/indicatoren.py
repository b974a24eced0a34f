from dataclasses import dataclass

from django.db.models import Count, F, Window
from django.db.models.functions import RowNumber
from django.utils.safestring import SafeString

from core.cache import content_key
from verbeterplan.models import Doel

from .grafiek import BEWAREN, cache_sleutel, grafiek_svg, in_beeld, markeringen_voor
from .models import Meting

KAART_SJABLONEN = ("monitoring/_indicatoren.html", "monitoring/_meettabel.html")


@dataclass
class Indicator:
    """One goal's card: its chart and, as the chart's text alternative, its table."""

    # How long a drawn card stays in the cache; its key changes with what it shows.
    BEWAREN = BEWAREN

    doel: Doel
    metingen: list
    # The plan versions and step changes on the chart's time axis.
    markeringen: list
    # How many measurements the goal has; more than the chart shows when it shows the latest.
    aantal_metingen: int = 0

    @property
    def grafiek(self) -> bool:
        return bool(self.metingen)

    @property
    def ingekort(self) -> bool:
        return self.aantal_metingen > len(self.metingen)

    @property
    def svg(self) -> SafeString:
        return grafiek_svg(self.doel, self.metingen, self.markeringen)

    @property
    def sleutel(self) -> str:
        """The key of the card's cached fragment: the chart's key (the goal's texts, lines,
        measurements, marks and the chart template), how many measurements there are and the
        school in its links, with the templates of the card and the table."""
        return content_key(
            "indicator",
            KAART_SJABLONEN,
            cache_sleutel(self.doel, self.metingen, self.markeringen),
            self.aantal_metingen,
            self.doel.plan.cyclus.speerpunt.school_id,
        )


def indicatoren_van(speerpunt, laatste: int | None = None) -> list[Indicator]:
    """Each goal of the current cycle's plan with its chart, in a fixed number of queries.
    With `laatste` each chart shows only that many of the goal's latest measurements, so an
    overview costs the same however long the goal has been measured."""
    cyclus = speerpunt.huidige_cyclus
    if cyclus is None:
        return []
    # The plan the page already read for its plan section, with its cycle and speerpunt.
    plan = getattr(cyclus, "verbeterplan", None)
    doelen = list(plan.doelen.all()) if plan is not None else []
    if not doelen:
        return []
    metingen: dict[int, list] = {doel.pk: [] for doel in doelen}
    aantallen: dict[int, int] = dict.fromkeys(metingen, 0)
    rijen = Meting.objects.filter(doel__in=doelen).annotate(
        aantal=Window(Count("pk"), partition_by=[F("doel_id")])
    )
    if laatste is not None:
        rijen = rijen.annotate(
            nummer=Window(
                RowNumber(),
                partition_by=[F("doel_id")],
                order_by=[F("datum").desc(), F("pk").desc()],
            )
        ).filter(nummer__lte=laatste)
    for meting in rijen.order_by("datum", "pk"):
        metingen[meting.doel_id].append(meting)
        aantallen[meting.doel_id] = meting.aantal
    gemeten = [meting.datum for rij in metingen.values() for meting in rij]
    markeringen = markeringen_voor(doelen[0], vanaf=min(gemeten)) if gemeten else []
    return [
        Indicator(
            doel,
            metingen[doel.pk],
            in_beeld(doel, metingen[doel.pk], markeringen) if metingen[doel.pk] else [],
            aantallen[doel.pk],
        )
        for doel in doelen
    ]
