"""Every id a person can send, in the address or in a form, is checked against where it belongs.

Built from the code itself: every route with an id in its address and every id field of every
form (and every id a view reads from a post by hand) must have a case below, or the test that
lists them fails. Each case sends the id of an object of another school, and of an object under
another parent in the same school, as a schoolleider who is also kartrekker, and expects a 404,
a 400 or a form error, no text of the other school, and an unchanged database. A control sends
the person's own id the same way and must succeed, so a case cannot pass by being malformed.
"""

import datetime
import hashlib
import inspect
import re
from dataclasses import dataclass, field
from importlib import import_module
from pathlib import Path

import pytest
from django import forms
from django.apps import apps
from django.conf import settings
from django.db import transaction
from django.urls import reverse

from cyclus.tests.factories import SpeerpuntFactory
from kennisbank.models import Bronkoppeling, Thema
from meldingen.models import Melding
from plg.models import Expertise, PLGRol
from scholen.models import Rol
from scholen.tests.factories import SchoolFactory, medewerker
from scholen.tests.volle_school import vul_school
from tests.routes import routes

PROJECT_APPS = ["core", "scholen", "cyclus", "plg", "verbeterplan", "kennisbank", "monitoring"]
VREEMD = "ZEBRA"  # every text of the other school carries this
PLAN_LIJSTEN = {
    "doelen": "doelen",
    "acties": "acties",
    "mijlpalen": "mijlpalen",
    "communicatie": "communicatiemomenten",
    "evaluatie": "evaluatiemomenten",
    "randvoorwaarden": "randvoorwaarden",
}


# The world: school A (another school) and school B, whose schoolleider is the one who tries.


def _objecten(ns) -> dict:
    plan = ns.plan
    objecten = {
        "speerpunt": ns.speerpunt.pk,
        "plg": ns.plg.pk,
        "bijeenkomst": ns.plg.bijeenkomsten.first().pk,
        "actiepunt": ns.plg.actiepunten.first().pk,
        "plglid": ns.plg.leden.filter(rol=PLGRol.LID).first().pk,
        "leerling": ns.plg.leerlingen.first().pk,
        "tussenstand": ns.tussenstand.pk,
        "plan": plan.pk,
        "pdf": ns.pdf.pk,
        "bron": Bronkoppeling.objects.filter(speerpunt=ns.speerpunt).first().bron_id,
        "koppeling": Bronkoppeling.objects.filter(speerpunt=ns.speerpunt).first().pk,
        "moment": ns.moment.pk,
        "vraag": ns.moment.vragen.first().pk,
        "doel": plan.doelen.first().pk,
        "meting": plan.doelen.first().metingen.first().pk,
        "signaal": ns.speerpunt.signalen.first().pk,
        "kernwaarde": ns.speerpunt.kernwaarden.first().pk,
        "team": ns.speerpunt.teams.first().pk,
        "schooljaar": ns.speerpunt.schooljaar_id,
        "leider": ns.leider.pk,
        "collega": ns.collega.pk,
        "expertise": Expertise.objects.get(user=ns.collega).pk,
        "thema": Thema.objects.get(naam=f"thema {ns.merk}".lower()).pk,
        "melding": Melding.objects.filter(user=ns.collega).first().pk,
    }
    for soort, related in PLAN_LIJSTEN.items():
        objecten[soort] = getattr(plan, related).first().pk
    return objecten


@dataclass
class Wereld:
    school: object
    ik: object
    eigen: dict  # my objects: school B, the speerpunt I lead
    buur: dict  # another speerpunt of school B
    vreemd: dict  # school A
    extra: dict = field(default_factory=dict)


