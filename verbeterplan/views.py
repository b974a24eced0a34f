from dataclasses import dataclass
from functools import partial

from django.contrib import messages
from django.core.paginator import Paginator
from django.db import transaction
from django.db.models import Count, Max, prefetch_related_objects
from django.http import FileResponse, Http404, HttpRequest, HttpResponse, QueryDict
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST
from django_htmx.http import reswap, retarget

from core.access import school_view, vereist
from core.http import render_htmx, vary_on_htmx, wants_fragment
from core.models import FormToken
from core.pdf import installatie_hint, weasyprint_fout
from cyclus.permissions import get_speerpunt_for_user
from scholen.models import School

from . import forms, pdf, secties
from .models import (
    STRATEGIE_UITLEG,
    Actie,
    ActieStatus,
    Communicatiemoment,
    Conflict,
    Doel,
    Evaluatiemoment,
    ExportSoort,
    ExportStatus,
    Mijlpaal,
    PlanFout,
    Randvoorwaarde,
    Verbeterplan,
)
from .permissions import get_plan_for_user, mag_bewerken
from .tasks import geef_door
from .vergelijking import vergelijk


@dataclass(frozen=True)
class Lijst:
    """A list in the plan whose rows are added, edited and removed one at a time."""

    sectie: str
    model: type
    form: type
    related: str
    label: str
    toevoegen: bool = True


LIJSTEN = {
    "doelen": Lijst("doelen", Doel, forms.DoelForm, "doelen", _("doel")),
    "acties": Lijst("acties", Actie, forms.ActieForm, "acties", _("actie")),
    "mijlpalen": Lijst("tijdpad", Mijlpaal, forms.MijlpaalForm, "mijlpalen", _("mijlpaal")),
    "communicatie": Lijst(
        "communicatie",
        Communicatiemoment,
        forms.CommunicatiemomentForm,
        "communicatiemomenten",
        _("communicatiemoment"),
    ),
    "evaluatie": Lijst(
        "evaluatie",
        Evaluatiemoment,
        forms.EvaluatiemomentForm,
        "evaluatiemomenten",
        _("evaluatiemoment"),
    ),
    "randvoorwaarden": Lijst(
        "randvoorwaarden",
        Randvoorwaarde,
        forms.RandvoorwaardeForm,
        "randvoorwaarden",
        _("randvoorwaarde"),
        toevoegen=False,
    ),
}
TEKSTEN = {
    "aanpak": forms.AanpakForm,
    "veranderstrategie": forms.StrategieForm,
    "onderbouwing": forms.OnderbouwingForm,
}
SECTIES = [
    ("doelen", _("Doelen")),
    ("acties", _("Acties")),
    ("tijdpad", _("Tijdpad")),
    ("communicatie", _("Communicatie")),
    ("evaluatie", _("Evaluatie")),
    ("randvoorwaarden", _("Randvoorwaarden")),
    ("aanpak", _("Aanpak")),
    ("veranderstrategie", _("Veranderstrategie")),
    ("onderbouwing", _("Onderbouwing")),
]


ACTIES_PER_PAGINA = 25
# The plan page names the newest versions; the versions page has them all.
VERSIES_OP_PLAN = 5
VERSIES_PER_PAGINA = 10
BESLUITEN_PER_PAGINA = 10


def _acties_keuze(request) -> QueryDict:
    """Which page of actions, and which status, the person is looking at. A status update is
    a POST from that page: it carries the same two fields, so the section comes back as it
    was."""
    bron = request.POST if request.method == "POST" else request.GET
    keuze = QueryDict(mutable=True)
    status = bron.get("acties_status", "")
    if status in ActieStatus.values:
        keuze["acties_status"] = status
    if bron.get("acties_pagina", "").isdigit():
        keuze["acties_pagina"] = bron["acties_pagina"]
    return keuze


