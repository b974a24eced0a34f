"""What the AVG (GDPR) asks of the product: a school takes all its data with it (portability),
and a person's data can be erased while the school's record stays whole.

Both walk every app's models through two explicit maps below. A test compares the maps with
the models, so a model added later that belongs to a school, or a new field that points at a
person, fails the suite until someone decides what the export and the erasure do with it.
"""

import json
import re
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django.apps import apps
from django.core.serializers.json import DjangoJSONEncoder
from django.db import models, transaction
from django.db.models import Q
from django.db.models.fields.files import FieldFile
from django.urls import NoReverseMatch, reverse
from django.utils import timezone

from .models import Lidmaatschap, School, Sessie, User

# ---------------------------------------------------------------------------------------------
# Export


@dataclass(frozen=True)
class Bestand:
    """One JSON file in the export: the rows of one model that belong to the school."""

    pad: str
    # Fields left out: derived search columns, or secrets that are no part of the school's record.
    weglaten: tuple[str, ...] = ()
    select: tuple[str, ...] = ()
    extra: Callable[[models.Model], dict] | None = None
    # Narrows the rows further, for rows the school may not see yet (see monitoring).
    alleen: Callable[[School], Q] | None = None


# From each model to its school. The order is the order of the files in the ZIP.
EXPORT: dict[str, Bestand] = {
    "scholen.School": Bestand("pk"),
    "scholen.Team": Bestand("school"),
    "scholen.Lidmaatschap": Bestand(
        "school",
        select=("user",),
        extra=lambda lid: {"naam": lid.user.naam, "email": lid.user.email},
    ),
    "cyclus.SchoolInstellingen": Bestand("school"),
    "cyclus.Kernwaarde": Bestand("school"),
    "cyclus.Schooljaar": Bestand("school"),
    "cyclus.Speerpunt": Bestand("school"),
    "cyclus.Cyclus": Bestand("speerpunt__school"),
    "cyclus.Signaal": Bestand("speerpunt__school"),
    "cyclus.Transitie": Bestand("speerpunt__school"),
    "cyclus.Afvinking": Bestand("cyclus__speerpunt__school"),
    "cyclus.Borging": Bestand("cyclus__speerpunt__school"),
    "plg.PLG": Bestand("speerpunt__school"),
    "plg.PLGLid": Bestand("plg__speerpunt__school"),
    "plg.Leerlingdeelnemer": Bestand("plg__speerpunt__school"),
    "plg.Bijeenkomst": Bestand("plg__speerpunt__school"),
    "plg.Agendapunt": Bestand("bijeenkomst__plg__speerpunt__school"),
    "plg.Notitie": Bestand("bijeenkomst__plg__speerpunt__school"),
    "plg.Actiepunt": Bestand("plg__speerpunt__school"),
    "plg.Bevinding": Bestand("plg__speerpunt__school"),
    "plg.Analyseantwoord": Bestand("plg__speerpunt__school"),
    "plg.Tussenstand": Bestand("plg__speerpunt__school"),
    "plg.Reactie": Bestand("tussenstand__plg__speerpunt__school"),
    "plg.Expertise": Bestand("school"),
    "verbeterplan.Verbeterplan": Bestand("cyclus__speerpunt__school"),
    "verbeterplan.PlanVersie": Bestand("plan__cyclus__speerpunt__school"),
    "verbeterplan.Besluit": Bestand("plan__cyclus__speerpunt__school"),
    "verbeterplan.Doel": Bestand("plan__cyclus__speerpunt__school"),
    "verbeterplan.Actie": Bestand("plan__cyclus__speerpunt__school"),
    "verbeterplan.Mijlpaal": Bestand("plan__cyclus__speerpunt__school"),
    "verbeterplan.Communicatiemoment": Bestand("plan__cyclus__speerpunt__school"),
    "verbeterplan.Evaluatiemoment": Bestand("plan__cyclus__speerpunt__school"),
    "verbeterplan.Randvoorwaarde": Bestand("plan__cyclus__speerpunt__school"),
    "kennisbank.Thema": Bestand("school"),
    "kennisbank.Bron": Bestand(
        "school",
        weglaten=("thema_tekst", "zoekvector", "kopvector", "zoektekst", "zoektekst_kop"),
        extra=lambda bron: {"themas": [thema.naam for thema in bron.themas.all()]},
    ),
    "kennisbank.Bronkoppeling": Bestand(
        "speerpunt__school",
        select=("bron",),
        # A link may point at a source of the shared kennisbank, which is not in the export.
        extra=lambda koppeling: {"bron_titel": koppeling.bron.titel},
    ),
    "monitoring.Monitormoment": Bestand("cyclus__speerpunt__school"),
    "monitoring.Vraag": Bestand("monitormoment__cyclus__speerpunt__school"),
    # Monitoring answers are anonymous, and the export keeps them so. A response row says that
    # someone answered, never who: the person and the moment of sending (which could be matched
    # with other rows of that person) are left out, and personen.json does not learn of them.
    # Who took part is not exported either, not even as a separate list: next to a moment with
    # one or two answers it would name the person behind them. The answers themselves go only
    # for moments that reached their threshold, just as the summary in the product shows them;
    # below it, the response rows tell how many answered and nothing more. This export is the
    # school's; a person's own access request is another matter: they may be told which moments
    # they answered and what, since they are the one person their answers may be tied to.
    "monitoring.Respons": Bestand(
        "monitormoment__cyclus__speerpunt__school", weglaten=("user", "ingediend_op")
    ),
    "monitoring.Antwoord": Bestand(
        "vraag__monitormoment__cyclus__speerpunt__school",
        alleen=lambda school: Q(
            vraag__monitormoment__in=apps.get_model("monitoring.Monitormoment")
            .objects.filter(cyclus__speerpunt__school=school)
            .met_zichtbare_resultaten()
            .values("pk")
        ),
    ),
    "monitoring.Meting": Bestand("doel__plan__cyclus__speerpunt__school"),
}

