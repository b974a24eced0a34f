"""Reminders: find what is due, record one row per (what, whom, date), then send.

Recording and sending are two steps. `verzamel` records every reminder that is due today in
one transaction; the unique key on Herinnering turns a second run into a no-op. `verstuur`
takes unsent rows one at a time under a row lock, puts them in the person's list, mails them,
and marks them sent in the same transaction: a run killed half-way leaves the rest unsent
for the next run, and two workers never take the same row. A row whose mail fails gets the
reason on it and is tried again later, ever less often, while the others go out.
"""

import datetime
import logging
import smtplib
from collections import defaultdict
from contextlib import contextmanager
from dataclasses import dataclass, field

from django.conf import settings
from django.core.mail import BadHeaderError, EmailMessage, get_connection
from django.db import connection, transaction
from django.db.models import F
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.translation import gettext, ngettext

from core.mail import onderwerpregel
from cyclus.models import Borging, SchoolInstellingen, Speerpunt, Stap, Status
from monitoring.models import Monitormoment, Respons
from plg.models import Actiepunt, Bijeenkomst, PLGLid
from scholen.models import Lidmaatschap, Rol, lid_van_school
from verbeterplan.models import Actie

from .models import DigestRitme, Herinnering, Melding, Soort, Voorkeuren

# How long before its date a borging evaluation is announced, and when a speerpunt without
# activity counts as stalling in the digest of a school that has not set its own measure.
EVALUATIE_VOORUIT = datetime.timedelta(days=7)
STIL_NA_WEKEN = 4
ZONDER_MONITORING_NA = datetime.timedelta(weeks=8)
CHUNK = 500

logger = logging.getLogger(__name__)

# The mail server cannot be reached or refuses us as sender: no reminder is to blame, so the
# run stops without counting a failed attempt on any row, and the task's own retry comes back.
SERVER_ONBEREIKBAAR = (
    smtplib.SMTPServerDisconnected,
    smtplib.SMTPConnectError,
    smtplib.SMTPHeloError,
    smtplib.SMTPAuthenticationError,
    smtplib.SMTPNotSupportedError,
    smtplib.SMTPSenderRefused,
)


def _lopend(cyclus: str) -> dict:
    """Filter for things of a cycle that still runs, of a speerpunt that is active: a parked
    or closed speerpunt, or a cycle already evaluated, asks nothing of anyone."""
    return {
        f"{cyclus}__afgesloten_op__isnull": True,
        f"{cyclus}__speerpunt__status": Status.ACTIEF,
    }


def _datum(dag: datetime.date) -> str:
    return date_format(dag, "j F Y")


def _herinnering(soort, sleutel, user_id, datum, titel, tekst, url, school_id) -> Herinnering:
    return Herinnering(
        soort=soort,
        sleutel=sleutel,
        user_id=user_id,
        school_id=school_id,
        datum=datum,
        titel=titel[:200],
        tekst=tekst,
        url=url,
    )


def _monitormomenten(vandaag) -> list[Herinnering]:
    """Who still has to answer an open moment: when it opens, and the day before it closes."""
    momenten = list(
        Monitormoment.objects.open(vandaag)
        .filter(**_lopend("cyclus"))
        .select_related("cyclus__speerpunt")
    )
    if not momenten:
        return []
    speerpunt_ids = {m.cyclus.speerpunt_id for m in momenten}
    plg_leden = defaultdict(set)
    for speerpunt_id, user_id in PLGLid.objects.filter(
        plg__speerpunt_id__in=speerpunt_ids
    ).values_list("plg__speerpunt_id", "user_id"):
        plg_leden[speerpunt_id].add(user_id)
    teamleden = defaultdict(set)
    doorgaand = Monitormoment.teamleden.through.objects.filter(
        monitormoment_id__in=[m.pk for m in momenten]
    )
    for moment_id, user_id in doorgaand.values_list("monitormoment_id", "user_id"):
        teamleden[moment_id].add(user_id)
    beantwoord = defaultdict(set)
    for moment_id, user_id in Respons.objects.filter(
        monitormoment_id__in=[m.pk for m in momenten]
    ).values_list("monitormoment_id", "user_id"):
        beantwoord[moment_id].add(user_id)

    herinneringen = []
    for moment in momenten:
        speerpunt = moment.cyclus.speerpunt
        wie = (plg_leden[speerpunt.pk] | teamleden[moment.pk]) - beantwoord[moment.pk]
        url = reverse("monitoring:moment", args=[speerpunt.school_id, moment.pk])
        momenten_nu = [
            (
                Soort.MONITORING_OPEN,
                moment.datum,
                gettext("Monitormoment “%(titel)s” staat open") % {"titel": moment.titel},
            )
        ]
        if moment.sluitdatum and moment.sluitdatum - datetime.timedelta(days=1) <= vandaag:
            momenten_nu.append(
                (
                    Soort.MONITORING_SLUIT,
                    moment.sluitdatum,
                    gettext("Monitormoment “%(titel)s” sluit op %(datum)s")
                    % {"titel": moment.titel, "datum": _datum(moment.sluitdatum)},
                )
            )
        tekst = gettext(
            "Voor het speerpunt “%(speerpunt)s” horen we graag hoe de aanpak in jouw praktijk "
            "loopt. Het invullen kost een paar minuten."
        ) % {"speerpunt": speerpunt.titel}
        for soort, datum, titel in momenten_nu:
            herinneringen += [
                _herinnering(
                    soort,
                    f"monitormoment:{moment.pk}",
                    user_id,
                    datum,
                    titel,
                    tekst,
                    url,
                    speerpunt.school_id,
                )
                for user_id in wie
            ]
    return herinneringen


