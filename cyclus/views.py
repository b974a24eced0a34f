from urllib.parse import urlsplit

from django.contrib import messages
from django.core.cache import cache
from django.core.paginator import Paginator
from django.db import transaction
from django.db.models import Count, IntegerField, Max, OuterRef, Prefetch, Subquery, Value
from django.db.models.functions import Coalesce
from django.http import HttpRequest, HttpResponse, QueryDict
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_safe

from core.access import school_view, vereist
from core.cache import content_key
from core.concurrent_edit import save_unless_changed, version
from core.http import redirect_htmx, render_htmx
from core.models import FormToken
from core.params import posted_id, posted_number
from plg.models import PLGLid
from scholen.models import School, Team

from . import permissions
from .forms import (
    BorgingForm,
    DashboardFilterForm,
    EvaluatieForm,
    KernwaardeForm,
    ParkeerForm,
    SchooljaarForm,
    SignaalFormSet,
    SpeerpuntForm,
    TerugForm,
    VerplaatsForm,
    VisieForm,
)
from .models import (
    VOORUIT,
    AlVerplaatst,
    Borging,
    Cyclus,
    Kernwaarde,
    SchoolInstellingen,
    Schooljaar,
    Signaal,
    Speerpunt,
    Stap,
    StapFout,
    Status,
    Transitie,
)


def _speerpunt_url(speerpunt, anchor=""):
    url = reverse("cyclus:speerpunt", args=[speerpunt.school_id, speerpunt.pk])
    return f"{url}#{anchor}" if anchor else url


@school_view
@require_http_methods(["GET", "POST"])
def dashboard(request: HttpRequest, school: School) -> HttpResponse:
    """The schoolleider's board: every active speerpunt in the column of its step."""
    if request.method == "POST":
        return _verplaats_kaart(request, school)
    context = _bord(request, school, request.GET, request.get_full_path())
    return render_htmx(request, "cyclus/dashboard.html", context, "bord")


def _bord(request, school, params, hier):
    instellingen = SchoolInstellingen.voor(school)
    filters = DashboardFilterForm(params, school=school)
    gekozen = filters.cleaned_data if filters.is_valid() else {}
    speerpunten = list(
        Speerpunt.objects.voor_dashboard(
            school,
            team=gekozen.get("team"),
            schooljaar=gekozen.get("schooljaar"),
            stil_na_weken=instellingen.stil_na_weken,
        )
    )
    # Counted from the school's active speerpunten, not over every speerpunt a team ever had.
    actief_in_team = (
        Speerpunt.objects.voor_school(school)
        .actief()
        .filter(teams=OuterRef("pk"))
        .order_by()
        .values("teams")
        .annotate(aantal=Count("pk"))
        .values("aantal")
    )
    teams = Team.objects.filter(school=school).annotate(
        actief=Coalesce(Subquery(actief_in_team, output_field=IntegerField()), Value(0))
    )
    _kaarten(school, speerpunten)
    return {
        "school": school,
        "instellingen": instellingen,
        "filters": filters,
        "kolommen": [(stap, [s for s in speerpunten if s.stap == stap]) for stap in Stap],
        "aantal": len(speerpunten),
        "teams": teams,
        "mag_beheren": request.toegang.is_schoolleider,
        "hier": hier,
    }


KAART = "cyclus/_kaart.html"
# A card stays in the cache this long after it was drawn; its key changes with what it shows.
KAART_BEWAREN = 24 * 3600


