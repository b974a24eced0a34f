"""Ending a membership or deactivating a person ends their sessions: the browser they left
logged in is logged out, and reactivating the account does not bring that session back."""

import pytest
from django.contrib.admin.models import LogEntry
from django.contrib.sessions.models import Session
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from plg.models import PLGLid
from scholen.models import Lidmaatschap, Sessie, User

START = reverse("start")


def ingelogd(client, user):
    client.force_login(user)
    assert client.get(START).status_code == 200
    assert Sessie.objects.filter(user=user).exists()


def uitgelogd(client) -> bool:
    response = client.get(START)
    return response.status_code == 302 and reverse("login") in response["Location"]


def test_a_login_session_is_stored_with_its_person(client, teamlid):
    ingelogd(client, teamlid)
    sessie = Sessie.objects.get(session_key=client.session.session_key)
    assert sessie.user == teamlid
    assert sessie.get_decoded()["_auth_user_id"] == str(teamlid.pk)
    assert not Session.objects.exists()  # Django's own table is not used


def test_logging_out_leaves_no_session_of_the_person(client, teamlid):
    ingelogd(client, teamlid)
    client.post(reverse("logout"))
    assert not Sessie.objects.filter(user=teamlid).exists()


def test_ending_a_membership_logs_the_person_out_everywhere(client, plg_lid, school, other_school):
    Lidmaatschap.objects.create(user=plg_lid, school=other_school)
    ingelogd(client, plg_lid)
    sleutel = client.session.session_key

    Lidmaatschap.objects.get(user=plg_lid, school=school).beeindig()

    assert not Sessie.objects.filter(session_key=sleutel).exists()
    assert uitgelogd(client)
    assert not PLGLid.objects.filter(user=plg_lid).exists()


def test_deactivation_logs_out_and_reactivation_does_not_revive(client, teamlid):
    ingelogd(client, teamlid)
    teamlid.is_active = False
    teamlid.save()
    assert not Sessie.objects.filter(user=teamlid).exists()
    assert uitgelogd(client)

    teamlid.is_active = True
    teamlid.save()
    assert uitgelogd(client)


def test_other_peoples_sessions_stay(client, teamlid, schoolleider):
    ingelogd(client, schoolleider)
    teamlid.is_active = False
    teamlid.save()
    assert not uitgelogd(client)


def test_clearsessions_still_removes_expired_sessions(client, teamlid):
    ingelogd(client, teamlid)
    Sessie.objects.update(expire_date=timezone.now() - timezone.timedelta(days=1))
    call_command("clearsessions")
    assert not Sessie.objects.exists()


@pytest.fixture
def beheerder(client, admin_user):
    client.force_login(admin_user)
    return admin_user


def inline_data(user, lidmaatschappen, **wijzig):
    """The admin's change form of `user`, as the browser posts it."""
    data = {
        "email": user.email,
        "naam": user.naam,
        "is_active": "on",
        "last_login_0": "",
        "last_login_1": "",
        "date_joined_0": user.date_joined.strftime("%Y-%m-%d"),
        "date_joined_1": user.date_joined.strftime("%H:%M:%S"),
        "lidmaatschappen-TOTAL_FORMS": str(len(lidmaatschappen)),
        "lidmaatschappen-INITIAL_FORMS": str(len(lidmaatschappen)),
        "lidmaatschappen-MIN_NUM_FORMS": "0",
        "lidmaatschappen-MAX_NUM_FORMS": "1000",
        "bestuursfuncties-TOTAL_FORMS": "0",
        "bestuursfuncties-INITIAL_FORMS": "0",
        "bestuursfuncties-MIN_NUM_FORMS": "0",
        "bestuursfuncties-MAX_NUM_FORMS": "1000",
    }
    for i, lid in enumerate(lidmaatschappen):
        data.update(
            {
                f"lidmaatschappen-{i}-id": str(lid.pk),
                f"lidmaatschappen-{i}-user": str(user.pk),
                f"lidmaatschappen-{i}-school": str(lid.school_id),
                f"lidmaatschappen-{i}-rol": lid.rol,
                f"lidmaatschappen-{i}-functie": lid.functie,
            }
        )
    data.update(wijzig)
    return data


def test_deleting_a_membership_in_the_admin_ends_it(client, plg_lid, school):
    andere = Lidmaatschap.objects.get(user=plg_lid)
    ingelogd(client, plg_lid)
    sleutel = client.session.session_key
    admin = client.__class__()
    admin.force_login(User.objects.create_superuser("beheer@koers.example", "geheim-wachtwoord"))

    url = reverse("admin:scholen_user_change", args=[plg_lid.pk])
    response = admin.post(url, inline_data(plg_lid, [andere], **{"lidmaatschappen-0-DELETE": "on"}))

    assert response.status_code == 302, response.context["errors"] if response.context else ""
    assert not Lidmaatschap.objects.filter(user=plg_lid).exists()
    assert not PLGLid.objects.filter(user=plg_lid).exists()
    assert not Sessie.objects.filter(session_key=sleutel).exists()
    assert uitgelogd(client)
    assert LogEntry.objects.filter(object_id=str(plg_lid.pk)).exists()


def test_deactivating_in_the_admin_logs_out(client, teamlid):
    ingelogd(client, teamlid)
    admin = client.__class__()
    admin.force_login(User.objects.create_superuser("beheer@koers.example", "geheim-wachtwoord"))
    data = inline_data(teamlid, list(teamlid.lidmaatschappen.all()))
    del data["is_active"]

    response = admin.post(reverse("admin:scholen_user_change", args=[teamlid.pk]), data)

    assert response.status_code == 302
    assert not User.objects.get(pk=teamlid.pk).is_active
    assert uitgelogd(client)


def test_a_membership_cannot_be_moved_to_another_school_in_the_admin(client, plg_lid, other_school):
    lid = Lidmaatschap.objects.get(user=plg_lid)
    admin = client.__class__()
    admin.force_login(User.objects.create_superuser("beheer@koers.example", "geheim-wachtwoord"))
    data = inline_data(plg_lid, [lid], **{"lidmaatschappen-0-school": str(other_school.pk)})

    response = admin.post(reverse("admin:scholen_user_change", args=[plg_lid.pk]), data)

    assert response.status_code == 200
    assert "gaat niet over naar een andere school" in response.text
    assert Lidmaatschap.objects.get(pk=lid.pk).school_id == lid.school_id
