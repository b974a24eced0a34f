"""Settings of the worker in the kill test: the product's own, with a slow outbox."""

from config.settings import *  # noqa: F403

EMAIL_BACKEND = "tests.integration.langzame_mail.LangzameMail"
