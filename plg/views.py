from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.db import IntegrityError, transaction
from django.db.models import Count, OuterRef, Prefetch, Q, Subquery
from django.db.models.functions import Coalesce
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import urlencode
from django.utils.translation import gettext as _

from core.access import school_view, toegang, vereist
from core.concurrent_edit import fingerprint, save_unless_changed
from core.http import render_htmx, wants_fragment
from core.models import FormToken
from core.params import posted_id, query_text
from kennisbank.models import Vragenset
from scholen.models import Lidmaatschap, School

from . import activiteit
from .forms import (
    ActiepuntForm,
    AgendapuntForm,
    AnalyseForm,
    BevindingForm,
    BijeenkomstForm,
    ExpertiseForm,
    LeerlingForm,
    LidForm,
    NotitieForm,
    PLGInrichtenForm,
    ReactieForm,
    RitmeForm,
    TussenstandForm,
)
from .models import (
    PLG,
    Actiepunt,
    Agendapunt,
    Analysevraag,
    BevindingGroep,
    BevindingSoort,
    Bijeenkomst,
    Expertise,
    PLGLid,
    PLGRol,
    Reactie,
    Tussenstand,
)
from .permissions import PLGToegang, get_plg_for_user


def _kop(rechten, tab) -> dict:
    """What the header of every PLG page shows, the next meeting included."""
    plg = rechten.plg
    return {
        "school": plg.school,
        "plg": plg,
        "rechten": rechten,
        "tab": tab,
        "volgende": plg.volgende_bijeenkomst(),
    }


def _aantal(model, veld: str):
    """How many `model` rows point at each row of the outer query, asked per row shown instead
    of grouped over all of a PLG's history."""
    per_rij = (
        model.objects.filter(**{veld: OuterRef("pk")})
        .order_by()
        .values(veld)
        .annotate(n=Count("pk"))
        .values("n")
    )
    return Coalesce(Subquery(per_rij), 0)


def _houd(request, *namen) -> dict:
    """The page numbers of a page's other lists, so paging through one keeps the others."""
    return {naam: request.GET[naam] for naam in namen if request.GET.get(naam)}


def _acties_afvinken(request, rechten) -> None:
    actie = get_object_or_404(rechten.plg.actiepunten, pk=posted_id(request, "actiepunt"))
    vereist(rechten.mag_afvinken(actie))
    if request.POST.get("actie") == "gedaan":
        actie.markeer_gedaan(by=request.user)
    else:
        actie.heropen()


@school_view
def overzicht(request: HttpRequest, school: School) -> HttpResponse:
    """The PLGs of a school; the schoolleider sets up new ones here."""
    form = None
    if request.toegang.is_schoolleider:
        form = PLGInrichtenForm(request.POST or None, school=school)
    if request.method == "POST":
        vereist(request.toegang.is_schoolleider)
        if form.is_valid():
            with transaction.atomic():
                plg = form.save()
                plg.benoem_kartrekker(form.cleaned_data["kartrekker"])
            messages.success(request, _("De PLG is ingericht."))
            return redirect("plg:werkruimte", school.pk, plg.pk)
    # Subqueries, not joins: joined, the members, meetings and updates of a PLG multiply.
    plgs = (
        PLG.objects.voor_school(school)
        .select_related("speerpunt")
        .annotate(
            aantal_leden=_aantal(PLGLid, "plg"),
            volgende=Subquery(
                Bijeenkomst.objects.filter(plg=OuterRef("pk"))
                .komend(timezone.now())
                .values("start")[:1]
            ),
            laatste_tussenstand=Subquery(
                Tussenstand.objects.filter(plg=OuterRef("pk"))
                .order_by("-gepubliceerd_op")
                .values("gepubliceerd_op")[:1]
            ),
        )
        .prefetch_related(
            Prefetch(
                "leden",
                queryset=PLGLid.objects.kartrekkers().select_related("user"),
                to_attr="kartrekkers",
            )
        )
    )
    return render(request, "plg/overzicht.html", {"school": school, "plgs": plgs, "form": form})