def _kaarten(school, speerpunten) -> None:
    """Gives each speerpunt its card's facts as HTML (`kaart`), drawn once for what they show:
    the cards come from the cache in one read under a key made of every value they show, and
    only new or changed ones are drawn. The move button, which depends on the person, is
    drawn on the page."""
    sleutels = {
        speerpunt.pk: content_key(
            "kaart",
            (KAART,),
            school.pk,
            speerpunt.pk,
            speerpunt.titel,
            speerpunt.kartrekker_naam,
            speerpunt.dagen_in_stap,
            speerpunt.volgende_monitoring,
            speerpunt.overdue,
            speerpunt.laatste_activiteit,
            speerpunt.staat_stil,
        )
        for speerpunt in speerpunten
    }
    bewaard = cache.get_many(sleutels.values())
    getekend = {}
    for speerpunt in speerpunten:
        sleutel = sleutels[speerpunt.pk]
        speerpunt.kaart = bewaard.get(sleutel)
        if speerpunt.kaart is None:
            speerpunt.kaart = render_to_string(KAART, {"school": school, "speerpunt": speerpunt})
            getekend[sleutel] = speerpunt.kaart
    if getekend:
        cache.set_many(getekend, KAART_BEWAREN)


def _verplaats_kaart(request, school):
    """A card moved one step forward from the board. When the gate is not met the person
    goes to the speerpunt's page, where the gate says what is missing."""
    speerpunt, rechten = permissions.get_speerpunt_for_user(
        request.toegang, posted_id(request, "speerpunt")
    )
    form = VerplaatsForm(request.POST)
    hier = urlsplit(request.POST.get("hier", ""))
    dashboard_url = reverse("cyclus:dashboard", args=[school.pk])
    # Back to the board with the same filters; only this school's board is a valid target.
    terug = (
        f"{dashboard_url}?{hier.query}"
        if hier.path == dashboard_url and hier.query
        else dashboard_url
    )
    if not form.is_valid():
        return redirect(_speerpunt_url(speerpunt, "poort"))
    van, naar = form.cleaned_data["van"], form.cleaned_data["naar"]
    vereist(rechten.verplaatsen(van, naar))
    try:
        speerpunt.naar_stap(
            naar, by=request.user, van=van, open_punten_toegestaan=rechten.overrulen
        )
    except StapFout as fout:
        messages.error(request, str(fout))
        return redirect_htmx(request, _speerpunt_url(speerpunt, "poort"))
    messages.success(
        request,
        _("%(titel)s staat nu in stap %(stap)s: %(naam)s.")
        % {"titel": speerpunt.titel, "stap": naar, "naam": Stap(naar).label},
    )
    context = _bord(request, school, QueryDict(hier.query), terug)
    return render_htmx(request, "cyclus/dashboard.html", context, "bord", redirect_to=terug)


def _stap_formulieren(request, speerpunt, mag, data=None, actie=None):
    """The forms of the gate and the moves, bound only for the action that was posted."""
    van = speerpunt.stap

    def gebonden(naam):
        return data if actie == naam else None

    vooruit = VOORUIT.get(van)
    return {
        "vooruit_form": VerplaatsForm(
            gebonden("vooruit"), initial={"van": van, "naar": vooruit}, prefix="vooruit"
        )
        if mag["vooruit"]
        else None,
        "terug_form": TerugForm(
            gebonden("terug"), initial={"van": van}, terug=mag["terug"], prefix="terug"
        )
        if mag["terug"]
        else None,
        "evaluatie_form": EvaluatieForm(gebonden("evalueer"), prefix="evaluatie")
        if mag["evalueren"]
        else None,
        "parkeer_form": ParkeerForm(gebonden("parkeer"), prefix="parkeer")
        if mag["beheren"] and speerpunt.status == Status.ACTIEF
        else None,
    }


