from django.urls import path

from . import views

app_name = "cyclus"

urlpatterns = [
    path("", views.dashboard, name="dashboard"),
    path("prioriteiten/", views.prioriteiten, name="prioriteiten"),
    path("visie/", views.visie, name="visie"),
    path("speerpunten/nieuw/", views.speerpunt_nieuw, name="speerpunt_nieuw"),
    path("speerpunten/<int:pk>/", views.speerpunt_detail, name="speerpunt"),
    path("speerpunten/<int:pk>/bewerken/", views.speerpunt_bewerken, name="speerpunt_bewerken"),
    path("speerpunten/<int:pk>/borging/", views.borging, name="borging"),
    path("speerpunten/<int:pk>/tijdlijn/", views.tijdlijn, name="tijdlijn"),
]
