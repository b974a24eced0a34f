"""Keys for cached HTML made of what the HTML shows.

A fragment cached under a key built from everything it shows can be served to anyone who may
see that content: new data makes a new key, so nothing is ever invalidated and nothing stale
is served. The key also holds the source of the templates that draw it (a deploy that changes
a template never serves the old picture), the language and the time zone it is written in.
"""

import hashlib

from django.template.loader import get_template
from django.utils import timezone
from django.utils.translation import get_language


def template_version(*names: str) -> str:
    """A hash of the source of the named templates."""
    source = "".join(get_template(name).template.source for name in names)
    return hashlib.sha256(source.encode()).hexdigest()[:16]


def content_key(kind: str, templates: tuple[str, ...], *shown) -> str:
    """The key of a fragment of `kind`, drawn by `templates` from the values `shown` (plain
    values whose repr says all they show: strings, numbers, dates, tuples of those)."""
    parts = (
        template_version(*templates),
        get_language(),
        timezone.get_current_timezone_name(),
        shown,
    )
    return f"{kind}:{hashlib.sha256(repr(parts).encode()).hexdigest()}"