def _acties(vandaag) -> list[Herinnering]:
    """Open actions past their deadline, to their owner (once per deadline)."""
    herinneringen = []
    actiepunten = (
        Actiepunt.objects.achterstallig(vandaag)
        .filter(eigenaar__isnull=False, plg__speerpunt__status=Status.ACTIEF)
        .select_related("plg__speerpunt")
    )
    for actie in actiepunten:
        herinneringen.append(
            _herinnering(
                Soort.ACTIE_TE_LAAT,
                f"actiepunt:{actie.pk}",
                actie.eigenaar_id,
                actie.deadline,
                gettext("Actie over de deadline: %(wat)s") % {"wat": actie.wat},
                gettext(
                    "Deze actie uit de PLG “%(plg)s” had op %(datum)s klaar moeten zijn. Vink "
                    "haar af als ze klaar is, of spreek in de PLG een nieuwe datum af."
                )
                % {"plg": actie.plg.naam, "datum": _datum(actie.deadline)},
                reverse("mijn_werk"),
                actie.plg.speerpunt.school_id,
            )
        )
    plan_acties = (
        Actie.objects.over_deadline(vandaag)
        .filter(eigenaar__isnull=False, **_lopend("plan__cyclus"))
        .select_related("plan__cyclus__speerpunt")
    )
    for actie in plan_acties:
        speerpunt = actie.plan.cyclus.speerpunt
        herinneringen.append(
            _herinnering(
                Soort.ACTIE_TE_LAAT,
                f"planactie:{actie.pk}",
                actie.eigenaar_id,
                actie.deadline,
                gettext("Actie over de deadline: %(wat)s") % {"wat": actie.wat},
                gettext(
                    "Deze actie uit het verbeterplan van “%(speerpunt)s” had op %(datum)s klaar "
                    "moeten zijn. Zet haar op klaar als ze af is, of pas de planning aan."
                )
                % {"speerpunt": speerpunt.titel, "datum": _datum(actie.deadline)},
                reverse("verbeterplan:plan", args=[speerpunt.school_id, actie.plan_id]),
                speerpunt.school_id,
            )
        )
    return herinneringen


def _bijeenkomsten(vandaag) -> list[Herinnering]:
    """Every member of a PLG that meets tomorrow."""
    morgen = vandaag + datetime.timedelta(days=1)
    herinneringen = []
    bijeenkomsten = Bijeenkomst.objects.filter(start__date=morgen).select_related("plg__speerpunt")
    for bijeenkomst in bijeenkomsten:
        start = timezone.localtime(bijeenkomst.start)
        url = reverse(
            "plg:bijeenkomst",
            args=[bijeenkomst.plg.speerpunt.school_id, bijeenkomst.plg_id, bijeenkomst.pk],
        )
        titel = gettext("Morgen komt de PLG “%(plg)s” bij elkaar") % {"plg": bijeenkomst.plg.naam}
        tekst = gettext("De bijeenkomst begint om %(tijd)s%(plaats)s.") % {
            "tijd": start.strftime("%H:%M"),
            "plaats": f", {bijeenkomst.plaats}" if bijeenkomst.plaats else "",
        }
        herinneringen += [
            _herinnering(
                Soort.BIJEENKOMST,
                f"bijeenkomst:{bijeenkomst.pk}",
                user_id,
                morgen,
                titel,
                tekst,
                url,
                bijeenkomst.plg.speerpunt.school_id,
            )
            for user_id in bijeenkomst.plg.leden.values_list("user_id", flat=True)
        ]
    return herinneringen