@school_view
@require_http_methods(["GET", "POST"])
def speerpunt_detail(request: HttpRequest, school: School, pk: int) -> HttpResponse:
    """One speerpunt: why it matters, its gate, its moves and its history over all cycles."""
    speerpunt, rechten = permissions.get_speerpunt_for_user(request.toegang, pk)
    mag = rechten.volgende_stappen()
    actie = request.POST.get("actie") if request.method == "POST" else None
    formulieren = _stap_formulieren(request, speerpunt, mag, request.POST, actie)
    if actie:
        antwoord = _voer_uit(request, speerpunt, mag, actie, formulieren)
        if antwoord is not None:
            return antwoord
        mag = rechten.volgende_stappen()

    context = {
        "school": school,
        "speerpunt": speerpunt,
        "poort": speerpunt.poort() if speerpunt.status == Status.ACTIEF else None,
        "mag": mag,
        "tijdlijn": _tijdlijn(speerpunt),
        "stappen": list(Stap),
        "signalen": speerpunt.signalen.all(),
        "kernwaarden": speerpunt.kernwaarden.all(),
        "teams": speerpunt.teams.all(),
        **_plg_en_kartrekker(speerpunt),
        "borging": getattr(speerpunt.huidige_cyclus, "borging", None),
        "hervat_boven_limiet": _hervat_boven_limiet(speerpunt) if mag["beheren"] else [],
        **formulieren,
    }
    if actie == "vink":
        terug = _speerpunt_url(speerpunt, "poort")
        return render_htmx(request, "cyclus/speerpunt.html", context, "poort", redirect_to=terug)
    return render(request, "cyclus/speerpunt.html", context)


# The speerpunt page shows this many moves of the current cycle; the rest of the history is on
# the timeline page, so the page costs the same after ten cycles as after one.
TIJDLIJN_KORT = 10
CYCLI_PER_PAGINA = 5


def _tijdlijn(speerpunt) -> dict:
    """The current cycle with its latest moves; earlier cycles are on the timeline page."""
    huidige = speerpunt.huidige_cyclus
    if huidige is None:
        return {}
    transities = list(
        huidige.transities.select_related("created_by").order_by("-op", "-pk")[: TIJDLIJN_KORT + 1]
    )
    return {
        "cyclus": huidige,
        "transities": transities[:TIJDLIJN_KORT],
        "ingekort": len(transities) > TIJDLIJN_KORT,
        # Cycles are numbered from 1 without gaps.
        "eerdere": huidige.nummer - 1,
    }


@school_view
@require_safe
def tijdlijn(request: HttpRequest, school: School, pk: int) -> HttpResponse:
    """The whole history of a speerpunt: every cycle with every move, newest first."""
    speerpunt, _rechten = permissions.get_speerpunt_for_user(request.toegang, pk)
    cycli = speerpunt.cycli.order_by("-nummer").prefetch_related(
        Prefetch(
            "transities",
            queryset=Transitie.objects.select_related("created_by").order_by("-op", "-pk"),
        )
    )
    pagina = Paginator(cycli, CYCLI_PER_PAGINA).get_page(request.GET.get("pagina"))
    return render(
        request,
        "cyclus/tijdlijn.html",
        {"school": school, "speerpunt": speerpunt, "pagina": pagina},
    )


def _hervat_boven_limiet(speerpunt):
    """The teams that would go over their focus limit if this parked speerpunt came back."""
    if speerpunt.status != Status.GEPARKEERD:
        return []
    instellingen = SchoolInstellingen.voor(speerpunt.school)
    return instellingen.teams_boven_limiet(list(speerpunt.teams.all()), zonder=speerpunt)


def _plg_en_kartrekker(speerpunt) -> dict:
    """The speerpunt's PLG and its kartrekker: one query when there is a kartrekker."""
    lid = (
        PLGLid.objects.van_speerpunt(speerpunt).kartrekkers().select_related("user", "plg").first()
    )
    if lid is not None:
        return {"plg": lid.plg, "kartrekker": lid.user}
    return {"plg": getattr(speerpunt, "plg", None), "kartrekker": None}


