"""Real addresses for every route: a full school, and for each route the values that open it.

A new route whose address takes a value fails `test_every_route_can_be_built` until
`ARGUMENTEN` says how to fill it in.
"""

import re

from django.apps import apps
from django.contrib.auth.tokens import default_token_generator
from django.contrib.contenttypes.models import ContentType
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode

from cyclus.models import Speerpunt
from kennisbank.models import Bronkoppeling, Vragenset, VragensetThema
from meldingen.models import Melding, Soort, Voorkeuren
from plg.models import PLGRol
from plg.tests.factories import PLGLidFactory
from scholen.models import Rol
from scholen.tests.factories import medewerker
from scholen.tests.volle_school import vul_school
from verbeterplan.models import ExportSoort
from verbeterplan.views import LIJSTEN, TEKSTEN

ARGUMENT = re.compile(r"<(?:\w+:)?(\w+)>|\(\?P<(\w+)>")


def argumenten(route: str) -> list[str]:
    return [a or b for a, b in ARGUMENT.findall(route)]


def pad(route: str, waarden: dict) -> str:
    def vul(match):
        return str(waarden[match.group(1) or match.group(2)])

    gevuld = re.sub(r"\(\?P<(\w+)>[^)]*\)", vul, route)
    gevuld = re.sub(r"<(?:\w+:)?(\w+)>", vul, gevuld)
    return "/" + gevuld.replace("^", "").replace("$", "")


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
    "cyclus:tijdlijn": lambda d: [{"pk": d.speerpunt.pk}],
    "plg:overzicht": lambda d: [{}],
    "plg:expertise": lambda d: [{}],
    "plg:werkruimte": lambda d: [{"plg_pk": d.plg.pk}],
    "plg:acties": lambda d: [{"plg_pk": d.plg.pk}],
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
    "meldingen:melding": lambda d: [{"pk": m.pk} for m in d.meldingen],
    "meldingen:ical": lambda d: [{"token": d.ical_token}],
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


def waarden(route: str, name: str, data) -> list[dict]:
    """Every set of values to open `route` with; a KeyError means nobody said how."""
    if not argumenten(route):
        return [{}]
    if route.startswith("beheer/"):
        return _admin_argumenten(route, data)
    return [{"school_pk": data.school.pk, **w} for w in ARGUMENTEN[name](data)]


def volle_school(school, user_model):
    """`school` filled by `vul_school`, plus the rows only some routes need: a kartrekker, a
    superuser, unread notifications with a link, a question set and a password-reset link."""
    data = vul_school(school, "Zuiver")
    data.school = school
    data.bron = data.speerpunt.bronkoppelingen.first().bron
    data.koppeling = Bronkoppeling.objects.get(speerpunt=data.speerpunt)
    data.vragenset = Vragenset.objects.create(titel="Kaart Zuiver", thema=VragensetThema.KWALITEIT)
    data.kartrekker = medewerker(school, Rol.TEAMLID, naam="Karin Kartrekker")
    PLGLidFactory(plg=data.plg, user=data.kartrekker, rol=PLGRol.KARTREKKER)
    data.beheerder = user_model.objects.create_superuser(
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
