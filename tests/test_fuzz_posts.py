"""A malformed value is a 400 or a form error, never a 500: every post form on every page of a
full school is sent back with one field at a time replaced by a value no browser of this product
sends, and once with nothing but its submit button.

The forms are read from the pages themselves, so a new form is covered as soon as a page shows it.
"""

import re
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

import pytest
from django.db import transaction
from django.urls import resolve

from plg.models import PLGRol
from scholen.models import Rol
from scholen.tests.factories import medewerker
from tests.adressen import pad, volle_school, waarden
from tests.routes import routes

VIJANDIG = [
    "\x00",
    "a\x00b",
    "99999999999999999999",
    "-1",
    "abc",
    "1.5e308",
    "9999-12-31",
    "0000-00-00",
    "2026-13-45",
    "x" * 100000,
    "[1]",
    "２",  # a full-width digit: str.isdigit() says yes
]
# The CSRF token is checked before any view runs; the test client does not check it at all.
NIET_VARIEREN = {"csrfmiddlewaretoken"}
FORMSET_RIJ = re.compile(r"-\d+-")


class _Formulieren(HTMLParser):
    """The post forms of a page as a browser would send them: each field's current value (checked
    boxes, selected options, a textarea's text) and each submit button."""

    def __init__(self, pagina: str):
        super().__init__(convert_charrefs=True)
        self.pagina = pagina
        self.formulieren = []
        self._form = None
        self._select = None
        self._option = None
        self._textarea = None

    def handle_starttag(self, tag, attrs):
        a = {k: v if v is not None else "" for k, v in attrs}
        if tag == "form":
            if a.get("method", "get").lower() == "post":
                self._form = {
                    "action": self._adres(a.get("action", "")),
                    "velden": [],
                    "namen": {},
                    "knoppen": [],
                }
                self.formulieren.append(self._form)
            return
        if self._form is None:
            return
        soort = a.get("type", "").lower()
        if tag in ("input", "select", "textarea") and "name" in a and soort != "submit":
            # Also a box that is not ticked: a browser sends it once it is.
            self._form["namen"][a["name"]] = None
        if tag == "input" and soort in ("submit", "image"):
            self._knop(a)
        elif tag == "input" and "name" in a and soort not in ("button", "reset"):
            if soort in ("checkbox", "radio") and "checked" not in a:
                return
            standaard = "on" if soort in ("checkbox", "radio") else ""
            self._form["velden"].append((a["name"], a.get("value", standaard)))
        elif tag == "button" and soort in ("", "submit"):
            self._knop(a)
        elif tag == "select" and "name" in a:
            self._select = {"name": a["name"], "multiple": "multiple" in a, "opties": []}
        elif tag == "option" and self._select is not None:
            self._sluit_optie()
            self._option = {"value": a.get("value"), "tekst": "", "selected": "selected" in a}
        elif tag == "textarea" and "name" in a:
            self._textarea = [a["name"], ""]

    def handle_data(self, data):
        if self._option is not None:
            self._option["tekst"] += data
        if self._textarea is not None:
            self._textarea[1] += data

    def handle_endtag(self, tag):
        if tag == "form":
            self._form = None
        elif tag == "option":
            self._sluit_optie()
        elif tag == "textarea" and self._textarea is not None:
            naam, tekst = self._textarea
            # A browser drops the one newline that follows the opening tag.
            self._form["velden"].append((naam, tekst.removeprefix("\n")))
            self._textarea = None
        elif tag == "select" and self._select is not None:
            self._sluit_optie()
            opties = self._select["opties"]
            gekozen = [o for o in opties if o["selected"]]
            if not gekozen and opties and not self._select["multiple"]:
                gekozen = opties[:1]
            for optie in gekozen:
                waarde = optie["value"] if optie["value"] is not None else optie["tekst"].strip()
                self._form["velden"].append((self._select["name"], waarde))
            self._select = None

    def _sluit_optie(self):
        if self._option is not None and self._select is not None:
            self._select["opties"].append(self._option)
        self._option = None

    def _knop(self, a):
        self._form["knoppen"].append(
            (
                a.get("name"),
                a.get("value", ""),
                self._adres(a["formaction"]) if "formaction" in a else None,
            )
        )

    def _adres(self, action: str) -> str:
        return urlsplit(urljoin(self.pagina, action))._replace(fragment="").geturl()


