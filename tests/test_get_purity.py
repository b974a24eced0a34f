"""No GET changes data: every route of the URL configuration is opened with real ids of a full
school, as a page and as an htmx fragment, and every row of every table must be the same after.

A new route whose address takes a value fails `test_every_route_can_be_built` until
`tests.adressen.ARGUMENTEN` says how to fill it in.
"""

import hashlib
import re

import pytest
from django.apps import apps
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.adressen import argumenten, pad, volle_school, waarden
from tests.routes import routes

# Tables whose rows a GET may write: the session itself and the login-attempt records.
VRIJ = {"sessions", "axes", "scholen.Sessie"}
# Stamped on signing in, which the test does before it walks.
VRIJE_VELDEN = {"last_login"}

SCHRIJVEN = re.compile(r'^\s*(?:INSERT\s+INTO|UPDATE|DELETE\s+FROM)\s+"?(\w+)"?', re.IGNORECASE)


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
    return volle_school(school, django_user_model)


def _alle_routes():
    return sorted(set(routes()))


def test_every_route_can_be_built(data):
    ontbreekt = []
    for route, name in _alle_routes():
        try:
            gevonden = waarden(route, name, data)
            for w in gevonden:
                pad(route, w)
        except KeyError:
            ontbreekt.append(f"{name or '(zonder naam)'}: {route}")
            continue
        if not gevonden:
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
        for w in waarden(route, name, data):
            _open(client, pad(route, w))
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
        if set(argumenten(route)) <= {"school_pk"}:
            _open(client, pad(route, {"school_pk": school.pk}))
    na = _vingerafdruk()
    assert sorted(k for k in na if na[k] != voor.get(k)) == []
