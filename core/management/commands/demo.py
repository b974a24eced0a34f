from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from cyclus import demo as cyclus_demo
from kennisbank import demo as kennisbank_demo
from meldingen import demo as meldingen_demo
from monitoring import demo as monitoring_demo
from plg import demo as plg_demo
from scholen import demo as scholen_demo
from verbeterplan import demo as verbeterplan_demo


class Command(BaseCommand):
    help = "Maakt de demo (opnieuw) aan: een bestuur met twee scholen, mensen en inhoud."

    @transaction.atomic
    def handle(self, *args, **options):
        # The demo creates a superuser and staff accounts with a password printed in the
        # README: on a production database that is an open door.
        if settings.PRODUCTION:
            raise CommandError(
                "De demo draait niet in productie (DJANGO_PRODUCTION=1): hij maakt accounts "
                "met een openbaar wachtwoord."
            )
        scholen_demo.wis()
        demo = scholen_demo.maak()
        cyclus_demo.vul(demo)
        plg_demo.vul(demo)
        kennisbank_demo.vul(demo)
        verbeterplan_demo.vul(demo)
        monitoring_demo.vul(demo)
        meldingen_demo.vul(demo)
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo klaar: {len(scholen_demo.demo_emails())} accounts, "
                f"wachtwoord '{scholen_demo.WACHTWOORD}'."
            )
        )
