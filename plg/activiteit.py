"""The activity feed of a PLG: its newest lines (`Activiteit`), read through one index.

A line is written by the PLG's write methods next to the row it tells about, so the feed reads
only its own PLG's newest lines, however long the PLG's history.
"""

from datetime import timedelta

from django.core.paginator import Paginator

from .models import Activiteit, ActiviteitSoort


def pagina(plg, nummer=1, per_pagina: int = 20):
    """One page of the feed: a count and the page of lines, each with what its sentence reads."""
    page = Paginator(plg.activiteiten.nieuwste_eerst(), per_pagina).get_page(nummer)
    page.object_list = _samengevat(list(page.object_list))
    return page


def recent(plg, aantal: int = 8) -> list[Activiteit]:
    return _samengevat(list(plg.activiteiten.nieuwste_eerst()[:aantal]))


def _samengevat(regels: list[Activiteit]) -> list[Activiteit]:
    activiteiten = []
    for regel in regels:
        vorige = activiteiten[-1] if activiteiten else None
        # One save of the analysis form updates several answers: tell it once.
        if (
            regel.soort == ActiviteitSoort.ANALYSE
            and vorige
            and vorige.soort == regel.soort
            and vorige.wie_id == regel.wie_id
            and vorige.wanneer - regel.wanneer < timedelta(minutes=1)
        ):
            continue
        activiteiten.append(regel)
    return activiteiten