# The workspace shows this many open actions, the most urgent; the action list has them all.
DRINGEND = 10


def _werkruimte_context(request, rechten, actie_form=None):
    plg = rechten.plg
    open_acties = plg.actiepunten.open()
    return {
        **_kop(rechten, "werkruimte"),
        "leden": plg.leden.select_related("user").order_by("rol", "user__naam"),
        "open_acties": list(
            open_acties.select_related("owner").order_by("deadline", "pk")[:DRINGEND]
        ),
        "aantal_open": open_acties.count(),
        "vandaag": timezone.localdate(),
        "actie_form": actie_form or ActiepuntForm(plg=plg),
        "bevindingen": plg.bevindingen.all()[:3],
        "tussenstand": plg.tussenstanden.annotate(
            aantal_reacties=_aantal(Reactie, "tussenstand")
        ).first(),
        "recent": activiteit.recent(plg),
    }


@school_view
def werkruimte(request: HttpRequest, school: School, plg_pk: int) -> HttpResponse:
    """The PLG's home: next meeting, open actions, latest findings and activity."""
    plg, rechten = get_plg_for_user(request.toegang, plg_pk)
    if request.method == "POST":
        vereist(rechten.mag_schrijven)
    elif not rechten.mag_werkruimte_lezen:
        return redirect("plg:tussenstanden", school.pk, plg_pk)
    actie_form = None
    if request.method == "POST":
        if request.POST.get("actie") == "actie_toevoegen":
            actie_form = ActiepuntForm(request.POST, plg=plg)
            if actie_form.is_valid():
                with transaction.atomic():
                    FormToken.claim(request, actie_form)
                    plg.zet_actie_uit(by=request.user, **actie_form.cleaned_data)
                actie_form = None
        else:
            _acties_afvinken(request, rechten)
        if actie_form is None:
            context = _werkruimte_context(request, rechten)
            context["gelukt"] = True
            url = reverse("plg:werkruimte", args=[school.pk, plg.pk]) + "#acties"
            return render_htmx(request, "plg/werkruimte.html", context, "acties", redirect_to=url)
    context = _werkruimte_context(request, rechten, actie_form)
    return render_htmx(request, "plg/werkruimte.html", context, "acties")


ACTIES_PER_PAGINA = 25
ACTIE_STATUS = {"open", "gedaan"}


def _acties_context(request, rechten) -> dict:
    plg = rechten.plg
    status = request.GET.get("status", "open")
    if status not in ACTIE_STATUS:
        status = "open"
    if status == "open":
        acties = plg.actiepunten.open().order_by("deadline", "pk")
    else:
        acties = plg.actiepunten.gedaan().order_by("-gedaan_op", "-pk")
    pagina = Paginator(acties.select_related("owner"), ACTIES_PER_PAGINA).get_page(
        request.GET.get("pagina")
    )
    return {
        **_kop(rechten, "acties"),
        "pagina": pagina,
        "status": status,
        "vandaag": timezone.localdate(),
    }


@school_view
def acties(request: HttpRequest, school: School, plg_pk: int) -> HttpResponse:
    """All of the PLG's actions, open ones by deadline or ticked-off ones newest first, a page
    at a time; members tick them off or reopen them here."""
    plg, rechten = get_plg_for_user(request.toegang, plg_pk)
    vereist(rechten.mag_werkruimte_lezen)
    if request.method == "POST":
        vereist(rechten.mag_schrijven)
        _acties_afvinken(request, rechten)
        context = _acties_context(request, rechten)
        context["gelukt"] = True
        terug = request.get_full_path() + "#acties"
        return render_htmx(request, "plg/acties.html", context, "acties", redirect_to=terug)
    return render(request, "plg/acties.html", _acties_context(request, rechten))


