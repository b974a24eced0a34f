from django import template

from monitoring.grafiek import grafiek_svg
from monitoring.indicatoren import indicatoren_van
from monitoring.models import Meting

register = template.Library()


@register.inclusion_tag("monitoring/_indicatoren.html")
def indicatoren(speerpunt):
    """The indicator charts of a speerpunt's current plan: {% indicatoren speerpunt %}."""
    return {"speerpunt": speerpunt, "indicatoren": indicatoren_van(speerpunt)}


@register.simple_tag
def grafiek(doel):
    """The SVG chart of one goal, e.g. in the plan's PDF: {% grafiek doel %}."""
    return grafiek_svg(doel)


@register.inclusion_tag("monitoring/_meettabel.html")
def meettabel(doel, metingen=None):
    """The measurements of a goal as a table, the chart's text alternative."""
    if metingen is None:
        metingen = Meting.objects.voor_doel(doel)
    return {"doel": doel, "metingen": metingen}
