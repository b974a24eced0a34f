"""A mail backend for the worker in the kill test: slow enough to stop the worker half-way."""

import time

from django.core.mail.backends.filebased import EmailBackend


class LangzameMail(EmailBackend):
    def send_messages(self, messages):
        time.sleep(0.4)
        return super().send_messages(messages)
