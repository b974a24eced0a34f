import datetime
import time

import pytest
import redis
from django.db.models import F
from django.utils import timezone

from meldingen.models import Herinnering, Melding
from meldingen.tasks import herinneringen_verzamelen
from monitoring.tests.factories import MonitormomentFactory
from plg.models import PLGRol
from plg.tests.factories import PLGFactory, PLGLidFactory
from scholen.models import Rol
from scholen.tests.factories import SchoolFactory, medewerker

from .conftest import REDIS_URL, sent_messages, wait_for


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


def test_two_senders_at_once_send_each_reminder_once(transactional_db, mailoutbox):
    """Two workers sending the same backlog at the same moment on PostgreSQL: the row locks
    (skip locked) divide the rows, so every e-mail goes out exactly once."""
    import threading

    from django.conf import settings
    from django.db import connections

    from meldingen import herinneringen, verzenden

    if settings.DATABASES["default"]["ENGINE"] != "django.db.backends.postgresql":
        pytest.skip("row locks need PostgreSQL")
    school = SchoolFactory()
    plg = PLGFactory(speerpunt__school=school)
    for _ in range(40):
        PLGLidFactory(plg=plg, user=medewerker(school, Rol.TEAMLID))
    vandaag = timezone.localdate()
    MonitormomentFactory(cyclus=plg.speerpunt.huidige_cyclus, datum=vandaag, sluitdatum=None)
    assert herinneringen.verzamel() == 40

    verstuurd = []
    start = threading.Barrier(2)

    def worker():
        try:
            start.wait()
            verstuurd.append(verzenden.verstuur())
        finally:
            connections.close_all()

    threads = [threading.Thread(target=worker) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert sum(verstuurd) == 40
    assert len(mailoutbox) == 40
    assert len({m.to[0] for m in mailoutbox}) == 40
    assert Melding.objects.count() == 40


def start_worker(outbox_dir, settings_module):
    import os
    import subprocess
    import sys

    from django.conf import settings

    from .conftest import REDIS_URL, ROOT

    database = settings.DATABASES["default"]
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": settings_module,
        "DATABASE_URL": (
            f"postgres://{database['USER']}@{database['HOST']}:{database['PORT']}/"
            f"{database['NAME']}"
        ),
        "REDIS_URL": REDIS_URL,
        "EMAIL_URL": "filemail://",
        "EMAIL_FILE_PATH": str(outbox_dir),
    }
    return subprocess.Popen(
        [sys.executable, "-m", "celery", "-A", "config", "worker", "--pool=solo",
         "--without-heartbeat", "--without-gossip", "--without-mingle", "--loglevel=INFO",
         "--hostname=herinneringen@%h"],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip


def test_a_killed_worker_loses_nothing(celery_worker, outbox_dir):
    """The worker dies (SIGKILL) in the middle of sending; the first send run after its claim
    on the rest has run out (Herinnering.VERZENDTIJD) delivers the rest."""
    from meldingen.tasks import herinneringen_versturen

    celery_worker.terminate()
    celery_worker.wait(timeout=30)
    school = SchoolFactory()
    plg = PLGFactory(speerpunt__school=school)
    leden = [medewerker(school, Rol.TEAMLID) for _ in range(12)]
    for user in leden:
        PLGLidFactory(plg=plg, user=user)
    vandaag = timezone.localdate()
    MonitormomentFactory(cyclus=plg.speerpunt.huidige_cyclus, datum=vandaag, sluitdatum=None)

    langzaam = start_worker(outbox_dir, "tests.integration.worker_settings")
    try:
        herinneringen_verzamelen.delay()
        assert wait_for(lambda: len(sent_messages(outbox_dir)) >= 4), "sending did not start"
    finally:
        langzaam.kill()
        langzaam.wait(timeout=30)
    halverwege = len(sent_messages(outbox_dir))
    assert halverwege < len(leden)
    assert Herinnering.objects.te_versturen().exists()

    # Until the dead run's claim runs out, another run leaves its rows alone.
    wachtrij = redis.Redis.from_url(REDIS_URL)
    opnieuw = start_worker(outbox_dir, "config.settings")
    try:
        herinneringen_versturen.delay()
        assert wait_for(lambda: wachtrij.llen("celery") == 0), "the worker took no task"
        time.sleep(2)
        assert len(sent_messages(outbox_dir)) == halverwege
        Herinnering.objects.exclude(in_verzending_sinds=None).update(
            in_verzending_sinds=F("in_verzending_sinds") - Herinnering.VERZENDTIJD
        )
        herinneringen_versturen.delay()
        assert wait_for(lambda: not Herinnering.objects.te_versturen().exists()), "rest not sent"
        time.sleep(1)
    finally:
        opnieuw.terminate()
        opnieuw.wait(timeout=30)

    ontvangers = [
        line.removeprefix("To: ")
        for m in sent_messages(outbox_dir)
        for line in m.splitlines()
        if line.startswith("To: ")
    ]
    assert set(ontvangers) == {user.email for user in leden}
    # A kill can land between handing a mail to the server and recording it as sent: that one
    # mail may go out twice, never more, and none is lost.
    assert len(ontvangers) <= len(leden) + 1
