"""Two-step sign-in for beheerders: the admin opens only after a code from an authenticator
app, for whoever has one, and in production every beheerder sets one up first."""

import datetime
from binascii import unhexlify

import pytest
import time_machine
from django.urls import reverse
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from scholen.tests.factories import UserFactory
from scholen.views import OTP_SETUP_SESSION_KEY

START = datetime.datetime(2025, 3, 10, 10, 0, tzinfo=datetime.UTC)


@pytest.fixture
def klok():
    with time_machine.travel(START, tick=False) as traveller:
        yield traveller


@pytest.fixture
def beheerder(db):
    return UserFactory(naam="Bea Beheer", is_staff=True, is_superuser=True)


@pytest.fixture
def verplicht(settings):
    settings.BEHEER_TWEESTAPS_VERPLICHT = True


@pytest.fixture
def app(beheerder):
    return TOTPDevice.objects.create(user=beheerder, name="Telefoon", confirmed=True)


def code(key: str) -> str:
    return f"{totp(unhexlify(key)):06d}"


def test_a_beheerder_without_an_app_is_sent_to_set_one_up_before_the_admin(
    client, beheerder, verplicht, klok
):
    client.force_login(beheerder)
    response = client.get(reverse("admin:index"), follow=True)
    assert response.request["PATH_INFO"] == reverse("otp_setup")
    assert "Tweestapsverificatie instellen" in response.text
    assert 'src="data:image/svg+xml' in response.text
    assert "otpauth://totp/Koers" in response.text

    key = client.session[OTP_SETUP_SESSION_KEY]
    response = client.post(reverse("otp_setup"), {"code": code(key), "next": "/beheer/"})
    assert response.status_code == 302
    assert response.url == "/beheer/"
    assert client.get(reverse("admin:index")).status_code == 200
    assert TOTPDevice.objects.get(user=beheerder).confirmed


def test_a_wrong_code_sets_up_nothing(client, beheerder, verplicht, klok):
    client.force_login(beheerder)
    client.get(reverse("otp_setup"))
    response = client.post(reverse("otp_setup"), {"code": "000000"})
    assert response.status_code == 200
    assert "Deze code klopt niet" in response.text
    assert not TOTPDevice.objects.exists()
    assert client.get(reverse("admin:index")).status_code == 302


def test_opening_the_setup_page_stores_nothing(client, beheerder, verplicht):
    client.force_login(beheerder)
    first = client.get(reverse("otp_setup"))
    second = client.get(reverse("otp_setup"))
    assert not TOTPDevice.objects.exists()
    # The key stays the same until it is confirmed, so a reload does not void a scan.
    assert first.context["sleutel"] == second.context["sleutel"]


def test_with_an_app_the_password_alone_does_not_open_the_admin(client, beheerder, app, klok):
    response = client.post(
        f"{reverse('admin:login')}?next=/beheer/",
        {"username": beheerder.email, "password": "wachtwoord", "next": "/beheer/"},
        follow=True,
    )
    assert response.request["PATH_INFO"] == reverse("otp_verify")
    assert "Code uit je app" in response.text

    response = client.post(reverse("otp_verify"), {"code": "123456", "next": "/beheer/"})
    assert response.status_code == 200
    assert "Deze code klopt niet" in response.text
    assert client.get(reverse("admin:index")).status_code == 302

    klok.shift(datetime.timedelta(seconds=5))
    response = client.post(reverse("otp_verify"), {"code": code(app.key), "next": "/beheer/"})
    assert response.status_code == 302
    assert response.url == "/beheer/"
    assert client.get(reverse("admin:index")).status_code == 200


def test_a_used_code_does_not_open_the_admin_again(client, beheerder, app, klok):
    client.force_login(beheerder)
    gebruikt = code(app.key)
    assert client.post(reverse("otp_verify"), {"code": gebruikt}).status_code == 302

    client.logout()
    client.force_login(beheerder)
    response = client.post(reverse("otp_verify"), {"code": gebruikt})
    assert response.status_code == 200
    assert client.get(reverse("admin:index")).status_code == 302


def test_the_code_page_sends_nobody_to_another_site(client, beheerder, app, klok):
    client.force_login(beheerder)
    response = client.post(
        reverse("otp_verify"), {"code": code(app.key), "next": "https://aanvaller.example/"}
    )
    assert response.url == reverse("admin:index")


def test_without_the_requirement_a_beheerder_without_an_app_reaches_the_admin(client, beheerder):
    client.force_login(beheerder)
    assert client.get(reverse("admin:index")).status_code == 200


def test_ordinary_people_are_never_asked_for_a_code(client, teamlid, verplicht):
    response = client.post(
        reverse("login"), {"username": teamlid.email, "password": "wachtwoord"}, follow=True
    )
    assert response.request["PATH_INFO"] == reverse("start")
    assert client.get(reverse("otp_setup")).status_code == 403
