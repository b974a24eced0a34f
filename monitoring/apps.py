from django.apps import AppConfig


class MonitoringConfig(AppConfig):
    name = "monitoring"

    def ready(self):
        from cyclus.models import KAARTVELDEN
        from scholen.models import BIJ_EINDE_LIDMAATSCHAP

        from . import dashboard, poort
        from .models import verlaat_school

        BIJ_EINDE_LIDMAATSCHAP.append(verlaat_school)
        KAARTVELDEN.append(dashboard.kaartvelden)
        poort.registreer_punten()
