from django.contrib import messages
from django.db import transaction
from django.db.models import Count
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _

from core.access import school_view, vereist
from core.models import FormToken
from core.params import posted_id
from cyclus.permissions import get_speerpunt_for_user
from plg.models import PLGLid
from scholen.models import School

from .forms import AntwoordForm, MetingForm, MonitormomentForm, VraagFormSet
from .grafiek import grafiek_context, render_svg
from .indicatoren import indicatoren_van
from .models import Meting, Monitormoment
from .permissions import (
    get_doel_for_user,
    get_monitormoment_for_user,
    mag_beheren,
)


def _plg_leden(speerpunt) -> set[int]:
    return PLGLid.objects.user_ids(speerpunt)


@school_view
def speerpunt(request: HttpRequest, school: School, pk: int) -> HttpResponse:
    """Monitoring of one speerpunt: its monitormomenten and its indicator charts."""
    speerpunt, _rechten = get_speerpunt_for_user(request.toegang, pk)
    beheren = mag_beheren(request.user, speerpunt)
    cyclus = speerpunt.huidige_cyclus
    form = None
    if beheren and cyclus is not None:
        form = MonitormomentForm(school=school, plg_leden=_plg_leden(speerpunt))
        if request.method == "POST":
            form = MonitormomentForm(request.POST, school=school, plg_leden=_plg_leden(speerpunt))
            if form.is_valid():
                with transaction.atomic():
                    token = FormToken.claim(request, form)
                    moment = form.save(commit=False)
                    moment.cyclus = cyclus
                    moment.created_by = request.user
                    moment.save()
                    form.save_m2m()
                    moment.voeg_standaardvragen_toe()
                    speerpunt.registreer_activiteit()
                    if token:
                        token.gemaakt(
                            reverse("monitoring:moment_bewerken", args=[school.pk, moment.pk])
                        )
                messages.success(
                    request, _("Het monitormoment is gepland. Pas de vragen zo nodig aan.")
                )
                return redirect("monitoring:moment_bewerken", school.pk, moment.pk)
    elif request.method == "POST":
        vereist(False)
    momenten = (
        Monitormoment.objects.filter(cyclus__speerpunt=speerpunt)
        .annotate(aantal_responsen=Count("responsen"))
        .order_by("-datum", "-pk")
    )
    return render(
        request,
        "monitoring/speerpunt.html",
        {
            "school": school,
            "speerpunt": speerpunt,
            "momenten": momenten,
            "form": form,
            "beheren": beheren,
            "indicatoren": indicatoren_van(speerpunt),
        },
    )


@school_view
def moment(request: HttpRequest, school: School, pk: int) -> HttpResponse:
    """A monitormoment: the questions for whoever is asked, the summary for everyone."""
    moment, rechten = get_monitormoment_for_user(request.toegang, pk)
    speerpunt = moment.speerpunt
    beheren = rechten.beheren
    deelnemer = moment.is_deelnemer(request.user)
    respons = moment.responsen.filter(user=request.user).first()
    vragen = moment.vragen.all()
    form = None
    if deelnemer and moment.is_open:
        form = AntwoordForm(vragen=vragen, respons=respons)
    if request.method == "POST":
        if "sluiten" in request.POST or "heropenen" in request.POST:
            vereist(beheren)
            if "sluiten" in request.POST:
                moment.sluit()
                messages.success(request, _("Het monitormoment is gesloten."))
            else:
                moment.heropen()
                messages.success(request, _("Het monitormoment staat weer open."))
            return redirect("monitoring:moment", school.pk, moment.pk)
        vereist(form is not None)
        form = AntwoordForm(request.POST, vragen=vragen, respons=respons)
        if form.is_valid():
            moment.beantwoord(request.user, form.antwoorden())
            messages.success(request, _("Dank je wel, je antwoorden zijn bewaard."))
            return redirect("monitoring:moment", school.pk, moment.pk)
    return render(
        request,
        "monitoring/moment.html",
        {
            "school": school,
            "speerpunt": speerpunt,
            "moment": moment,
            "form": form,
            "respons": respons,
            "beheren": beheren,
            # Someone still asked to answer sees the others' answers only after giving their
            # own, so the summary does not steer them.
            "samenvatting": (moment.samenvatting() if beheren or respons or form is None else None),
        },
    )


@school_view
def moment_bewerken(request: HttpRequest, school: School, pk: int) -> HttpResponse:
    """The kartrekker adjusts date, audience and questions of a monitormoment."""
    moment, rechten = get_monitormoment_for_user(request.toegang, pk)
    vereist(rechten.beheren)
    speerpunt = moment.speerpunt
    plg_leden = _plg_leden(speerpunt)
    data = request.POST if request.method == "POST" else None
    form = MonitormomentForm(data, instance=moment, school=school, plg_leden=plg_leden)
    vragen = VraagFormSet(data, instance=moment, prefix="vragen")
    if data is not None and form.is_valid() and vragen.is_valid():
        with transaction.atomic():
            form.save()
            vragen.save()
            speerpunt.registreer_activiteit()
        messages.success(request, _("Het monitormoment is bijgewerkt."))
        return redirect("monitoring:moment", school.pk, moment.pk)
    return render(
        request,
        "monitoring/moment_bewerken.html",
        {
            "school": school,
            "speerpunt": speerpunt,
            "moment": moment,
            "form": form,
            "vragen": vragen,
        },
    )


@school_view
def doel(request: HttpRequest, school: School, pk: int) -> HttpResponse:
    """One goal's measurements: the chart, the table, and a form to add a measurement."""
    doel, rechten = get_doel_for_user(request.toegang, pk)
    speerpunt = doel.plan.cyclus.speerpunt
    meten = rechten.meten
    form = MetingForm(doel=doel) if meten else None
    if request.method == "POST":
        vereist(meten)
        if "verwijderen" in request.POST:
            get_object_or_404(doel.metingen, pk=posted_id(request, "verwijderen")).delete()
            messages.success(request, _("De meting is verwijderd."))
            return redirect("monitoring:doel", school.pk, doel.pk)
        form = MetingForm(request.POST, doel=doel)
        if form.is_valid():
            with transaction.atomic():
                FormToken.claim(request, form)
                form.bewaar(by=request.user)
                speerpunt.registreer_activiteit()
            messages.success(request, _("De meting is vastgelegd."))
            return redirect("monitoring:doel", school.pk, doel.pk)
    metingen = list(Meting.objects.voor_doel(doel))
    grafiek = grafiek_context(doel, metingen)
    return render(
        request,
        "monitoring/doel.html",
        {
            "school": school,
            "speerpunt": speerpunt,
            "doel": doel,
            "metingen": metingen,
            "svg": render_svg(grafiek) if grafiek else "",
            "markeringen": grafiek["markeringen"] if grafiek else [],
            "form": form,
            "meten": meten,
        },
    )
