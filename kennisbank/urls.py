from django.urls import path

from . import views

app_name = "kennisbank"

urlpatterns = [
    path("", views.zoeken, name="zoeken"),
    path("bronnen/nieuw/", views.bron_nieuw, name="bron_nieuw"),
    path("bronnen/<int:pk>/", views.bron_detail, name="bron"),
    path("bronnen/<int:pk>/bewerken/", views.bron_bewerken, name="bron_bewerken"),
    path("bronnen/<int:pk>/koppelen/", views.koppelen, name="koppelen"),
    path("koppelingen/<int:pk>/", views.koppeling, name="koppeling"),
    path("gesprekskaarten/", views.vragensets, name="vragensets"),
    path("gesprekskaarten/<int:pk>/", views.vragenset, name="vragenset"),
]