def _acties_context(request, plan, telling) -> dict:
    """A plan can hold hundreds of actions: the page shows them per status and page by page.
    `telling` is `plan.acties.telling()`."""
    keuze = _acties_keuze(request)
    acties = plan.acties.select_related("owner")
    status = keuze.get("acties_status", "")
    if status:
        acties = acties.filter(status=status)
    paginator = Paginator(acties, ACTIES_PER_PAGINA)
    # The counts are known already: spare the paginator its own COUNT query.
    totaal = sum(telling[waarde] for waarde in ActieStatus.values)
    paginator.count = telling[status] if status else totaal
    pagina = paginator.get_page(keuze.get("acties_pagina"))
    return {
        "acties": pagina.object_list,
        "acties_pagina": pagina,
        "acties_keuze": keuze,
        "acties_status": status,
        "acties_totaal": totaal,
        "acties_telling": [(waarde, label, telling[waarde]) for waarde, label in _statussen()],
    }


def _statussen() -> list[tuple[str, str]]:
    """The statuses with their labels translated once, not once per action on the page."""
    return [(waarde, str(label)) for waarde, label in ActieStatus.choices]


def _acties_terug(request) -> str:
    """Where a save without JavaScript returns to: the same page of actions."""
    keuze = _acties_keuze(request)
    return f"?{keuze.urlencode()}" if keuze else ""


def _plan_context(request, plan, rechten) -> dict:
    kan_bewerken = rechten.bewerken
    # The short lists are read once, for the sections and for what is missing alike.
    prefetch_related_objects(
        [plan],
        "doelen",
        "mijlpalen",
        "communicatiemomenten",
        "evaluatiemomenten",
        "randvoorwaarden",
    )
    telling = plan.acties.telling()
    return {
        "school": plan.school,
        "speerpunt": plan.speerpunt,
        "plan": plan,
        "kan_bewerken": kan_bewerken,
        "bewerkbaar": kan_bewerken and plan.is_bewerkbaar,
        "kan_besluiten": rechten.besluiten,
        "koppelingen": plan.bronkoppelingen(),
        "ontbreekt": plan.ontbreekt(telling),
        "strategie_uitleg": list(STRATEGIE_UITLEG.items()),
        "actie_statussen": _statussen(),
    } | _acties_context(request, plan, telling)


def _sectie_response(request, plan, rechten, sectie: str) -> HttpResponse:
    """The re-rendered section, plus the completeness box out of band."""
    context = _plan_context(request, plan, rechten) | {
        "sectie": sectie,
        "titel": dict(SECTIES)[sectie],
    }
    return vary_on_htmx(render(request, "verbeterplan/_sectie_htmx.html", context))


def _form_tekst(form) -> str:
    """What the person typed, as readable lines, next to the other person's text."""
    regels = []
    for naam, field in form.fields.items():
        if naam == "token":
            continue
        waarde = form.cleaned_data.get(naam)
        if hasattr(field, "choices") and waarde not in (None, ""):
            waarde = dict(field.choices).get(waarde, waarde)
        if isinstance(waarde, bool):
            waarde = gettext("ja") if waarde else gettext("nee")
        regels.append(f"{field.label}: {'' if waarde is None else waarde}")
    return "\n".join(regels)


@school_view
def voor_speerpunt(request: HttpRequest, school: School, speerpunt_pk: int) -> HttpResponse:
    """The plan of the speerpunt's current cycle, or the invitation to start one."""
    speerpunt, _rechten = get_speerpunt_for_user(request.toegang, speerpunt_pk)
    cyclus = speerpunt.huidige_cyclus
    plan = getattr(cyclus, "verbeterplan", None) if cyclus else None
    kan_bewerken = mag_bewerken(request.toegang, request.user, speerpunt)
    if request.method == "POST":
        vereist(kan_bewerken)
        if cyclus is None:
            raise Http404
        plan = Verbeterplan.start(cyclus)
        return redirect(plan)
    if plan is not None:
        return redirect(plan)
    return render(
        request,
        "verbeterplan/geen_plan.html",
        {"school": school, "speerpunt": speerpunt, "kan_bewerken": kan_bewerken},
    )


