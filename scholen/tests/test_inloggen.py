"""Signing in under attack: lockout per account and per address, limited reset mails, password
rules on every form that sets one, and sessions that end when left alone."""

import datetime

import pytest
import time_machine
from django.test import RequestFactory
from django.urls import reverse
from django.utils import timezone

from scholen import demo
from scholen.models import User
from scholen.security import client_address
from scholen.tests.factories import UserFactory

START = datetime.datetime(2025, 3, 10, 10, 0, tzinfo=datetime.UTC)


def inloggen(client, email, password, url=None, **extra):
    return client.post(url or reverse("login"), {"username": email, "password": password}, **extra)


def is_ingelogd(client) -> bool:
    return "_auth_user_id" in client.session


@pytest.fixture
def klok():
    with time_machine.travel(START, tick=False) as traveller:
        yield traveller


def test_sixth_wrong_password_is_refused_in_dutch_and_so_is_the_right_one(client, teamlid, klok):
    for _ in range(4):
        assert inloggen(client, teamlid.email, "fout").status_code == 200
    inloggen(client, teamlid.email, "fout")

    response = inloggen(client, teamlid.email, "nog-eens-fout")
    assert response.status_code == 429
    assert "Inloggen tijdelijk geblokkeerd" in response.text
    assert "Probeer het opnieuw na" in response.text
    assert '<main id="inhoud"' in response.text

    response = inloggen(client, teamlid.email, "wachtwoord")
    assert response.status_code == 429
    assert not is_ingelogd(client)


def test_writing_the_address_in_capitals_does_not_start_a_fresh_count(client, teamlid, klok):
    for i in range(5):
        email = teamlid.email.upper() if i % 2 else teamlid.email
        inloggen(client, email, "fout")
    assert inloggen(client, teamlid.email.title(), "wachtwoord").status_code == 429


def test_the_lock_lifts_after_a_quarter_of_an_hour_and_says_when(client, teamlid, klok):
    for _ in range(5):
        response = inloggen(client, teamlid.email, "fout")
    assert response.status_code == 429
    # 10:15 UTC is 11:15 in Amsterdam.
    assert "11:15" in response.text

    klok.shift(datetime.timedelta(minutes=16))
    response = inloggen(client, teamlid.email, "wachtwoord")
    assert response.status_code == 302
    assert is_ingelogd(client)


def test_the_lock_grows_while_the_guessing_goes_on(client, teamlid, klok):
    for _ in range(10):
        inloggen(client, teamlid.email, "fout")

    klok.shift(datetime.timedelta(minutes=16))
    assert inloggen(client, teamlid.email, "wachtwoord").status_code == 429

    klok.shift(datetime.timedelta(hours=2))
    assert inloggen(client, teamlid.email, "wachtwoord").status_code == 302


def test_a_successful_sign_in_clears_the_accounts_count(client, teamlid, klok):
    for _ in range(4):
        inloggen(client, teamlid.email, "fout")
    assert inloggen(client, teamlid.email, "wachtwoord").status_code == 302
    client.post(reverse("logout"))

    for _ in range(4):
        assert inloggen(client, teamlid.email, "fout").status_code == 200
    assert inloggen(client, teamlid.email, "wachtwoord").status_code == 302


def test_one_password_sprayed_over_many_accounts_blocks_the_address(client, teamlid, klok):
    accounts = UserFactory.create_batch(20)
    for account in accounts[:-1]:
        assert inloggen(client, account.email, "Zomer2025!").status_code == 200
    assert inloggen(client, accounts[-1].email, "Zomer2025!").status_code == 429

    assert inloggen(client, teamlid.email, "wachtwoord").status_code == 429
    # The account itself is not locked: from another address its owner gets in.
    assert inloggen(client, teamlid.email, "wachtwoord", REMOTE_ADDR="10.1.2.3").status_code == 302


