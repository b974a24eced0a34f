from django.apps import AppConfig
from django.contrib.auth.signals import user_logged_in
from django.utils.translation import gettext_lazy as _


class ScholenConfig(AppConfig):
    name = "scholen"
    verbose_name = _("Scholen en mensen")

    def ready(self):
        from .security import touch_session

        user_logged_in.connect(touch_session, dispatch_uid="scholen.touch_session")
