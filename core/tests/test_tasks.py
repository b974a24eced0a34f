import datetime

import time_machine
from django.utils import timezone

from core.models import FormToken
from core.tasks import enqueue, formtokens_opruimen
from verbeterplan.tasks import pdfs_nakijken


def test_a_broker_that_is_down_is_reported_not_raised(broker_down):
    assert enqueue(pdfs_nakijken) is False


def test_a_broker_that_is_up_takes_the_task(db):
    assert enqueue(pdfs_nakijken) is True


def test_form_tokens_are_forgotten_after_a_day(teamlid):
    FormToken.objects.create(token="6f1c7a52-1d0b-4a57-9b87-4d3c2a1f0e11", user=teamlid, url="/")
    assert formtokens_opruimen() == 0
    with time_machine.travel(timezone.now() + datetime.timedelta(days=1, minutes=1)):
        assert formtokens_opruimen() == 1
