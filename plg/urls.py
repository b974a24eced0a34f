from django.urls import path

from . import views

app_name = "plg"

urlpatterns = [
    path("", views.overzicht, name="overzicht"),
    path("expertise/", views.expertise, name="expertise"),
    path("<int:plg_pk>/", views.werkruimte, name="werkruimte"),
    path("<int:plg_pk>/acties/", views.acties, name="acties"),
    path("<int:plg_pk>/leden/", views.leden, name="leden"),
    path("<int:plg_pk>/bijeenkomsten/", views.bijeenkomsten, name="bijeenkomsten"),
    path("<int:plg_pk>/bijeenkomsten/<int:pk>/", views.bijeenkomst, name="bijeenkomst"),
    path("<int:plg_pk>/analyse/", views.analyse, name="analyse"),
    path("<int:plg_pk>/tussenstanden/", views.tussenstanden, name="tussenstanden"),
    path("<int:plg_pk>/activiteit/", views.activiteit_view, name="activiteit"),
]
