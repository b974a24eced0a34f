from django.core.management.base import BaseCommand

from meldingen import herinneringen, verzenden


class Command(BaseCommand):
    help = (
        "Legt vast welke herinneringen vandaag nodig zijn en verstuurt wat nog niet verstuurd "
        "is; hetzelfde werk als de geplande taken, nu met de hand."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--alleen-versturen",
            action="store_true",
            help="Niets nieuws vastleggen, alleen versturen wat nog openstaat.",
        )

    def handle(self, *args, **options):
        nieuw = 0 if options["alleen_versturen"] else herinneringen.verzamel()
        verstuurd = verzenden.verstuur()
        self.stdout.write(f"Herinneringen: {nieuw} nieuw vastgelegd, {verstuurd} verstuurd.")