@school_view
def leden(request: HttpRequest, school: School, plg_pk: int) -> HttpResponse:
    """Who is in the PLG and whom they speak for, so gaps in representation show."""
    plg, rechten = get_plg_for_user(request.toegang, plg_pk)
    forms = {}
    if rechten.mag_inrichten:
        forms["inrichten"] = PLGInrichtenForm(instance=plg, school=school)
    if rechten.mag_leden_beheren:
        forms["lid"] = LidForm(plg=plg)
        forms["leerling"] = LeerlingForm()
        forms["ritme"] = RitmeForm(instance=plg)
    if request.method == "POST":
        actie = request.POST.get("actie")
        if actie == "inrichten":
            vereist(rechten.mag_inrichten)
            form = forms["inrichten"] = PLGInrichtenForm(request.POST, instance=plg, school=school)
            if form.is_valid():
                with transaction.atomic():
                    form.save()
                    plg.benoem_kartrekker(form.cleaned_data["kartrekker"])
                messages.success(request, _("De PLG is bijgewerkt."))
                return redirect("plg:leden", school.pk, plg.pk)
        else:
            vereist(rechten.mag_leden_beheren)
            if actie == "lid_toevoegen":
                form = forms["lid"] = LidForm(request.POST, plg=plg)
                if form.is_valid():
                    plg.voeg_lid_toe(**form.cleaned_data)
                    return redirect("plg:leden", school.pk, plg.pk)
            elif actie == "lid_verwijderen":
                lid = get_object_or_404(plg.leden, pk=posted_id(request, "lid"), rol=PLGRol.LID)
                lid.delete()
                return redirect("plg:leden", school.pk, plg.pk)
            elif actie == "leerling_toevoegen":
                form = forms["leerling"] = LeerlingForm(request.POST)
                if form.is_valid():
                    plg.leerlingen.create(**form.cleaned_data)
                    return redirect("plg:leden", school.pk, plg.pk)
            elif actie == "leerling_verwijderen":
                get_object_or_404(plg.leerlingen, pk=posted_id(request, "leerling")).delete()
                return redirect("plg:leden", school.pk, plg.pk)
            elif actie == "ritme":
                form = forms["ritme"] = RitmeForm(request.POST, instance=plg)
                if form.is_valid():
                    form.save()
                    return redirect("plg:leden", school.pk, plg.pk)
    leden, ontbrekend = plg.vertegenwoordiging()
    context = {
        **_kop(rechten, "leden"),
        "leden": leden,
        "ontbrekend": ontbrekend,
        "leerlingen": plg.leerlingen.all(),
        "forms": forms,
    }
    return render(request, "plg/leden.html", context)


BIJEENKOMSTEN_PER_PAGINA = 10


@school_view
def bijeenkomsten(request: HttpRequest, school: School, plg_pk: int) -> HttpResponse:
    """Upcoming and past meetings; members plan the next one here."""
    plg, rechten = get_plg_for_user(request.toegang, plg_pk)
    vereist(rechten.mag_werkruimte_lezen)
    form = BijeenkomstForm(request.POST or None)
    if request.method == "POST":
        vereist(rechten.mag_schrijven)
        if form.is_valid():
            with transaction.atomic():
                token = FormToken.claim(request, form)
                bijeenkomst = plg.plan_bijeenkomst(by=request.user, **form.cleaned_data)
                if token:
                    token.gemaakt(
                        reverse("plg:bijeenkomst", args=[school.pk, plg.pk, bijeenkomst.pk])
                    )
            messages.success(request, _("De bijeenkomst is gepland."))
            return redirect("plg:bijeenkomst", school.pk, plg.pk, bijeenkomst.pk)
    nu = timezone.now()
    komend = Paginator(
        plg.bijeenkomsten.komend(nu).annotate(aantal_punten=_aantal(Agendapunt, "bijeenkomst")),
        BIJEENKOMSTEN_PER_PAGINA,
    ).get_page(request.GET.get("komend"))
    geweest = Paginator(
        plg.bijeenkomsten.geweest(nu).annotate(aantal_acties=_aantal(Actiepunt, "bijeenkomst")),
        BIJEENKOMSTEN_PER_PAGINA,
    ).get_page(request.GET.get("pagina"))
    context = {
        **_kop(rechten, "bijeenkomsten"),
        "komend": komend,
        "geweest": geweest,
        "extra_komend": urlencode(_houd(request, "pagina")),
        "extra_geweest": urlencode(_houd(request, "komend")),
        "form": form,
    }
    return render(request, "plg/bijeenkomsten.html", context)


