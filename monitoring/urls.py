from django.urls import path

from . import views

app_name = "monitoring"

urlpatterns = [
    path("meldingen/", views.meldingen, name="meldingen"),
    path("meldingen/<int:pk>/", views.melding_openen, name="melding"),
    path("meldingen/instellingen/", views.instellingen, name="instellingen"),
    path("agenda/<str:token>.ics", views.ical, name="ical"),
    path(
        "scholen/<int:school_pk>/monitoring/speerpunten/<int:pk>/",
        views.speerpunt,
        name="speerpunt",
    ),
    path("scholen/<int:school_pk>/monitoring/<int:pk>/", views.moment, name="moment"),
    path("scholen/<int:school_pk>/monitoring/doelen/<int:pk>/", views.doel, name="doel"),
    path(
        "scholen/<int:school_pk>/monitoring/<int:pk>/bewerken/",
        views.moment_bewerken,
        name="moment_bewerken",
    ),
]
