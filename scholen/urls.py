from django.urls import path

from . import views

urlpatterns = [
    path("", views.start, name="start"),
    path("scholen/<int:school_pk>/mensen/", views.mensen, name="mensen"),
    path("scholen/<int:school_pk>/export/", views.export, name="export"),
    path("bestuur/", views.bestuur, name="bestuur"),
]
