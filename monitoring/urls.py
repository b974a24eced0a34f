from django.urls import path

from . import views

app_name = "monitoring"

urlpatterns = [
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
