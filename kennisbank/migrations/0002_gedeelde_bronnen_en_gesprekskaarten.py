from django.contrib.postgres.search import SearchVector
from django.db import migrations

from kennisbank import seed
from kennisbank.zoeken import zoekvorm


def laad(apps, schema_editor):
    Bron = apps.get_model("kennisbank", "Bron")
    seed.laad(
        Bron,
        apps.get_model("kennisbank", "Thema"),
        apps.get_model("kennisbank", "Vragenset"),
        apps.get_model("kennisbank", "Vraag"),
    )
    # Historical models have no save() of their own: fill the search columns here.
    for bron in Bron.objects.all():
        bron.zoektekst_kop = f" {zoekvorm(bron.titel)} "
        bron.zoektekst = (
            f"{bron.zoektekst_kop}{zoekvorm(bron.thema_tekst)} {zoekvorm(bron.auteurs)} "
            f"{zoekvorm(bron.samenvatting)} "
        )
        bron.save(update_fields=["zoektekst", "zoektekst_kop"])
    if schema_editor.connection.vendor == "postgresql":
        Bron.objects.update(
            zoekvector=SearchVector("titel", weight="A", config="dutch")
            + SearchVector("thema_tekst", weight="B", config="dutch")
            + SearchVector("auteurs", weight="B", config="simple")
            + SearchVector("samenvatting", weight="C", config="dutch")
        )


def wis(apps, schema_editor):
    apps.get_model("kennisbank", "Bron").objects.filter(school__isnull=True).delete()
    apps.get_model("kennisbank", "Thema").objects.all().delete()
    apps.get_model("kennisbank", "Vragenset").objects.all().delete()


class Migration(migrations.Migration):
    dependencies = [("kennisbank", "0001_initial")]

    operations = [migrations.RunPython(laad, wis)]
