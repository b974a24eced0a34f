import uuid

from django.conf import settings
from django.core.exceptions import SuspiciousOperation
from django.db import IntegrityError, models, transaction
from django.utils import timezone


class AlGemaakt(Exception):
    """This form was sent before and its object exists: go there instead of making another."""

    def __init__(self, url: str):
        super().__init__(url)
        self.url = url


class FormToken(models.Model):
    """The one-time token of a create form. The first post that claims it creates; every later
    post with the same token (a double click, a retried request) creates nothing and is sent
    to what the first one made."""

    token = models.UUIDField(unique=True)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    url = models.CharField(max_length=500)
    created_at = models.DateTimeField(default=timezone.now)

    def __str__(self):
        return str(self.token)

    @classmethod
    def claim(cls, request, form) -> "FormToken | None":
        """Claims the form's token inside the caller's transaction, the one that creates the
        object, so both commit or neither does. A token claimed before raises `AlGemaakt`;
        a form sent without a token (an old page) is not guarded. `url` is where a repeat is
        sent: the page the post came from, unless the caller records the new object's own."""
        token = form.form_token
        if token is None:
            return None
        assert transaction.get_connection().in_atomic_block, "claim inside the creation"
        try:
            # A second post with the same token waits here until the first one's
            # transaction ends, then fails on the unique token and reads what it made.
            with transaction.atomic():
                return cls.objects.create(
                    token=token, user=request.user, url=request.get_full_path()
                )
        except IntegrityError:
            eerder = cls.objects.filter(token=token, user=request.user).first()
            if eerder is None:
                raise SuspiciousOperation("Form token of another person") from None
            raise AlGemaakt(eerder.url) from None

    @classmethod
    def eerder(cls, user, tokens: list[str]) -> "FormToken | None":
        """The claim of one of these tokens by this person, if any was claimed before."""
        geldig = []
        for token in tokens:
            try:
                geldig.append(uuid.UUID(token))
            except ValueError:
                continue
        return cls.objects.filter(token__in=geldig, user=user).first() if geldig else None

    def gemaakt(self, url: str) -> None:
        """Records where the object made with this token lives."""
        self.url = url
        self.save(update_fields=["url"])
