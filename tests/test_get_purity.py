"""No GET changes data: every route of the URL configuration is opened with real ids of a full
school, as a page and as an htmx fragment, and every row of every table must be the same after.

A new route whose address takes a value fails `test_every_route_can_be_built` until
`ARGUMENTEN` says how to fill it in.
"""

import hashlib
import re

import pytest
from django.apps import apps
from django.contrib.auth.tokens import default_token_generator
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode

from cyclus.models import Speerpunt
from kennisbank.models import Bronkoppeling, Vragenset, VragensetThema
from monitoring.models import Melding, Soort, Voorkeuren
from plg.models import PLGRol
from plg.tests.factories import PLGLidFactory
from scholen.models import Rol
from scholen.tests.factories import medewerker
from scholen.tests.volle_school import vul_school
from tests.routes import routes
from verbeterplan.models import ExportSoort
from verbeterplan.views import LIJSTEN, TEKSTEN

# Tables whose rows a GET may write: the session itself and the login-attempt records.
VRIJ = {"sessions", "axes", "scholen.Sessie"}
# Stamped on signing in, which the test does before it walks.
VRIJE_VELDEN = {"last_login"}

SCHRIJVEN = re.compile(r'^\s*(?:INSERT\s+INTO|UPDATE|DELETE\s+FROM)\s+"?(\w+)"?', re.IGNORECASE)
ARGUMENT = re.compile(r"<(?:\w+:)?(\w+)>|\(\?P<(\w+)>")


def _argumenten(route: str) -> list[str]:
    return [a or b for a, b in ARGUMENT.findall(route)]


def _pad(route: str, waarden: dict) -> str:
    def vul(match):
        return str(waarden[match.group(1) or match.group(2)])

    pad = re.sub(r"\(\?P<(\w+)>[^)]*\)", vul, route)
    pad = re.sub(r"<(?:\w+:)?(\w+)>", vul, pad)
    return "/" + pad.replace("^", "").replace("$", "")


def _lijsten(data):
    for soort, lijst in LIJSTEN.items():
        for item in getattr(data.plan, lijst.related).all():
            yield {"soort": soort, "item_pk": item.pk}