def _bijeenkomst_context(rechten, bijeenkomst, forms):
    plg = rechten.plg
    return {
        **_kop(rechten, "bijeenkomsten"),
        "bijeenkomst": bijeenkomst,
        "agendapunten": bijeenkomst.agendapunten.all(),
        "notities": bijeenkomst.notities.select_related("created_by"),
        "acties": bijeenkomst.actiepunten.select_related("owner").open_eerst(),
        "vandaag": timezone.localdate(),
        "vragensets": Vragenset.objects.all(),
        "agenda_form": forms.get("agenda") or AgendapuntForm(),
        "notitie_form": forms.get("notitie") or NotitieForm(),
        "actie_form": forms.get("actie") or ActiepuntForm(plg=plg),
        "wijzig_form": forms.get("wijzig") or BijeenkomstForm(instance=bijeenkomst),
    }


BIJEENKOMST_REGIO = {
    "agendapunt": "agenda",
    "acties_ophalen": "agenda",
    "vragenset": "agenda",
    "notitie": "notities",
    "actie_toevoegen": "acties",
    "gedaan": "acties",
    "heropen": "acties",
}


@school_view
def bijeenkomst(request: HttpRequest, school: School, plg_pk: int, pk: int) -> HttpResponse:
    """One meeting: its agenda, notes and decisions, and the actions agreed there."""
    plg, rechten = get_plg_for_user(request.toegang, plg_pk)
    vereist(rechten.mag_werkruimte_lezen)
    bijeenkomst = get_object_or_404(plg.bijeenkomsten, pk=pk)
    forms = {}
    if request.method == "POST":
        vereist(rechten.mag_schrijven)
        actie = request.POST.get("actie")
        if actie == "agendapunt":
            form = forms["agenda"] = AgendapuntForm(request.POST)
            if form.is_valid():
                bijeenkomst.zet_op_agenda([form.cleaned_data["tekst"]])
                del forms["agenda"]
        elif actie == "acties_ophalen":
            bijeenkomst.haal_open_acties_op()
        elif actie == "vragenset":
            vragenset = get_object_or_404(Vragenset, pk=posted_id(request, "vragenset"))
            bijeenkomst.zet_vragenset_op_agenda(vragenset)
        elif actie == "notitie":
            form = forms["notitie"] = NotitieForm(request.POST)
            if form.is_valid():
                bijeenkomst.schrijf_notitie(by=request.user, **form.cleaned_data)
                del forms["notitie"]
        elif actie == "actie_toevoegen":
            form = forms["actie"] = ActiepuntForm(request.POST, plg=plg)
            if form.is_valid():
                with transaction.atomic():
                    FormToken.claim(request, form)
                    plg.zet_actie_uit(by=request.user, bijeenkomst=bijeenkomst, **form.cleaned_data)
                del forms["actie"]
        elif actie in ("gedaan", "heropen"):
            _acties_afvinken(request, rechten)
        elif actie == "wijzigen":
            form = forms["wijzig"] = BijeenkomstForm(request.POST, instance=bijeenkomst)
            if form.is_valid():
                form.save()
                del forms["wijzig"]
        else:
            raise Http404
        regio = BIJEENKOMST_REGIO.get(actie, "gegevens")
        context = _bijeenkomst_context(rechten, bijeenkomst, forms)
        context["gelukt"] = not forms
        url = reverse("plg:bijeenkomst", args=[school.pk, plg.pk, bijeenkomst.pk])
        terug = None if forms else f"{url}#{regio}"
        return render_htmx(request, "plg/bijeenkomst.html", context, regio, redirect_to=terug)
    return render(
        request, "plg/bijeenkomst.html", _bijeenkomst_context(rechten, bijeenkomst, forms)
    )


BEVINDINGEN_PER_PAGINA = 40