def _voer_uit(request, speerpunt, mag, actie, formulieren):
    """Runs one posted action of the speerpunt page. Returns a response when it is done, or
    None when the page should show again with the form and its errors."""
    if actie == "vink":
        vereist(mag["afvinken"])
        try:
            speerpunt.vink_af(
                request.POST.get("sleutel", ""),
                by=request.user,
                aan=request.POST.get("aan") == "1",
            )
        except StapFout as fout:
            messages.error(request, str(fout))
        # The page answers: the gate again for htmx, a redirect to it for a plain post.
        return None

    if actie == "hervat":
        vereist(mag["beheren"])
        if _hervat_boven_limiet(speerpunt) and not request.POST.get("bevestig_limiet"):
            messages.error(
                request,
                _(
                    "Bevestig dat het speerpunt terugkomt, ook al gaat een team daarmee boven "
                    "de limiet."
                ),
            )
            return redirect(_speerpunt_url(speerpunt))
        try:
            speerpunt.hervat(by=request.user)
        except StapFout as fout:
            messages.error(request, str(fout))
        else:
            messages.success(request, _("Het speerpunt is weer actief."))
        return redirect(_speerpunt_url(speerpunt))

    naam = {
        "vooruit": "vooruit_form",
        "terug": "terug_form",
        "evalueer": "evaluatie_form",
        "parkeer": "parkeer_form",
    }.get(actie)
    form = formulieren.get(naam) if naam else None
    if form is None:
        if naam and _verouderd(request.POST, speerpunt):
            messages.error(request, str(AlVerplaatst()))
            return redirect(_speerpunt_url(speerpunt))
        vereist(False)
    if not form.is_valid():
        return None
    try:
        if actie == "evalueer":
            speerpunt.evalueer(
                by=request.user,
                uitkomst=form.cleaned_data["uitkomst"],
                toelichting=form.cleaned_data["toelichting"],
            )
            melding = _("De evaluatie is vastgelegd.")
        elif actie == "parkeer":
            speerpunt.parkeer(by=request.user, reden=form.cleaned_data["reden"])
            melding = _("Het speerpunt is geparkeerd tot volgend schooljaar.")
        else:
            naar = form.cleaned_data["naar"]
            speerpunt.naar_stap(
                naar,
                by=request.user,
                van=form.cleaned_data["van"],
                reden=form.cleaned_data["reden"],
                open_punten_toegestaan=mag["overrulen"],
            )
            melding = _("Het speerpunt staat nu in stap %(stap)s: %(naam)s.") % {
                "stap": naar,
                "naam": Stap(naar).label,
            }
    except AlVerplaatst as fout:
        messages.error(request, str(fout))
        return redirect(_speerpunt_url(speerpunt))
    except StapFout as fout:
        form.add_error(None, str(fout))
        speerpunt.refresh_from_db()
        return None
    messages.success(request, melding)
    return redirect(_speerpunt_url(speerpunt))


def _verouderd(data, speerpunt) -> bool:
    """The form was posted from a page that showed another step or status than the speerpunt
    has now: someone else moved, evaluated or parked it in between, so this form is gone."""
    gezien = data.get("stand", "")
    return bool(gezien) and gezien != f"{speerpunt.stap}:{speerpunt.status}"


@school_view
@require_http_methods(["GET", "POST"])
def speerpunt_nieuw(request: HttpRequest, school: School) -> HttpResponse:
    vereist(request.toegang.is_schoolleider)
    speerpunt = Speerpunt(
        school=school, owner=request.user, schooljaar=Schooljaar.objects.huidig(school)
    )
    return _speerpunt_formulier(request, school, speerpunt)


@school_view
@require_http_methods(["GET", "POST"])
def speerpunt_bewerken(request: HttpRequest, school: School, pk: int) -> HttpResponse:
    speerpunt, rechten = permissions.get_speerpunt_for_user(request.toegang, pk)
    vereist(rechten.beheren)
    return _speerpunt_formulier(request, school, speerpunt)


def _speerpunt_versie(geladen: Speerpunt) -> tuple[str, str]:
    """The speerpunt's text and its signals as saved now, for refusing a stale save."""
    speerpunt = geladen.school.speerpunten.get(pk=geladen.pk)
    signalen = [str(signaal) for signaal in speerpunt.signalen.all()]
    return version(speerpunt, SpeerpuntForm._meta.fields, extra=signalen)


