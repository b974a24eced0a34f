from django.contrib import messages
from django.core.paginator import Paginator
from django.db import transaction
from django.db.models import Prefetch
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from core.access import school_view, vereist
from core.concurrent_edit import save_unless_changed, version
from core.http import render_htmx
from core.models import FormToken
from core.params import query_id
from cyclus.models import Speerpunt
from plg.models import Bijeenkomst
from scholen.models import School

from .forms import BronForm, BronkoppelingForm, ZoekForm
from .models import Bron, Bronkoppeling, Vraag, Vragenset, VragensetThema
from .permissions import get_bron_for_user, get_koppeling_for_user
from .zoeken import MAX_RESULTATEN, GeteldePagina, zoek, zoekwoorden

PER_PAGINA = 20


def _veilige_next(request: HttpRequest) -> str | None:
    volgende = request.POST.get("next") or request.GET.get("next")
    if volgende and url_has_allowed_host_and_scheme(
        volgende, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return volgende
    return None


def _speerpunt_url(speerpunt: Speerpunt) -> str:
    return reverse("cyclus:speerpunt", args=[speerpunt.school_id, speerpunt.pk])


@school_view
def zoeken(request: HttpRequest, school: School) -> HttpResponse:
    """The kennisbank: one search box over the shared set and the school's own sources."""
    form = ZoekForm(request.GET or None, school=school)
    bronnen = Bron.objects.zichtbaar_voor(school)
    if form.is_bound:
        bronnen = form.filter(bronnen)
    nummer = request.GET.get("pagina")
    zoekend = bool(zoekwoorden(form.zoekterm))
    if zoekend:
        # The best matches first, counted up to MAX_RESULTATEN.
        resultaten = GeteldePagina(voor_de_lijst(zoek(bronnen, form.zoekterm)), PER_PAGINA, nummer)
    else:
        # Without words to search for: every source, by title, page by page.
        resultaten = voor_de_lijst(bronnen.order_by("titel", "pk"))
    pagina = Paginator(resultaten, PER_PAGINA).get_page(nummer)
    # Coming from a speerpunt ("link a source"): every result offers to link it there.
    speerpunt = None
    speerpunt_pk = query_id(request, "speerpunt")
    if request.toegang.is_medewerker and speerpunt_pk is not None:
        speerpunt = Speerpunt.objects.filter(school=school, pk=speerpunt_pk).first()
    context = {
        "school": school,
        "form": form,
        "pagina": pagina,
        "meer_dan": MAX_RESULTATEN if zoekend and resultaten.afgekapt else None,
        "q": form.zoekterm,
        "speerpunt": speerpunt,
        "next": _veilige_next(request) if speerpunt else None,
        "mag_toevoegen": request.toegang.is_medewerker,
    }
    return render_htmx(request, "kennisbank/zoeken.html", context, "resultaten")


def voor_de_lijst(bronnen):
    """What a result shows: the source with the names of its themes (its own column, so the
    themes need no query of their own), without its search index."""
    return bronnen.defer(*Bron.ZOEKINDEX)


@school_view
@require_http_methods(["GET", "POST"])
def bron_detail(request: HttpRequest, school: School, pk: int) -> HttpResponse:
    """One source, where this school uses it, and (for its own sources) the proposal to share."""
    bron, rechten = get_bron_for_user(request.toegang, pk)
    if request.method == "POST":
        if not rechten.bewerken:
            vereist(request.toegang.is_medewerker)
            return redirect("kennisbank:bron", school.pk, bron.pk)
        if request.POST.get("actie") == "voorstellen" and not bron.voorgesteld:
            bron.stel_voor()
            messages.success(
                request,
                _("Voorgesteld voor de gedeelde kennisbank. De beheerders beslissen erover."),
            )
        return redirect("kennisbank:bron", school.pk, bron.pk)
    koppelingen = (
        bron.koppelingen.voor_school(school).select_related("speerpunt", "created_by").all()
    )
    return render(
        request,
        "kennisbank/bron.html",
        {
            "school": school,
            "bron": bron,
            "themas": bron.themas.all(),
            "koppelingen": koppelingen,
            "mag_bewerken": rechten.bewerken,
            "mag_koppelen": rechten.koppelen,
        },
    )


@school_view
@require_http_methods(["GET", "POST"])
def bron_nieuw(request: HttpRequest, school: School) -> HttpResponse:
    """Adds a source of this school's own; only this school sees it."""
    vereist(request.toegang.is_medewerker)
    form = BronForm(request.POST or None, school=school)
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            token = FormToken.claim(request, form)
            bron = form.bewaar(by=request.user)
            if token:
                token.gemaakt(reverse("kennisbank:bron", args=[school.pk, bron.pk]))
        messages.success(request, _("De bron is toegevoegd aan de kennisbank van jullie school."))
        return redirect("kennisbank:bron", school.pk, bron.pk)
    return render(request, "kennisbank/bron_form.html", {"school": school, "form": form})


@school_view
@require_http_methods(["GET", "POST"])
def bron_bewerken(request: HttpRequest, school: School, pk: int) -> HttpResponse:
    bron, rechten = get_bron_for_user(request.toegang, pk)
    # The shared set is curated by staff in the admin; schools edit their own sources.
    vereist(rechten.bewerken)

    def huidig():
        return version(Bron.objects.zichtbaar_voor(school).get(pk=bron.pk), BronForm._meta.fields)

    form = BronForm(request.POST or None, instance=bron, school=school, base_version=huidig()[0])
    conflict = None
    if request.method == "POST" and form.is_valid():
        conflict = save_unless_changed(
            form,
            lock=Bron.objects.filter(pk=bron.pk),
            current=huidig,
            save=lambda: form.bewaar(by=request.user),
        )
        if conflict is None:
            messages.success(request, _("De bron is bijgewerkt."))
            return redirect("kennisbank:bron", school.pk, bron.pk)
    return render(
        request,
        "kennisbank/bron_form.html",
        {"school": school, "form": form, "bron": bron, "conflict": conflict},
    )


@school_view
@require_http_methods(["GET", "POST"])
def koppelen(request: HttpRequest, school: School, pk: int) -> HttpResponse:
    """Links a source to one of the school's speerpunten, with the team's appraisal."""
    bron, rechten = get_bron_for_user(request.toegang, pk)
    vereist(rechten.koppelen)
    speerpunten = Speerpunt.objects.filter(school=school).exclude(bronkoppelingen__bron=bron)
    initial = {}
    speerpunt_pk = query_id(request, "speerpunt")
    if speerpunt_pk is not None:
        initial["speerpunt"] = get_object_or_404(Speerpunt, school=school, pk=speerpunt_pk)
    form = BronkoppelingForm(
        request.POST or None,
        initial=initial,
        bron=bron,
        speerpunten=Speerpunt.objects.filter(school=school),
    )
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            token = FormToken.claim(request, form)
            koppeling = form.bewaar(by=request.user)
            if token:
                token.gemaakt(_veilige_next(request) or _speerpunt_url(koppeling.speerpunt))
        messages.success(
            request,
            _("“%(bron)s” is gekoppeld aan %(speerpunt)s.")
            % {"bron": bron.titel, "speerpunt": koppeling.speerpunt.titel},
        )
        return redirect(_veilige_next(request) or _speerpunt_url(koppeling.speerpunt))
    return render(
        request,
        "kennisbank/koppelen.html",
        {
            "school": school,
            "bron": bron,
            "form": form,
            "heeft_speerpunten": speerpunten.exists() or form.is_bound,
            "next": _veilige_next(request) or "",
        },
    )


@school_view
@require_http_methods(["GET", "POST"])
def koppeling(request: HttpRequest, school: School, pk: int) -> HttpResponse:
    """One link: read its appraisal, change it, or undo the link."""
    koppeling, rechten = get_koppeling_for_user(request.toegang, pk)

    def huidig():
        vers = Bronkoppeling.objects.voor_school(school).get(pk=koppeling.pk)
        return version(vers, BronkoppelingForm._meta.fields)

    form = BronkoppelingForm(
        request.POST or None,
        instance=koppeling,
        bron=koppeling.bron,
        speerpunten=Speerpunt.objects.filter(school=school),
        base_version=huidig()[0],
    )
    conflict = None
    if request.method == "POST":
        vereist(rechten.wijzigen)
        terug = _veilige_next(request) or _speerpunt_url(koppeling.speerpunt)
        if request.POST.get("actie") == "ontkoppelen":
            koppeling.delete()
            messages.success(request, _("De koppeling is verwijderd."))
            return redirect(terug)
        if form.is_valid():
            conflict = save_unless_changed(
                form,
                lock=Bronkoppeling.objects.filter(pk=koppeling.pk),
                current=huidig,
                save=lambda: form.bewaar(by=request.user),
            )
            if conflict is None:
                messages.success(request, _("De beoordeling is opgeslagen."))
                return redirect(terug)
    return render(
        request,
        "kennisbank/koppeling.html",
        {
            "school": school,
            "koppeling": koppeling,
            "form": form,
            "mag_wijzigen": rechten.wijzigen,
            "next": _veilige_next(request) or "",
            "conflict": conflict,
        },
    )


@school_view
def vragensets(request: HttpRequest, school: School) -> HttpResponse:
    """The gesprekskaarten, by theme."""
    sets = Vragenset.objects.prefetch_related(
        Prefetch("vragen", queryset=Vraag.objects.order_by("volgorde", "pk"))
    )
    per_thema = [
        (label, [s for s in sets if s.thema == waarde]) for waarde, label in VragensetThema.choices
    ]
    return render(
        request,
        "kennisbank/vragensets.html",
        {"school": school, "per_thema": [(t, s) for t, s in per_thema if s]},
    )


@school_view
def vragenset(request: HttpRequest, school: School, pk: int) -> HttpResponse:
    """One gesprekskaart, with the coming PLG meetings of this person to put it on the agenda."""
    vragenset = get_object_or_404(Vragenset, pk=pk)
    bijeenkomsten = []
    if request.toegang.is_medewerker:
        bijeenkomsten = (
            Bijeenkomst.objects.komend(timezone.now())
            .filter(plg__speerpunt__school=school, plg__leden__user=request.user)
            .select_related("plg")[:10]
        )
    return render(
        request,
        "kennisbank/vragenset.html",
        {
            "school": school,
            "vragenset": vragenset,
            "vragen": vragenset.vragen.order_by("volgorde", "pk"),
            "bijeenkomsten": bijeenkomsten,
        },
    )