# Models with a path to a school that the export leaves out, and why.
NIET_IN_EXPORT: dict[str, str] = {
    "meldingen.Herinnering": "a person's own reminder, no part of the school's record",
    "meldingen.Melding": "a person's own notification, no part of the school's record",
    "plg.Activiteit": "the PLG's activity feed: a line per row that is in the export, with that "
    "row's moment and person",
    "verbeterplan.PdfExport": "a rendering of a plan that is in the export; made again on request",
}

BATCH = 500


class _Buffer:
    """A write-only file for ZipFile; the response takes its content away piece by piece."""

    def __init__(self):
        self.stukken: list[bytes] = []

    def write(self, data) -> int:
        self.stukken.append(bytes(data))
        return len(data)

    def flush(self) -> None:
        pass

    def neem(self) -> bytes:
        data = b"".join(self.stukken)
        self.stukken.clear()
        return data


def _waarde(field, obj):
    waarde = field.value_from_object(obj)
    if isinstance(waarde, FieldFile):
        return waarde.name or ""
    return waarde


def _rijen(model, bestand: Bestand, school: School, personen: set[int]) -> Iterator[dict]:
    """The school's rows of `model` as plain dicts, read in batches by primary key so a large
    school never holds a whole table in memory. Collects the ids of people referred to."""
    velden = [
        f
        for f in model._meta.concrete_fields
        if not f.primary_key and f.name not in bestand.weglaten
    ]
    m2m = [f for f in model._meta.many_to_many if f.name not in bestand.weglaten]
    naar_persoon = [f for f in velden + m2m if f.related_model is User]
    qs = model._default_manager.filter(**{bestand.pad: school.pk})
    if bestand.alleen is not None:
        qs = qs.filter(bestand.alleen(school))
    qs = qs.prefetch_related(*(f.name for f in m2m)).order_by("pk")
    if bestand.select:
        qs = qs.select_related(*bestand.select)
    laatste = None
    while True:
        batch = list((qs if laatste is None else qs.filter(pk__gt=laatste))[:BATCH])
        if not batch:
            return
        for obj in batch:
            rij = {"id": obj.pk}
            for f in velden:
                rij[f.name] = _waarde(f, obj)
            for f in m2m:
                rij[f.name] = [rel.pk for rel in getattr(obj, f.name).all()]
            for f in naar_persoon:
                waarde = rij[f.name]
                personen.update(waarde if isinstance(waarde, list) else [waarde])
            if bestand.extra is not None:
                rij.update(bestand.extra(obj))
            yield rij
        if len(batch) < BATCH:
            return
        laatste = batch[-1].pk


