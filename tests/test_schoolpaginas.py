"""Every page inside a school is built on one layout: the school's menu, and breadcrumbs that
start at "Mijn scholen › <school>". Each route under /scholen/<school_pk>/ is opened as the
schoolleider of a full school, and every whole HTML page that comes back is checked.
"""

from html.parser import HTMLParser

import pytest
from django.urls import reverse

from tests.adressen import argumenten, pad, volle_school, waarden
from tests.routes import routes


class _Opbouw(HTMLParser):
    """The links of each labelled nav, the breadcrumbs' items, and the h1s of a page."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.navs = {}  # label -> list of labels seen, to find a label used twice
        self.menu_links = []
        self.kruimels = []  # one dict per <li>: its first link, and whether it is current
        self.kruimelpaden = 0
        self.h1 = 0
        self._nav = None
        self._li = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "nav":
            self._nav = a.get("aria-label", "")
            self.navs.setdefault(self._nav, 0)
            self.navs[self._nav] += 1
            if self._nav == "Kruimelpad":
                self.kruimelpaden += 1
        elif tag == "h1":
            self.h1 += 1
        elif self._nav == "Kruimelpad" and tag == "li":
            self._li = {"href": None, "huidig": False}
            self.kruimels.append(self._li)
        elif self._nav == "Kruimelpad" and self._li is not None:
            if tag == "a" and self._li["href"] is None:
                self._li["href"] = a.get("href")
            if a.get("aria-current") == "page":
                self._li["huidig"] = True
        elif self._nav == "Hoofdmenu" and tag == "a":
            self.menu_links.append(a.get("href"))

    def handle_endtag(self, tag):
        if tag == "nav":
            self._nav = None
        elif tag == "li":
            self._li = None


@pytest.fixture
def data(school, django_user_model):
    return volle_school(school, django_user_model)


def _schoolmenu(school) -> set[str]:
    namen = ["cyclus:dashboard", "cyclus:prioriteiten", "cyclus:visie", "plg:overzicht"]
    namen += ["plg:expertise", "kennisbank:zoeken", "kennisbank:vragensets", "mensen"]
    namen += ["wijzigingen"]
    return {reverse(naam, args=[school.pk]) for naam in namen}


def _fouten(html: str, school) -> list[str]:
    opbouw = _Opbouw()
    opbouw.feed(html)
    fouten = []
    ontbreekt = _schoolmenu(school) - set(opbouw.menu_links)
    if ontbreekt:
        fouten.append(f"schoolmenu mist {sorted(ontbreekt)}")
    if opbouw.kruimelpaden != 1:
        fouten.append(f"{opbouw.kruimelpaden} kruimelpaden")
    hrefs = [kruimel["href"] for kruimel in opbouw.kruimels[:2]]
    if hrefs != [reverse("start"), reverse("cyclus:dashboard", args=[school.pk])]:
        fouten.append(f"kruimelpad begint met {hrefs}")
    if not opbouw.kruimels or not opbouw.kruimels[-1]["huidig"]:
        fouten.append("laatste kruimel is niet aria-current")
    if sum(k["huidig"] for k in opbouw.kruimels) > 1:
        fouten.append("meer dan één kruimel is aria-current")
    if opbouw.h1 != 1:
        fouten.append(f"{opbouw.h1} h1's")
    dubbel = [label for label, aantal in opbouw.navs.items() if aantal > 1]
    if dubbel:
        fouten.append(f"nav-label dubbel: {dubbel}")
    return fouten


def test_every_school_page_has_the_school_layout(client, data):
    client.force_login(data.leider)
    fouten, bekeken = [], set()
    for route, name in sorted(set(routes())):
        if "school_pk" not in argumenten(route):
            continue
        for w in waarden(route, name, data):
            adres = pad(route, w)
            response = client.get(adres)
            is_pagina = response.status_code == 200 and response["Content-Type"].startswith(
                "text/html"
            )
            if not is_pagina or not response.content.lstrip().lower().startswith(b"<!doctype"):
                continue
            bekeken.add(name)
            fouten += [
                f"{adres}: {fout}" for fout in _fouten(response.content.decode(), data.school)
            ]
    assert not fouten, "\n".join(fouten)
    # The walk must reach the pages of every app, or it proves nothing about them.
    assert {
        "cyclus:dashboard",
        "cyclus:speerpunt",
        "plg:werkruimte",
        "plg:expertise",
        "verbeterplan:plan",
        "verbeterplan:versies",
        "monitoring:speerpunt",
        "monitoring:moment",
        "kennisbank:zoeken",
        "kennisbank:koppeling",
        "mensen",
        "wijzigingen",
    } <= bekeken
