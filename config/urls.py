from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path

from core.views import health
from plg import views as plg_views
from scholen import views as scholen_views

urlpatterns = [
    path("", include("scholen.urls")),
    path("scholen/<int:school_pk>/", include("cyclus.urls")),
    path("scholen/<int:school_pk>/plg/", include("plg.urls")),
    path("mijn-werk/", plg_views.mijn_werk, name="mijn_werk"),
    path("scholen/<int:school_pk>/plannen/", include("verbeterplan.urls")),
    path("scholen/<int:school_pk>/kennisbank/", include("kennisbank.urls")),
    path("", include("monitoring.urls")),
    path("", include("meldingen.urls")),
    path(
        "account/login/",
        auth_views.LoginView.as_view(redirect_authenticated_user=True),
        name="login",
    ),
    path(
        "account/password_reset/",
        scholen_views.PasswordResetView.as_view(),
        name="password_reset",
    ),
    path("account/", include("django.contrib.auth.urls")),
    path("i18n/", include("django.conf.urls.i18n")),
    path("beheer/", admin.site.urls),
    path("health/", health, name="health"),
]