def _speerpunt_formulier(request, school, speerpunt):
    nieuw = speerpunt.pk is None
    data = request.POST if request.method == "POST" else None
    basis = "" if nieuw else _speerpunt_versie(speerpunt)[0]
    form = SpeerpuntForm(data, instance=speerpunt, school=school, base_version=basis)
    signalen = SignaalFormSet(data, instance=speerpunt, prefix="signalen")
    conflict = None
    if data is not None and form.is_valid() and signalen.is_valid():

        def bewaar():
            nonlocal speerpunt
            with transaction.atomic():
                token = FormToken.claim(request, form) if nieuw else None
                if nieuw:
                    hoogste = Speerpunt.objects.voor_school(school).aggregate(m=Max("volgorde"))[
                        "m"
                    ]
                    form.instance.volgorde = (hoogste or 0) + 1
                speerpunt = form.save()
                signalen.instance = speerpunt
                signalen.save()
                if nieuw:
                    speerpunt.start(by=request.user)
                    if token:
                        token.gemaakt(_speerpunt_url(speerpunt))
                else:
                    speerpunt.registreer_activiteit()

        if nieuw:
            bewaar()
        else:
            getypt = [
                str(Signaal(soort=rij.cleaned_data["soort"], notitie=rij.cleaned_data["notitie"]))
                for rij in signalen.forms
                if rij.cleaned_data.get("notitie") and not rij.cleaned_data.get("DELETE")
            ]
            conflict = save_unless_changed(
                form,
                lock=Speerpunt.objects.filter(pk=speerpunt.pk),
                current=lambda: _speerpunt_versie(speerpunt),
                save=bewaar,
                typed_extra=getypt,
            )
        if conflict is None:
            messages.success(request, _("Het speerpunt is opgeslagen."))
            return redirect(_speerpunt_url(speerpunt))
    return render(
        request,
        "cyclus/speerpunt_form.html",
        {
            "school": school,
            "speerpunt": speerpunt,
            "nieuw": nieuw,
            "form": form,
            "signalen": signalen,
            "geen_kernwaarden": not Kernwaarde.objects.filter(school=school).exists(),
            "conflict": conflict,
        },
    )


@school_view
@require_http_methods(["GET", "POST"])
def borging(request: HttpRequest, school: School, pk: int) -> HttpResponse:
    """Step 5 of the current cycle: the agreement, rhythm, borger and evaluation date."""
    speerpunt, rechten = permissions.get_speerpunt_for_user(request.toegang, pk)
    cyclus = speerpunt.huidige_cyclus
    instance = getattr(cyclus, "borging", None) or Borging(cyclus=cyclus)
    mag = rechten.afvinken
    form = conflict = None

    def huidig():
        # The borging may not exist yet: an empty one stands for "nothing saved".
        bewaard = Borging.objects.filter(cyclus=cyclus).first() or Borging(cyclus=cyclus)
        return version(bewaard, BorgingForm._meta.fields)

    if mag:
        data = request.POST if request.method == "POST" else None
        form = BorgingForm(data, instance=instance, school=school, base_version=huidig()[0])
        if data is not None and form.is_valid():
            conflict = save_unless_changed(
                form, lock=Cyclus.objects.filter(pk=cyclus.pk), current=huidig, save=form.save
            )
            if conflict is None:
                speerpunt.registreer_activiteit()
                messages.success(request, _("De borging is opgeslagen."))
                return redirect(_speerpunt_url(speerpunt, "borging"))
    elif request.method == "POST":
        vereist(False)
    return render(
        request,
        "cyclus/borging.html",
        {
            "school": school,
            "speerpunt": speerpunt,
            "borging": instance,
            "form": form,
            "conflict": conflict,
        },
    )


