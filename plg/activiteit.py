"""The activity feed of a PLG, read from the records the workspace already keeps.

Every row the PLG writes carries who and when; the feed is one UNION over those rows, sorted
newest first and paginated in the database, so there is no second log to keep in step.
"""

from dataclasses import dataclass
from datetime import datetime, timedelta

from django.core.paginator import Paginator
from django.db.models import CharField, F, Value

from scholen.models import User

from .models import (
    Actiepunt,
    Analyseantwoord,
    Bevinding,
    Bijeenkomst,
    Notitie,
    PLGLid,
    Reactie,
    Tussenstand,
)


@dataclass
class Activiteit:
    soort: str
    wanneer: datetime
    wie: User | None
    object: object


# soort: (model, field holding the moment, field holding the person, path to the PLG,
# related objects the sentence needs)
BRONNEN = {
    "lid": (PLGLid, "created_at", "user", "plg", ()),
    "bijeenkomst": (Bijeenkomst, "created_at", "created_by", "plg", ()),
    "notitie": (Notitie, "created_at", "created_by", "bijeenkomst__plg", ("bijeenkomst",)),
    "actie": (Actiepunt, "created_at", "created_by", "plg", ("owner",)),
    "actie_gedaan": (Actiepunt, "gedaan_op", "completed_by", "plg", ()),
    "bevinding": (Bevinding, "created_at", "created_by", "plg", ()),
    "analyse": (Analyseantwoord, "bijgewerkt_op", "updated_by", "plg", ()),
    "tussenstand": (Tussenstand, "gepubliceerd_op", "created_by", "plg", ()),
    "reactie": (Reactie, "created_at", "created_by", "tussenstand__plg", ("tussenstand",)),
}


def _rijen(plg):
    delen = []
    for soort, (model, moment, persoon, pad, _related) in BRONNEN.items():
        delen.append(
            model.objects.filter(**{pad: plg, f"{moment}__isnull": False})
            .annotate(
                feed_soort=Value(soort, output_field=CharField()),
                feed_wanneer=F(moment),
                feed_wie=F(persoon),
            )
            .values_list("feed_soort", "pk", "feed_wanneer", "feed_wie")
            .order_by()
        )
    eerste, *rest = delen
    return eerste.union(*rest, all=True).order_by("-feed_wanneer", "-pk")


def pagina(plg, nummer=1, per_pagina: int = 20):
    """One page of the feed: a count, the page of rows, and one query per kind on the page."""
    page = Paginator(_rijen(plg), per_pagina).get_page(nummer)
    rijen = list(page.object_list)
    page.object_list = _maak_activiteiten(rijen)
    return page


def recent(plg, aantal: int = 8) -> list[Activiteit]:
    return _maak_activiteiten(list(_rijen(plg)[:aantal]))


def _maak_activiteiten(rijen) -> list[Activiteit]:
    per_soort: dict[str, set[int]] = {}
    for soort, pk, _wanneer, _wie in rijen:
        per_soort.setdefault(soort, set()).add(pk)
    objecten = {}
    for soort, pks in per_soort.items():
        model, _moment, _persoon, _pad, related = BRONNEN[soort]
        for obj in model.objects.filter(pk__in=pks).select_related(*related):
            objecten[soort, obj.pk] = obj
    mensen = User.objects.in_bulk({wie for *_rest, wie in rijen if wie})
    activiteiten = []
    for soort, pk, wanneer, wie in rijen:
        vorige = activiteiten[-1] if activiteiten else None
        # One save of the analysis form updates several answers: tell it once.
        if (
            soort == "analyse"
            and vorige
            and vorige.soort == soort
            and vorige.wie == mensen.get(wie)
            and vorige.wanneer - wanneer < timedelta(minutes=1)
        ):
            continue
        if (soort, pk) in objecten:
            activiteiten.append(Activiteit(soort, wanneer, mensen.get(wie), objecten[soort, pk]))
    return activiteiten
