"""Reminders: find what is due, record one row per (source, object, kind, whom, date), then
send.

Recording and sending are two steps. `verzamel` asks every registered source (bronnen.py) what
is due today and records it all in one transaction; the unique key on Herinnering turns a
second run into a no-op. Sending (verzenden.py) takes the recorded rows that are still due.
"""

import datetime

from django.conf import settings
from django.db import transaction
from django.utils import timezone, translation

from scholen.models import Lidmaatschap

from .bronnen import BRONNEN
from .models import Herinnering, Voorkeuren

# Rows inserted per statement.
PER_INSERT = 500


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
    email_uit = dict(Voorkeuren.objects.values_list("user_id", "email_uit"))
    with translation.override(settings.LANGUAGE_CODE):
        kandidaten = [h for bron in BRONNEN.values() for h in bron.verzamel(vandaag)]
    kandidaten = _voor_medewerkers(kandidaten)
    for herinnering in kandidaten:
        herinnering.per_email = herinnering.soort not in email_uit.get(herinnering.user_id, [])
    with transaction.atomic():
        voor = Herinnering.objects.count()
        Herinnering.objects.bulk_create(kandidaten, ignore_conflicts=True, batch_size=PER_INSERT)
        return Herinnering.objects.count() - voor