@school_view
@require_http_methods(["GET", "POST"])
def prioriteiten(request: HttpRequest, school: School) -> HttpResponse:
    """The school's speerpunten in order of priority; the schoolleider moves them up or down."""
    verschoven = None
    if request.method == "POST":
        vereist(request.toegang.is_schoolleider)
        speerpunt, _rechten = permissions.get_speerpunt_for_user(
            request.toegang, posted_id(request, "speerpunt")
        )
        actie = request.POST.get("actie")
        if actie == "plaats":
            speerpunt.verschuif(plek=posted_number(request, "plek"))
        else:
            speerpunt.verschuif(omhoog=actie == "omhoog")
        verschoven = (speerpunt.pk, actie)
    speerpunten = (
        Speerpunt.objects.voor_school(school)
        .exclude(status=Status.AFGESLOTEN)
        .select_related("schooljaar")
        .order_by("volgorde", "pk")
    )
    context = {
        "school": school,
        "speerpunten": speerpunten,
        "mag_beheren": request.toegang.is_schoolleider,
        "verschoven": verschoven,
    }
    terug = reverse("cyclus:prioriteiten", args=[school.pk]) if request.method == "POST" else None
    return render_htmx(request, "cyclus/prioriteiten.html", context, "lijst", redirect_to=terug)


@school_view
@require_http_methods(["GET", "POST"])
def visie(request: HttpRequest, school: School) -> HttpResponse:
    """The school's vision and core values, its school years and its focus settings."""
    instellingen = SchoolInstellingen.voor(school)
    actie = request.POST.get("actie") if request.method == "POST" else None
    if actie:
        vereist(request.toegang.is_schoolleider)

    def gebonden(naam):
        return request.POST if actie == naam else None

    def huidige_visie():
        bewaard = SchoolInstellingen.voor(school)
        return version(bewaard, VisieForm._meta.fields)

    visie_form = VisieForm(
        gebonden("visie"), instance=instellingen, prefix="visie", base_version=huidige_visie()[0]
    )
    kernwaarde_form = KernwaardeForm(gebonden("kernwaarde"), school=school, prefix="kernwaarde")
    schooljaar_form = SchooljaarForm(gebonden("schooljaar"), school=school, prefix="schooljaar")
    formulier = {"visie": visie_form, "kernwaarde": kernwaarde_form, "schooljaar": schooljaar_form}
    conflict = None
    if actie == "visie" and visie_form.is_valid():
        conflict = save_unless_changed(
            visie_form,
            # The settings row may not exist yet, so the school's row is the one locked.
            lock=School.objects.filter(pk=school.pk),
            current=huidige_visie,
            save=visie_form.save,
        )
        if conflict is None:
            messages.success(request, _("Opgeslagen."))
            return redirect("cyclus:visie", school.pk)
    elif actie in formulier and formulier[actie].is_valid():
        formulier[actie].save()
        messages.success(request, _("Opgeslagen."))
        return redirect("cyclus:visie", school.pk)
    if actie == "kernwaarde_weg":
        get_object_or_404(Kernwaarde, school=school, pk=posted_id(request, "kernwaarde")).delete()
        messages.success(request, _("De kernwaarde is verwijderd."))
        return redirect("cyclus:visie", school.pk)
    if actie == "huidig":
        get_object_or_404(
            Schooljaar, school=school, pk=posted_id(request, "schooljaar")
        ).maak_huidig()
        messages.success(request, _("Het huidige schooljaar is aangepast."))
        return redirect("cyclus:visie", school.pk)
    return render(
        request,
        "cyclus/visie.html",
        {
            "school": school,
            "instellingen": instellingen,
            "kernwaarden": Kernwaarde.objects.filter(school=school).annotate(
                aantal=Count("speerpunten")
            ),
            "schooljaren": Schooljaar.objects.filter(school=school).order_by("-begin_jaar"),
            "mag_beheren": request.toegang.is_schoolleider,
            "conflict": conflict,
            **{f"{naam}_form": form for naam, form in formulier.items()},
        },
    )