def _borgingen(vandaag) -> list[Herinnering]:
    """The borger and the speerpunt's owner, a week before the evaluation date."""
    herinneringen = []
    borgingen = Borging.objects.filter(
        evaluatiedatum__gte=vandaag,
        evaluatiedatum__lte=vandaag + EVALUATIE_VOORUIT,
        **_lopend("cyclus"),
    ).select_related("cyclus__speerpunt")
    for borging in borgingen:
        speerpunt = borging.cyclus.speerpunt
        titel = gettext("Evaluatie van “%(speerpunt)s” op %(datum)s") % {
            "speerpunt": speerpunt.titel,
            "datum": _datum(borging.evaluatiedatum),
        }
        tekst = gettext(
            "Werkt de aanpak nog, en willen we hem nog? Bereid de evaluatie voor met de "
            "monitoring en de afspraak “Zo werken wij”."
        )
        url = reverse("monitoring:speerpunt", args=[speerpunt.school_id, speerpunt.pk])
        wie = {borging.borger_id, speerpunt.eigenaar_id} - {None}
        herinneringen += [
            _herinnering(
                Soort.BORGING_EVALUATIE,
                f"borging:{borging.pk}",
                user_id,
                borging.evaluatiedatum,
                titel,
                tekst,
                url,
                speerpunt.school_id,
            )
            for user_id in wie
        ]
    return herinneringen


def digest_periode(ritme: str, vandaag) -> datetime.date | None:
    """The first day of the digest period `vandaag` falls in; one digest per period."""
    maandag = vandaag - datetime.timedelta(days=vandaag.weekday())
    if ritme == DigestRitme.WEKELIJKS:
        return maandag
    if ritme == DigestRitme.TWEEWEKELIJKS:
        return maandag - datetime.timedelta(weeks=maandag.isocalendar().week % 2)
    if ritme == DigestRitme.MAANDELIJKS:
        return vandaag.replace(day=1)
    return None


@dataclass
class Digest:
    stil_na_weken: int = 4
    stil: list = field(default_factory=list)
    zonder_monitoring: list = field(default_factory=list)
    te_laat: dict = field(default_factory=dict)

    def __bool__(self):
        return bool(self.stil or self.zonder_monitoring or self.te_laat)

    def titel(self, school_naam: str) -> str:
        punten = []
        if self.stil:
            punten.append(
                ngettext(
                    "%(aantal)s speerpunt staat stil",
                    "%(aantal)s speerpunten staan stil",
                    len(self.stil),
                )
                % {"aantal": len(self.stil)}
            )
        if self.zonder_monitoring:
            punten.append(
                ngettext(
                    "%(aantal)s zonder recente monitoring",
                    "%(aantal)s zonder recente monitoring",
                    len(self.zonder_monitoring),
                )
                % {"aantal": len(self.zonder_monitoring)}
            )
        te_laat = sum(self.te_laat.values())
        if te_laat:
            punten.append(
                ngettext(
                    "%(aantal)s actie over de deadline",
                    "%(aantal)s acties over de deadline",
                    te_laat,
                )
                % {"aantal": te_laat}
            )
        return gettext("Overzicht van %(school)s: %(punten)s") % {
            "school": school_naam,
            "punten": ", ".join(punten),
        }

    def tekst(self) -> str:
        blokken = []
        if self.stil:
            kop = ngettext(
                "Hier gebeurt al %(weken)s week niets:",
                "Hier gebeurt al %(weken)s weken of langer niets:",
                self.stil_na_weken,
            ) % {"weken": self.stil_na_weken}
            regels = [
                gettext("- %(titel)s (stap %(stap)s, laatste activiteit %(datum)s)")
                % {
                    "titel": s.titel,
                    "stap": s.stap,
                    "datum": _datum(timezone.localdate(s.laatste_activiteit)),
                }
                for s in self.stil
            ]
            blokken.append("\n".join([kop, *regels]))
        if self.zonder_monitoring:
            kop = gettext(
                "In stap 4 (uitvoeren, monitoren en bijstellen), maar zonder monitormoment in de "
                "afgelopen acht weken:"
            )
            blokken.append("\n".join([kop, *(f"- {s.titel}" for s in self.zonder_monitoring)]))
        if self.te_laat:
            kop = gettext("Acties waarvan de deadline voorbij is, per speerpunt:")
            regels = [
                ngettext(
                    "- %(speerpunt)s: %(aantal)s actie",
                    "- %(speerpunt)s: %(aantal)s acties",
                    aantal,
                )
                % {"speerpunt": titel, "aantal": aantal}
                for titel, aantal in sorted(self.te_laat.items())
            ]
            blokken.append("\n".join([kop, *regels]))
        blokken.append(
            gettext("Op het dashboard zie je per speerpunt waar het staat en wie de kartrekker is.")
        )
        return "\n\n".join(blokken)


