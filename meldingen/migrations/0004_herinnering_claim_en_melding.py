from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("meldingen", "0003_herinnering_bron"),
    ]

    operations = [
        migrations.AddField(
            model_name="herinnering",
            name="in_verzending_sinds",
            field=models.DateTimeField(
                blank=True,
                help_text="Een verzendronde heeft de herinnering opgepakt en verstuurt haar nu.",
                null=True,
                verbose_name="in verzending sinds",
            ),
        ),
        migrations.AddField(
            model_name="herinnering",
            name="melding_nog_maken",
            field=models.BooleanField(
                db_default=False,
                default=False,
                help_text="Verstuurd; de melding in de lijst van de persoon volgt zo.",
                verbose_name="melding nog te maken",
            ),
        ),
        migrations.AddIndex(
            model_name="herinnering",
            index=models.Index(
                condition=models.Q(("melding_nog_maken", True)),
                fields=["id"],
                name="herinnering_zonder_melding",
            ),
        ),
    ]
