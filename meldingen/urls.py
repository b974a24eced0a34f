from django.urls import path

from . import views

app_name = "meldingen"

urlpatterns = [
    path("meldingen/", views.meldingen, name="meldingen"),
    path("meldingen/<int:pk>/", views.melding_openen, name="melding"),
    path("meldingen/instellingen/", views.instellingen, name="instellingen"),
    path("agenda/<str:token>.ics", views.ical, name="ical"),
]
