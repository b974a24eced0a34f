from django.apps import AppConfig


class VerbeterplanConfig(AppConfig):
    name = "verbeterplan"
