from django.conf import settings
from django.db import migrations

ACTIE_KEYS = {"eigenaar": "owner", "eigenaar_tekst": "owner_text"}
# The audit trail keeps field names as keys of its changes; renamed along with the fields so
# the changes page keeps showing the field's label for older entries.
AUDIT_RENAMES = {
    ("verbeterplan", "actie"): ACTIE_KEYS,
    ("verbeterplan", "besluit"): {"vastgelegd_door": "created_by"},
}


def _renamed(item: dict, renames: dict) -> dict:
    return {renames.get(k, k): v for k, v in item.items()}


def _with_renamed_actions(document, renames: dict):
    """A plan snapshot (a version, or a PDF's document) with its actions' keys renamed; the
    same object when there is nothing to rename."""
    if not isinstance(document, dict) or not isinstance(document.get("acties"), list):
        return document
    acties = [_renamed(a, renames) if isinstance(a, dict) else a for a in document["acties"]]
    if acties == document["acties"]:
        return document
    return {**document, "acties": acties}


def _rename_snapshots(apps, renames: dict):
    for model_name, field in (("PlanVersie", "inhoud"), ("PdfExport", "document")):
        model = apps.get_model("verbeterplan", model_name)
        changed = []
        for row in model.objects.only("pk", field).iterator():
            document = getattr(row, field)
            renamed = _with_renamed_actions(document, renames)
            if renamed is not document:
                setattr(row, field, renamed)
                changed.append(row)
        model.objects.bulk_update(changed, [field], batch_size=500)


def _rename_audit_keys(apps, reverse: bool):
    ContentType = apps.get_model("contenttypes", "ContentType")
    LogEntry = apps.get_model("auditlog", "LogEntry")
    for (app_label, model), renames in AUDIT_RENAMES.items():
        if reverse:
            renames = {new: old for old, new in renames.items()}
        content_type = ContentType.objects.filter(app_label=app_label, model=model).first()
        if content_type is None:
            continue
        changed = []
        for entry in LogEntry.objects.filter(content_type=content_type).iterator():
            if isinstance(entry.changes, dict) and renames.keys() & entry.changes.keys():
                entry.changes = _renamed(entry.changes, renames)
                changed.append(entry)
        LogEntry.objects.bulk_update(changed, ["changes"], batch_size=500)


def forwards(apps, schema_editor):
    _rename_snapshots(apps, ACTIE_KEYS)
    _rename_audit_keys(apps, reverse=False)


def backwards(apps, schema_editor):
    _rename_snapshots(apps, {new: old for old, new in ACTIE_KEYS.items()})
    _rename_audit_keys(apps, reverse=True)


class Migration(migrations.Migration):
    dependencies = [
        ("auditlog", "0017_add_actor_email"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("verbeterplan", "0004_pdf_wachtrij_en_deadline"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.RenameField(model_name="actie", old_name="eigenaar", new_name="owner"),
        migrations.RenameField(model_name="actie", old_name="eigenaar_tekst", new_name="owner_text"),
        migrations.RenameField(
            model_name="besluit", old_name="vastgelegd_door", new_name="created_by"
        ),
        migrations.RenameField(
            model_name="planversie", old_name="gemaakt_door", new_name="created_by"
        ),
        migrations.RunPython(forwards, backwards),
    ]
