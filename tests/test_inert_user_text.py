"""Text a person types stays text.

A marker with HTML, a script and htmx attributes goes into every text field of every model of
the project (found through the app registry, so a new field is covered without touching this
file). Then every page of the URL configuration is opened as every role, as a full page and as
an htmx fragment, and the beheer pages as a beheerder: the marker must come back as visible,
escaped text and never as an element, an event handler or an htmx attribute. A route this file
cannot build a URL for fails the test, so a new page cannot escape it.
"""

import itertools
from html.parser import HTMLParser
from pathlib import Path

import pytest
from django.apps import apps
from django.conf import settings
from django.contrib import admin
from django.contrib.auth.tokens import default_token_generator
from django.db import models
from django.urls import reverse
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode

from cyclus.models import Speerpunt
from kennisbank.models import Bron, Bronkoppeling, Vragenset
from meldingen.models import Melding
from plg.models import PLGRol
from plg.tests.factories import PLGLidFactory
from scholen.models import Rol
from scholen.tests.factories import BestuurslidFactory, UserFactory, medewerker
from scholen.tests.volle_school import vul_school
from tests.routes import routes
from verbeterplan import pdf
from verbeterplan.models import PdfExport, PlanVersie
from verbeterplan.views import LIJSTEN, TEKSTEN

MARKER = (
    '<b data-mrk="{t}"><img src=x onerror=alert(\'{t}\')><script>alert("{t}")</script>'
    '<a hx-post="/mrk/{t}" hx-trigger="load">{t}</a></b>'
)
# For a short field (a unit, a first name): still an element with the marker and an htmx
# attribute, in as few characters as PostgreSQL's length limit allows.
KORT = "<i data-mrk hx-get=/m>{t}"
# What the browser shows when the marker was escaped: its tags as text.
ZICHTBAAR = '<script>alert("{t}")</script>'

# Text no person types, so no person can put markup in it.
NIET_GETYPT = {
    "scholen.User.password": "a password hash",
    "scholen.Sessie.session_key": "the session store's own key",
    "scholen.Sessie.session_data": "signed session data",
    "cyclus.Afvinking.sleutel": "the key of a gate item, set by the code",
    "meldingen.Herinnering.bron": "the name of a registered reminder source, set by the code",
    "verbeterplan.PdfExport.sleutel": "a hash of the document",
    "meldingen.Voorkeuren.ical_token": "a secret token in the feed's URL",
    "kennisbank.Bron.aanbevelingen": "codes picked from a fixed list",
    "kennisbank.Bron.stappen": "step numbers picked from a fixed list",
}
# Forms refuse anything but an address here (no <, > or quotes).
GEVALIDEERD = (models.EmailField, models.URLField)

# Routes that answer with something other than an HTML page.
GEEN_PAGINA = {
    "export": "a zip file",
    "verbeterplan:pdf_download": "a PDF file",
    "meldingen:ical": "an iCalendar feed",
    "health": "a JSON status",
}


def project_models():
    base = Path(settings.BASE_DIR).resolve()
    for config in apps.get_app_configs():
        path = Path(config.path).resolve()
        if base in path.parents and ".venv" not in path.parts:
            yield from config.get_models()


def tekstvelden():
    """Every (model, field) a person can type text into."""
    for model in project_models():
        for field in model._meta.concrete_fields:
            naam = f"{model._meta.label}.{field.name}"
            if (
                isinstance(field, (models.CharField, models.TextField))
                and field.editable
                and not field.choices
                and not field.primary_key
                and not isinstance(field, GEVALIDEERD)
                and naam not in NIET_GETYPT
            ):
                yield model, field


def test_every_listed_exception_is_a_real_field():
    velden = {
        f"{model._meta.label}.{field.name}"
        for model in project_models()
        for field in model._meta.concrete_fields
    }
    assert set(NIET_GETYPT) <= velden, set(NIET_GETYPT) - velden


