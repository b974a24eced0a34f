import datetime
import time
from base64 import b32encode
from collections import defaultdict
from urllib.parse import urlencode

import segno
from auditlog.models import LogEntry
from django.contrib import messages
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.db.models import Prefetch
from django.http import (
    Http404,
    HttpRequest,
    HttpResponse,
    HttpResponseRedirect,
    StreamingHttpResponse,
)
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import content_disposition_header, url_has_allowed_host_and_scheme
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from django_otp import login as otp_login
from django_otp import user_has_device, verify_token
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice, default_key

from core.access import school_view, toegang, vereist
from cyclus.models import SchoolInstellingen, Speerpunt, Stap, Status

from . import avg
from .forms import KoersPasswordResetForm, OtpCodeForm
from .models import Bestuur, Lidmaatschap, School
from .security import reset_mail_allowed

# The key of an authenticator app being set up, kept in the session until a code confirms it.
OTP_SETUP_SESSION_KEY = "tweestaps_sleutel"


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
    vereist(request.toegang.is_schoolleider)
    response = StreamingHttpResponse(
        avg.export_zip(school, by=request.user), content_type="application/zip"
    )
    bestandsnaam = f"koers-{slugify(school.naam)}-{timezone.localdate():%Y-%m-%d}.zip"
    response["Content-Disposition"] = content_disposition_header(True, bestandsnaam)
    return response


ACTIES = {
    LogEntry.Action.CREATE: gettext_lazy("aangemaakt"),
    LogEntry.Action.UPDATE: gettext_lazy("gewijzigd"),
    LogEntry.Action.DELETE: gettext_lazy("verwijderd"),
}


def _leeg_als_none(waarde: str) -> str:
    # The trail stores an empty choice as the text "None"; a reader sees it as empty.
    return "" if waarde == "None" else waarde


@school_view
def wijzigingen(request: HttpRequest, school: School) -> HttpResponse:
    """Who changed what and when: speerpunten, plans and their rows, decisions, memberships
    and PLG roles. The school's schoolleiders answer for these, so they read the trail."""
    vereist(request.toegang.is_schoolleider)
    entries = (
        LogEntry.objects.filter(additional_data__school=school.pk)
        .select_related("actor", "content_type")
        .order_by("-timestamp", "-pk")
    )
    pagina = Paginator(entries, 30).get_page(request.GET.get("pagina"))
    rijen = [
        {
            "entry": entry,
            "actie": ACTIES.get(entry.action, ""),
            "soort": entry.content_type.model_class()._meta.verbose_name
            if entry.content_type.model_class()
            else entry.content_type.model,
            "velden": [
                (veld, _leeg_als_none(waarden[0]), _leeg_als_none(waarden[1]))
                for veld, waarden in entry.changes_display_dict.items()
                if len(waarden) == 2
            ]
            if entry.action == LogEntry.Action.UPDATE
            else [],
        }
        for entry in pagina.object_list
    ]
    return render(
        request,
        "scholen/wijzigingen.html",
        {"school": school, "pagina": pagina, "rijen": rijen},
    )


@login_required
def bestuur(request: HttpRequest) -> HttpResponse:
    """For board and quality staff: every school of their boards, with where its speerpunten
    stand in the cycle and which ones stall."""
    besturen = list(Bestuur.objects.filter(bestuursleden__user=request.user).order_by("naam"))
    if not besturen:
        raise Http404
    scholen = list(School.objects.filter(bestuur__in=besturen).order_by("naam"))
    stil_na = dict(
        SchoolInstellingen.objects.filter(school__in=scholen).values_list("school", "stil_na_weken")
    )
    default_weken = SchoolInstellingen._meta.get_field("stil_na_weken").default
    nu = timezone.now()
    per_stap = defaultdict(int)
    stil = defaultdict(int)
    # One pass over the active speerpunten only: closed and parked ones, however many years
    # of them there are, are not read.
    for school_id, stap, laatst in Speerpunt.objects.filter(
        school__in=scholen, status=Status.ACTIEF
    ).values_list("school", "stap", "laatste_activiteit"):
        per_stap[school_id, stap] += 1
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


