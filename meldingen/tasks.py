from smtplib import SMTPException

from celery import shared_task

from core.tasks import enqueue

from . import herinneringen, verzenden


@shared_task
def herinneringen_verzamelen() -> int:
    """Beat job: record what is due today, then hand the sending to its own task."""
    nieuw = herinneringen.verzamel()
    # A broker that cannot take it loses nothing: the sending beat job finds the rows too.
    enqueue(herinneringen_versturen)
    return nieuw


@shared_task(
    autoretry_for=(SMTPException, OSError),
    retry_backoff=30,
    retry_backoff_max=3600,
    retry_jitter=True,
    max_retries=8,
)
def herinneringen_versturen() -> int:
    """Beat job and follow-up: send every recorded reminder that is due. A reminder whose mail
    fails waits on its own row for its next attempt (Herinnering.poging_mislukt); a mail
    server that cannot be reached stops the run, and this retry, ever later, picks it up."""
    return verzenden.verstuur()
