from celery import shared_task
from django.core.mail import EmailMultiAlternatives


@shared_task(autoretry_for=(OSError,), retry_backoff=30, retry_backoff_max=3600, max_retries=8)
def send_email(subject: str, body: str, to: list[str], html: str | None = None) -> None:
    """Sends one e-mail; a mail server that is down is tried again later, ever less often."""
    message = EmailMultiAlternatives(subject, body, to=to)
    if html:
        message.attach_alternative(html, "text/html")
    message.send()