@pytest.fixture
def wereld(db) -> Wereld:
    school_a, school_b = SchoolFactory(naam="School A"), SchoolFactory(naam="School B")
    lagen = {}
    for naam, school, merk in [
        ("vreemd", school_a, VREEMD),
        ("eigen", school_b, "Eigen"),
        ("buur", school_b, "Buur"),
    ]:
        ns = vul_school(school, merk)
        ns.merk = merk
        # The plan is being revised, so its rows can be written to at all.
        ns.plan.start_bijstelling(by=ns.leider, reden="Bijstellen")
        for related in PLAN_LIJSTEN.values():
            rijen = getattr(ns.plan, related)
            veld = "toelichting" if related == "randvoorwaarden" else None
            veld = veld or ("wat" if related == "acties" else "omschrijving")
            rijen.update(**{veld: f"{merk} {related}"})
        lagen[naam] = ns
    ik = lagen["eigen"].leider
    lagen["eigen"].plg.voeg_lid_toe(ik)
    lagen["eigen"].plg.leden.filter(user=ik).update(rol=PLGRol.KARTREKKER)
    # A second member, so one can be removed; and a colleague with a notification of my own.
    Melding.objects.create(user=ik, soort="digest", titel="Eigen melding")
    Expertise.objects.create(user=ik, school=school_b, onderwerp="Eigen expertise")
    Expertise.objects.create(user=lagen["buur"].leider, school=school_b, onderwerp="Buur exp")
    eigen = _objecten(lagen["eigen"]) | {
        "melding": Melding.objects.get(user=ik).pk,
        "expertise": Expertise.objects.get(user=ik).pk,
    }
    buur = _objecten(lagen["buur"]) | {
        "expertise": Expertise.objects.get(user=lagen["buur"].leider).pk,
    }
    wereld = Wereld(
        school=school_b,
        ik=ik,
        eigen=eigen,
        buur=buur,
        vreemd=_objecten(lagen["vreemd"]),
    )
    eigen_plg = lagen["eigen"].plg
    wereld.extra |= {
        "nieuw_lid": medewerker(school_b, Rol.TEAMLID, naam="Nina Nieuw").pk,
        "vrij_speerpunt": SpeerpuntFactory(school=school_b, owner=ik, titel="Zonder PLG").pk,
        "buur_speerpunt": buur["speerpunt"],
        "mijn_actiepunt": eigen_plg.zet_actie_uit(
            by=ik, wat="Mijn actie", owner=ik, deadline=datetime.date(2027, 1, 15)
        ).pk,
    }
    return wereld


# What the database holds, to prove a refused request changed nothing.


def _project_models():
    for app in PROJECT_APPS:
        yield from apps.get_app_config(app).get_models()


def vingerafdruk() -> str:
    digest = hashlib.sha256()
    for model in _project_models():
        if model._meta.db_table in {"django_session"}:
            continue
        velden = [f.attname for f in model._meta.concrete_fields if f.attname != "last_login"]
        for rij in model._base_manager.order_by("pk").values_list(*velden):
            digest.update(repr(rij).encode())
    return digest.hexdigest()


# The cases.


@dataclass(frozen=True)
class Adres:
    """A route and the kind of object each id in its address names."""

    route: str
    ids: dict  # url kwarg -> kind of object
    extra: dict = field(default_factory=dict)  # other kwargs (slugs)


ADRESSEN = [
    Adres("cyclus:speerpunt", {"pk": "speerpunt"}),
    Adres("cyclus:speerpunt_bewerken", {"pk": "speerpunt"}),
    Adres("cyclus:borging", {"pk": "speerpunt"}),
    Adres("cyclus:tijdlijn", {"pk": "speerpunt"}),
    *(
        Adres(f"plg:{naam}", {"plg_pk": "plg"})
        for naam in ("werkruimte", "acties", "leden", "bijeenkomsten", "analyse", "tussenstanden")
    ),
    Adres("plg:activiteit", {"plg_pk": "plg"}),
    Adres("plg:bijeenkomst", {"plg_pk": "plg", "pk": "bijeenkomst"}),
    Adres("verbeterplan:voor_speerpunt", {"speerpunt_pk": "speerpunt"}),
    Adres("verbeterplan:plan", {"plan_pk": "plan"}),
    Adres("verbeterplan:besluit", {"plan_pk": "plan"}),
    Adres("verbeterplan:versies", {"plan_pk": "plan"}),
    Adres("verbeterplan:pdf_status", {"plan_pk": "plan", "export_pk": "pdf"}),
    Adres("verbeterplan:pdf_download", {"plan_pk": "plan", "export_pk": "pdf"}),
    Adres("verbeterplan:pdf_aanvragen", {"plan_pk": "plan"}, {"soort": "volledig"}),
    Adres("verbeterplan:sectie", {"plan_pk": "plan"}, {"sectie": "aanpak"}),
    Adres("verbeterplan:onderdeel_nieuw", {"plan_pk": "plan"}, {"soort": "acties"}),
    *(
        Adres("verbeterplan:onderdeel", {"plan_pk": "plan", "item_pk": soort}, {"soort": soort})
        for soort in PLAN_LIJSTEN
    ),
    Adres("kennisbank:bron", {"pk": "bron"}),
    Adres("kennisbank:bron_bewerken", {"pk": "bron"}),
    Adres("kennisbank:koppelen", {"pk": "bron"}),
    Adres("kennisbank:koppeling", {"pk": "koppeling"}),
    Adres("monitoring:speerpunt", {"pk": "speerpunt"}),
    Adres("monitoring:moment", {"pk": "moment"}),
    Adres("monitoring:moment_bewerken", {"pk": "moment"}),
    Adres("monitoring:doel", {"pk": "doel"}),
    Adres("meldingen:melding", {"pk": "melding"}),
]
# Ids in an address that name content shared by every school, not a school's data.
GEDEELD = {("kennisbank:vragenset", "pk")}


