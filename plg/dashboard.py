"""What the PLG adds to the speerpunt cards of the dashboard (registered in PlgConfig.ready)."""

from django.db.models import OuterRef, Subquery

from .models import PLGLid


def kaartvelden() -> dict:
    """`kartrekker_naam`: the name of the person who leads the speerpunt's PLG."""
    kartrekker = PLGLid.objects.van_speerpunt(OuterRef("pk")).kartrekkers().values("user__naam")
    return {"kartrekker_naam": Subquery(kartrekker[:1])}
