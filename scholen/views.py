from django.contrib.auth.decorators import login_required
from django.db.models import Prefetch
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from core.access import school_view, toegang

from .models import Lidmaatschap, School


@login_required
def start(request: HttpRequest) -> HttpResponse:
    """Mijn scholen: every school this person may see, with what they are there."""
    scholen = School.objects.voor_gebruiker(request.user).select_related("bestuur")
    rijen = [(school, toegang(request.user, school)) for school in scholen]
    return render(request, "scholen/start.html", {"rijen": rijen})


@school_view
def mensen(request: HttpRequest, school: School) -> HttpResponse:
    """The people of a school, by team, so a schoolleider sees who is where."""
    leden = (
        Lidmaatschap.objects.filter(school=school)
        .select_related("user")
        .prefetch_related(Prefetch("teams"))
        .order_by("user__naam")
    )
    return render(request, "scholen/mensen.html", {"school": school, "leden": leden})