def _routes_met_ids():
    for route, naam in routes():
        if route.startswith("beheer/") or not naam:
            continue
        for kwarg in re.findall(r"<int:(\w+)>", route):
            if kwarg != "school_pk":
                yield naam, kwarg


def test_every_id_in_an_address_has_a_case():
    gedekt = {(a.route, kwarg) for a in ADRESSEN for kwarg in a.ids} | GEDEELD
    ontbreekt = set(_routes_met_ids()) - gedekt
    assert not ontbreekt, f"routes with an id and no case in ADRESSEN: {sorted(ontbreekt)}"


def _adres(wereld, adres, kwarg=None, bron=None) -> str:
    kwargs = dict(adres.extra)
    for naam, soort in adres.ids.items():
        kwargs[naam] = (bron if naam == kwarg else wereld.eigen)[soort]
    if "melding" not in adres.route:
        kwargs["school_pk"] = wereld.school.pk
    return reverse(adres.route, kwargs=kwargs)


def _geweigerd(response, vreemd_zichtbaar=True) -> list[str]:
    fouten = []
    if response.status_code not in {200, 400, 403, 404, 405}:
        fouten.append(f"status {response.status_code}")
    inhoud = b"".join(response) if response.streaming else response.content
    if vreemd_zichtbaar and VREEMD.encode() in inhoud:
        fouten.append("shows the other school's text")
    return fouten


def test_ids_of_another_school_or_parent_in_the_address_are_refused(client, wereld):
    client.force_login(wereld.ik)
    fouten = []
    for adres in ADRESSEN:
        for kwarg in adres.ids:
            bronnen = [("other school", wereld.vreemd)]
            if len(adres.ids) > 1:
                bronnen.append(("other parent", wereld.buur))
            for wie, bron in bronnen:
                url = _adres(wereld, adres, kwarg, bron)
                for methode in ("get", "post"):
                    voor = vingerafdruk()
                    with transaction.atomic():
                        response = getattr(client, methode)(url, _invul(wereld, adres, bron))
                        na = vingerafdruk()
                        transaction.set_rollback(True)
                    problemen = _geweigerd(response)
                    if methode == "get" and response.status_code not in {404, 405}:
                        problemen.append(f"GET answers {response.status_code}, not 404")
                    if na != voor:
                        problemen.append("changed the database")
                    fouten += [f"{methode.upper()} {url} ({wie}, {kwarg}): {p}" for p in problemen]
    assert not fouten, "\n".join(fouten)


def _invul(wereld, adres, bron) -> dict:
    """A post that would be valid for the person's own row: a write must fail on the id, not
    on the data."""
    if adres.route != "verbeterplan:onderdeel":
        return {}
    return {
        "doelen": {"omschrijving": "Nieuw", "indicator_soort": "observatie", "indicator": "x"},
        "acties": {"wat": "Nieuw", "status": "gepland"},
        "mijlpalen": {"datum": "2027-01-10", "omschrijving": "Nieuw"},
        "communicatie": {"datum": "2027-01-10", "vorm": "mail", "omschrijving": "Nieuw"},
        "evaluatie": {"datum": "2027-01-10", "omschrijving": "Nieuw"},
        "randvoorwaarden": {"voldaan": "on", "toelichting": "Nieuw"},
    }[adres.extra["soort"]] | {"token": ""}


@dataclass(frozen=True)
class Post:
    """A form that sends the id of an object of `soort` under the name `veld`, together with
    `data` that makes the post valid for the person's own object."""

    route: str
    url_ids: dict  # url kwarg -> kind of my own object
    veld: str
    soort: str
    data: dict = field(default_factory=dict)
    buur: bool = True  # an object under another parent in my school is also refused
    url_extra: dict = field(default_factory=dict)

    @property
    def label(self) -> str:
        return f"{self.route} {self.veld}"


