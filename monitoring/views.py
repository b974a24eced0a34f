from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.db import transaction
from django.db.models import Count
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from core.access import school_view
from core.http import mark_private
from core.models import FormToken
from core.params import posted_id
from cyclus.permissions import get_speerpunt_for_user
from plg.models import PLGLid
from scholen.models import School

from . import agenda
from .forms import AntwoordForm, MetingForm, MonitormomentForm, VoorkeurenForm, VraagFormSet
from .grafiek import grafiek_context, render_svg
from .indicatoren import indicatoren_van
from .models import Melding, Meting, Monitormoment, Voorkeuren
from .permissions import (
    get_doel_for_user,
    get_monitormoment_for_user,
    mag_beheren,
    vereist,
)


@login_required
def meldingen(request: HttpRequest) -> HttpResponse:
    """My notifications, newest first; read ones stay in the list, greyed."""
    mijn = Melding.objects.voor(request.user)
    if request.method == "POST":
        if "alles_gelezen" in request.POST:
            mijn.ongelezen().update(gelezen_op=timezone.now())
        elif "gelezen" in request.POST:
            melding = get_object_or_404(mijn, pk=posted_id(request, "gelezen"))
            mijn.ongelezen().filter(pk=melding.pk).update(gelezen_op=timezone.now())
        return redirect("monitoring:meldingen")
    pagina = Paginator(mijn, 25).get_page(request.GET.get("pagina"))
    return render(request, "monitoring/meldingen.html", {"pagina": pagina})


@login_required
@require_http_methods(["GET", "POST"])
def melding_openen(request: HttpRequest, pk: int) -> HttpResponse:
    """Follows a notification's link; the button in the list posts here to mark it read.

    A GET only redirects, so a link from anywhere, another site included, changes nothing.
    """
    melding = get_object_or_404(Melding.objects.voor(request.user), pk=pk)
    if request.method == "POST" and melding.gelezen_op is None:
        melding.gelezen_op = timezone.now()
        melding.save(update_fields=["gelezen_op"])
    if melding.url and url_has_allowed_host_and_scheme(melding.url, allowed_hosts=None):
        return redirect(melding.url)
    return redirect("monitoring:meldingen")


@login_required
def instellingen(request: HttpRequest) -> HttpResponse:
    """Which e-mail a person wants, the digest's rhythm, and the calendar feed's address."""
    voorkeuren = Voorkeuren.bekijk(request.user)
    form = VoorkeurenForm(voorkeuren=voorkeuren)
    if request.method == "POST":
        # Only a save creates the row: opening the page leaves the database as it was.
        voorkeuren = Voorkeuren.van(request.user)
        if "ical_nieuw" in request.POST:
            voorkeuren.vernieuw_ical_token()
            messages.success(request, _("Je agenda heeft een nieuwe geheime link."))
            return redirect("monitoring:instellingen")
        if "ical_intrekken" in request.POST:
            voorkeuren.trek_ical_token_in()
            messages.success(request, _("De link naar je agenda werkt niet meer."))
            return redirect("monitoring:instellingen")
        form = VoorkeurenForm(request.POST, voorkeuren=voorkeuren)
        if form.is_valid():
            form.bewaar(voorkeuren)
            messages.success(request, _("Je voorkeuren zijn bewaard."))
            return redirect("monitoring:instellingen")
    feed_url = None
    if voorkeuren.ical_token:
        feed_url = request.build_absolute_uri(agenda.feed_pad(voorkeuren.ical_token))
    return render(request, "monitoring/instellingen.html", {"form": form, "feed_url": feed_url})


@require_GET
def ical(request: HttpRequest, token: str) -> HttpResponse:
    """The person's calendar, for a calendar app; the secret token is the only key."""
    voorkeuren = get_object_or_404(
        Voorkeuren.objects.select_related("user"), ical_token=token, user__is_active=True
    )
    response = HttpResponse(
        agenda.kalender_voor(voorkeuren.user), content_type="text/calendar; charset=utf-8"
    )
    response["Content-Disposition"] = 'inline; filename="koers.ics"'
    return mark_private(response)


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