def test_signing_in_to_one_working_account_does_not_wipe_the_addresss_count(client, teamlid, klok):
    accounts = UserFactory.create_batch(20)
    for account in accounts[:19]:
        inloggen(client, account.email, "Zomer2025!")
    assert inloggen(client, teamlid.email, "wachtwoord").status_code == 302
    client.post(reverse("logout"))

    assert inloggen(client, accounts[19].email, "Zomer2025!").status_code == 429


def test_the_admin_login_is_locked_too(client, db, klok):
    beheerder = UserFactory(is_staff=True, is_superuser=True)
    url = reverse("admin:login")
    for _ in range(5):
        response = inloggen(client, beheerder.email, "fout", url=url)
    assert response.status_code == 429
    assert "Inloggen tijdelijk geblokkeerd" in response.text

    assert inloggen(client, beheerder.email, "wachtwoord", url=url).status_code == 429
    assert not is_ingelogd(client)


def test_behind_a_proxy_the_address_is_the_one_the_proxy_saw(settings):
    factory = RequestFactory()
    forged_then_proxied = {"HTTP_X_FORWARDED_FOR": "1.2.3.4, 203.0.113.5"}

    settings.PROXY_COUNT = 1
    assert client_address(factory.get("/", **forged_then_proxied)) == "203.0.113.5"

    settings.PROXY_COUNT = 0
    assert client_address(factory.get("/", **forged_then_proxied)) == "127.0.0.1"


def test_addresses_behind_the_proxy_are_counted_apart(client, teamlid, settings, klok):
    settings.PROXY_COUNT = 1
    for _ in range(5):
        inloggen(client, teamlid.email, "fout", HTTP_X_FORWARDED_FOR="203.0.113.5")
    accounts = UserFactory.create_batch(20)
    for account in accounts:
        response = inloggen(
            client, account.email, "Zomer2025!", HTTP_X_FORWARDED_FOR="6.6.6.6, 203.0.113.7"
        )
    assert response.status_code == 429
    # Another address behind the same proxy still gets in.
    other = UserFactory()
    response = inloggen(client, other.email, "wachtwoord", HTTP_X_FORWARDED_FOR="203.0.113.9")
    assert response.status_code == 302


# Password reset


def vraag_link(client, email, **extra):
    response = client.post(reverse("password_reset"), {"email": email}, **extra)
    return response.status_code, response["Location"]


def test_reset_mails_per_address_stop_after_three_and_the_page_answers_the_same(
    client, teamlid, mailoutbox, django_capture_on_commit_callbacks, klok
):
    with django_capture_on_commit_callbacks(execute=True):
        antwoorden = {vraag_link(client, teamlid.email.upper()) for _ in range(6)}
        onbekend = vraag_link(client, "onbekend@example.nl")
    assert len(mailoutbox) == 3
    assert antwoorden == {onbekend} == {(302, reverse("password_reset_done"))}

    with django_capture_on_commit_callbacks(execute=True):
        vraag_link(client, UserFactory().email)
    assert len(mailoutbox) == 4

    klok.shift(datetime.timedelta(minutes=61))
    with django_capture_on_commit_callbacks(execute=True):
        vraag_link(client, teamlid.email)
    assert len(mailoutbox) == 5


def test_reset_mails_from_one_network_are_limited(
    client, db, mailoutbox, django_capture_on_commit_callbacks, klok
):
    with django_capture_on_commit_callbacks(execute=True):
        for account in UserFactory.create_batch(20):
            vraag_link(client, account.email)
    assert len(mailoutbox) == 20

    elders = UserFactory()
    with django_capture_on_commit_callbacks(execute=True):
        assert vraag_link(client, UserFactory().email) == (302, reverse("password_reset_done"))
        vraag_link(client, elders.email, REMOTE_ADDR="10.1.2.3")
    assert len(mailoutbox) == 21
    assert mailoutbox[-1].to == [elders.email]


# Password rules


def reset_link(client, user, mailoutbox, django_capture_on_commit_callbacks) -> str:
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("password_reset"), {"email": user.email})
    link = next(line for line in mailoutbox[-1].body.splitlines() if "/account/reset/" in line)
    return client.get(link.replace("http://testserver", ""), follow=True).request["PATH_INFO"]


