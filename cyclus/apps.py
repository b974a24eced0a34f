from django.apps import AppConfig


class CyclusConfig(AppConfig):
    name = "cyclus"