def _analyse_context(request, rechten, analyse_form, bevinding_form):
    plg = rechten.plg
    antwoorden = {a.vraag: a for a in plg.analyse.all()}
    bevindingen = plg.bevindingen.select_related("created_by")
    filters = {}
    soort = request.GET.get("soort", "")
    if soort in BevindingSoort.values:
        bevindingen = bevindingen.filter(soort=soort)
        filters["soort"] = soort
    tag = query_text(request, "label")
    if tag:
        bevindingen = bevindingen.filter(tags__icontains=tag)
        filters["label"] = tag
    tellingen = dict(bevindingen.values_list("groep").annotate(n=Count("pk")).order_by())
    pagina = Paginator(bevindingen, BEVINDINGEN_PER_PAGINA).get_page(request.GET.get("pagina"))
    per_groep = {groep: [] for groep in BevindingGroep}
    for bevinding in pagina:
        per_groep[BevindingGroep(bevinding.groep)].append(bevinding)
    return {
        **_kop(rechten, "analyse"),
        "analyse_rijen": [(vraag.label, antwoorden.get(vraag.value)) for vraag in Analysevraag],
        "analyse_form": analyse_form,
        "bevinding_form": bevinding_form or BevindingForm(),
        "groepen": [(groep, lijst, tellingen.get(groep, 0)) for groep, lijst in per_groep.items()],
        "pagina": pagina,
        "filters": urlencode(filters),
        "soorten": BevindingSoort.choices,
        "gekozen_soort": soort,
        "gekozen_label": tag,
    }


def _analyse_versie(antwoorden: dict[str, str], kennisvraag: str) -> tuple[str, str]:
    """The problem analysis and knowledge question as a version, for refusing a stale save."""
    regels = [f"{vraag.label}: {antwoorden.get(vraag.value, '')}" for vraag in Analysevraag]
    regels.append(f"{_('Onze kennisvraag')}: {kennisvraag}")
    return fingerprint([antwoorden, kennisvraag]), "\n".join(regels)


def _bewaarde_analyse(geladen: PLG) -> tuple[str, str]:
    plg = PLG.objects.voor_school(geladen.school).get(pk=geladen.pk)
    return _analyse_versie(dict(plg.analyse.values_list("vraag", "tekst")), plg.kennisvraag)


@school_view
def analyse(request: HttpRequest, school: School, plg_pk: int) -> HttpResponse:
    """Step 2: the guided problem analysis, the knowledge question and the findings."""
    plg, rechten = get_plg_for_user(request.toegang, plg_pk)
    vereist(rechten.mag_werkruimte_lezen)
    antwoorden = dict(plg.analyse.values_list("vraag", "tekst"))
    geopend = _analyse_versie(antwoorden, plg.kennisvraag)[0]
    analyse_form = AnalyseForm(
        antwoorden=antwoorden, kennisvraag=plg.kennisvraag, base_version=geopend
    )
    bevinding_form = conflict = None
    if request.method == "POST":
        vereist(rechten.mag_schrijven)
        actie = request.POST.get("actie")
        if actie == "analyse":
            analyse_form = AnalyseForm(
                request.POST, antwoorden=antwoorden, kennisvraag=plg.kennisvraag
            )
            if analyse_form.is_valid():
                data = analyse_form.cleaned_data
                conflict = save_unless_changed(
                    analyse_form,
                    lock=PLG.objects.filter(pk=plg.pk),
                    current=lambda: _bewaarde_analyse(plg),
                    save=lambda: plg.werk_analyse_bij(
                        by=request.user,
                        antwoorden={vraag: data[vraag] for vraag in Analysevraag.values},
                        kennisvraag=data["kennisvraag"],
                    ),
                )
                if conflict is None:
                    messages.success(request, _("De analyse is bewaard."))
                    return redirect("plg:analyse", school.pk, plg.pk)
        elif actie == "bevinding":
            bevinding_form = BevindingForm(request.POST)
            if bevinding_form.is_valid():
                with transaction.atomic():
                    FormToken.claim(request, bevinding_form)
                    plg.voeg_bevinding_toe(by=request.user, **bevinding_form.cleaned_data)
                context = _analyse_context(request, rechten, analyse_form, None)
                context["gelukt"] = True
                url = reverse("plg:analyse", args=[school.pk, plg.pk]) + "#bevindingen"
                return render_htmx(
                    request, "plg/analyse.html", context, "bevindingen", redirect_to=url
                )
        else:
            raise Http404
    context = _analyse_context(request, rechten, analyse_form, bevinding_form)
    context["conflict"] = conflict
    if request.method == "POST" and conflict is None:
        return render_htmx(request, "plg/analyse.html", context, "bevindingen")
    return render(request, "plg/analyse.html", context)


