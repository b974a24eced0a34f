"""The session engine (settings.SESSION_ENGINE): Django's database sessions, with the person
each session belongs to stored in a column of its own, so `person.sessies.all().delete()`
logs them out everywhere. Everything else, `clearsessions` included, is Django's."""

from django.apps import apps
from django.contrib.sessions.backends.db import SessionStore as DatabaseSessionStore


class SessionStore(DatabaseSessionStore):
    @classmethod
    def get_model_class(cls):
        # Looked up by name: the model hands out this store, so the import goes one way.
        return apps.get_model("scholen", "Sessie")

    def create_model_instance(self, data):
        sessie = super().create_model_instance(data)
        try:
            sessie.user_id = int(data.get("_auth_user_id"))
        except (TypeError, ValueError):
            sessie.user_id = None
        return sessie
