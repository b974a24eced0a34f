from django import template

from core.access import toegang

from ..models import Bronkoppeling
from ..zoeken import markeer as _markeer

register = template.Library()


@register.filter
def markeer(tekst, q):
    """{{ bron.titel|markeer:q }}: the text escaped, with the words that match `q` marked."""
    return _markeer(str(tekst), q or "")


@register.simple_tag(takes_context=True)
def speerpunt_bronnen(context, speerpunt):
    """The sources linked to a speerpunt, and whether the person looking may link more."""
    access = toegang(context["request"].user, speerpunt.school)
    koppelingen = (
        Bronkoppeling.objects.filter(speerpunt=speerpunt)
        .select_related("bron", "created_by")
        .order_by("-created_at", "-pk")
    )
    return {
        "koppelingen": koppelingen,
        "mag_koppelen": access is not None and access.is_medewerker,
    }
