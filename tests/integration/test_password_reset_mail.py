import time

from django.urls import reverse

from scholen.models import Rol
from scholen.tests.factories import SchoolFactory, medewerker

from .conftest import sent_messages, wait_for


def test_reset_mail_goes_through_the_worker_exactly_once(client, celery_worker, outbox_dir):
    user = medewerker(SchoolFactory(), Rol.TEAMLID, email="lisa@school.example.nl")
    response = client.post(reverse("password_reset"), {"email": user.email})
    assert response.status_code == 302

    assert wait_for(lambda: len(sent_messages(outbox_dir)) >= 1), "no e-mail arrived"
    time.sleep(1)  # a duplicate delivery would land within this window
    messages = sent_messages(outbox_dir)
    assert len(messages) == 1
    assert "To: lisa@school.example.nl" in messages[0]
    assert "/account/reset/" in messages[0]
