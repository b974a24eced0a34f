"""Settings for every way the product runs, read from the environment.

Without any environment variables the product runs as the demo: SQLite, Celery tasks run
eagerly in the web process, e-mail printed to the console. Production sets DJANGO_PRODUCTION=1
together with DATABASE_URL, REDIS_URL, SECRET_KEY and ALLOWED_HOSTS (see .env.example).
"""

from pathlib import Path

import environ
from celery.schedules import crontab
from csp.constants import NONE, SELF
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent

env = environ.Env()

PRODUCTION = env.bool("DJANGO_PRODUCTION", default=False)
DEBUG = env.bool("DEBUG", default=False)

if PRODUCTION:
    SECRET_KEY = env.str("SECRET_KEY", default="")
    if len(SECRET_KEY) < 50:
        raise ImproperlyConfigured("SECRET_KEY must be set to at least 50 random characters.")
    if DEBUG:
        raise ImproperlyConfigured("DEBUG cannot be on in production.")
else:
    SECRET_KEY = env.str("SECRET_KEY", default="demo-only-key-never-used-in-production-0123456789")

ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=[] if PRODUCTION else ["127.0.0.1", "localhost"])
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])

INSTALLED_APPS = [
    # Django's admin, on a site that asks beheerders for their second step.
    "scholen.beheer.BeheerConfig",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.forms",
    "django_htmx",
    "template_partials",
    "csp",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "auditlog",
    "core",
    "scholen",
    "cyclus",
    "plg",
    "verbeterplan",
    "kennisbank",
    "monitoring",
    "meldingen",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "auditlog.middleware.AuditlogMiddleware",
    "scholen.security.IdleSessionMiddleware",
    "core.http.PrivateResponsesMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "core.middleware.FormTokenMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    # Last, as django-axes asks: it turns a refused sign-in into the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
                "meldingen.context_processors.meldingen",
            ],
        },
    },
]

FORM_RENDERER = "core.forms.KoersFormRenderer"