class PasswordResetView(auth_views.PasswordResetView):
    """Django's page to ask for a reset link, with a limit on the mails per address and per
    network. Past the limit the page answers exactly as always and sends nothing."""

    form_class = KoersPasswordResetForm

    def form_valid(self, form):
        if reset_mail_allowed(self.request, form.cleaned_data["email"]):
            return super().form_valid(form)
        return HttpResponseRedirect(self.get_success_url())


def _next_url(request: HttpRequest) -> str:
    """Where to go after the second step: the page asked for, if it is on this site."""
    volgende = request.POST.get("next") or request.GET.get("next")
    if volgende and url_has_allowed_host_and_scheme(
        volgende, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return volgende
    return reverse("admin:index")


@login_required
def otp_setup(request: HttpRequest) -> HttpResponse:
    """A beheerder sets up the second step: scan the QR code (or type the key) into an
    authenticator app, then confirm with the code the app shows. The key lives in the
    session until then, so only a confirmed app is ever stored."""
    vereist(request.user.is_staff)
    volgende = _next_url(request)
    if user_has_device(request.user):
        if not request.user.is_verified():
            return redirect(f"{reverse('otp_verify')}?{urlencode({'next': volgende})}")
        return render(request, "scholen/tweestaps_instellen.html", {"ingesteld": True})
    sleutel = request.session.get(OTP_SETUP_SESSION_KEY) or default_key()
    request.session[OTP_SETUP_SESSION_KEY] = sleutel
    apparaat = TOTPDevice(
        user=request.user, name=_("Authenticator-app"), key=sleutel, confirmed=True
    )
    form = OtpCodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        totp = TOTP(apparaat.bin_key, apparaat.step, apparaat.t0, apparaat.digits)
        totp.time = time.time()
        if totp.verify(int(form.cleaned_data["code"]), tolerance=apparaat.tolerance):
            # The code just used may not open the admin a second time.
            apparaat.last_t = totp.t()
            apparaat.save()
            del request.session[OTP_SETUP_SESSION_KEY]
            otp_login(request, apparaat)
            messages.success(request, _("Tweestapsverificatie staat aan."))
            return redirect(volgende)
        form.add_error("code", _("Deze code klopt niet. Typ de code die nu in je app staat."))
    uri = apparaat.config_url
    return render(
        request,
        "scholen/tweestaps_instellen.html",
        {
            "form": form,
            "uri": uri,
            "qr": segno.make(uri, error="m").svg_data_uri(scale=5, border=2),
            "sleutel": " ".join(_groups(b32encode(apparaat.bin_key).decode())),
            "volgende": volgende,
        },
    )


def _groups(text: str, size: int = 4) -> list[str]:
    return [text[i : i + size] for i in range(0, len(text), size)]


@login_required
def otp_verify(request: HttpRequest) -> HttpResponse:
    """The second step: the code from the beheerder's authenticator app, before the admin
    opens. Wrong codes make the next try wait ever longer (django-otp's throttling)."""
    volgende = _next_url(request)
    if request.user.is_verified():
        return redirect(volgende)
    apparaat = TOTPDevice.objects.devices_for_user(request.user, confirmed=True).first()
    if apparaat is None:
        return redirect(f"{reverse('otp_setup')}?{urlencode({'next': volgende})}")
    form = OtpCodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        geverifieerd = verify_token(request.user, apparaat.persistent_id, form.cleaned_data["code"])
        if geverifieerd:
            otp_login(request, geverifieerd)
            return redirect(volgende)
        form.add_error(
            "code",
            _(
                "Deze code klopt niet. Typ de code die nu in je app staat; na elke foute code "
                "duurt het iets langer voor je het opnieuw kunt proberen."
            ),
        )
    return render(request, "scholen/tweestaps_code.html", {"form": form, "volgende": volgende})
