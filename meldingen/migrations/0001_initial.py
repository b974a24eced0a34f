import django.db.models.deletion
import django.utils.timezone
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):
    """The notification models come over from monitoring as they are: in the state only, on
    the tables monitoring made (renamed in 0002), so no row is copied or lost."""

    initial = True

    dependencies = [
        ('monitoring', '0005_anonimiteitsdrempel_moment'),
        ('scholen', '0003_wachtwoordherstel_vastgelegd'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name='Herinnering',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('soort', models.CharField(choices=[('monitoring_open', 'een monitormoment staat open'), ('monitoring_sluit', 'een monitormoment sluit bijna'), ('actie_te_laat', 'een actie is over de deadline'), ('bijeenkomst', 'een PLG-bijeenkomst is morgen'), ('borging_evaluatie', 'een evaluatie in de borging komt eraan'), ('digest', 'overzicht voor de schoolleider')], max_length=30, verbose_name='soort')),
                        ('sleutel', models.CharField(max_length=100, verbose_name='over')),
                        ('datum', models.DateField(verbose_name='voor datum')),
                        ('titel', models.CharField(max_length=200, verbose_name='titel')),
                        ('tekst', models.TextField(blank=True, verbose_name='tekst')),
                        ('url', models.CharField(blank=True, max_length=500, verbose_name='link')),
                        ('per_email', models.BooleanField(default=True, verbose_name='per e-mail')),
                        ('created_at', models.DateTimeField(default=django.utils.timezone.now, verbose_name='vastgelegd op')),
                        ('verstuurd_op', models.DateTimeField(blank=True, null=True, verbose_name='verstuurd op')),
                        ('vervallen', models.BooleanField(default=False, help_text='Niet verstuurd: de persoon had al gedaan waar het om ging.', verbose_name='vervallen')),
                        ('status', models.CharField(blank=True, choices=[('opnieuw', 'mislukt, wordt opnieuw geprobeerd'), ('opgegeven', 'mislukt, niet meer geprobeerd')], max_length=20, verbose_name='verzendstatus')),
                        ('pogingen', models.PositiveSmallIntegerField(default=0, verbose_name='mislukte pogingen')),
                        ('laatste_fout', models.CharField(blank=True, max_length=500, verbose_name='laatste fout')),
                        ('volgende_poging', models.DateTimeField(blank=True, null=True, verbose_name='volgende poging')),
                        ('school', models.ForeignKey(blank=True, help_text='De school waar het over gaat; wie daar niet meer werkt, krijgt niets.', null=True, on_delete=django.db.models.deletion.CASCADE, related_name='+', to='scholen.school', verbose_name='school')),
                        ('user', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='herinneringen', to=settings.AUTH_USER_MODEL, verbose_name='persoon')),
                    ],
                    options={
                        'db_table': 'monitoring_herinnering',
                        'verbose_name': 'herinnering',
                        'verbose_name_plural': 'herinneringen',
                        'indexes': [models.Index(condition=models.Q(('verstuurd_op__isnull', True)), fields=['id'], name='herinnering_te_versturen')],
                        'constraints': [models.UniqueConstraint(fields=('soort', 'sleutel', 'user', 'datum'), name='herinnering_eenmalig')],
                    },
                ),
                migrations.CreateModel(
                    name='Melding',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('soort', models.CharField(choices=[('monitoring_open', 'een monitormoment staat open'), ('monitoring_sluit', 'een monitormoment sluit bijna'), ('actie_te_laat', 'een actie is over de deadline'), ('bijeenkomst', 'een PLG-bijeenkomst is morgen'), ('borging_evaluatie', 'een evaluatie in de borging komt eraan'), ('digest', 'overzicht voor de schoolleider')], max_length=30, verbose_name='soort')),
                        ('titel', models.CharField(max_length=200, verbose_name='titel')),
                        ('tekst', models.TextField(blank=True, verbose_name='tekst')),
                        ('url', models.CharField(blank=True, max_length=500, verbose_name='link')),
                        ('created_at', models.DateTimeField(default=django.utils.timezone.now, verbose_name='aangemaakt op')),
                        ('gelezen_op', models.DateTimeField(blank=True, null=True, verbose_name='gelezen op')),
                        ('school', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.CASCADE, related_name='+', to='scholen.school', verbose_name='school')),
                        ('user', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='meldingen', to=settings.AUTH_USER_MODEL, verbose_name='persoon')),
                    ],
                    options={
                        'db_table': 'monitoring_melding',
                        'verbose_name': 'melding',
                        'verbose_name_plural': 'meldingen',
                        'ordering': ['-created_at', '-pk'],
                        'indexes': [models.Index(condition=models.Q(('gelezen_op__isnull', True)), fields=['user'], name='melding_ongelezen')],
                    },
                ),
                migrations.CreateModel(
                    name='Voorkeuren',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('email_uit', models.JSONField(blank=True, default=list, verbose_name='geen e-mail over')),
                        ('digest_ritme', models.CharField(choices=[('wekelijks', 'elke week'), ('tweewekelijks', 'om de week'), ('maandelijks', 'elke maand'), ('nooit', 'nooit')], default='wekelijks', max_length=20, verbose_name='overzicht per e-mail')),
                        ('ical_token', models.CharField(blank=True, max_length=64, null=True, unique=True)),
                        ('user', models.OneToOneField(on_delete=django.db.models.deletion.CASCADE, related_name='meldingvoorkeuren', to=settings.AUTH_USER_MODEL, verbose_name='persoon')),
                    ],
                    options={
                        'db_table': 'monitoring_voorkeuren',
                        'verbose_name': 'meldingvoorkeuren',
                        'verbose_name_plural': 'meldingvoorkeuren',
                        'constraints': [models.CheckConstraint(condition=models.Q(('digest_ritme__in', ['wekelijks', 'tweewekelijks', 'maandelijks', 'nooit'])), name='digest_ritme_geldig')],
                    },
                ),
            ],
            database_operations=[],
        ),
    ]