SPEERPUNT = {
    "titel": "Nieuw speerpunt",
    "owner": "leider",
    "probleem": "Wat er speelt",
    "reden": "Waarom",
    "bevestig_limiet": "on",
    "signalen-TOTAL_FORMS": "0",
    "signalen-INITIAL_FORMS": "0",
    "signalen-MIN_NUM_FORMS": "0",
    "signalen-MAX_NUM_FORMS": "30",
}
MOMENT = {"titel": "Check-in", "datum": "2027-01-10", "sluitdatum": "2027-01-20"}
APPRAISAL = dict.fromkeys(("actualiteit", "kwaliteit", "bruikbaarheid", "aansluiting"), "sterk")

POSTS = [
    Post("cyclus:dashboard", {}, "speerpunt", "speerpunt", {"van": "1", "naar": "2"}, False),
    Post("cyclus:prioriteiten", {}, "speerpunt", "speerpunt", {"actie": "omlaag"}, False),
    Post("cyclus:visie", {}, "kernwaarde", "kernwaarde", {"actie": "kernwaarde_weg"}, False),
    Post("cyclus:visie", {}, "schooljaar", "schooljaar", {"actie": "huidig"}, False),
    *(
        Post("cyclus:speerpunt_nieuw", {}, veld, soort, SPEERPUNT, False)
        for veld, soort in [
            ("kernwaarden", "kernwaarde"),
            ("teams", "team"),
            ("schooljaar", "schooljaar"),
            ("owner", "leider"),
        ]
    ),
    Post(
        "cyclus:speerpunt_bewerken",
        {"pk": "speerpunt"},
        "signalen-0-id",
        "signaal",
        SPEERPUNT
        | {
            "signalen-TOTAL_FORMS": "1",
            "signalen-INITIAL_FORMS": "1",
            "signalen-0-soort": "inspectie",
            "signalen-0-notitie": "Gewijzigd",
        },
    ),
    Post("cyclus:borging", {"pk": "speerpunt"}, "borger", "collega", {"zo_werken_wij": "x"}, False),
    Post(
        "plg:overzicht",
        {},
        "plg-kartrekker",
        "collega",
        {"plg-naam": "Nieuwe PLG", "plg-speerpunt": "vrij_speerpunt"},
        False,
    ),
    Post(
        "plg:overzicht",
        {},
        "plg-speerpunt",
        "vrij_speerpunt",
        {"plg-naam": "Nieuw", "plg-kartrekker": "collega"},
        False,
    ),
    Post(
        "plg:leden",
        {"plg_pk": "plg"},
        "plg-kartrekker",
        "nieuw_lid",
        {"actie": "inrichten", "plg-naam": "PLG"},
        False,
    ),
    Post(
        "plg:leden", {"plg_pk": "plg"}, "lid-user", "nieuw_lid", {"actie": "lid_toevoegen"}, False
    ),
    Post("plg:leden", {"plg_pk": "plg"}, "lid", "plglid", {"actie": "lid_verwijderen"}),
    Post("plg:leden", {"plg_pk": "plg"}, "leerling", "leerling", {"actie": "leerling_verwijderen"}),
    Post("plg:werkruimte", {"plg_pk": "plg"}, "actiepunt", "actiepunt", {"actie": "gedaan"}),
    Post("plg:acties", {"plg_pk": "plg"}, "actiepunt", "actiepunt", {"actie": "gedaan"}),
    Post(
        "plg:werkruimte",
        {"plg_pk": "plg"},
        "actie-owner",
        "collega",
        {"actie": "actie_toevoegen", "actie-wat": "Iets doen", "actie-deadline": "2027-01-15"},
        False,
    ),
    Post(
        "plg:tussenstanden", {"plg_pk": "plg"}, "tussenstand", "tussenstand", {"actie": "reageren"}
    ),
    Post("plg:expertise", {}, "expertise", "expertise", {"actie": "verwijderen"}),
    Post("mijn_werk", {}, "actiepunt", "mijn_actiepunt", {"actie": "gedaan"}),
    Post(
        "verbeterplan:onderdeel_nieuw",
        {"plan_pk": "plan"},
        "owner",
        "collega",
        {"wat": "Nieuwe actie", "status": "open", "token": ""},
        False,
        {"soort": "acties"},
    ),
    Post(
        "kennisbank:bron_nieuw",
        {},
        "themas",
        "thema",
        {"titel": "Nieuw", "auteurs": "A. Auteur", "jaar": "2020", "soort": "boek", "taal": "nl"}
        | {"samenvatting": "Kort"},
        False,
    ),
    Post("kennisbank:koppelen", {"pk": "bron"}, "speerpunt", "buur_speerpunt", APPRAISAL, False),
    Post("monitoring:speerpunt", {"pk": "speerpunt"}, "teamleden", "nieuw_lid", MOMENT, False),
    Post(
        "monitoring:moment_bewerken",
        {"pk": "moment"},
        "vragen-0-id",
        "vraag",
        MOMENT
        | {
            "vragen-TOTAL_FORMS": "1",
            "vragen-INITIAL_FORMS": "1",
            "vragen-MIN_NUM_FORMS": "0",
            "vragen-MAX_NUM_FORMS": "1000",
            "vragen-0-tekst": "Gewijzigd",
            "vragen-0-volgorde": "1",
        },
    ),
    Post("monitoring:doel", {"pk": "doel"}, "verwijderen", "meting"),
    Post("meldingen:meldingen", {}, "gelezen", "melding"),
]
# Ids a form sends that name content shared by every school.
GEDEELDE_VELDEN = {("plg", "vragenset")}
# Names views read from a post that are not ids: actions, flags, text, a place in a list.
GEEN_ID = {"actie", "aan", "bevestig_limiet", "hier", "next", "plek", "sleutel", "token"}
# Form fields that filter a list read by GET: a foreign id must find nothing of another school.
FILTERS = [
    ("cyclus:dashboard", "team", "team"),
    ("cyclus:dashboard", "schooljaar", "schooljaar"),
    ("kennisbank:zoeken", "thema", "thema"),
]
FILTER_VELDEN = {("DashboardFilterForm", "team"), ("DashboardFilterForm", "schooljaar")}
FILTER_VELDEN |= {("ZoekForm", "thema")}


