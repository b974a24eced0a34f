from django import template
from django.db.models import Count
from django.utils import timezone

from monitoring.grafiek import als_getal, grafiek_svg
from monitoring.indicatoren import indicatoren_van
from monitoring.models import Meting, Monitormoment
from verbeterplan.models import Doel

register = template.Library()


@register.inclusion_tag("monitoring/_indicatoren.html")
def indicatoren(speerpunt):
    """The indicator charts of a speerpunt's current plan: {% indicatoren speerpunt %}."""
    return {"speerpunt": speerpunt, "indicatoren": indicatoren_van(speerpunt)}


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
    """The open and the next planned monitormoment of a speerpunt's current cycle."""
    vandaag = timezone.localdate()
    momenten = Monitormoment.objects.filter(cyclus__speerpunt=speerpunt).annotate(
        aantal_responsen=Count("responsen")
    )
    return {
        "open": momenten.open(vandaag).order_by("-datum").first(),
        "volgende": momenten.filter(datum__gt=vandaag).order_by("datum").first(),
    }


@register.filter
def getal(waarde):
    """A measured value as a Dutch reader writes it: {{ meting.waarde|getal }} gives 42,5."""
    return als_getal(waarde)