@school_view
def plan(request: HttpRequest, school: School, plan_pk: int) -> HttpResponse:
    """The plan, section by section, with what is still missing; here a bijstelling starts
    and ends."""
    plan, rechten = get_plan_for_user(request.toegang, plan_pk)
    if wants_fragment(request) and request.method == "GET" and _acties_keuze(request):
        # Another page or status of the actions: only that section changes.
        return vary_on_htmx(_sectie_response(request, plan, rechten, "acties"))
    context = _plan_context(request, plan, rechten)
    bijstelling_form = forms.BijstellingForm()
    if request.method == "POST":
        vereist(context["kan_bewerken"])
        try:
            if "start_bijstelling" in request.POST:
                bijstelling_form = forms.BijstellingForm(request.POST)
                if bijstelling_form.is_valid():
                    plan.start_bijstelling(
                        by=request.user, reden=bijstelling_form.cleaned_data["reden"]
                    )
                    messages.success(request, gettext("Je kunt het plan nu bijstellen."))
                    return redirect(plan)
            elif "rond_af" in request.POST:
                versie = plan.rond_bijstelling_af(by=request.user)
                if versie:
                    messages.success(
                        request,
                        gettext("Versie %(n)s is vastgelegd.") % {"n": versie.nummer},
                    )
                else:
                    messages.info(request, gettext("Er was niets gewijzigd; de versie blijft."))
                return redirect(plan)
        except PlanFout as fout:
            messages.error(request, str(fout))
            return redirect(plan)
    versies = list(
        plan.versies.select_related("besluit").defer("inhoud").order_by("-nummer")[:VERSIES_OP_PLAN]
    )
    context |= {
        "secties": secties.getekend(request, SECTIES, context),
        "bijstelling_form": bijstelling_form,
        "versie_label": plan.versie_label(versies[0] if versies else None),
        "versies": versies,
        # Versions are numbered 1, 2, 3...: the oldest one shown says how many came before.
        "eerdere_versies": versies[-1].nummer - 1 if versies else 0,
        "pdf_fout": weasyprint_fout() and installatie_hint(),
    }
    return vary_on_htmx(render(request, "verbeterplan/plan.html", context))


def _item_form(lijst, plan, **kwargs):
    # Several forms can be open on the plan page at once: their ids must not collide.
    item = kwargs.get("instance")
    kwargs["auto_id"] = f"{lijst.related}-{item.pk if item and item.pk else 'nieuw'}-%s"
    if lijst.model is Actie:
        kwargs["school"] = plan.school
    return lijst.form(**kwargs)


def _opslaan(request, form, nieuw):
    """Saves the row; a new one once per form token, so a double click adds one row."""

    def opslaan():
        if nieuw:
            FormToken.claim(request, form)
        form.save()

    return opslaan


def _huidig_item(lijst, pk):
    """The row as it is now, read through the locked plan: a row of another plan does not
    exist here, exactly like a row someone deleted."""

    def huidig(vers_plan):
        if pk is None:
            return None
        rij = getattr(vers_plan, lijst.related).filter(pk=pk).first()
        if rij is None:
            # No posted token equals this, so the save is always refused.
            return ("-", gettext("Dit onderdeel is intussen verwijderd."))
        return (rij.token(), rij.als_tekst())

    return huidig