def stand_van_school(school_id, vandaag) -> Digest:
    """What a schoolleider should look at: stalling speerpunten and overdue items."""
    speerpunten = list(
        Speerpunt.objects.filter(school_id=school_id, status=Status.ACTIEF).order_by(
            "volgorde", "pk"
        )
    )
    # The same measure of stalling as the school's dashboard.
    instellingen = SchoolInstellingen.objects.filter(school_id=school_id).first()
    weken = instellingen.stil_na_weken if instellingen else STIL_NA_WEKEN
    grens = timezone.now() - datetime.timedelta(weeks=weken)
    recent = set(
        Monitormoment.objects.filter(
            cyclus__speerpunt__school_id=school_id,
            datum__gte=vandaag - ZONDER_MONITORING_NA,
        ).values_list("cyclus__speerpunt_id", flat=True)
    )
    digest = Digest(
        stil_na_weken=weken,
        stil=[s for s in speerpunten if s.laatste_activiteit < grens],
        zonder_monitoring=[
            s for s in speerpunten if s.stap == Stap.UITVOERING and s.pk not in recent
        ],
    )
    titels = {s.pk: s.titel for s in speerpunten}
    te_laat = defaultdict(int)
    for speerpunt_id in (
        Actiepunt.objects.achterstallig(vandaag)
        .filter(plg__speerpunt_id__in=titels)
        .values_list("plg__speerpunt_id", flat=True)
    ):
        te_laat[titels[speerpunt_id]] += 1
    for speerpunt_id in (
        Actie.objects.over_deadline(vandaag)
        .filter(plan__cyclus__speerpunt_id__in=titels, plan__cyclus__afgesloten_op__isnull=True)
        .values_list("plan__cyclus__speerpunt_id", flat=True)
    ):
        te_laat[titels[speerpunt_id]] += 1
    digest.te_laat = dict(te_laat)
    return digest


def _digests(vandaag, ritmes: dict[int, str]) -> list[Herinnering]:
    herinneringen = []
    standen: dict[int, Digest] = {}
    schoolleiders = Lidmaatschap.objects.filter(
        rol=Rol.SCHOOLLEIDER, user__is_active=True
    ).values_list("user_id", "school_id", "school__naam")
    for user_id, school_id, school_naam in schoolleiders:
        periode = digest_periode(ritmes.get(user_id, DigestRitme.WEKELIJKS), vandaag)
        if periode is None:
            continue
        if school_id not in standen:
            standen[school_id] = stand_van_school(school_id, vandaag)
        stand = standen[school_id]
        if not stand:
            continue
        herinneringen.append(
            _herinnering(
                Soort.DIGEST,
                f"school:{school_id}",
                user_id,
                periode,
                stand.titel(school_naam),
                stand.tekst(),
                reverse("cyclus:dashboard", args=[school_id]),
                school_id,
            )
        )
    return herinneringen


def _voor_medewerkers(herinneringen: list[Herinnering]) -> list[Herinnering]:
    """Only reminders for people who still work at the school they are about: a PLG
    membership, an action or a borging that a leaver left behind reminds nobody."""
    huidig = set(
        Lidmaatschap.objects.filter(user__is_active=True).values_list("user_id", "school_id")
    )
    return [h for h in herinneringen if (h.user_id, h.school_id) in huidig]


def verzamel(vandaag: datetime.date | None = None) -> int:
    """Records every reminder that is due on `vandaag`; returns how many were new."""
    vandaag = vandaag or timezone.localdate()
    voorkeuren = dict(Voorkeuren.objects.values_list("user_id", "email_uit"))
    ritmes = dict(Voorkeuren.objects.values_list("user_id", "digest_ritme"))
    with translation.override(settings.LANGUAGE_CODE):
        kandidaten = [
            *_monitormomenten(vandaag),
            *_acties(vandaag),
            *_bijeenkomsten(vandaag),
            *_borgingen(vandaag),
            *_digests(vandaag, ritmes),
        ]
    kandidaten = _voor_medewerkers(kandidaten)
    for herinnering in kandidaten:
        herinnering.per_email = herinnering.soort not in voorkeuren.get(herinnering.user_id, [])
    with transaction.atomic():
        voor = Herinnering.objects.count()
        Herinnering.objects.bulk_create(kandidaten, ignore_conflicts=True, batch_size=CHUNK)
        return Herinnering.objects.count() - voor


