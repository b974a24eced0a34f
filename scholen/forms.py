from django.contrib.auth.forms import PasswordResetForm
from django.template import loader

from core.tasks import send_email


class KoersPasswordResetForm(PasswordResetForm):
    """Sends the reset link from the worker, so the page answers at once and a mail server
    that is briefly down does not lose the message."""

    def send_mail(
        self,
        subject_template_name,
        email_template_name,
        context,
        from_email,
        to_email,
        html_email_template_name=None,
    ):
        subject = "".join(loader.render_to_string(subject_template_name, context).splitlines())
        body = loader.render_to_string(email_template_name, context)
        send_email.delay_on_commit(subject, body, [to_email])
