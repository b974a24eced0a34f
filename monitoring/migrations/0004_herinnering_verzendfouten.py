from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("monitoring", "0003_herinnering_en_melding_per_school"),
    ]

    operations = [
        migrations.AddField(
            model_name="herinnering",
            name="status",
            field=models.CharField(
                blank=True,
                choices=[
                    ("opnieuw", "mislukt, wordt opnieuw geprobeerd"),
                    ("opgegeven", "mislukt, niet meer geprobeerd"),
                ],
                max_length=20,
                verbose_name="verzendstatus",
            ),
        ),
        migrations.AddField(
            model_name="herinnering",
            name="pogingen",
            field=models.PositiveSmallIntegerField(default=0, verbose_name="mislukte pogingen"),
        ),
        migrations.AddField(
            model_name="herinnering",
            name="laatste_fout",
            field=models.CharField(blank=True, max_length=500, verbose_name="laatste fout"),
        ),
        migrations.AddField(
            model_name="herinnering",
            name="volgende_poging",
            field=models.DateTimeField(blank=True, null=True, verbose_name="volgende poging"),
        ),
    ]
