from dataclasses import dataclass

from django.utils.safestring import SafeString

from verbeterplan.models import Doel

from .grafiek import grafiek_context, markeringen_voor, render_svg
from .models import Meting


@dataclass
class Indicator:
    doel: Doel
    grafiek: dict | None

    @property
    def metingen(self):
        return self.grafiek["metingen"] if self.grafiek else []

    @property
    def markeringen(self):
        return self.grafiek["markeringen"] if self.grafiek else []

    @property
    def svg(self) -> SafeString:
        return render_svg(self.grafiek) if self.grafiek else SafeString("")


def indicatoren_van(speerpunt) -> list[Indicator]:
    """Each goal of the current cycle's plan with its chart, in a fixed number of queries."""
    cyclus = speerpunt.huidige_cyclus
    if cyclus is None:
        return []
    doelen = list(
        Doel.objects.filter(plan__cyclus=cyclus).select_related("plan__cyclus__speerpunt")
    )
    if not doelen:
        return []
    metingen: dict[int, list] = {doel.pk: [] for doel in doelen}
    for meting in Meting.objects.filter(doel__in=doelen).order_by("datum", "pk"):
        metingen[meting.doel_id].append(meting)
    markeringen = markeringen_voor(doelen[0])
    return [
        Indicator(doel, grafiek_context(doel, metingen[doel.pk], list(markeringen)))
        for doel in doelen
    ]