# For each named route whose address takes values: every set of values to open it with.
ARGUMENTEN = {
    "mensen": lambda d: [{}],
    "export": lambda d: [{}],
    "wijzigingen": lambda d: [{}],
    "cyclus:dashboard": lambda d: [{}],
    "cyclus:prioriteiten": lambda d: [{}],
    "cyclus:visie": lambda d: [{}],
    "cyclus:speerpunt_nieuw": lambda d: [{}],
    "cyclus:speerpunt": lambda d: [{"pk": d.speerpunt.pk}],
    "cyclus:speerpunt_bewerken": lambda d: [{"pk": d.speerpunt.pk}],
    "cyclus:borging": lambda d: [{"pk": d.speerpunt.pk}],
    "plg:overzicht": lambda d: [{}],
    "plg:expertise": lambda d: [{}],
    "plg:werkruimte": lambda d: [{"plg_pk": d.plg.pk}],
    "plg:leden": lambda d: [{"plg_pk": d.plg.pk}],
    "plg:bijeenkomsten": lambda d: [{"plg_pk": d.plg.pk}],
    "plg:bijeenkomst": lambda d: [
        {"plg_pk": d.plg.pk, "pk": b.pk} for b in d.plg.bijeenkomsten.all()
    ],
    "plg:analyse": lambda d: [{"plg_pk": d.plg.pk}],
    "plg:tussenstanden": lambda d: [{"plg_pk": d.plg.pk}],
    "plg:activiteit": lambda d: [{"plg_pk": d.plg.pk}],
    "verbeterplan:voor_speerpunt": lambda d: [{"speerpunt_pk": d.speerpunt.pk}],
    "verbeterplan:plan": lambda d: [{"plan_pk": d.plan.pk}],
    "verbeterplan:besluit": lambda d: [{"plan_pk": d.plan.pk}],
    "verbeterplan:versies": lambda d: [{"plan_pk": d.plan.pk}],
    "verbeterplan:pdf_status": lambda d: [{"plan_pk": d.plan.pk, "export_pk": d.pdf.pk}],
    "verbeterplan:pdf_aanvragen": lambda d: [
        {"plan_pk": d.plan.pk, "soort": soort} for soort in ExportSoort.values
    ],
    "verbeterplan:pdf_download": lambda d: [{"plan_pk": d.plan.pk, "export_pk": d.pdf.pk}],
    "verbeterplan:sectie": lambda d: [{"plan_pk": d.plan.pk, "sectie": s} for s in TEKSTEN],
    "verbeterplan:onderdeel_nieuw": lambda d: [
        {"plan_pk": d.plan.pk, "soort": soort} for soort in LIJSTEN
    ],
    "verbeterplan:onderdeel": lambda d: [{"plan_pk": d.plan.pk, **w} for w in _lijsten(d)],
    "kennisbank:zoeken": lambda d: [{}],
    "kennisbank:bron_nieuw": lambda d: [{}],
    "kennisbank:bron": lambda d: [{"pk": d.bron.pk}],
    "kennisbank:bron_bewerken": lambda d: [{"pk": d.bron.pk}],
    "kennisbank:koppelen": lambda d: [{"pk": d.bron.pk}],
    "kennisbank:koppeling": lambda d: [{"pk": d.koppeling.pk}],
    "kennisbank:vragensets": lambda d: [{}],
    "kennisbank:vragenset": lambda d: [{"pk": d.vragenset.pk}],
    "monitoring:melding": lambda d: [{"pk": m.pk} for m in d.meldingen],
    "monitoring:ical": lambda d: [{"token": d.ical_token}],
    "monitoring:speerpunt": lambda d: [{"pk": d.speerpunt.pk}],
    "monitoring:moment": lambda d: [{"pk": d.moment.pk}],
    "monitoring:doel": lambda d: [{"pk": doel.pk} for doel in d.plan.doelen.all()],
    "monitoring:moment_bewerken": lambda d: [{"pk": d.moment.pk}],
    "password_reset_confirm": lambda d: [{"uidb64": d.uidb64, "token": d.reset_token}],
}


def _admin_argumenten(route: str, data) -> list[dict]:
    """The admin's addresses follow one shape: its model is in the route, its id is a row's."""
    waarden = {
        "app_label": "cyclus",
        "url": "bestaat-niet/",
        "id": data.leider.pk,
        "content_type_id": ContentType.objects.get_for_model(Speerpunt).pk,
        "object_id": data.speerpunt.pk,
    }
    model = re.match(r"^beheer/(\w+)/(\w+)/<", route)
    if model:
        eerste = apps.get_model(*model.groups())._default_manager.order_by("pk").first()
        waarden["object_id"] = waarden["pk"] = eerste.pk if eerste else 1
    return [waarden]


def _waarden(route: str, name: str, data) -> list[dict]:
    """Every set of values to open `route` with; a KeyError means nobody said how."""
    if not _argumenten(route):
        return [{}]
    if route.startswith("beheer/"):
        return _admin_argumenten(route, data)
    return [{"school_pk": data.school.pk, **waarden} for waarden in ARGUMENTEN[name](data)]


def _vingerafdruk() -> dict[str, tuple[int, str]]:
    """Row count and a hash of every value, per table."""
    afdruk = {}
    for model in apps.get_models():
        if VRIJ & {model._meta.app_label, model._meta.label}:
            continue
        velden = [f.attname for f in model._meta.concrete_fields if f.attname not in VRIJE_VELDEN]
        rijen = list(model._base_manager.order_by("pk").values_list(*velden))
        afdruk[model._meta.label] = (len(rijen), hashlib.sha256(repr(rijen).encode()).hexdigest())
    return afdruk