@school_view
def onderdeel(
    request: HttpRequest, school: School, plan_pk: int, soort: str, item_pk: int | None = None
) -> HttpResponse:
    """Add, edit or remove one row of a list in the plan (a goal, an action, ...)."""
    plan, rechten = get_plan_for_user(request.toegang, plan_pk)
    lijst = LIJSTEN.get(soort)
    if lijst is None or (item_pk is None and not lijst.toevoegen):
        raise Http404
    vereist(rechten.bewerken)
    item = None
    if item_pk is not None:
        item = getattr(plan, lijst.related).filter(pk=item_pk).first()
        if item is None and request.method != "POST":
            raise Http404

    if request.method == "POST" and "status" in request.POST and isinstance(item, Actie):
        # Progress on an action is not a change of the plan: allowed in every state.
        status_form = forms.ActieStatusForm(request.POST, instance=item)
        if status_form.is_valid():
            status_form.save()
            plan.speerpunt.registreer_activiteit()
        return _na_opslaan(request, plan, rechten, lijst)

    if not plan.is_bewerkbaar:
        messages.error(request, gettext("Het plan is vastgesteld. Start een bijstelling."))
        return redirect(plan)

    conflict = None
    if request.method == "POST" and "verwijder" in request.POST and lijst.toevoegen:
        if item is not None:
            try:
                plan.bewaar(
                    token=request.POST.get("token", ""),
                    huidig=_huidig_item(lijst, item.pk),
                    opslaan=item.delete,
                )
            except Conflict:
                messages.error(
                    request,
                    gettext(
                        "Iemand anders heeft dit onderdeel net gewijzigd. Bekijk het opnieuw "
                        "voordat je het verwijdert."
                    ),
                )
        return _na_opslaan(request, plan, rechten, lijst)

    if request.method == "POST":
        # A row that is gone (or was never in this plan) is never written to by its old id:
        # what the person typed comes back as a new row of this plan, to save again.
        instance = item or lijst.model(plan=plan)
        form = _item_form(lijst, plan, data=request.POST, instance=instance)
        if form.is_valid():
            try:
                plan.bewaar(
                    token=form.cleaned_data["token"],
                    huidig=_huidig_item(lijst, item_pk),
                    opslaan=_opslaan(request, form, nieuw=item is None),
                )
            except Conflict as fout:
                conflict = {"anders": fout.tekst, "jouw": _form_tekst(form)}
                data = request.POST.copy()
                data["token"] = fout.token
                form = _item_form(lijst, plan, data=data, instance=instance)
                form.is_valid()
                if item is None:
                    item_pk = None
            else:
                return _na_opslaan(request, plan, rechten, lijst)
    else:
        form = _item_form(
            lijst, plan, instance=item, initial={"token": item.token() if item else ""}
        )
    context = _plan_context(request, plan, rechten) | {
        "form": form,
        "lijst": lijst,
        "soort": soort,
        "item": item,
        "item_pk": item_pk,
        "conflict": conflict,
        "form_id": f"bewerk-{soort}-{item_pk or 'nieuw'}",
    }
    response = render_htmx(request, "verbeterplan/onderdeel.html", context, "formulier")
    if request.method == "POST" and wants_fragment(request):
        return reswap(retarget(response, f"#{context['form_id']}"), "outerHTML")
    return response


def _na_opslaan(request, plan, rechten, lijst) -> HttpResponse:
    if wants_fragment(request):
        return _sectie_response(request, plan, rechten, lijst.sectie)
    terug = _acties_terug(request) if lijst.sectie == "acties" else ""
    return redirect(f"{plan.get_absolute_url()}{terug}#sectie-{lijst.sectie}")


