"""Migration 0005 renames the action fields; stored plan versions, queued PDF documents and the
audit trail keep the old keys unless the migration renames them too."""

import datetime
import importlib

import pytest
from auditlog.models import LogEntry
from django.apps import apps

from verbeterplan.models import ActieStatus, PlanVersie
from verbeterplan.tests.factories import ActieFactory

migratie = importlib.import_module("verbeterplan.migrations.0005_person_fields_in_english")

pytestmark = pytest.mark.django_db


def _oude_actie(actie) -> dict:
    nieuw = actie.als_dict()
    return {
        {"owner": "eigenaar", "owner_text": "eigenaar_tekst"}.get(k, k): v for k, v in nieuw.items()
    }


def test_a_version_stored_with_the_old_keys_reads_like_a_new_snapshot(volledig_plan):
    oud = volledig_plan.snapshot()
    oud["acties"] = [_oude_actie(a) for a in volledig_plan.acties.all()]
    versie = PlanVersie.objects.create(plan=volledig_plan, nummer=1, inhoud=oud)
    migratie.forwards(apps, None)
    versie.refresh_from_db()
    assert versie.inhoud == volledig_plan.snapshot()
    assert all("owner" in a and "eigenaar" not in a for a in versie.inhoud["acties"])


def test_the_audit_trail_of_an_action_names_the_renamed_field(volledig_plan, kartrekker):
    actie = ActieFactory(
        plan=volledig_plan, status=ActieStatus.OPEN, deadline=datetime.date(2026, 9, 1)
    )
    entry = LogEntry.objects.get_for_object(actie).latest("pk")
    entry.changes = {"eigenaar": ["None", str(kartrekker.pk)], "wat": ["", actie.wat]}
    entry.save(update_fields=["changes"])
    migratie.forwards(apps, None)
    entry.refresh_from_db()
    assert set(entry.changes) == {"owner", "wat"}
    migratie.backwards(apps, None)
    entry.refresh_from_db()
    assert set(entry.changes) == {"eigenaar", "wat"}
