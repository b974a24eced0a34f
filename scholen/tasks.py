import datetime

from celery import shared_task
from django.contrib.auth.forms import PasswordResetForm
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.db.models import Q
from django.template import loader
from django.utils import timezone

from core.mail import onderwerpregel
from core.tasks import enqueue

from .models import Wachtwoordherstel

# A request handed over this long ago and still not sent was lost with the broker's memory.
VERLOREN_NA = datetime.timedelta(hours=1)


class HerstelmailForm(PasswordResetForm):
    """Django's lookup, link and templates, but a mail server that fails raises, so the task
    tries again instead of the link being lost."""

    def send_mail(
        self,
        subject_template_name,
        email_template_name,
        context,
        from_email,
        to_email,
        html_email_template_name=None,
    ):
        subject = loader.render_to_string(subject_template_name, context)
        body = loader.render_to_string(email_template_name, context)
        EmailMultiAlternatives(onderwerpregel(subject), body, from_email, [to_email]).send()


@shared_task(autoretry_for=(OSError,), retry_backoff=30, retry_backoff_max=3600, max_retries=8)
def verstuur_herstelmail(aanvraag_pk: int) -> None:
    """Sends the reset link of one request, if the address belongs to someone. The row is
    deleted in the same transaction, so a second delivery of the task sends nothing."""
    with transaction.atomic():
        aanvraag = Wachtwoordherstel.objects.select_for_update().filter(pk=aanvraag_pk).first()
        if aanvraag is None:
            return
        form = HerstelmailForm({"email": aanvraag.email})
        if form.is_valid():
            form.save(domain_override=aanvraag.domein, use_https=aanvraag.https)
        aanvraag.delete()


def geef_herstel_door(aanvraag_pk: int) -> bool:
    """Hands a recorded request to the worker; while the broker is down it stays recorded for
    `herstelmails_doorgeven`."""
    if not enqueue(verstuur_herstelmail, aanvraag_pk):
        return False
    Wachtwoordherstel.objects.filter(pk=aanvraag_pk).update(doorgegeven_op=timezone.now())
    return True


@shared_task
def herstelmails_doorgeven() -> int:
    """Beat job: hands over every reset request the broker could not take. Returns how many."""
    wachtend = Wachtwoordherstel.objects.filter(
        Q(doorgegeven_op=None) | Q(doorgegeven_op__lt=timezone.now() - VERLOREN_NA)
    ).order_by("created_at")
    doorgegeven = 0
    for aanvraag_pk in wachtend.values_list("pk", flat=True):
        if not geef_herstel_door(aanvraag_pk):
            break
        doorgegeven += 1
    return doorgegeven
