from django.urls import path

from . import views

urlpatterns = [
    path("", views.start, name="start"),
    path("scholen/<int:school_pk>/mensen/", views.mensen, name="mensen"),
    path("scholen/<int:school_pk>/export/", views.export, name="export"),
    path("scholen/<int:school_pk>/wijzigingen/", views.wijzigingen, name="wijzigingen"),
    path("bestuur/", views.bestuur, name="bestuur"),
    path("account/tweestaps/", views.otp_verify, name="otp_verify"),
    path("account/tweestaps/instellen/", views.otp_setup, name="otp_setup"),
]
