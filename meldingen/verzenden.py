"""Sending recorded reminders: each goes into the person's list and, if they want it, by mail.

`verstuur` works in chunks. One short transaction claims a chunk of due rows: rows another
worker is claiming at that moment are skipped (SELECT ... FOR UPDATE SKIP LOCKED), the rows
nobody needs any more are set aside (the sources in bronnen.py say which), and the rest are
marked as being sent by this run, so no other run takes them. The chunk then goes out over one
mail connection, and each reminder is marked sent right after its mail, in one statement that
commits at once: a run killed half-way leaves what it sent marked and the rest of its chunk
claimed, and those go out once the claim has run out (Herinnering.VERZENDTIJD). Only the one
mail in flight at the moment of a crash can go twice. The notifications in the people's lists
follow per chunk, written from those marks (`zet_in_lijst`), so a killed run loses none.
A row whose mail fails gets the reason on it and is tried again later, ever less often, while
the others go out.
"""

import logging
import smtplib
from collections import defaultdict
from contextlib import contextmanager

from django.conf import settings
from django.core.mail import BadHeaderError, EmailMessage, get_connection
from django.db import connection, transaction
from django.db.models import F
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext

from core.mail import onderwerpregel
from scholen.models import lid_van_school

from .bronnen import BRONNEN, Rij
from .models import Herinnering, Melding

# Rows claimed, checked and sent per chunk.
PER_RONDE = 200

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


def _verstuur_een(herinnering: Herinnering, verbinding) -> bool:
    """Sends one claimed reminder; True when it went. When its mail fails, the reason and the
    next attempt are recorded on the row instead; a mail server that cannot be reached is
    raised to the caller, with the row left as it was."""
    try:
        if herinnering.per_email and herinnering.user.is_active and herinnering.user.email:
            _email(herinnering, verbinding).send()
    except Exception as fout:
        if _server_onbereikbaar(fout):
            raise
        logger.warning("Herinnering %s niet verstuurd", herinnering.pk, exc_info=True)
        herinnering.poging_mislukt(_reden(fout))
        return False
    # One statement, committed at once: whatever becomes of this run after it, this reminder
    # is not sent again. A crash between the mail and this line is the one case in which a
    # mail can go twice.
    herinnering.verstuurd()
    return True


def zet_in_lijst() -> int:
    """Writes the notification of every sent reminder that has none yet into the person's
    list; returns how many. The notification and the end of the row's flag are one
    transaction, and a second worker skips the rows the first holds, so each reminder gets
    exactly one notification, also when the run that sent it died before writing it."""
    gemaakt = 0
    while True:
        with transaction.atomic():
            rijen = list(
                Herinnering.objects.filter(melding_nog_maken=True)
                .select_for_update(skip_locked=True)
                .order_by("pk")[:PER_RONDE]
            )
            if not rijen:
                return gemaakt
            Melding.objects.bulk_create(
                Melding(
                    user_id=herinnering.user_id,
                    school_id=herinnering.school_id,
                    soort=herinnering.soort,
                    titel=herinnering.titel,
                    tekst=herinnering.tekst,
                    url=herinnering.url,
                    created_at=herinnering.verstuurd_op,
                )
                for herinnering in rijen
            )
            Herinnering.objects.filter(pk__in=[h.pk for h in rijen]).update(melding_nog_maken=False)
        gemaakt += len(rijen)


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


def vervallen(rijen, vandaag) -> set[int]:
    """The reminders among `rijen` (pk, bron, soort, object_id, user_id, datum) that nobody
    needs any more: the person left the school or was deactivated, or the reminder's source
    says it is no longer due (the person answered the moment or finished the action, or the
    date moved). A handful of queries per batch, whatever its size."""
    pks = {pk for pk, *_rest in rijen}
    nog_medewerker = set(
        Herinnering.objects.filter(pk__in=pks)
        .filter(lid_van_school("school", F("user")))
        .values_list("pk", flat=True)
    )
    weg = pks - nog_medewerker
    per_bron = defaultdict(list)
    for pk, bron, soort, object_id, user_id, datum in rijen:
        per_bron[bron].append(Rij(pk, soort, object_id, user_id, datum))
    for bron, eigen in per_bron.items():
        # Only a hand-made row the key conversion could not name (meldingen 0003) has no
        # registered source to ask; like the digest, it lapses only with the person's job.
        if bron in BRONNEN:
            weg |= BRONNEN[bron].vervallen(eigen, vandaag)
    return weg


def _neem(rijen_te_doen, gezien: int, vandaag) -> tuple[list[Herinnering], int] | None:
    """Claims the next chunk of due rows after pk `gezien`: returns the rows to send, with their
    person, and the last pk looked at; None when nothing is left."""
    with transaction.atomic():
        # Two workers sending at once: the second skips the rows the first is claiming now,
        # and no longer sees the rows the first has claimed.
        rijen = list(
            rijen_te_doen.filter(pk__gt=gezien)
            .select_for_update(skip_locked=True, of=("self",))
            .select_related("user")
            .order_by("pk")[:PER_RONDE]
        )
        if not rijen:
            return None
        weg = vervallen(
            [(h.pk, h.bron, h.soort, h.object_id, h.user_id, h.datum) for h in rijen], vandaag
        )
        Herinnering.objects.filter(pk__in=weg).update(vervallen=True)
        nemen = [h for h in rijen if h.pk not in weg]
        Herinnering.objects.filter(pk__in=[h.pk for h in nemen]).zet_in_verzending()
    return nemen, rijen[-1].pk


def _verstuur_chunk(herinneringen: list[Herinnering]) -> int:
    """Sends a claimed chunk over one mail connection; returns how many went. What it does
    not get to it hands back to the next run: all of it when the mail server cannot be
    reached (raised on), and the rest when sending took so long that its claim would soon run
    out, so that no other run takes a row this one is still sending."""
    uiterlijk = timezone.now() + Herinnering.VERZENDTIJD / 2
    verstuurd = 0
    klaar = 0
    try:
        with get_connection() as verbinding:
            for herinnering in herinneringen:
                if timezone.now() >= uiterlijk:
                    break
                verstuurd += _verstuur_een(herinnering, verbinding)
                klaar += 1
    finally:
        Herinnering.objects.filter(pk__in=[h.pk for h in herinneringen[klaar:]]).geef_vrij()
        zet_in_lijst()
    return verstuurd


def verstuur(alleen=None) -> int:
    """Sends every recorded reminder that is due and still needed (or only those among the
    ids in `alleen`); returns how many this run sent. A reminder whose mail fails is recorded
    as such and the run goes on with the next; a mail server that cannot be reached stops the
    run with the rows it had not sent untouched."""
    rijen_te_doen = Herinnering.objects.aan_de_beurt()
    if alleen is not None:
        rijen_te_doen = rijen_te_doen.filter(pk__in=alleen)
    verstuurd = 0
    gezien = 0
    with zonder_wachten_op_schijf(), translation.override(settings.LANGUAGE_CODE):
        while chunk := _neem(rijen_te_doen, gezien, timezone.localdate()):
            herinneringen, gezien = chunk
            verstuurd += _verstuur_chunk(herinneringen)
        # What a run that died after its mails left unwritten.
        zet_in_lijst()
    return verstuurd