def _email(herinnering: Herinnering, verbinding) -> EmailMessage:
    instellingen = settings.SITE_URL + reverse("meldingen:instellingen")
    voornaam = herinnering.user.naam.split(" ")[0] if herinnering.user.naam else ""
    body = "\n\n".join(
        [
            gettext("Hallo %(naam)s,") % {"naam": voornaam} if voornaam else gettext("Hallo,"),
            herinnering.tekst,
            settings.SITE_URL + herinnering.url,
            "-- \n"
            + gettext("Je krijgt deze e-mail van Koers. Kies welke e-mail je wilt op %(url)s")
            % {"url": instellingen},
        ]
    )
    return EmailMessage(
        onderwerpregel(herinnering.titel), body, to=[herinnering.user.email], connection=verbinding
    )


def _server_onbereikbaar(fout: Exception) -> bool:
    # Every SMTP error is an OSError too; a bare OSError is the network (refused, timed out).
    return isinstance(fout, SERVER_ONBEREIKBAAR) or (
        isinstance(fout, OSError) and not isinstance(fout, smtplib.SMTPException)
    )


def _reden(fout: Exception) -> str:
    """Why a mail failed, in words a beheerder can act on."""
    if isinstance(fout, BadHeaderError):
        return gettext(
            "De onderwerpregel of het adres bevat een regeleinde; zo kan de e-mail niet weg."
        )
    if isinstance(fout, smtplib.SMTPRecipientsRefused):
        return gettext("De mailserver weigert het adres %(adres)s.") % {
            "adres": ", ".join(fout.recipients)
        }
    if isinstance(fout, smtplib.SMTPResponseException):
        melding = fout.smtp_error
        if isinstance(melding, bytes):
            melding = melding.decode(errors="replace")
        return gettext("De mailserver weigert het bericht (code %(code)s: %(melding)s).") % {
            "code": fout.smtp_code,
            "melding": melding,
        }
    return gettext("Onverwachte fout bij het versturen: %(soort)s: %(melding)s") % {
        "soort": type(fout).__name__,
        "melding": fout,
    }


def verstuur_een(herinnering_id: int, verbinding) -> bool:
    """Sends one recorded reminder if no one else has; True when this call sent it. When its
    mail fails, the reason and the next attempt are recorded on the row instead; a mail server
    that cannot be reached is raised to the caller, with the row left as it was."""
    with transaction.atomic():
        # Two workers sending at once: the second skips the row the first holds, and a row
        # already marked sent is not taken again.
        herinnering = (
            Herinnering.objects.aan_de_beurt()
            .select_for_update(skip_locked=True, of=("self",))
            .select_related("user")
            .filter(pk=herinnering_id)
            .first()
        )
        if herinnering is None:
            return False
        try:
            # The notification and the mail go or fail together, so a later attempt does not
            # leave a second notification in the person's list.
            with transaction.atomic():
                Melding.objects.create(
                    user=herinnering.user,
                    school_id=herinnering.school_id,
                    soort=herinnering.soort,
                    titel=herinnering.titel,
                    tekst=herinnering.tekst,
                    url=herinnering.url,
                )
                if herinnering.per_email and herinnering.user.is_active and herinnering.user.email:
                    _email(herinnering, verbinding).send()
        except Exception as fout:
            if _server_onbereikbaar(fout):
                raise
            logger.warning("Herinnering %s niet verstuurd", herinnering.pk, exc_info=True)
            herinnering.poging_mislukt(_reden(fout))
            return False
        herinnering.verstuurd()
    return True


@contextmanager
def zonder_wachten_op_schijf():
    """One commit per e-mail is what makes a killed worker lose nothing, but waiting for the
    disk on each of them makes a large run slow. On PostgreSQL each commit stays atomic and
    visible at once; only a crash of the database server itself within a fraction of a second
    could undo the last marks, and then those few mails go out again."""
    if connection.vendor != "postgresql":
        yield
        return
    with connection.cursor() as cursor:
        cursor.execute("SET synchronous_commit TO OFF")
    try:
        yield
    finally:
        with connection.cursor() as cursor:
            cursor.execute("RESET synchronous_commit")