def markeer_alles() -> dict[str, str]:
    """Writes the marker into every text field of every row; returns token -> where it went.
    Each row and field gets its own token, so a failure says which text escaped."""
    tokens = {}
    teller = itertools.count(1)
    for model, field in tekstvelden():
        for pk in model._base_manager.values_list("pk", flat=True):
            token = f"mrk{next(teller)}x"
            tokens[token] = f"{model._meta.label}.{field.name} (pk {pk})"
            marker = MARKER.format(t=token)
            if field.max_length and len(marker) > field.max_length:
                marker = KORT.format(t=token)
            model._base_manager.filter(pk=pk).update(**{field.name: marker})
    # Versions and PDF exports keep a copy of the plan as it was: take it again, with the marker.
    for versie in PlanVersie.objects.select_related("plan"):
        versie.inhoud = versie.plan.snapshot()
        versie.save(update_fields=["inhoud"])
    for export in PdfExport.objects.select_related("plan"):
        export.document = pdf.document(export.plan)
        export.save(update_fields=["document"])
    return tokens


class Controle(HTMLParser):
    """Collects every sign that the marker became markup instead of text."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.fouten: list[str] = []
        self.tekst: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        if tag == "script":
            self._in_script = True
        for naam, waarde in attrs:
            waarde = waarde or ""
            if naam == "data-mrk":
                self.fouten.append(f"<{tag} data-mrk={waarde}>")
            elif naam.startswith("on") or naam.startswith("hx-") and "/mrk/" in waarde:
                self.fouten.append(f"<{tag} {naam}={waarde}>")
        if tag == "img" and ("src", "x") in attrs:
            self.fouten.append("<img src=x>")

    handle_startendtag = handle_starttag

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_script = False

    def handle_data(self, data):
        if self._in_script and "mrk" in data:
            self.fouten.append(f"<script>{data.strip()[:60]}</script>")
        elif not self._in_script:
            self.tekst.append(data)


def controleer(response, url: str, tokens: dict[str, str]) -> str:
    """Asserts the page shows the marker inertly; returns the text a reader sees."""
    if not response.get("Content-Type", "").startswith("text/html"):
        return ""
    parser = Controle()
    parser.feed(response.content.decode())
    parser.close()
    fouten = []
    for fout in parser.fouten:
        waar = [plek for token, plek in tokens.items() if token in fout]
        fouten.append(f"{fout} from {', '.join(waar) or 'the page itself'}")
    assert not fouten, f"{url}: user text became markup: {fouten}"
    return "".join(parser.tekst)


@pytest.fixture
def gevulde_school(school):
    data = vul_school(school, "M")
    kartrekker = medewerker(school, Rol.TEAMLID, naam="Karin Kartrekker")
    PLGLidFactory(plg=data.plg, user=kartrekker, rol=PLGRol.KARTREKKER)
    rollen = {
        "schoolleider": data.leider,
        "kartrekker": kartrekker,
        "PLG-lid": data.collega,
        "teamlid": medewerker(school, Rol.TEAMLID, naam="Tim Teamlid"),
        "bestuurslid": BestuurslidFactory(bestuur=school.bestuur).user,
    }
    # Everyone has a notification of their own, so its page can be opened.
    voorbeeld = Melding.objects.get(user=data.collega)
    for user in rollen.values():
        if user != data.collega:
            voorbeeld.pk, voorbeeld.user = None, user
            voorbeeld.save()
    data.rollen = rollen
    data.school = school
    data.tokens = markeer_alles()
    return data


def _een(queryset):
    obj = queryset.first()
    assert obj is not None, f"the full school has no {queryset.model.__name__}"
    return obj.pk


def url_kwargs(data, user) -> dict[str, object]:
    """For every route name, the arguments of the pages to open (one or more)."""
    s = data.school.pk
    plan = data.plan
    speerpunt = Speerpunt.objects.get(pk=data.speerpunt.pk)
    bron = _een(Bron.objects.filter(school=data.school))
    onderdelen = [
        {
            "school_pk": s,
            "plan_pk": plan.pk,
            "soort": soort,
            "item_pk": _een(getattr(plan, lijst.related)),
        }
        for soort, lijst in LIJSTEN.items()
    ]
    return {
        "start": [{}],
        "bestuur": [{}],
        "mijn_werk": [{}],
        "mensen": [{"school_pk": s}],
        "wijzigingen": [{"school_pk": s}],
        "cyclus:dashboard": [{"school_pk": s}],
        "cyclus:prioriteiten": [{"school_pk": s}],
        "cyclus:visie": [{"school_pk": s}],
        "cyclus:speerpunt_nieuw": [{"school_pk": s}],
        "cyclus:speerpunt": [{"school_pk": s, "pk": speerpunt.pk}],
        "cyclus:speerpunt_bewerken": [{"school_pk": s, "pk": speerpunt.pk}],
        "cyclus:borging": [{"school_pk": s, "pk": speerpunt.pk}],
        "cyclus:tijdlijn": [{"school_pk": s, "pk": speerpunt.pk}],
        "plg:overzicht": [{"school_pk": s}],
        "plg:expertise": [{"school_pk": s}],
        "plg:werkruimte": [{"school_pk": s, "plg_pk": data.plg.pk}],
        "plg:acties": [{"school_pk": s, "plg_pk": data.plg.pk}],
        "plg:leden": [{"school_pk": s, "plg_pk": data.plg.pk}],
        "plg:bijeenkomsten": [{"school_pk": s, "plg_pk": data.plg.pk}],
        "plg:bijeenkomst": [
            {"school_pk": s, "plg_pk": data.plg.pk, "pk": data.notitie.bijeenkomst_id}
        ],
        "plg:analyse": [{"school_pk": s, "plg_pk": data.plg.pk}],
        "plg:tussenstanden": [{"school_pk": s, "plg_pk": data.plg.pk}],
        "plg:activiteit": [{"school_pk": s, "plg_pk": data.plg.pk}],
        "verbeterplan:voor_speerpunt": [{"school_pk": s, "speerpunt_pk": speerpunt.pk}],
        "verbeterplan:plan": [{"school_pk": s, "plan_pk": plan.pk}],
        "verbeterplan:besluit": [{"school_pk": s, "plan_pk": plan.pk}],
        "verbeterplan:versies": [{"school_pk": s, "plan_pk": plan.pk}],
        "verbeterplan:pdf_status": [{"school_pk": s, "plan_pk": plan.pk, "export_pk": data.pdf.pk}],
        "verbeterplan:pdf_aanvragen": [
            {"school_pk": s, "plan_pk": plan.pk, "soort": soort} for soort in pdf.TEMPLATES
        ],
        "verbeterplan:sectie": [
            {"school_pk": s, "plan_pk": plan.pk, "sectie": sectie} for sectie in TEKSTEN
        ],
        "verbeterplan:onderdeel_nieuw": [
            {"school_pk": s, "plan_pk": plan.pk, "soort": soort}
            for soort, lijst in LIJSTEN.items()
            if lijst.toevoegen
        ],
        "verbeterplan:onderdeel": onderdelen,
        "kennisbank:zoeken": [{"school_pk": s}],
        "kennisbank:bron_nieuw": [{"school_pk": s}],
        "kennisbank:bron": [{"school_pk": s, "pk": bron}],
        "kennisbank:bron_bewerken": [{"school_pk": s, "pk": bron}],
        "kennisbank:koppelen": [{"school_pk": s, "pk": bron}],
        "kennisbank:koppeling": [
            {"school_pk": s, "pk": _een(Bronkoppeling.objects.filter(speerpunt=speerpunt))}
        ],
        "kennisbank:vragensets": [{"school_pk": s}],
        "kennisbank:vragenset": [{"school_pk": s, "pk": _een(Vragenset.objects.all())}],
        "meldingen:meldingen": [{}],
        "meldingen:melding": [{"pk": _een(Melding.objects.filter(user=user))}],
        "meldingen:instellingen": [{}],
        "monitoring:speerpunt": [{"school_pk": s, "pk": speerpunt.pk}],
        "monitoring:moment": [{"school_pk": s, "pk": data.moment.pk}],
        "monitoring:moment_bewerken": [{"school_pk": s, "pk": data.moment.pk}],
        "monitoring:doel": [{"school_pk": s, "pk": _een(plan.doelen)}],
        "login": [{}],
        "logout": [{}],
        "password_change": [{}],
        "password_change_done": [{}],
        "password_reset": [{}],
        "password_reset_done": [{}],
        "password_reset_confirm": [
            {
                "uidb64": urlsafe_base64_encode(force_bytes(user.pk)),
                "token": default_token_generator.make_token(user),
            }
        ],
        "password_reset_complete": [{}],
        "otp_verify": [{}],
        "otp_setup": [{}],
        "set_language": [{}],
    }


def route_names():
    """The name of every route of the URL configuration, the beheer pages left out (they are
    walked per registered model below)."""
    beheer = reverse(f"{admin.site.name}:index").lstrip("/")
    for route, name in routes():
        if route.startswith(beheer):
            continue
        assert name, f"route {route} has no name, so it cannot be checked"
        yield name


def paginas(kwargs: dict) -> list[str]:
    namen = sorted(set(route_names()) - set(GEEN_PAGINA))
    zonder = [naam for naam in namen if naam not in kwargs]
    assert not zonder, f"routes without a URL in url_kwargs (add them): {zonder}"
    return [reverse(naam, kwargs=args) for naam in namen for args in kwargs[naam]]


@pytest.mark.parametrize("rol", ["schoolleider", "kartrekker", "PLG-lid", "teamlid", "bestuurslid"])
def test_user_text_is_inert_on_every_page_for_every_role(client, gevulde_school, rol):
    user = gevulde_school.rollen[rol]
    client.force_login(user)
    gezien = set()
    for url in paginas(url_kwargs(gevulde_school, user)):
        for headers in ({}, {"HX-Request": "true"}):
            response = client.get(url, headers=headers)
            assert response.status_code < 500, url
            tekst = controleer(response, f"{url} {headers}", gevulde_school.tokens)
            gezien |= {token for token in gevulde_school.tokens if token in tekst}
    # The walk must really have shown typed text (escaped, or sanitised Markdown), or it
    # proves nothing.
    assert len(gezien) >= 20, f"only {len(gezien)} marked texts were shown to the {rol}"


def test_the_goal_indicator_on_the_measurement_form_is_shown_as_text(client, gevulde_school):
    client.force_login(gevulde_school.rollen["kartrekker"])
    doel = gevulde_school.plan.doelen.first()
    url = reverse("monitoring:doel", kwargs={"school_pk": gevulde_school.school.pk, "pk": doel.pk})
    response = client.get(url)
    token = next(
        token
        for token, plek in gevulde_school.tokens.items()
        if plek == f"verbeterplan.Doel.indicator (pk {doel.pk})"
    )
    assert ZICHTBAAR.format(t=token) in controleer(response, url, gevulde_school.tokens)


def test_beheer_pages_show_user_text_inert(client, gevulde_school):
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    gezien = set()
    for model in admin.site._registry:
        info = (model._meta.app_label, model._meta.model_name)
        urls = [reverse("admin:{}_{}_changelist".format(*info))]
        obj = model._default_manager.first()
        if obj is not None:
            urls.append(reverse("admin:{}_{}_change".format(*info), args=[obj.pk]))
        for url in urls:
            response = client.get(url)
            assert response.status_code == 200, url
            tekst = controleer(response, url, gevulde_school.tokens)
            gezien |= {token for token in gevulde_school.tokens if token in tekst}
    assert len(gezien) >= 20


@pytest.mark.parametrize("soort", list(pdf.TEMPLATES))
def test_user_text_is_inert_in_the_pdf(gevulde_school, soort):
    html = pdf.html(pdf.document(gevulde_school.plan), soort)
    parser = Controle()
    parser.feed(html)
    assert not parser.fouten
    assert ZICHTBAAR.split("{")[0] in "".join(parser.tekst)


def test_a_route_without_a_url_fails_the_walk(gevulde_school):
    kwargs = url_kwargs(gevulde_school, gevulde_school.rollen["teamlid"])
    del kwargs["cyclus:visie"]
    with pytest.raises(AssertionError, match="cyclus:visie"):
        paginas(kwargs)
