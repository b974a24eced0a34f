import django.contrib.postgres.indexes
import django.contrib.postgres.search
from django.contrib.postgres.search import SearchVector
from django.db import migrations, models


def maak_gin_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            "CREATE INDEX bron_kopvector_gin ON kennisbank_bron USING gin (kopvector)"
        )


def verwijder_gin_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("DROP INDEX IF EXISTS bron_kopvector_gin")


def vul_kopvector(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    # The stemmed words are SQLite's search columns: PostgreSQL searches the vectors and
    # leaves those empty from now on.
    apps.get_model("kennisbank", "Bron").objects.update(
        kopvector=SearchVector("titel", config="dutch"), zoektekst="", zoektekst_kop=""
    )


class Migration(migrations.Migration):
    dependencies = [("kennisbank", "0005_person_fields_in_english")]

    # The indexes come before the rows are filled: built after, on rows changed in the same
    # transaction, PostgreSQL would not use them until every older transaction had ended.
    operations = [
        migrations.AddField(
            model_name="bron",
            name="kopvector",
            field=django.contrib.postgres.search.SearchVectorField(editable=False, null=True),
        ),
        migrations.AlterField(
            model_name="bron",
            name="thema_tekst",
            field=models.TextField(blank=True, editable=False),
        ),
        # The GIN index exists on PostgreSQL only.
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AddIndex(
                    model_name="bron",
                    index=django.contrib.postgres.indexes.GinIndex(
                        fields=["kopvector"], name="bron_kopvector_gin"
                    ),
                ),
            ],
            database_operations=[migrations.RunPython(maak_gin_index, verwijder_gin_index)],
        ),
        migrations.AddIndex(
            model_name="bron",
            index=models.Index(fields=["titel", "id"], name="bron_titel"),
        ),
        migrations.RunPython(vul_kopvector, migrations.RunPython.noop),
    ]