def _id_velden():
    """(form class, field) for every field of every form of the project that takes an id."""
    for app in PROJECT_APPS:
        try:
            module = import_module(f"{app}.forms")
        except ModuleNotFoundError:
            continue
        for naam, klasse in inspect.getmembers(module, inspect.isclass):
            if not issubclass(klasse, forms.BaseForm) or klasse.__module__ != module.__name__:
                continue
            for veld, form_field in klasse.base_fields.items():
                if isinstance(form_field, forms.ModelChoiceField):
                    yield app, naam, veld
        for naam, klasse in inspect.getmembers(module, inspect.isclass):
            if (
                issubclass(klasse, forms.BaseInlineFormSet)
                and klasse.__module__ == module.__name__
                and getattr(klasse, "model", None) is not None
            ):
                yield app, naam, "id"


# Which form each id field is posted through: formsets post "<prefix>-N-id".
FORM_VAN_POST = {
    "SpeerpuntForm": [
        ("cyclus:speerpunt_nieuw", v) for v in ("kernwaarden", "teams", "schooljaar", "owner")
    ],
    "SignaalFormSet": [("cyclus:speerpunt_bewerken", "signalen-0-id")],
    "BorgingForm": [("cyclus:borging", "borger")],
    "PLGInrichtenForm": [("plg:overzicht", "plg-speerpunt"), ("plg:overzicht", "plg-kartrekker")],
    "LidForm": [("plg:leden", "lid-user")],
    "ActiepuntForm": [("plg:werkruimte", "actie-owner")],
    "ActieForm": [("verbeterplan:onderdeel_nieuw", "owner")],
    "BronForm": [("kennisbank:bron_nieuw", "themas")],
    "BronkoppelingForm": [("kennisbank:koppelen", "speerpunt")],
    "MonitormomentForm": [("monitoring:speerpunt", "teamleden")],
    "VraagFormSet": [("monitoring:moment_bewerken", "vragen-0-id")],
}


def test_every_id_field_of_every_form_has_a_case():
    posts = {(p.route, p.veld) for p in POSTS}
    ontbreekt = []
    for app, klasse, veld in _id_velden():
        if (klasse, veld) in FILTER_VELDEN:
            continue
        routes = FORM_VAN_POST.get(klasse, [])
        gedekt = [r for r in routes if r in posts and r[1].split("-")[-1] == veld]
        if not gedekt:
            ontbreekt.append(f"{app}.{klasse}.{veld}")
    assert not ontbreekt, f"id fields without a case in POSTS: {ontbreekt}"