@pytest.mark.parametrize(
    ("wachtwoord", "melding"),
    [
        ("koersdemo", "te kort"),
        ("Koersdemo-2025-lang", "“koers” en is daardoor te makkelijk te raden"),
    ],
)
def test_reset_refuses_weak_passwords(
    client, teamlid, mailoutbox, django_capture_on_commit_callbacks, wachtwoord, melding
):
    url = reset_link(client, teamlid, mailoutbox, django_capture_on_commit_callbacks)
    response = client.post(url, {"new_password1": wachtwoord, "new_password2": wachtwoord})
    assert response.status_code == 200
    assert melding in response.text
    teamlid.refresh_from_db()
    assert teamlid.check_password("wachtwoord")


def test_reset_accepts_a_long_unguessable_password(
    client, teamlid, mailoutbox, django_capture_on_commit_callbacks
):
    url = reset_link(client, teamlid, mailoutbox, django_capture_on_commit_callbacks)
    nieuw = "fietsen langs de Lek in maart"
    response = client.post(url, {"new_password1": nieuw, "new_password2": nieuw})
    assert response.status_code == 302
    teamlid.refresh_from_db()
    assert teamlid.check_password(nieuw)


def test_change_password_refuses_koersdemo(client, teamlid):
    client.force_login(teamlid)
    response = client.post(
        reverse("password_change"),
        {"old_password": "wachtwoord", "new_password1": "koersdemo", "new_password2": "koersdemo"},
    )
    assert response.status_code == 200
    assert "te kort" in response.text
    teamlid.refresh_from_db()
    assert teamlid.check_password("wachtwoord")


def test_admin_refuses_koersdemo_for_a_new_account_and_a_new_password(client, teamlid):
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    response = client.post(
        reverse("admin:scholen_user_add"),
        {
            "email": "nieuw@school.example.nl",
            "naam": "Nieuw",
            "usable_password": "true",
            "password1": "koersdemo",
            "password2": "koersdemo",
        },
    )
    assert response.status_code == 200
    assert "te kort" in response.text
    assert not User.objects.filter(email="nieuw@school.example.nl").exists()

    response = client.post(
        reverse("admin:auth_user_password_change", args=[teamlid.pk]),
        {"password1": "Koers-2025-beheer", "password2": "Koers-2025-beheer"},
    )
    assert response.status_code == 200
    assert "makkelijk te raden" in response.text
    teamlid.refresh_from_db()
    assert teamlid.check_password("wachtwoord")


def test_demo_accounts_keep_their_demo_password(client, db):
    demo.maak()
    response = inloggen(client, "sanne@baken.example.nl", demo.WACHTWOORD)
    assert response.status_code == 302


# Idle sessions


def test_a_session_left_alone_ends_and_one_in_use_goes_on(client, teamlid, klok):
    client.force_login(teamlid)
    for _ in range(3):
        klok.shift(datetime.timedelta(minutes=110))
        assert client.get(reverse("start")).status_code == 200

    klok.shift(datetime.timedelta(minutes=121))
    response = client.get(reverse("start"))
    assert response.status_code == 302
    assert response.url.startswith(reverse("login"))


def test_the_idle_time_is_a_setting(client, teamlid, settings, klok):
    settings.SESSION_COOKIE_AGE = 30 * 60
    client.force_login(teamlid)
    klok.shift(datetime.timedelta(minutes=31))
    assert client.get(reverse("start")).status_code == 302


def test_a_session_is_saved_at_most_once_a_minute(client, teamlid, klok):
    def verloopt():
        session = client.session
        return session.get_model_class().objects.get(session_key=session.session_key).expire_date

    client.force_login(teamlid)
    bij_inloggen = verloopt()
    klok.shift(datetime.timedelta(seconds=30))
    client.get(reverse("start"))
    assert verloopt() == bij_inloggen

    klok.shift(datetime.timedelta(seconds=31))
    client.get(reverse("start"))
    assert verloopt() == timezone.now() + datetime.timedelta(minutes=120)