def _tussenstanden_context(request, rechten, publiceer_form=None, reactie_forms=None):
    plg = rechten.plg
    tussenstanden = Paginator(
        plg.tussenstanden.select_related("created_by").prefetch_related(
            Prefetch("reacties", queryset=Reactie.objects.select_related("created_by"))
        ),
        10,
    ).get_page(request.GET.get("pagina"))
    reactie_forms = reactie_forms or {}
    for tussenstand in tussenstanden:
        tussenstand.reactie_form = reactie_forms.get(tussenstand.pk) or ReactieForm(
            prefix=f"reactie-{tussenstand.pk}"
        )
    return {
        **_kop(rechten, "tussenstanden"),
        "tussenstanden": tussenstanden,
        "publiceer_form": publiceer_form or TussenstandForm(),
    }


@school_view
def tussenstanden(request: HttpRequest, school: School, plg_pk: int) -> HttpResponse:
    """What the PLG shares with the school: colleagues read, react, and the PLG reads back."""
    plg, rechten = get_plg_for_user(request.toegang, plg_pk)
    publiceer_form = None
    if request.method == "POST":
        actie = request.POST.get("actie")
        if actie == "publiceren":
            vereist(rechten.mag_publiceren)
            publiceer_form = TussenstandForm(request.POST)
            if publiceer_form.is_valid():
                with transaction.atomic():
                    FormToken.claim(request, publiceer_form)
                    plg.publiceer(by=request.user, **publiceer_form.cleaned_data)
                messages.success(request, _("De tussenstand is gedeeld met de school."))
                return redirect("plg:tussenstanden", school.pk, plg.pk)
        elif actie == "reageren":
            vereist(rechten.mag_reageren)
            tussenstand = get_object_or_404(plg.tussenstanden, pk=posted_id(request, "tussenstand"))
            form = ReactieForm(request.POST, prefix=f"reactie-{tussenstand.pk}")
            if form.is_valid():
                with transaction.atomic():
                    token = FormToken.claim(request, form)
                    tussenstand.reageer(by=request.user, **form.cleaned_data)
                    if token:
                        token.gemaakt(
                            reverse("plg:tussenstanden", args=[school.pk, plg.pk])
                            + f"#tussenstand-{tussenstand.pk}"
                        )
                form = None
            context = _tussenstand_context(rechten, tussenstand, form)
            url = (
                reverse("plg:tussenstanden", args=[school.pk, plg.pk])
                + f"#tussenstand-{tussenstand.pk}"
            )
            if form is None or wants_fragment(request):
                return render_htmx(
                    request, "plg/tussenstanden.html", context, "tussenstand", redirect_to=url
                )
            return render(
                request,
                "plg/tussenstanden.html",
                _tussenstanden_context(request, rechten, reactie_forms={tussenstand.pk: form}),
            )
        else:
            raise Http404
    context = _tussenstanden_context(request, rechten, publiceer_form)
    return render(request, "plg/tussenstanden.html", context)


def _tussenstand_context(rechten, tussenstand, form):
    tussenstand.reactie_form = form or ReactieForm(prefix=f"reactie-{tussenstand.pk}")
    return {
        "school": rechten.plg.school,
        "plg": rechten.plg,
        "rechten": rechten,
        "tussenstand": tussenstand,
        "gelukt": form is None,
    }