@pytest.fixture
def data(school, django_user_model):
    data = vul_school(school, "Zuiver")
    data.school = school
    data.bron = data.speerpunt.bronkoppelingen.first().bron
    data.koppeling = Bronkoppeling.objects.get(speerpunt=data.speerpunt)
    data.vragenset = Vragenset.objects.create(titel="Kaart Zuiver", thema=VragensetThema.KWALITEIT)
    data.kartrekker = medewerker(school, Rol.TEAMLID, naam="Karin Kartrekker")
    PLGLidFactory(plg=data.plg, user=data.kartrekker, rol=PLGRol.KARTREKKER)
    data.beheerder = django_user_model.objects.create_superuser(
        email="beheer@koers.test", password="x", naam="Bea Beheer"
    )
    # Unread, with a link: opening one must not mark it read.
    data.meldingen = [
        Melding.objects.create(user=user, soort=Soort.DIGEST, titel="Ongelezen", url="/mijn-werk/")
        for user in (data.leider, data.kartrekker, data.beheerder)
    ]
    data.ical_token = Voorkeuren.van(data.collega).ical_token
    data.uidb64 = urlsafe_base64_encode(force_bytes(data.leider.pk))
    data.reset_token = default_token_generator.make_token(data.leider)
    return data


def _alle_routes():
    return sorted(set(routes()))


def test_every_route_can_be_built(data):
    ontbreekt = []
    for route, name in _alle_routes():
        try:
            waarden = _waarden(route, name, data)
            for w in waarden:
                _pad(route, w)
        except KeyError:
            ontbreekt.append(f"{name or '(zonder naam)'}: {route}")
            continue
        if not waarden:
            ontbreekt.append(f"{name}: {route} (geen rij om mee te openen)")
    assert not ontbreekt, "Routes zonder waarden in ARGUMENTEN:\n" + "\n".join(ontbreekt)


def _schrijft(queries) -> list[str]:
    """The statements that wrote to a table a GET must leave alone."""
    vrij = {
        model._meta.db_table
        for model in apps.get_models()
        if VRIJ & {model._meta.app_label, model._meta.label}
    }
    schrijven = []
    for query in queries:
        tabel = SCHRIJVEN.match(query["sql"])
        if tabel and tabel.group(1) not in vrij:
            schrijven.append(query["sql"][:200])
    return schrijven


def _open(client, pad):
    """As a page and as an htmx fragment: the two often take different paths in a view."""
    for headers in ({}, {"HX-Request": "true"}):
        with CaptureQueriesContext(connection) as queries:
            client.get(pad, headers=headers)
        assert not _schrijft(queries), f"GET {pad} {headers}: {_schrijft(queries)}"


@pytest.mark.parametrize("wie", ["leider", "kartrekker", "beheerder"])
def test_no_get_changes_the_database(client, data, wie):
    # Only the database counts here; a page that fails on these values is another test's find.
    client.raise_request_exception = False
    client.force_login(getattr(data, wie))
    voor = _vingerafdruk()
    geopend = 0
    for route, name in _alle_routes():
        for waarden in _waarden(route, name, data):
            _open(client, _pad(route, waarden))
            geopend += 1
    # Also what no statement shows: a write through another connection, or a raw cursor.
    na = _vingerafdruk()
    assert sorted(k for k in na if na[k] != voor.get(k)) == []
    assert geopend > 100


def test_opening_a_new_school_creates_nothing(client, school, schoolleider):
    """Rows that are made on first use (settings, preferences) are made by the first save."""
    client.raise_request_exception = False
    client.force_login(schoolleider)
    voor = _vingerafdruk()
    for route, _name in _alle_routes():
        if set(_argumenten(route)) <= {"school_pk"}:
            _open(client, _pad(route, {"school_pk": school.pk}))
    na = _vingerafdruk()
    assert sorted(k for k in na if na[k] != voor.get(k)) == []
