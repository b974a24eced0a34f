import datetime
import time

from django.utils import timezone

from monitoring.models import Herinnering, Melding
from monitoring.tasks import herinneringen_verzamelen
from monitoring.tests.factories import MonitormomentFactory
from plg.models import PLGRol
from plg.tests.factories import PLGFactory, PLGLidFactory
from scholen.models import Rol
from scholen.tests.factories import SchoolFactory, medewerker

from .conftest import sent_messages, wait_for


def worker_idle(celery_worker) -> bool:
    """Nothing queued and nothing running: the solo worker answers a ping only when idle."""
    from config.celery import app

    with app.connection_for_write() as connection:
        queued = connection.default_channel.client.llen("celery")
    return queued == 0 and bool(app.control.ping(timeout=0.5))


def test_dispatch_through_the_broker_mails_each_person_exactly_once(celery_worker, outbox_dir):
    school = SchoolFactory()
    plg = PLGFactory(speerpunt__school=school)
    leden = [medewerker(school, Rol.TEAMLID) for _ in range(3)]
    for i, user in enumerate(leden):
        PLGLidFactory(plg=plg, user=user, rol=PLGRol.KARTREKKER if i == 0 else PLGRol.LID)
    vandaag = timezone.localdate()
    MonitormomentFactory(
        cyclus=plg.speerpunt.huidige_cyclus,
        datum=vandaag,
        sluitdatum=vandaag + datetime.timedelta(days=10),
    )

    herinneringen_verzamelen.delay()
    assert wait_for(lambda: len(sent_messages(outbox_dir)) >= 3), "no e-mail arrived"
    assert wait_for(lambda: worker_idle(celery_worker))

    herinneringen_verzamelen.delay()
    herinneringen_verzamelen.delay()
    assert wait_for(lambda: worker_idle(celery_worker))
    time.sleep(1)  # a duplicate delivery would land within this window

    messages = sent_messages(outbox_dir)
    ontvangers = sorted(
        line.removeprefix("To: ")
        for m in messages
        for line in m.splitlines()
        if line.startswith("To: ")
    )
    assert ontvangers == sorted(user.email for user in leden)
    assert Herinnering.objects.te_versturen().count() == 0
    assert Melding.objects.count() == 3
