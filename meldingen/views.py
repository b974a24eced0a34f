from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.cache import get_conditional_response
from django.utils.http import http_date, url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from core.http import mark_private
from core.params import posted_id

from . import agenda
from .forms import VoorkeurenForm
from .models import Melding, Voorkeuren


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
        return redirect("meldingen:meldingen")
    pagina = Paginator(mijn, 25).get_page(request.GET.get("pagina"))
    return render(request, "meldingen/meldingen.html", {"pagina": pagina})


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
    return redirect("meldingen:meldingen")


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
            return redirect("meldingen:instellingen")
        if "ical_intrekken" in request.POST:
            voorkeuren.trek_ical_token_in()
            messages.success(request, _("De link naar je agenda werkt niet meer."))
            return redirect("meldingen:instellingen")
        form = VoorkeurenForm(request.POST, voorkeuren=voorkeuren)
        if form.is_valid():
            form.bewaar(voorkeuren)
            messages.success(request, _("Je voorkeuren zijn bewaard."))
            return redirect("meldingen:instellingen")
    feed_url = None
    if voorkeuren.ical_token:
        feed_url = request.build_absolute_uri(agenda.feed_pad(voorkeuren.ical_token))
    return render(request, "meldingen/instellingen.html", {"form": form, "feed_url": feed_url})


@require_GET
def ical(request: HttpRequest, token: str) -> HttpResponse:
    """The person's calendar, for a calendar app; the secret token is the only key.

    The token and the person's memberships are checked on every request, before any cache:
    a revoked address or a membership that ended stops at once. An app that sends back the
    ETag of the version it holds gets 304 Not Modified when nothing in it changed."""
    voorkeuren = get_object_or_404(
        Voorkeuren.objects.select_related("user"), ical_token=token, user__is_active=True
    )
    feed = agenda.feed_van(voorkeuren.user)
    # Weak: the same events may come in a body made at another time, with another DTSTAMP.
    etag = f'W/"{feed.etag}"'
    response = None
    if "If-None-Match" in request.headers:
        # The fingerprint alone tells whether the app holds this version: no body is needed.
        response = get_conditional_response(request, etag=etag)
    if response is None:
        body, gemaakt_op = agenda.kalender_uit_cache(feed)
        response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
        response["Content-Disposition"] = 'inline; filename="koers.ics"'
        response["Last-Modified"] = http_date(gemaakt_op.timestamp())
        response = get_conditional_response(
            request, etag=etag, last_modified=int(gemaakt_op.timestamp()), response=response
        )
    response["ETag"] = etag
    return mark_private(response)