@school_view
def sectie(request: HttpRequest, school: School, plan_pk: int, sectie: str) -> HttpResponse:
    """Edit one of the written sections of the plan: aanpak, veranderstrategie, onderbouwing."""
    plan, rechten = get_plan_for_user(request.toegang, plan_pk)
    form_class = TEKSTEN.get(sectie)
    if form_class is None:
        raise Http404
    vereist(rechten.bewerken)
    if not plan.is_bewerkbaar:
        messages.error(request, gettext("Het plan is vastgesteld. Start een bijstelling."))
        return redirect(plan)
    velden = form_class._meta.fields
    conflict = None
    if request.method == "POST":
        # The form writes into its own copy, so only its own fields are saved.
        kopie = Verbeterplan.objects.get(pk=plan.pk)
        form = form_class(request.POST, instance=kopie, auto_id=f"{sectie}-%s")
        if form.is_valid():

            def huidig(vers):
                return (vers.tekst_token(velden), vers.tekst(velden))

            def opslaan():
                form.instance.save(update_fields=[*velden, "updated_at"])

            try:
                plan.bewaar(token=form.cleaned_data["token"], huidig=huidig, opslaan=opslaan)
            except Conflict as fout:
                conflict = {"anders": fout.tekst, "jouw": _form_tekst(form)}
                data = request.POST.copy()
                data["token"] = fout.token
                form = form_class(
                    data, instance=Verbeterplan.objects.get(pk=plan.pk), auto_id=f"{sectie}-%s"
                )
                form.is_valid()
            else:
                plan.refresh_from_db()
                if wants_fragment(request):
                    return _sectie_response(request, plan, rechten, sectie)
                return redirect(f"{plan.get_absolute_url()}#sectie-{sectie}")
    else:
        form = form_class(
            instance=plan, initial={"token": plan.tekst_token(velden)}, auto_id=f"{sectie}-%s"
        )
    context = _plan_context(request, plan, rechten) | {
        "form": form,
        "sectie": sectie,
        "titel": dict(SECTIES)[sectie],
        "conflict": conflict,
        "form_id": f"bewerk-{sectie}",
        "bronkoppelingen": plan.bronkoppelingen() if sectie == "onderbouwing" else [],
    }
    response = render_htmx(request, "verbeterplan/sectie_form.html", context, "formulier")
    if request.method == "POST" and wants_fragment(request):
        return reswap(retarget(response, f"#{context['form_id']}"), "outerHTML")
    return response


@school_view
def besluit(request: HttpRequest, school: School, plan_pk: int) -> HttpResponse:
    """The schoolleider records what the team decided about the plan."""
    plan, rechten = get_plan_for_user(request.toegang, plan_pk)
    vereist(rechten.besluiten)
    form = forms.BesluitForm(request.POST or None, initial={"datum": timezone.localdate()})
    if request.method == "POST" and form.is_valid():
        try:
            besluit = plan.leg_besluit_vast(
                by=request.user,
                datum=form.cleaned_data["datum"],
                besloten_door=form.cleaned_data["besloten_door"],
                aangenomen=form.cleaned_data["aangenomen"],
                voorwaarden=form.cleaned_data["voorwaarden"],
            )
        except PlanFout as fout:
            form.add_error(None, str(fout))
        else:
            if besluit.aangenomen:
                messages.success(request, gettext("Het plan is vastgesteld als versie 1."))
            else:
                messages.info(
                    request, gettext("Het besluit is vastgelegd; het plan blijft een concept.")
                )
            return redirect(plan)
    return render(
        request,
        "verbeterplan/besluit.html",
        {
            "school": school,
            "speerpunt": plan.speerpunt,
            "plan": plan,
            "form": form,
            "ontbreekt": plan.ontbreekt(),
            "besluiten": Paginator(plan.besluiten.all(), BESLUITEN_PER_PAGINA).get_page(
                request.GET.get("pagina")
            ),
        },
    )