def _namen_uit_views():
    """Every name a view reads from a post by hand, per app."""
    patroon = re.compile(
        r"""request\.POST(?:\.get)?[\(\[]\s*"(\w+)"|posted_id\(request,\s*"(\w+)"\)"""
    )
    for app in PROJECT_APPS:
        pad = Path(settings.BASE_DIR) / app / "views.py"
        if pad.exists():
            for match in patroon.finditer(pad.read_text()):
                yield app, match.group(1) or match.group(2)


def test_every_id_a_view_reads_from_a_post_has_a_case():
    posts = {p.veld for p in POSTS}
    ontbreekt = {
        (app, naam)
        for app, naam in _namen_uit_views()
        if naam not in GEEN_ID and naam not in posts and (app, naam) not in GEDEELDE_VELDEN
    }
    assert not ontbreekt, f"names read from a post without a case or a reason: {ontbreekt}"


def _formfouten(response) -> list:
    """The errors of every bound form on a page sent back, to say why a control failed."""
    fouten = []
    for context in response.context or []:
        for waarde in context.dicts if hasattr(context, "dicts") else [context]:
            for item in waarde.values() if isinstance(waarde, dict) else []:
                kandidaten = item.values() if isinstance(item, dict) else [item]
                for kandidaat in kandidaten:
                    if (
                        isinstance(kandidaat, forms.BaseForm | forms.BaseFormSet)
                        and kandidaat.is_bound
                        and kandidaat.errors
                    ):
                        fouten.append(kandidaat.errors)
    return fouten


def _post_url(wereld, post) -> str:
    kwargs = {naam: wereld.eigen[soort] for naam, soort in post.url_ids.items()} | post.url_extra
    if post.route not in {"mijn_werk", "meldingen:meldingen"}:
        kwargs["school_pk"] = wereld.school.pk
    return reverse(post.route, kwargs=kwargs)


def _stuur(client, url, data) -> tuple:
    voor = vingerafdruk()
    with transaction.atomic():
        response = client.post(url, data)
        na = vingerafdruk()
        transaction.set_rollback(True)
    return response, na != voor


def _waarde(objecten: dict, sleutel: str) -> str:
    return str(objecten[sleutel]) if sleutel in objecten else sleutel


@pytest.mark.parametrize("post", POSTS, ids=lambda p: p.label)
def test_posted_ids_of_another_school_or_parent_are_refused(client, wereld, post):
    client.force_login(wereld.ik)
    url = _post_url(wereld, post)
    eigen = wereld.eigen | wereld.extra

    def met(objecten, waarde) -> dict:
        data = {k: _waarde(eigen, v) for k, v in post.data.items()}
        data[post.veld] = waarde
        if post.veld.endswith("-0-id"):
            # The row of the formset belongs to the form's own object.
            data[
                post.veld.replace(
                    "-0-id", "-0-" + ("speerpunt" if "signalen" in post.veld else "moment")
                )
            ] = url.split("/")[-3]
        if post.route == "plg:tussenstanden":
            data[f"reactie-{waarde}-tekst"] = "Een reactie"
        # A shared text is sent back with the version it was opened with, as a browser does.
        versie = re.search(r'name="((?:[\w-]+-)?base_version)" value="([^"]*)"', pagina)
        if versie:
            data[versie.group(1)] = versie.group(2)
        return data

    pagina = client.get(url).content.decode()

    response, veranderd = _stuur(client, url, met(eigen, _waarde(eigen, post.soort)))
    fouten = _formfouten(response)
    assert veranderd or response.status_code == 302, f"control: {response.status_code} {fouten}"

    soort = post.soort.removeprefix("buur_").removeprefix("vrij_").removeprefix("mijn_")
    soort = "collega" if soort == "nieuw_lid" else soort
    bronnen = [("other school", wereld.vreemd[soort])]
    if post.buur:
        bronnen.append(("other parent", wereld.buur[soort]))
    for wie, vreemd in bronnen:
        response, veranderd = _stuur(client, url, met(eigen, str(vreemd)))
        assert not veranderd, f"{wie}: the database changed"
        assert not _geweigerd(response), f"{wie}: {_geweigerd(response)}"


@pytest.mark.parametrize(("route", "veld", "soort"), FILTERS)
def test_filters_never_show_another_schools_data(client, wereld, route, veld, soort):
    client.force_login(wereld.ik)
    url = reverse(route, kwargs={"school_pk": wereld.school.pk})
    response = client.get(url, {veld: wereld.vreemd[soort]})
    assert not _geweigerd(response)
