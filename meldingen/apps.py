from django.apps import AppConfig


class MeldingenConfig(AppConfig):
    name = "meldingen"

    def ready(self):
        from scholen.models import BIJ_EINDE_LIDMAATSCHAP

        from .models import verlaat_school

        BIJ_EINDE_LIDMAATSCHAP.append(verlaat_school)