def _verzendingen(formulier):
    """One submission per submit button (the button selects the action), or one without."""
    knoppen = formulier["knoppen"] or [(None, "", None)]
    for naam, waarde, formaction in knoppen:
        knop = [(naam, waarde)] if naam else []
        namen = [*formulier["namen"], *dict(knop)]
        yield formaction or formulier["action"], formulier["velden"] + knop, namen, knop


def _data(velden) -> dict[str, list[str]]:
    data = {}
    for naam, waarde in velden:
        data.setdefault(naam, []).append(waarde)
    return data


@pytest.fixture
def data(school, django_user_model):
    data = volle_school(school, django_user_model)
    # The schoolleider who also leads the PLG may send almost every form; a PLG has one kartrekker.
    data.plg.leden.filter(rol=PLGRol.KARTREKKER).update(rol=PLGRol.LID)
    data.plg.leden.update_or_create(user=data.leider, defaults={"rol": PLGRol.KARTREKKER})
    # Someone outside the PLG, so the monitoring forms offer a colleague to ask.
    medewerker(school, Rol.TEAMLID, naam="Tom Teamlid")
    return data


def _toestanden(data):
    """The plan as decided, then reopened: each state shows forms the other does not."""
    yield
    data.plan.start_bijstelling(by=data.leider, reden="Bijstellen na de tussenmeting")
    yield


def _paginas(data):
    for route, name in sorted(set(routes())):
        if route.startswith("beheer/") or name == "logout":
            continue
        for w in waarden(route, name, data):
            yield pad(route, w)


def _formulieren(client, data, gezien: set):
    """Every submission of every post form not `gezien` before, keyed by the route it posts to,
    its field names and its button, so a form repeated on many pages (or rows) is sent once."""
    for pagina in _paginas(data):
        response = client.get(pagina)
        if response.status_code != 200 or "html" not in response.get("Content-Type", ""):
            continue
        lezer = _Formulieren(pagina)
        lezer.feed(response.content.decode())
        for formulier in lezer.formulieren:
            for action, velden, namen, knop in _verzendingen(formulier):
                route = resolve(urlsplit(action).path)
                if route.route.startswith("beheer/") or route.url_name == "logout":
                    continue
                sleutel = (route.route, tuple(sorted(namen)), tuple(knop))
                if sleutel not in gezien:
                    gezien.add(sleutel)
                    yield pagina, action, velden, namen, knop


def _post(client, action, velden):
    """The response, or the exception the view raised; nothing it wrote is kept."""
    with transaction.atomic():
        response = client.post(action, _data(velden))
        transaction.set_rollback(True)
    if response.exc_info:
        return repr(response.exc_info[1])[:300]
    if response.status_code >= 500:
        return f"status {response.status_code}"
    return None


def _fouten(client, pagina, action, velden, namen, knop):
    fouten = []
    # One row of a formset stands for all its rows ("vragen-3-tekst" as "vragen-0-tekst").
    soorten = {}
    for naam in namen:
        soorten.setdefault(FORMSET_RIJ.sub("-0-", naam), naam)
    for naam in [n for n in soorten.values() if n not in NIET_VARIEREN]:
        for vijandig in VIJANDIG:
            gevarieerd = [(n, w) for n, w in velden if n != naam] + [(naam, vijandig)]
            fout = _post(client, action, gevarieerd)
            if fout:
                fouten.append(f"{action} (van {pagina}) {naam}={vijandig[:20]!r}: {fout}")
    fout = _post(client, action, knop)
    if fout:
        fouten.append(f"{action} (van {pagina}) zonder velden: {fout}")
    return fouten


def test_no_malformed_post_is_a_server_error(client, data):
    client.raise_request_exception = False
    client.force_login(data.leider)
    gezien = set()
    fouten = []
    for _toestand in _toestanden(data):
        # Collected before the first post: the forms of the state as it is.
        for formulier in list(_formulieren(client, data, gezien)):
            fouten += _fouten(client, *formulier)
    assert len(gezien) > 50
    assert not fouten, f"{len(fouten)} posts gaven een serverfout:\n" + "\n".join(fouten)