def _json(waarde) -> bytes:
    return json.dumps(waarde, cls=DjangoJSONEncoder, ensure_ascii=False, indent=1).encode()


def bestandsnaam(label: str) -> str:
    app, model = label.split(".")
    return f"{app}/{model.lower()}.json"


def export_zip(school: School, *, by) -> Iterator[bytes]:
    """Everything `school` holds, as a ZIP of JSON files (one per model), produced while it is
    sent.

    Streamed rather than built by a worker: the ZIP then never lies on the server's disk, so no
    second copy of every colleague's data has to be guarded, cleaned up or linked to, and the
    download is checked for access like any other page. Rows are read in batches and the ZIP
    is written as they come, so memory stays flat however large the school is; the cost is one
    web request that runs as long as the export takes (about a second for 26,000 rows on
    PostgreSQL, see bench/avg.py). Each file is read with its own queries, so a file reflects
    the moment it was written, not one snapshot of the whole school.
    """
    buffer = _Buffer()
    personen: set[int] = set()
    inhoud = {}
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        for label, bestand in EXPORT.items():
            naam = bestandsnaam(label)
            aantal = 0
            with zf.open(naam, "w") as uit:
                uit.write(b"[")
                for rij in _rijen(apps.get_model(label), bestand, school, personen):
                    uit.write((b",\n" if aantal else b"\n") + _json(rij))
                    aantal += 1
                    if aantal % BATCH == 0:
                        yield buffer.neem()
                uit.write(b"\n]\n")
            inhoud[naam] = aantal
            yield buffer.neem()
        personen.discard(None)
        leden = set(Lidmaatschap.objects.filter(school=school).values_list("user_id", flat=True))
        zf.writestr(
            "personen.json",
            _json(
                [
                    {"id": pk, "naam": naam, **({"email": email} if pk in leden else {})}
                    for pk, naam, email in User.objects.filter(pk__in=personen)
                    .order_by("pk")
                    .values_list("pk", "naam", "email")
                ]
            ),
        )
        inhoud["personen.json"] = len(personen)
        zf.writestr(
            "over-deze-export.json",
            _json(
                {
                    "school": school.naam,
                    "gemaakt_op": timezone.now(),
                    "created_by": by.naam,
                    "toelichting": (
                        "Alle gegevens van deze school in Koers. Elk bestand bevat de rijen van "
                        "één soort gegevens; verwijzingen naar andere rijen staan als id. "
                        "Personen staan in personen.json, e-mailadressen alleen van wie nu aan "
                        "de school verbonden is."
                    ),
                    "bestanden": inhoud,
                }
            ),
        )
    yield buffer.neem()


# ---------------------------------------------------------------------------------------------
# Erasure

VERWIJDERDE_NAAM = "Verwijderd persoon"

