"""What monitoring adds to the speerpunt cards of the dashboard, as annotations on
`Speerpunt.objects.voor_dashboard(...)`: one subquery each, so the page's query count stays
the same however many speerpunten it shows."""

from django.db.models import Count, IntegerField, OuterRef, Subquery, Value
from django.db.models.functions import Coalesce
from django.utils import timezone

from plg.models import Actiepunt
from verbeterplan.models import Actie

from .models import Monitormoment


def _aantal(queryset, veld: str):
    per_speerpunt = (
        queryset.filter(**{veld: OuterRef("pk")})
        .order_by()
        .values(veld)
        .annotate(aantal=Count("pk"))
        .values("aantal")
    )
    return Coalesce(Subquery(per_speerpunt, output_field=IntegerField()), Value(0))


def kaartvelden(vandaag=None) -> dict:
    """`volgende_monitoring`: the date of the next monitormoment that is not closed;
    `overdue`: open PLG actions and plan actions past their deadline."""
    vandaag = vandaag or timezone.localdate()
    volgende = (
        Monitormoment.objects.filter(
            cyclus__speerpunt=OuterRef("pk"), gesloten_op__isnull=True, datum__gte=vandaag
        )
        .order_by("datum")
        .values("datum")[:1]
    )
    return {
        "volgende_monitoring": Subquery(volgende),
        "overdue": _aantal(Actiepunt.objects.overdue(vandaag), "plg__speerpunt")
        + _aantal(
            # Actions of an earlier, evaluated cycle are history, not overdue work.
            Actie.objects.overdue(vandaag).filter(plan__cyclus__afgesloten_op__isnull=True),
            "plan__cyclus__speerpunt",
        ),
    }
