import re

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from scholen.models import Wachtwoordherstel
from scholen.tasks import herstelmails_doorgeven, verstuur_herstelmail


def vraag_herstel(client, email, capture):
    with CaptureQueriesContext(connection) as queries, capture(execute=True):
        response = client.post(reverse("password_reset"), {"email": email})
    # The statements the page ran, without their values.
    return response, [re.sub(r"'[^']*'|\b\d+\b", "?", q["sql"]) for q in queries]


def test_with_the_broker_down_known_and_unknown_addresses_get_the_same_answer_and_work(
    client, teamlid, mailoutbox, django_capture_on_commit_callbacks, broker_down
):
    bekend, werk_bekend = vraag_herstel(client, teamlid.email, django_capture_on_commit_callbacks)
    onbekend, werk_onbekend = vraag_herstel(
        client, "onbekend@example.nl", django_capture_on_commit_callbacks
    )
    assert bekend.status_code == onbekend.status_code == 302
    assert bekend.url == onbekend.url
    assert werk_bekend == werk_onbekend
    assert mailoutbox == []
    assert Wachtwoordherstel.objects.filter(doorgegeven_op=None).count() == 2


def test_requests_recorded_while_the_broker_was_down_are_sent_once_it_is_back(
    client, teamlid, mailoutbox, django_capture_on_commit_callbacks, broker_down
):
    for email in [teamlid.email, "onbekend@example.nl"]:
        vraag_herstel(client, email, django_capture_on_commit_callbacks)
    # Still down: the beat job hands nothing over and loses nothing.
    assert herstelmails_doorgeven() == 0
    assert Wachtwoordherstel.objects.count() == 2
    broker_down.herstel()

    assert herstelmails_doorgeven() == 2
    assert [m.to for m in mailoutbox] == [[teamlid.email]]
    assert "/account/reset/" in mailoutbox[0].body
    assert not Wachtwoordherstel.objects.exists()


def test_a_task_delivered_twice_sends_one_mail(teamlid, mailoutbox):
    aanvraag = Wachtwoordherstel.objects.create(email=teamlid.email, domein="koers.example.nl")
    verstuur_herstelmail(aanvraag.pk)
    verstuur_herstelmail(aanvraag.pk)
    assert len(mailoutbox) == 1
    assert "http://koers.example.nl/account/reset/" in mailoutbox[0].body