# Every field that points at a person, and what erasure does with it:
# - rows that are the person's own (memberships, preferences, notifications) are deleted;
# - links from a shared row are removed;
# - everything else stays and keeps pointing at the anonymised account, so the school's record
#   stays whole and shows "Verwijderd persoon" as its author.
VERWIJDEREN = {
    "scholen.Lidmaatschap.user",
    "scholen.Sessie.user",
    "core.FormToken.user",
    "otp_totp.TOTPDevice.user",
    "scholen.Bestuurslid.user",
    "plg.PLGLid.user",
    "plg.Expertise.user",
    "meldingen.Voorkeuren.user",
    "meldingen.Melding.user",
    "meldingen.Herinnering.user",
    # An answer cannot be detached from its person (the field is required and one answer per
    # person is the rule); kept on the anonymised account it would count as a participant
    # who no longer exists, so answers go.
    "monitoring.Respons.user",
}
LOSKOPPELEN = {"monitoring.Monitormoment.teamleden"}
BEHOUDEN = {
    "admin.LogEntry.user",
    # The audit trail keeps who changed what; the account it points at is anonymous now, and
    # the name in its texts is replaced with the rest.
    "auditlog.LogEntry.actor",
    "cyclus.Speerpunt.owner",
    "cyclus.Transitie.created_by",
    "cyclus.Afvinking.completed_by",
    "cyclus.Borging.borger",
    "plg.Bijeenkomst.created_by",
    "plg.Notitie.created_by",
    "plg.Actiepunt.owner",
    "plg.Actiepunt.completed_by",
    "plg.Actiepunt.created_by",
    "plg.Bevinding.created_by",
    "plg.Analyseantwoord.updated_by",
    "plg.Tussenstand.created_by",
    "plg.Reactie.created_by",
    "plg.Activiteit.wie",
    "verbeterplan.Actie.owner",
    "verbeterplan.Besluit.created_by",
    "verbeterplan.PlanVersie.created_by",
    "kennisbank.Bron.created_by",
    "kennisbank.Bronkoppeling.created_by",
    "monitoring.Monitormoment.created_by",
    "monitoring.Meting.created_by",
}
# Rows that are a rendered copy of other data: when they mention the person they are deleted
# with their files, and made again (with the anonymised name) when someone asks for them.
AFGELEIDE_KOPIEEN = {"verbeterplan.PdfExport"}

TEKSTVELDEN = (models.CharField, models.TextField)


def _veld(pad: str):
    app, model, veld = pad.split(".")
    return apps.get_model(app, model)._meta.get_field(veld)


def _vervanger(naam: str, email: str) -> Callable[[str], str]:
    patronen = [re.compile(re.escape(email), re.IGNORECASE)]
    if naam.strip():
        patronen.append(re.compile(rf"(?<!\w){re.escape(naam.strip())}(?!\w)", re.IGNORECASE))

    def vervang(tekst: str) -> str:
        for patroon in patronen:
            tekst = patroon.sub(VERWIJDERDE_NAAM, tekst)
        return tekst

    return vervang


def _vervang_diep(waarde, vervang):
    if isinstance(waarde, str):
        return vervang(waarde)
    if isinstance(waarde, list):
        return [_vervang_diep(w, vervang) for w in waarde]
    if isinstance(waarde, dict):
        return {k: _vervang_diep(w, vervang) for k, w in waarde.items()}
    return waarde


def _noemt(waarde, naam: str, email: str) -> bool:
    tekst = json.dumps(waarde, ensure_ascii=False, default=str).lower()
    return email.lower() in tekst or bool(naam.strip() and naam.strip().lower() in tekst)


def _wis_afgeleide_kopieen(naam: str, email: str) -> None:
    for label in AFGELEIDE_KOPIEEN:
        model = apps.get_model(label)
        json_velden = [f for f in model._meta.concrete_fields if isinstance(f, models.JSONField)]
        tekst_velden = [f for f in model._meta.concrete_fields if isinstance(f, TEKSTVELDEN)]
        bestand_velden = [f for f in model._meta.concrete_fields if isinstance(f, models.FileField)]
        for obj in model._default_manager.iterator():
            waarden = [f.value_from_object(obj) for f in json_velden + tekst_velden]
            if not _noemt(waarden, naam, email):
                continue
            bestanden = [getattr(obj, f.name) for f in bestand_velden]
            obj.delete()
            for bestand in bestanden:
                if bestand:
                    # A file is no part of the transaction: remove it only once the rows are gone.
                    transaction.on_commit(lambda b=bestand: b.storage.delete(b.name))


