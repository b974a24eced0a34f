import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models

# The audit trail keeps field names as keys of its changes; renamed along with the fields so
# the changes page keeps showing the field's label for older entries.
AUDIT_RENAMES = {("cyclus", "speerpunt"): {"eigenaar": "owner"}}


def rename_audit_keys(apps, schema_editor, reverse=False):
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
                entry.changes = {renames.get(k, k): v for k, v in entry.changes.items()}
                changed.append(entry)
        LogEntry.objects.bulk_update(changed, ["changes"], batch_size=500)


def restore_audit_keys(apps, schema_editor):
    rename_audit_keys(apps, schema_editor, reverse=True)


class Migration(migrations.Migration):
    dependencies = [
        ("auditlog", "0017_add_actor_email"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("cyclus", "0004_anonimiteitsdrempel_school"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.RenameField(model_name="afvinking", old_name="door", new_name="completed_by"),
        migrations.RenameField(model_name="transitie", old_name="door", new_name="created_by"),
        migrations.RenameField(model_name="speerpunt", old_name="eigenaar", new_name="owner"),
        migrations.AlterField(
            model_name="speerpunt",
            name="owner",
            field=models.ForeignKey(
                on_delete=django.db.models.deletion.PROTECT,
                related_name="owned_speerpunten",
                to=settings.AUTH_USER_MODEL,
                verbose_name="eigenaar",
            ),
        ),
        # Without a name of its own the label would follow the new field name.
        migrations.AlterField(
            model_name="afvinking",
            name="completed_by",
            field=models.ForeignKey(
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="+",
                to=settings.AUTH_USER_MODEL,
                verbose_name="door",
            ),
        ),
        migrations.AlterField(
            model_name="transitie",
            name="created_by",
            field=models.ForeignKey(
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="+",
                to=settings.AUTH_USER_MODEL,
                verbose_name="door",
            ),
        ),
        migrations.RunPython(rename_audit_keys, restore_audit_keys),
    ]
