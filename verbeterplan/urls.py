from django.urls import path

from . import views

app_name = "verbeterplan"

urlpatterns = [
    path("speerpunt/<int:speerpunt_pk>/", views.voor_speerpunt, name="voor_speerpunt"),
    path("<int:plan_pk>/", views.plan, name="plan"),
    path("<int:plan_pk>/besluit/", views.besluit, name="besluit"),
    path("<int:plan_pk>/versies/", views.versies, name="versies"),
    path("<int:plan_pk>/pdf/<int:export_pk>/", views.pdf_status, name="pdf_status"),
    path("<int:plan_pk>/pdf/<slug:soort>/", views.pdf_aanvragen, name="pdf_aanvragen"),
    path("<int:plan_pk>/pdf/<int:export_pk>/download/", views.pdf_download, name="pdf_download"),
    path("<int:plan_pk>/tekst/<slug:sectie>/", views.sectie, name="sectie"),
    path("<int:plan_pk>/<slug:soort>/nieuw/", views.onderdeel, name="onderdeel_nieuw"),
    path("<int:plan_pk>/<slug:soort>/<int:item_pk>/", views.onderdeel, name="onderdeel"),
]