def _wis_vermeldingen(naam: str, email: str) -> None:
    """Replaces the person's name and e-mail address in every text of every model (a note that
    names them, a plan version that lists them as owner of an action), except in the table of
    people itself, where a namesake keeps their own name.

    The rows are changed with update(), which skips save(), so whatever a model derives from
    its text (the kennisbank's search columns) is rebuilt afterwards: a queryset that keeps
    such columns offers `werk_zoekindex_bij()`, and it is called for the rows that changed."""
    vervang = _vervanger(naam, email)
    for model in apps.get_models():
        if model is User:
            continue
        gewijzigd = set()
        for field in model._meta.concrete_fields:
            if isinstance(field, models.JSONField):
                rijen = model._default_manager.only("pk", field.attname).iterator()
            elif isinstance(field, TEKSTVELDEN):
                zoek = Q(**{f"{field.attname}__icontains": email})
                if naam.strip():
                    zoek |= Q(**{f"{field.attname}__icontains": naam.strip()})
                rijen = model._default_manager.filter(zoek).only("pk", field.attname).iterator()
            else:
                continue
            for obj in rijen:
                oud = field.value_from_object(obj)
                nieuw = _vervang_diep(oud, vervang)
                if isinstance(nieuw, str) and field.max_length:
                    nieuw = nieuw[: field.max_length]
                if nieuw != oud:
                    model._default_manager.filter(pk=obj.pk).update(**{field.attname: nieuw})
                    gewijzigd.add(obj.pk)
        rijen = model._default_manager.filter(pk__in=gewijzigd)
        if gewijzigd and hasattr(rijen, "werk_zoekindex_bij"):
            rijen.werk_zoekindex_bij()


@dataclass(frozen=True)
class Vermelding:
    """A text that still names part of an erased person's name, for the beheerder to read."""

    model: str
    veld: str
    pk: object
    woord: str
    fragment: str
    admin_url: str | None


# Around a mention, this many characters either side, so the beheerder can judge it.
FRAGMENT = 60


def _naamdelen(naam: str) -> list[str]:
    """The first name and the last word of the surname: what a colleague writes when they mean
    this person without writing the full name ("Jan zei", "volgens De Vries")."""
    woorden = [w for w in re.findall(r"\w+", naam) if len(w) > 1]
    return list(dict.fromkeys(woorden[:1] + woorden[-1:]))


def _admin_url(obj) -> str | None:
    try:
        return reverse(f"admin:{obj._meta.app_label}_{obj._meta.model_name}_change", args=[obj.pk])
    except NoReverseMatch:
        return None