@school_view
def versies(request: HttpRequest, school: School, plan_pk: int) -> HttpResponse:
    """Every version of the plan, page by page, and any two of them (or one and the concept)
    side by side."""
    plan, _rechten = get_plan_for_user(request.toegang, plan_pk)
    stand = plan.versies.aggregate(aantal=Count("pk"), laatste=Max("nummer"))
    # Page 1 holds the newest versions, the ones a comparison usually concerns; each page
    # lists its versions oldest first.
    paginator = Paginator(
        plan.versies.select_related("besluit", "created_by").defer("inhoud").order_by("-nummer"),
        VERSIES_PER_PAGINA,
    )
    paginator.count = stand["aantal"]
    pagina = paginator.get_page(request.GET.get("pagina"))
    laatste = stand["laatste"]
    if plan.is_bewerkbaar:
        standaard_a, standaard_b = (str(laatste) if laatste else None), "concept"
    else:
        standaard_a = str(laatste - 1) if laatste and laatste > 1 else None
        standaard_b = str(laatste) if laatste else None
    a = request.GET.get("a", standaard_a)
    b = request.GET.get("b", standaard_b)
    inhoud = _versie_inhoud(plan, {a, b}) if a and b else {}
    vergelijking = None
    if a in inhoud and b in inhoud:
        vergelijking = vergelijk(inhoud[a], inhoud[b])
    # The choices are the versions on this page, the concept, and whatever is compared now.
    keuzes = {str(versie.nummer) for versie in pagina.object_list} | set(inhoud)
    if plan.is_bewerkbaar:
        keuzes.add("concept")
    return render(
        request,
        "verbeterplan/versies.html",
        {
            "school": school,
            "speerpunt": plan.speerpunt,
            "plan": plan,
            "versies": list(pagina)[::-1],
            "pagina": pagina,
            "keuzes": sorted(keuzes, key=_versie_volgorde),
            "a": a,
            "b": b,
            "vergelijking": vergelijking,
        },
    )


def _versie_inhoud(plan, gevraagd) -> dict:
    """The contents of the asked-for versions ("3", or "concept" while the plan can be
    edited), by what was asked; a version that does not exist is left out."""
    nummers = [int(k) for k in gevraagd if k and k.isascii() and k.isdecimal() and len(k) < 6]
    inhoud = {
        str(nummer): tekst
        for nummer, tekst in plan.versies.filter(nummer__in=nummers).values_list("nummer", "inhoud")
    }
    if plan.is_bewerkbaar and "concept" in gevraagd:
        inhoud["concept"] = plan.snapshot()
    return inhoud


def _versie_volgorde(keuze: str) -> tuple:
    """Versions by number, the concept last."""
    return (keuze == "concept", 0 if keuze == "concept" else int(keuze))


@require_POST
@school_view
def pdf_aanvragen(request: HttpRequest, school: School, plan_pk: int, soort: str) -> HttpResponse:
    """Starts a render in the worker, unless this state of the plan was rendered before."""
    plan, _rechten = get_plan_for_user(request.toegang, plan_pk)
    if soort not in ExportSoort.values:
        raise Http404
    if weasyprint_fout():
        messages.error(request, installatie_hint())
        return redirect(plan)
    export, nieuw = pdf.vraag_aan(plan, soort)
    if nieuw:
        transaction.on_commit(partial(geef_door, export.pk))
        export.refresh_from_db()
    context = {"school": school, "plan": plan, "export": export}
    status_url = reverse("verbeterplan:pdf_status", args=[school.pk, plan.pk, export.pk])
    return render_htmx(
        request, "verbeterplan/pdf_status.html", context, "status", redirect_to=status_url
    )


@school_view
def pdf_status(request: HttpRequest, school: School, plan_pk: int, export_pk: int) -> HttpResponse:
    """How far the render is; htmx polls this until the download link appears."""
    plan, _rechten = get_plan_for_user(request.toegang, plan_pk)
    export = get_object_or_404(plan.exports, pk=export_pk)
    context = {"school": school, "speerpunt": plan.speerpunt, "plan": plan, "export": export}
    return render_htmx(request, "verbeterplan/pdf_status.html", context, "status")


@school_view
def pdf_download(
    request: HttpRequest, school: School, plan_pk: int, export_pk: int
) -> FileResponse:
    plan, _rechten = get_plan_for_user(request.toegang, plan_pk)
    export = get_object_or_404(plan.exports, pk=export_pk, status=ExportStatus.KLAAR)
    return FileResponse(
        export.bestand.open("rb"),
        as_attachment=True,
        filename=export.bestandsnaam(),
        content_type="application/pdf",
    )
