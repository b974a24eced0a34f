"""Sending in chunks: each reminder still goes exactly once, whether one mail of a chunk fails,
a worker dies half-way through a chunk, two workers send at once, or a chunk is slow."""

import threading
from smtplib import SMTPRecipientsRefused

import pytest
import time_machine
from django.core import mail
from django.core.mail.backends.locmem import EmailBackend
from django.db import connection
from django.utils import timezone

from meldingen import verzenden
from meldingen.models import Herinnering, HerinneringQuerySet, Melding, Soort, Verzendstatus
from scholen.models import Rol
from scholen.tests.factories import medewerker


@pytest.fixture
def rijen(school):
    """Ten recorded reminders, each for another person of the school. Made by hand, so no
    source can call them lapsed: only the sending is under test."""
    mensen = [medewerker(school, Rol.TEAMLID) for _ in range(10)]
    return Herinnering.objects.bulk_create(
        Herinnering(
            bron="",
            object_id=i,
            soort=Soort.DIGEST,
            user=persoon,
            school=school,
            datum=timezone.localdate(),
            titel=f"Herinnering {i}",
        )
        for i, persoon in enumerate(mensen)
    )


@pytest.fixture
def chunks_van_vier(monkeypatch):
    monkeypatch.setattr(verzenden, "PER_RONDE", 4)


def ontvangers() -> list[str]:
    return [m.to[0] for m in mail.outbox]


def assert_elk_een_keer(rijen):
    """Every reminder went out, as one mail and one notification."""
    assert sorted(ontvangers()) == sorted(r.user.email for r in rijen)
    assert Melding.objects.count() == len(rijen)
    assert not Herinnering.objects.te_versturen().exists()


class WeigertEen(EmailBackend):
    onbekend = ""

    def send_messages(self, messages):
        for message in messages:
            if WeigertEen.onbekend in message.to:
                raise SMTPRecipientsRefused({WeigertEen.onbekend: (550, b"No such user")})
        return super().send_messages(messages)


def test_a_mail_that_fails_mid_chunk_loses_and_repeats_none_of_the_others(
    settings, chunks_van_vier, rijen
):
    settings.EMAIL_BACKEND = "meldingen.tests.test_verzenden_per_chunk.WeigertEen"
    fout = rijen[5]  # the second of the second chunk
    WeigertEen.onbekend = fout.user.email

    assert verzenden.verstuur() == 9
    assert verzenden.verstuur() == 0

    assert sorted(ontvangers()) == sorted(r.user.email for r in rijen if r != fout)
    assert Melding.objects.count() == 9
    assert not Melding.objects.filter(user=fout.user).exists()
    fout.refresh_from_db()
    assert (fout.verstuurd_op, fout.status, fout.pogingen) == (None, Verzendstatus.OPNIEUW, 1)
    assert fout.in_verzending_sinds is None


class Sterfgeval(BaseException):
    """The worker is killed: no handler of the product catches this."""


class SterftNaZes(EmailBackend):
    def send_messages(self, messages):
        if len(mail.outbox) == 6:
            raise Sterfgeval
        return super().send_messages(messages)


def test_a_worker_killed_mid_chunk_sends_nothing_twice_and_loses_nothing(
    settings, monkeypatch, chunks_van_vier, rijen
):
    settings.EMAIL_BACKEND = "meldingen.tests.test_verzenden_per_chunk.SterftNaZes"
    # A killed process tidies nothing up: its claim on the rest of its chunk stays, and the
    # notifications of what it sent are not written.
    monkeypatch.setattr(HerinneringQuerySet, "geef_vrij", lambda self: 0)
    monkeypatch.setattr(verzenden, "zet_in_lijst", lambda: 0)
    with time_machine.travel(timezone.now(), tick=False) as klok:
        with pytest.raises(Sterfgeval):
            verzenden.verstuur()
        monkeypatch.undo()
        settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
        assert len(mail.outbox) == 6
        assert Herinnering.objects.filter(verstuurd_op__isnull=False).count() == 6
        assert not Melding.objects.exists()

        # The next run takes what the dead one never claimed, keeps off what it did, and
        # writes the notifications it left unwritten.
        assert verzenden.verstuur() == 2
        assert Herinnering.objects.aan_de_beurt().count() == 0
        assert Melding.objects.count() == 8

        klok.shift(Herinnering.VERZENDTIJD)
        assert verzenden.verstuur() == 2
    assert_elk_een_keer(rijen)


def test_a_worker_stopped_mid_chunk_hands_its_claim_back_at_once(settings, chunks_van_vier, rijen):
    settings.EMAIL_BACKEND = "meldingen.tests.test_verzenden_per_chunk.SterftNaZes"
    with pytest.raises(Sterfgeval):
        verzenden.verstuur()
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    assert verzenden.verstuur() == 4
    assert_elk_een_keer(rijen)


def test_a_chunk_another_worker_claimed_is_left_to_it(chunks_van_vier, rijen):
    vandaag = timezone.localdate()
    claim = verzenden._neem(Herinnering.objects.aan_de_beurt(), 0, vandaag)
    assert claim is not None
    van_de_ander, _gezien = claim

    assert verzenden.verstuur() == 6
    assert verzenden._verstuur_chunk(van_de_ander) == 4
    assert_elk_een_keer(rijen)


class Traag(EmailBackend):
    """Each mail takes a quarter of the time a claim lasts."""

    klok = None

    def send_messages(self, messages):
        Traag.klok.shift(Herinnering.VERZENDTIJD / 4)
        return super().send_messages(messages)


def test_a_slow_chunk_hands_back_what_it_did_not_send_before_its_claim_runs_out(settings, rijen):
    settings.EMAIL_BACKEND = "meldingen.tests.test_verzenden_per_chunk.Traag"
    with time_machine.travel(timezone.now(), tick=False) as klok:
        Traag.klok = klok
        assert verzenden.verstuur() == 2
        assert Herinnering.objects.aan_de_beurt().count() == 8
        settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
        assert verzenden.verstuur() == 8
    assert_elk_een_keer(rijen)


def _verstuur_in_eigen_thread(start, verstuurd):
    start.wait()
    try:
        verstuurd.append(verzenden.verstuur())
    finally:
        connection.close()


def test_two_workers_at_once_send_each_reminder_once(transactional_db, chunks_van_vier, rijen):
    """On PostgreSQL the two runs really overlap, each in its own connection; SQLite writes
    one at a time, so there they come one after the other."""
    verstuurd = []
    if connection.vendor == "postgresql":
        start = threading.Barrier(2)
        threads = [
            threading.Thread(target=_verstuur_in_eigen_thread, args=(start, verstuurd))
            for _ in range(2)
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    else:
        verstuurd = [verzenden.verstuur(), verzenden.verstuur()]
    assert sum(verstuurd) == len(rijen)
    assert_elk_een_keer(rijen)
