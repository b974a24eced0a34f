from django.apps import AppConfig


class CyclusConfig(AppConfig):
    name = "cyclus"

    def ready(self):
        from .poort import registreer_cyclus_punten

        registreer_cyclus_punten()
