"""Sending recorded reminders: each goes into the person's list and, if they want it, by mail.

`verstuur` takes unsent rows one at a time under a row lock, puts them in the person's list,
mails them, and marks them sent in the same transaction: a run killed half-way leaves the rest
unsent for the next run, and two workers never take the same row. Before sending, each batch
asks the sources (bronnen.py) which of their rows nobody needs any more. A row whose mail
fails gets the reason on it and is tried again later, ever less often, while the others go
out.
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

# Rows read, checked and sent per batch.
PER_RONDE = 500

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
                .values_list("pk", "bron", "soort", "object_id", "user_id", "datum")[:PER_RONDE]
            )
            if not rijen:
                return verstuurd
            weg = vervallen(rijen, timezone.localdate())
            Herinnering.objects.filter(pk__in=weg).update(vervallen=True)
            for herinnering_id, *_rest in rijen:
                if herinnering_id not in weg:
                    verstuurd += verstuur_een(herinnering_id, verbinding)
            gezien = rijen[-1][0]
