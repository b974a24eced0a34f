from django.db import migrations


class Migration(migrations.Migration):
    """Notifications, reminders and preferences moved to the meldingen app; their tables stay
    and are taken over there (meldingen 0001), so only the state forgets them here."""

    dependencies = [
        ("monitoring", "0005_anonimiteitsdrempel_moment"),
        ("meldingen", "0001_initial"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.DeleteModel(name="Herinnering"),
                migrations.DeleteModel(name="Melding"),
                migrations.DeleteModel(name="Voorkeuren"),
            ],
            database_operations=[],
        ),
    ]
