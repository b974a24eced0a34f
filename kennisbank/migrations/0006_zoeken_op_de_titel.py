import django.contrib.postgres.indexes
import django.contrib.postgres.search
from django.contrib.postgres.aggregates import StringAgg
from django.contrib.postgres.search import SearchVector
from django.db import migrations, models
from django.db.models import OuterRef, Prefetch, Subquery, Value
from django.db.models.functions import Coalesce


def maak_gin_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            "CREATE INDEX bron_kopvector_gin ON kennisbank_bron USING gin (kopvector)"
        )


def verwijder_gin_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("DROP INDEX IF EXISTS bron_kopvector_gin")


def vul_zoekkolommen(apps, schema_editor):
    """The names of a source's themes one per line (a list of results shows them from there),
    and on PostgreSQL the vector of the title."""
    Bron = apps.get_model("kennisbank", "Bron")
    Thema = apps.get_model("kennisbank", "Thema")
    if schema_editor.connection.vendor == "postgresql":
        namen = Subquery(
            Thema.objects.filter(bronnen=OuterRef("pk"))
            .order_by()
            .values("bronnen")
            .annotate(namen=StringAgg("naam", "\n", order_by="naam"))
            .values("namen")
        )
        # The stemmed words are SQLite's search columns: PostgreSQL searches the vectors and
        # leaves those empty from now on.
        Bron.objects.update(
            thema_tekst=Coalesce(namen, Value("")),
            kopvector=SearchVector("titel", config="dutch"),
            zoektekst="",
            zoektekst_kop="",
        )
        return
    bronnen = list(
        Bron.objects.only("pk").prefetch_related(
            Prefetch("themas", queryset=Thema.objects.order_by("naam"))
        )
    )
    for bron in bronnen:
        bron.thema_tekst = "\n".join(thema.naam for thema in bron.themas.all())
    Bron.objects.bulk_update(bronnen, ["thema_tekst"], batch_size=500)


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
        migrations.RunPython(vul_zoekkolommen, migrations.RunPython.noop),
    ]
