"""Guards around signing in: the lockout after wrong passwords (django-axes, configured in
settings), the limit on reset mails, and the password rule that refuses the site's own words."""

import datetime
import hashlib
import logging
import math
import time

from axes.handlers.database import AxesDatabaseHandler
from axes.helpers import get_client_username
from axes.models import AccessAttempt
from django.conf import settings
from django.contrib.auth import SESSION_KEY, password_validation
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.db.models import Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from redis.exceptions import RedisError

logger = logging.getLogger(__name__)

# The session's own clock: when it was last saved with a fresh expiry.
SESSION_TOUCHED_KEY = "_aangeraakt"
SESSION_TOUCH_SECONDS = 60

FIRST_COOL_OFF = datetime.timedelta(minutes=15)
LONGEST_COOL_OFF = datetime.timedelta(hours=24)

RESET_WINDOW_SECONDS = 60 * 60
RESET_MAILS_PER_ADDRESS = 3
# Generous, because a whole school may ask from one address at the start of the year.
RESET_MAILS_PER_NETWORK = 20


def client_address(request: HttpRequest) -> str | None:
    """The address a request came from. Behind settings.PROXY_COUNT proxies it is the one the
    outermost proxy saw, counted from the right of X-Forwarded-For: whatever a client puts
    in that header itself stands further left and is never read."""
    if settings.PROXY_COUNT:
        forwarded = [
            part.strip()
            for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
            if part.strip()
        ]
        if len(forwarded) >= settings.PROXY_COUNT:
            return forwarded[-settings.PROXY_COUNT]
    return request.META.get("REMOTE_ADDR")


def login_name(request: HttpRequest, credentials: dict | None) -> str:
    """The e-mail address a sign-in is for, as the account is found (in any case), so writing
    it in capitals does not start a fresh count."""
    name = (credentials or {}).get("username") or request.POST.get("username") or ""
    return name.strip().lower()[:255]


def _live_attempts(request: HttpRequest, credentials: dict | None = None):
    """The recorded failures that still count, for this account and for this address."""
    live = AccessAttempt.objects.filter(
        Q(expiration__isnull=True) | Q(expiration__expires_at__gt=timezone.now())
    )
    return (
        live.filter(username=get_client_username(request, credentials)),
        live.filter(ip_address=request.axes_ip_address),
    )


def _failures(attempts) -> int:
    return sum(attempts.values_list("failures_since_start", flat=True))


def _weighted_failures(request: HttpRequest, credentials: dict | None = None) -> int:
    """Failures measured against AXES_FAILURE_LIMIT: the address's own, larger limit is
    scaled onto it, so one comparison locks both."""
    per_account, per_address = (_failures(a) for a in _live_attempts(request, credentials))
    return max(
        per_account,
        per_address * settings.AXES_FAILURE_LIMIT // settings.LOGIN_ADDRESS_FAILURE_LIMIT,
    )


def cool_off(request: HttpRequest | None) -> datetime.timedelta:
    """How long a failure keeps counting: a quarter of an hour, doubled for every further
    round of AXES_FAILURE_LIMIT failures while locked, at most a day. Someone who waits gets
    back in soon; someone who keeps guessing waits ever longer."""
    if request is None or not hasattr(request, "axes_ip_address"):
        return FIRST_COOL_OFF
    rounds = _weighted_failures(request) // settings.AXES_FAILURE_LIMIT
    return min(FIRST_COOL_OFF * 2 ** max(rounds - 1, 0), LONGEST_COOL_OFF)


class LockoutHandler(AxesDatabaseHandler):
    """Axes' database handler with a limit per account and a larger one per address. A
    successful sign-in clears the account's failures only: one working account must not wipe
    the count of someone trying a password on many accounts from the same address."""

    def get_failures(self, request, credentials=None) -> int:
        return _weighted_failures(request, credentials)

    def reset_user_attempts(self, request, credentials=None) -> int:
        count, _deleted = AccessAttempt.objects.filter(
            username=get_client_username(request, credentials)
        ).delete()
        return count


def _free_at(attempts, limit: int) -> datetime.datetime | None:
    """When enough of these failures have expired to fall below `limit`; None if they are
    below it already."""
    rows = sorted(
        attempts.filter(expiration__isnull=False).values_list(
            "expiration__expires_at", "failures_since_start"
        )
    )
    remaining = sum(failures for _expires_at, failures in rows)
    for expires_at, failures in rows:
        if remaining < limit:
            break
        remaining -= failures
        if remaining < limit:
            return expires_at
    return None