def resterende_vermeldingen(naam: str) -> list[Vermelding]:
    """Every free text that still contains the first name or the surname of `naam` on its own,
    after erasure replaced the full name. These are not replaced automatically: "Jan" may be
    another Jan, and "Bakker" a word. A beheerder reads them and edits where needed."""
    delen = _naamdelen(naam)
    if not delen:
        return []
    patronen = {
        deel: re.compile(rf"(?<!\w){re.escape(deel)}(?!\w)", re.IGNORECASE) for deel in delen
    }
    gevonden = []
    for model in apps.get_models():
        if model in (User, Sessie):
            continue
        for field in model._meta.concrete_fields:
            # Columns a model derives itself (search columns) are not what anyone typed.
            if not field.editable or not isinstance(field, (*TEKSTVELDEN, models.JSONField)):
                continue
            zoek = Q()
            if not isinstance(field, models.JSONField):
                # JSON is stored with escaped non-ASCII letters, so it is read whole instead.
                for deel in delen:
                    zoek |= Q(**{f"{field.attname}__icontains": deel})
            for obj in model._default_manager.filter(zoek).only("pk", field.attname).iterator():
                waarde = field.value_from_object(obj)
                tekst = (
                    waarde if isinstance(waarde, str) else json.dumps(waarde, ensure_ascii=False)
                )
                for deel, patroon in patronen.items():
                    treffer = patroon.search(tekst)
                    if treffer is None:
                        continue
                    begin = max(treffer.start() - FRAGMENT, 0)
                    fragment = tekst[begin : treffer.end() + FRAGMENT]
                    gevonden.append(
                        Vermelding(
                            model=str(model._meta.verbose_name),
                            veld=str(field.verbose_name),
                            pk=obj.pk,
                            woord=deel,
                            fragment=("…" if begin else "") + fragment,
                            admin_url=_admin_url(obj),
                        )
                    )
    return gevonden


@dataclass(frozen=True)
class Wissing:
    """What erasure leaves: the anonymous account, and the texts a beheerder should read."""

    persoon: User
    vermeldingen: list[Vermelding]


def wis_persoon(user: User) -> Wissing:
    """Erases a person's data (AVG right to erasure) in one transaction.

    The account stays as an anonymous, inactive shell named "Verwijderd persoon" with an
    undeliverable address and no usable password, so what the person wrote for the school
    (notes, findings, updates, decisions, transitions) stays in the record without naming
    them. Their own rows go: memberships, PLG memberships, expertise, notifications, reminder
    records, e-mail preferences with the calendar token, and their monitoring answers. Their
    name and e-mail address are then replaced wherever other texts mention them, and rendered
    PDFs that name them are deleted. Every session of the person ends, and search columns
    that held their name are rebuilt.

    What is returned lists the texts that still name them by first name or surname alone,
    which erasure cannot safely rewrite; the beheerder reads those.

    A speerpunt they own keeps the anonymised account as its owner: handing it to another
    schoolleider would make someone responsible who never agreed to it, while "Verwijderd
    persoon" on the dashboard shows the school it has to choose a new owner itself.
    """
    with transaction.atomic():
        # Two beheerders erasing the same person at once: the second waits and then finds an
        # account that is already anonymous, which it anonymises again without harm.
        user = User.objects.select_for_update().get(pk=user.pk)
        naam, email = user.naam, user.email
        for pad in VERWIJDEREN:
            veld = _veld(pad)
            veld.model._default_manager.filter(**{veld.name: user}).delete()
        for pad in LOSKOPPELEN:
            veld = _veld(pad)
            through = veld.remote_field.through._default_manager
            through.filter(**{veld.m2m_reverse_field_name(): user}).delete()
        user.groups.clear()
        user.user_permissions.clear()
        user.naam = VERWIJDERDE_NAAM
        user.email = f"verwijderd-{user.pk}@verwijderd.invalid"
        user.set_unusable_password()
        user.is_active = user.is_staff = user.is_superuser = False
        user.last_login = None
        user.save()
        # Failed sign-ins keep the address that was tried and where from: they go with the
        # person instead of waiting for their expiry.
        for model in (AccessAttempt, AccessFailureLog, AccessLog):
            model.objects.filter(username__iexact=email).delete()
        _wis_afgeleide_kopieen(naam, email)
        _wis_vermeldingen(naam, email)
        vermeldingen = resterende_vermeldingen(naam)
    return Wissing(persoon=user, vermeldingen=vermeldingen)


def velden_naar_persoon() -> set[str]:
    """Every field of every model that points at a person, as "app.Model.veld"."""
    paden = set()
    for model in apps.get_models():
        for field in model._meta.get_fields(include_hidden=False):
            if field.is_relation and not field.auto_created and field.related_model is User:
                paden.add(f"{model._meta.label}.{field.name}")
    return paden
