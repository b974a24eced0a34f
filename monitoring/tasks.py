from smtplib import SMTPException

from celery import shared_task

from . import herinneringen


@shared_task
def herinneringen_verzamelen() -> int:
    """Beat job: record what is due today, then hand the sending to its own task."""
    nieuw = herinneringen.verzamel()
    herinneringen_versturen.delay()
    return nieuw


@shared_task(
    autoretry_for=(SMTPException, OSError),
    retry_backoff=30,
    retry_backoff_max=3600,
    retry_jitter=True,
    max_retries=8,
)
def herinneringen_versturen() -> int:
    """Beat job and follow-up: send every recorded reminder not sent yet. A mail server that
    fails leaves its rows unsent; the retry, ever later, picks them up."""
    return herinneringen.verstuur()
