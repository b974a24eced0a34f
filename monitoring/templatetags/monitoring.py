from django import template
from django.db.models import Count, Q
from django.utils import timezone

from monitoring.grafiek import als_getal, grafiek_svg
from monitoring.indicatoren import indicatoren_van
from monitoring.models import Meting, Monitormoment
from verbeterplan.models import Doel

register = template.Library()

# The speerpunt page shows each goal's latest measurements; all of them are on the goal's page.
METINGEN_OP_OVERZICHT = 12


@register.inclusion_tag("monitoring/_indicatoren.html")
def indicatoren(speerpunt):
    """The indicator charts of a speerpunt's current plan, each with its latest measurements:
    {% indicatoren speerpunt %}."""
    return {
        "speerpunt": speerpunt,
        "indicatoren": indicatoren_van(speerpunt, laatste=METINGEN_OP_OVERZICHT),
    }


@register.simple_tag
def grafiek(doel):
    """The SVG chart of one goal, e.g. in the plan's PDF: {% grafiek doel %}. Takes a Doel, or
    a goal as a plan version stores it (a dict with its "id"); empty without measurements."""
    if isinstance(doel, dict):
        doel = (
            Doel.objects.select_related("plan__cyclus__speerpunt").filter(pk=doel.get("id")).first()
        )
        if doel is None:
            return ""
    return grafiek_svg(doel)


@register.inclusion_tag("monitoring/_meettabel.html")
def meettabel(doel, metingen=None, markeringen=()):
    """The measurements of a goal as a table, the chart's text alternative: the plan versions
    and step changes the chart marks are rows of their own, in date order."""
    if metingen is None:
        metingen = Meting.objects.voor_doel(doel)
    rijen = sorted(
        [*((m.datum, 0, m) for m in metingen), *((m.datum, 1, m) for m in markeringen)],
        key=lambda rij: (rij[0], rij[1]),
    )
    return {
        "doel": doel,
        "rijen": [(datum, soort == 1, item) for datum, soort, item in rijen],
        "met_markeringen": bool(markeringen),
    }


@register.inclusion_tag("monitoring/_te_beantwoorden.html")
def te_beantwoorden(user):
    """The open monitormomenten this person still has to answer, for "Mijn werk"."""
    momenten = (
        Monitormoment.objects.nog_te_beantwoorden_door(user)
        .select_related("cyclus__speerpunt")
        .order_by("sluitdatum", "datum", "pk")
    )
    return {"momenten": momenten}


@register.simple_tag
def monitoring_stand(speerpunt):
    """The open and the next planned monitormoment of a speerpunt, read in one query."""
    vandaag = timezone.localdate()
    kandidaten = list(
        Monitormoment.objects.filter(cyclus__speerpunt=speerpunt)
        .filter(Q(pk__in=Monitormoment.objects.open(vandaag).values("pk")) | Q(datum__gt=vandaag))
        .annotate(aantal_responsen=Count("responsen"))
        .order_by("datum", "pk")
    )
    # An open moment has begun; a planned one begins after today.
    open_ = [moment for moment in kandidaten if moment.datum <= vandaag]
    gepland = [moment for moment in kandidaten if moment.datum > vandaag]
    return {
        "open": open_[-1] if open_ else None,
        "volgende": gepland[0] if gepland else None,
    }


@register.filter
def getal(waarde):
    """A measured value as a Dutch reader writes it: {{ meting.waarde|getal }} gives 42,5."""
    return als_getal(waarde)
