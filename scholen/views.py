import datetime
from collections import defaultdict

from django.contrib.auth.decorators import login_required
from django.db.models import Count, Prefetch
from django.http import Http404, HttpRequest, HttpResponse, StreamingHttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.http import content_disposition_header
from django.utils.text import slugify
from django.views.decorators.cache import never_cache

from core.access import school_view, toegang
from cyclus.models import SchoolInstellingen, Speerpunt, Stap, Status

from . import avg
from .models import Bestuur, Lidmaatschap, School


@login_required
def start(request: HttpRequest) -> HttpResponse:
    """Mijn scholen: every school this person may see, with what they are there."""
    scholen = School.objects.voor_gebruiker(request.user).select_related("bestuur")
    rijen = [(school, toegang(request.user, school)) for school in scholen]
    in_bestuur = any(access.bestuur for _school, access in rijen)
    return render(request, "scholen/start.html", {"rijen": rijen, "in_bestuur": in_bestuur})


@school_view
def mensen(request: HttpRequest, school: School) -> HttpResponse:
    """The people of a school, by team, so a schoolleider sees who is where."""
    leden = (
        Lidmaatschap.objects.filter(school=school)
        .select_related("user")
        .prefetch_related(Prefetch("teams"))
        .order_by("user__naam")
    )
    return render(
        request,
        "scholen/mensen.html",
        {"school": school, "leden": leden, "toegang": request.toegang},
    )


@never_cache
@school_view
def export(request: HttpRequest, school: School) -> StreamingHttpResponse:
    """Everything the school holds, as one ZIP of JSON files (AVG portability). Only the
    school's own schoolleiders may take it: it holds every colleague's name and address."""
    request.toegang.vereist_schoolleider()
    response = StreamingHttpResponse(
        avg.export_zip(school, door=request.user), content_type="application/zip"
    )
    bestandsnaam = f"koers-{slugify(school.naam)}-{timezone.localdate():%Y-%m-%d}.zip"
    response["Content-Disposition"] = content_disposition_header(True, bestandsnaam)
    return response


@login_required
def bestuur(request: HttpRequest) -> HttpResponse:
    """For board and quality staff: every school of their boards, with where its speerpunten
    stand in the cycle and which ones stall."""
    besturen = list(Bestuur.objects.filter(bestuursleden__user=request.user).order_by("naam"))
    if not besturen:
        raise Http404
    scholen = list(School.objects.filter(bestuur__in=besturen).order_by("naam"))
    per_stap = defaultdict(int)
    for rij in (
        Speerpunt.objects.filter(school__in=scholen, status=Status.ACTIEF)
        .values("school", "stap")
        .annotate(aantal=Count("pk"))
    ):
        per_stap[rij["school"], rij["stap"]] = rij["aantal"]

    stil_na = dict(
        SchoolInstellingen.objects.filter(school__in=scholen).values_list("school", "stil_na_weken")
    )
    default_weken = SchoolInstellingen._meta.get_field("stil_na_weken").default
    stil = defaultdict(int)
    nu = timezone.now()
    for school_id, laatst in Speerpunt.objects.filter(
        school__in=scholen, status=Status.ACTIEF
    ).values_list("school", "laatste_activiteit"):
        if laatst < nu - datetime.timedelta(weeks=stil_na.get(school_id, default_weken)):
            stil[school_id] += 1

    rijen = [
        {
            "school": school,
            "stappen": [per_stap[school.pk, stap] for stap in Stap.values],
            "actief": sum(per_stap[school.pk, stap] for stap in Stap.values),
            "stil": stil[school.pk],
        }
        for school in scholen
    ]
    return render(
        request,
        "scholen/bestuur.html",
        {"besturen": besturen, "rijen": rijen, "stappen": Stap.choices},
    )