DATABASES = {
    "default": env.db("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
}
DATABASES["default"]["ATOMIC_REQUESTS"] = False
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    DATABASES["default"]["CONN_MAX_AGE"] = env.int("CONN_MAX_AGE", default=60)
    DATABASES["default"]["CONN_HEALTH_CHECKS"] = True

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_USER_MODEL = "scholen.User"
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "start"
LOGOUT_REDIRECT_URL = "login"

PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
# Run by every form that sets a password: reset, change, and the admin's add and set forms.
AUTH_PASSWORD_VALIDATORS = [
    {
        "NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator",
        "OPTIONS": {"user_attributes": ["email", "naam"]},
    },
    {
        "NAME": "scholen.security.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
    {
        "NAME": "scholen.security.SiteWordValidator",
        "OPTIONS": {"words": ["koers", "wachtwoord", "password"]},
    },
]

# django-axes watches every sign-in, the admin's included. An account is locked after
# AXES_FAILURE_LIMIT wrong passwords, an address after LOGIN_ADDRESS_FAILURE_LIMIT (a whole
# school often signs in from one address); the lock grows while the failures go on
# (scholen.security.cool_off). A successful sign-in clears the account's count.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_HANDLER = "scholen.security.LockoutHandler"
AXES_FAILURE_LIMIT = 5
LOGIN_ADDRESS_FAILURE_LIMIT = 20
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_COOLOFF_TIME = "scholen.security.cool_off"
AXES_USE_ATTEMPT_EXPIRATION = True
AXES_RESET_ON_SUCCESS = True
AXES_USERNAME_FORM_FIELD = "username"
AXES_USERNAME_CALLABLE = "scholen.security.login_name"
AXES_LOCKOUT_CALLABLE = "scholen.security.lockout_response"
AXES_HTTP_RESPONSE_CODE = 429
# Failures are kept only while they count; successful sign-ins are not logged at all.
AXES_DISABLE_ACCESS_LOG = True
# How many proxies in front of the app add to X-Forwarded-For (production sits behind one that
# terminates TLS); the client's address is the one the outermost of them saw.
PROXY_COUNT = env.int("PROXY_COUNT", default=1 if PRODUCTION else 0)
AXES_CLIENT_IP_CALLABLE = "scholen.security.client_address"

# Two-step sign-in (TOTP) for beheerders: whoever has set it up gives a code before the
# admin opens; with BEHEER_TWEESTAPS_VERPLICHT (on in production) every beheerder sets it up
# before reaching the admin.
BEHEER_TWEESTAPS_VERPLICHT = env.bool("BEHEER_TWEESTAPS_VERPLICHT", default=PRODUCTION)
OTP_TOTP_ISSUER = "Koers"

LANGUAGE_CODE = "nl"
LANGUAGES = [("nl", _("Nederlands")), ("en", _("Engels"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Amsterdam"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_ROOT = env.path("MEDIA_ROOT", default=BASE_DIR / "media")
MEDIA_URL = "media/"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "whitenoise.storage.CompressedManifestStaticFilesStorage"
            if PRODUCTION
            else "django.contrib.staticfiles.storage.StaticFilesStorage"
        )
    },
}

# Outside production WhiteNoise serves straight from the app folders, so the demo needs no
# collectstatic.
WHITENOISE_USE_FINDERS = not PRODUCTION
WHITENOISE_AUTOREFRESH = DEBUG

REDIS_URL = env.str("REDIS_URL", default="")

if REDIS_URL:
    CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": REDIS_URL}
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# Without a broker the demo runs every task in the web process, right after the commit that
# enqueued it; with Redis the same code goes through the worker.
CELERY_BROKER_URL = REDIS_URL or "memory://"
CELERY_TASK_ALWAYS_EAGER = not REDIS_URL
CELERY_TASK_EAGER_PROPAGATES = True
# A task is acknowledged only after it ran, so a worker that dies mid-task hands it back.
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_IGNORE_RESULT = True
CELERY_TASK_TIME_LIMIT = 300
CELERY_TASK_SOFT_TIME_LIMIT = 240
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
# A page that hands a job to a broker that is down waits about two seconds at most; the job
# stays recorded (core.tasks.enqueue) and a beat job below hands it over later.
CELERY_BROKER_TRANSPORT_OPTIONS = {"socket_connect_timeout": 2}
CELERY_TASK_PUBLISH_RETRY_POLICY = {"max_retries": 1, "interval_start": 0, "interval_step": 0.5}
CELERY_TIMEZONE = TIME_ZONE
# One static schedule of short "find what is due and send it" jobs. Collecting runs every hour
# of the working day (a missed hour is caught up by the next); sending also runs on its own,
# so rows a killed worker left unsent go out within minutes.
CELERY_BEAT_SCHEDULE = {
    "herinneringen-verzamelen": {
        "task": "meldingen.tasks.herinneringen_verzamelen",
        "schedule": crontab(minute=5, hour="7-18"),
    },
    "herinneringen-versturen": {
        "task": "meldingen.tasks.herinneringen_versturen",
        "schedule": 600.0,
    },
    # Jobs a page recorded while the broker was down, and renders that died with a worker.
    "pdfs-nakijken": {"task": "verbeterplan.tasks.pdfs_nakijken", "schedule": 60.0},
    "herstelmails-doorgeven": {"task": "scholen.tasks.herstelmails_doorgeven", "schedule": 60.0},
    "formtokens-opruimen": {"task": "core.tasks.formtokens_opruimen", "schedule": 3600.0},
}

# EMAIL_URL such as smtp+tls://user:password@smtp.example.nl:587; the demo prints mail.
_email = env.email_url("EMAIL_URL", default="consolemail://")
EMAIL_BACKEND = _email["EMAIL_BACKEND"]
EMAIL_HOST = _email.get("EMAIL_HOST") or "localhost"
EMAIL_PORT = _email.get("EMAIL_PORT") or 25
EMAIL_HOST_USER = _email.get("EMAIL_HOST_USER") or ""
EMAIL_HOST_PASSWORD = _email.get("EMAIL_HOST_PASSWORD") or ""
EMAIL_USE_TLS = _email.get("EMAIL_USE_TLS", False)
EMAIL_USE_SSL = _email.get("EMAIL_USE_SSL", False)
# For EMAIL_URL=filemail://: the folder that receives one file per batch of messages.
EMAIL_FILE_PATH = env.str("EMAIL_FILE_PATH", default="")
EMAIL_TIMEOUT = 30
DEFAULT_FROM_EMAIL = env.str("DEFAULT_FROM_EMAIL", default="Koers <noreply@koers.localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
# Where people reach the product; links in e-mails start with it.
SITE_URL = env.str("SITE_URL", default="http://127.0.0.1:8000").rstrip("/")

# The audit trail a schoolleider reads: who changed what and when, for the things a school
# is accountable for. Addresses are not kept: the trail names people, that is enough.
AUDITLOG_INCLUDE_TRACKING_MODELS = (
    {"model": "cyclus.Speerpunt", "exclude_fields": ["laatste_activiteit", "volgorde"]},
    {"model": "verbeterplan.Verbeterplan", "exclude_fields": ["updated_at"]},
    "verbeterplan.Besluit",
    "verbeterplan.Doel",
    "verbeterplan.Actie",
    "verbeterplan.Mijlpaal",
    "verbeterplan.Communicatiemoment",
    "verbeterplan.Evaluatiemoment",
    "verbeterplan.Randvoorwaarde",
    "scholen.Lidmaatschap",
    "plg.PLGLid",
)
AUDITLOG_DISABLE_REMOTE_ADDR = True

MESSAGE_STORAGE = "django.contrib.messages.storage.session.SessionStorage"

CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
        "base-uri": [SELF],
        "object-src": [NONE],
    }
}

# Database sessions that know their person, so leaving or deactivation ends them all.
SESSION_ENGINE = "scholen.sessies"
SESSION_COOKIE_HTTPONLY = True
# A signed-in session ends after this many minutes without a request
# (scholen.security.IdleSessionMiddleware starts the count anew).
SESSION_COOKIE_AGE = env.int("SESSION_IDLE_MINUTES", default=120) * 60
CSRF_COOKIE_HTTPONLY = False  # htmx reads nothing from it: the token rides on hx-headers.
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"

if PRODUCTION:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=True)
    SECURE_REDIRECT_EXEMPT = [r"^health/$"]
    SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=60 * 60 * 24 * 365)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env.str("LOG_LEVEL", default="INFO")},
}