@school_view
def activiteit_view(request: HttpRequest, school: School, plg_pk: int) -> HttpResponse:
    """Who did what in the PLG, newest first."""
    plg, rechten = get_plg_for_user(request.toegang, plg_pk)
    vereist(rechten.mag_werkruimte_lezen)
    context = {
        **_kop(rechten, "activiteit"),
        "pagina": activiteit.pagina(plg, request.GET.get("pagina")),
    }
    return render(request, "plg/activiteit.html", context)


@school_view
def expertise(request: HttpRequest, school: School) -> HttpResponse:
    """Who knows what at this school, to find kartrekkers and experts."""
    form = ExpertiseForm(request.POST or None)
    if request.method == "POST":
        vereist(request.toegang.is_medewerker)
        actie = request.POST.get("actie")
        if actie == "toevoegen":
            if form.is_valid():
                try:
                    with transaction.atomic():
                        Expertise.objects.create(
                            user=request.user, school=school, **form.cleaned_data
                        )
                except IntegrityError:
                    form.add_error("onderwerp", _("Dit onderwerp staat al bij jouw expertise."))
                else:
                    return redirect("plg:expertise", school.pk)
        elif actie == "verwijderen":
            get_object_or_404(
                Expertise, pk=posted_id(request, "expertise"), user=request.user, school=school
            ).delete()
            return redirect("plg:expertise", school.pk)
        else:
            raise Http404
    zoek = query_text(request, "q")
    expertises = Expertise.objects.filter(school=school).select_related("user")
    if zoek:
        expertises = expertises.filter(
            Q(onderwerp__icontains=zoek)
            | Q(toelichting__icontains=zoek)
            | Q(user__naam__icontains=zoek)
        )
    pagina = Paginator(expertises.order_by("onderwerp", "user__naam"), 50).get_page(
        request.GET.get("pagina")
    )
    context = {
        "school": school,
        "pagina": pagina,
        "zoek": zoek,
        "form": form,
        "mijn": Expertise.objects.filter(school=school, user=request.user),
    }
    return render(request, "plg/expertise.html", context)


MIJN_WERK_FILTERS = {"open", "gedaan", "alle"}
# Both lists on "Mijn werk" show their most urgent few, and page through the rest.
MIJN_WERK_PER_PAGINA = 10


@login_required
def mijn_werk(request: HttpRequest) -> HttpResponse:
    """Everything this person still has to do, across all their PLGs and schools."""
    scholen = Lidmaatschap.objects.filter(user=request.user).values("school")
    acties = Actiepunt.objects.filter(plg__speerpunt__school__in=scholen).select_related(
        "plg", "plg__speerpunt", "owner"
    )
    if request.method == "POST":
        actie = get_object_or_404(acties.owned_by(request.user), pk=posted_id(request, "actiepunt"))
        school = actie.plg.school
        rechten = PLGToegang.voor(toegang(request.user, school), actie.plg)
        vereist(rechten.mag_afvinken(actie))
        if request.POST.get("actie") == "gedaan":
            actie.markeer_gedaan(by=request.user)
        else:
            actie.heropen()
        return redirect(request.get_full_path())
    status = request.GET.get("status", "open")
    if status not in MIJN_WERK_FILTERS:
        status = "open"
    mijn = acties.owned_by(request.user)
    if status == "open":
        mijn = mijn.open()
    elif status == "gedaan":
        mijn = mijn.gedaan()
    pagina = Paginator(mijn.open_eerst(), MIJN_WERK_PER_PAGINA).get_page(request.GET.get("pagina"))
    uitgezet = Paginator(
        acties.assigned_by(request.user).open().order_by("deadline", "pk"), MIJN_WERK_PER_PAGINA
    ).get_page(request.GET.get("uitgezet"))
    context = {
        "pagina": pagina,
        "status": status,
        "uitgezet": uitgezet,
        "extra_mijn": urlencode({"status": status, **_houd(request, "uitgezet")}),
        "extra_uitgezet": urlencode({"status": status, **_houd(request, "pagina")}),
        "vandaag": timezone.localdate(),
    }
    return render(request, "plg/mijn_werk.html", context)
