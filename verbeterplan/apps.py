from django.apps import AppConfig


class VerbeterplanConfig(AppConfig):
    name = "verbeterplan"

    def ready(self):
        from . import poort

        poort.registreer_punten()