def _ids(sleutels, soort: str) -> set[int]:
    return {int(sleutel.split(":", 1)[1]) for sleutel in sleutels if sleutel.startswith(soort)}


def vervallen(rijen, vandaag) -> set[int]:
    """The reminders among `rijen` (pk, soort, sleutel, user_id, datum) that nobody needs any
    more: between recording and sending, the person answered the moment or finished the
    action, the meeting, deadline or evaluation date moved (which is a reminder of its own),
    or the person left the school or was deactivated.
    A handful of queries per batch, whatever its size."""
    pks = {pk for pk, *_rest in rijen}
    nog_medewerker = set(
        Herinnering.objects.filter(pk__in=pks)
        .filter(lid_van_school("school", F("user")))
        .values_list("pk", flat=True)
    )
    sleutels = {sleutel for _pk, _soort, sleutel, _user, _datum in rijen}
    momenten = _ids(sleutels, "monitormoment:")
    nog_open = {
        pk: {Soort.MONITORING_OPEN: datum, Soort.MONITORING_SLUIT: sluitdatum}
        for pk, datum, sluitdatum in Monitormoment.objects.open(vandaag)
        .filter(pk__in=momenten, **_lopend("cyclus"))
        .values_list("pk", "datum", "sluitdatum")
    }
    beantwoord = set(
        Respons.objects.filter(monitormoment_id__in=momenten).values_list(
            "monitormoment_id", "user_id"
        )
    )
    actiepunten = dict(
        Actiepunt.objects.open()
        .filter(pk__in=_ids(sleutels, "actiepunt:"), plg__speerpunt__status=Status.ACTIEF)
        .values_list("pk", "deadline")
    )
    plan_acties = dict(
        Actie.objects.open()
        .filter(pk__in=_ids(sleutels, "planactie:"), **_lopend("plan__cyclus"))
        .values_list("pk", "deadline")
    )
    bijeenkomsten = {
        pk: timezone.localdate(start)
        for pk, start in Bijeenkomst.objects.filter(
            pk__in=_ids(sleutels, "bijeenkomst:")
        ).values_list("pk", "start")
    }
    borgingen = dict(
        Borging.objects.filter(pk__in=_ids(sleutels, "borging:"), **_lopend("cyclus")).values_list(
            "pk", "evaluatiedatum"
        )
    )
    weg = pks - nog_medewerker
    for pk, soort, sleutel, user_id, datum in rijen:
        wat, _sep, nummer = sleutel.partition(":")
        if wat == "school":
            continue
        obj_id = int(nummer)
        if wat == "monitormoment":
            klaar = nog_open.get(obj_id, {}).get(soort) != datum or (obj_id, user_id) in beantwoord
        elif wat == "actiepunt":
            klaar = actiepunten.get(obj_id) != datum
        elif wat == "planactie":
            klaar = plan_acties.get(obj_id) != datum
        elif wat == "bijeenkomst":
            klaar = bijeenkomsten.get(obj_id) != datum
        else:
            klaar = borgingen.get(obj_id) != datum
        if klaar:
            weg.add(pk)
    return weg


def verstuur(alleen=None) -> int:
    """Sends every recorded reminder that is due and still needed (or only those among the
    ids in `alleen`); returns how many this run sent. A reminder whose mail fails is recorded
    as such and the run goes on with the next; a mail server that cannot be reached stops the
    run with the failing row untouched."""
    rijen_te_doen = Herinnering.objects.aan_de_beurt()
    if alleen is not None:
        rijen_te_doen = rijen_te_doen.filter(pk__in=alleen)
    verstuurd = 0
    gezien = 0
    taal = translation.override(settings.LANGUAGE_CODE)
    with get_connection() as verbinding, zonder_wachten_op_schijf(), taal:
        while True:
            rijen = list(
                rijen_te_doen.filter(pk__gt=gezien)
                .order_by("pk")
                .values_list("pk", "soort", "sleutel", "user_id", "datum")[:CHUNK]
            )
            if not rijen:
                return verstuurd
            weg = vervallen(rijen, timezone.localdate())
            Herinnering.objects.filter(pk__in=weg).update(vervallen=True)
            for herinnering_id, *_rest in rijen:
                if herinnering_id not in weg:
                    verstuurd += verstuur_een(herinnering_id, verbinding)
            gezien = rijen[-1][0]
