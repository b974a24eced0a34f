from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ScholenConfig(AppConfig):
    name = "scholen"
    verbose_name = _("Scholen en mensen")