def lockout_response(request: HttpRequest, original_response=None, credentials=None):
    """The page a locked sign-in gets, on the site and the admin alike: what happened and
    from when it is worth trying again."""
    per_account, per_address = _live_attempts(request, credentials)
    ends = [
        moment
        for moment in (
            _free_at(per_account, settings.AXES_FAILURE_LIMIT),
            _free_at(per_address, settings.LOGIN_ADDRESS_FAILURE_LIMIT),
        )
        if moment
    ]
    now = timezone.now()
    vrij_om = max(ends) if ends else now + cool_off(request)
    return render(
        request,
        "registration/geblokkeerd.html",
        {
            "vrij_om": vrij_om,
            "minuten": max(1, math.ceil((vrij_om - now).total_seconds() / 60)),
            "vandaag": timezone.localdate(vrij_om) == timezone.localdate(now),
        },
        status=429,
    )


def reset_mail_allowed(request: HttpRequest, email: str) -> bool:
    """Counts one request for a reset mail against the address it names and the network it
    comes from, and says whether both are still within their hourly share. Every request
    counts, known address or not, so the answer tells nothing about who has an account."""
    digest = hashlib.sha256(email.strip().lower().encode()).hexdigest()
    limits = [
        (f"wachtwoordmail:adres:{digest}", RESET_MAILS_PER_ADDRESS),
        (f"wachtwoordmail:netwerk:{client_address(request)}", RESET_MAILS_PER_NETWORK),
    ]
    try:
        counts = [_count(key) for key, _limit in limits]
    except RedisError as exc:
        # Without the cache the page must still answer; the mail queue is the next guard.
        logger.warning("Cache onbereikbaar, limiet op wachtwoordmails overgeslagen: %s", exc)
        return True
    return all(count <= limit for count, (_key, limit) in zip(counts, limits, strict=True))


def _count(key: str) -> int:
    """Adds one to a counter that lives for one window from its first request."""
    cache.add(key, 0, timeout=RESET_WINDOW_SECONDS)
    try:
        return cache.incr(key)
    except ValueError:
        # The window ended between add and incr.
        cache.set(key, 1, timeout=RESET_WINDOW_SECONDS)
        return 1


class MinimumLengthValidator(password_validation.MinimumLengthValidator):
    """Django's, with a message of our own: Django's Dutch catalogue lacks its current one."""

    def get_error_message(self) -> str:
        return ngettext(
            "Dit wachtwoord is te kort: gebruik minstens %(min_length)d teken.",
            "Dit wachtwoord is te kort: gebruik minstens %(min_length)d tekens.",
            self.min_length,
        ) % {"min_length": self.min_length}


class SiteWordValidator:
    """Refuses passwords built on the product's name or words from its sign-in pages: the
    first guesses of anyone who tries."""

    def __init__(self, words=("koers",)):
        self.words = [word.lower() for word in words]

    def validate(self, password: str, user=None) -> None:
        lowered = password.lower()
        for word in self.words:
            if word in lowered:
                raise ValidationError(
                    _("Dit wachtwoord bevat “%(woord)s” en is daardoor te makkelijk te raden."),
                    code="password_contains_site_word",
                    params={"woord": word},
                )

    def get_help_text(self) -> str:
        return _("Je wachtwoord mag geen woorden als “%(woorden)s” bevatten.") % {
            "woorden": "”, “".join(self.words)
        }


class IdleSessionMiddleware:
    """Ends a signed-in session after SESSION_COOKIE_AGE without requests. Saving the session
    on every request (SESSION_SAVE_EVERY_REQUEST) would do the same at the cost of a write per
    request; this saves it at most once a minute, which moves the end by at most that minute."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        session = request.session
        if SESSION_KEY in session and (
            time.time() - session.get(SESSION_TOUCHED_KEY, 0) >= SESSION_TOUCH_SECONDS
        ):
            touch_session(request)
        return self.get_response(request)


def touch_session(request: HttpRequest, **kwargs) -> None:
    """Marks the session as just used, so it is saved with a fresh expiry; also connected to
    user_logged_in, which saves the session anyway."""
    request.session[SESSION_TOUCHED_KEY] = int(time.time())
