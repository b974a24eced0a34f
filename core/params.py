"""Reading ids and numbers that a request carries outside a form.

A value a browser of this product never sends (letters, a sign, a number no column holds) is
the sender's mistake: it answers 400, and never reaches a query, where it would be a 500.
"""

import re

from django.core.exceptions import BadRequest

# ASCII digits only: str.isdigit() also says yes to "²" and "١", which int() or the database
# refuse. Eighteen digits stay below the largest value of a 64-bit id column.
_ID = re.compile(r"[0-9]{1,18}")
_NUMBER = re.compile(r"[0-9]{1,9}")


def parse_id(value) -> int:
    """`value` as a row id, or BadRequest."""
    if isinstance(value, int) and not isinstance(value, bool) and 0 <= value < 10**18:
        return value
    if isinstance(value, str) and _ID.fullmatch(value):
        return int(value)
    raise BadRequest("malformed id")


def posted_id(request, name: str) -> int:
    """The id a form posted under `name`; a missing or malformed one is a 400."""
    return parse_id(request.POST.get(name, ""))


def query_id(request, name: str) -> int | None:
    """The id in the address's query under `name`, None when it is absent or empty."""
    value = request.GET.get(name, "")
    return parse_id(value) if value else None


def posted_number(request, name: str) -> int:
    """A number a form posted under `name` (a place in a list, a count): a 400 when it is
    missing or not a plain number of at most nine digits."""
    value = request.POST.get(name, "")
    if not _NUMBER.fullmatch(value):
        raise BadRequest("malformed number")
    return int(value)


def query_text(request, name: str) -> str:
    """Free text from the address's query (a search, a label filter), trimmed. A NUL byte is
    never typed, and PostgreSQL refuses it in a query: a 400."""
    value = request.GET.get(name, "")
    if "\x00" in value:
        raise BadRequest("NUL in query text")
    return value.strip()


def page_number(value) -> int:
    """A page number from the address; anything that is not a plain positive number of at most
    nine digits is the first page, as Django's paginator treats it."""
    if isinstance(value, str) and _NUMBER.fullmatch(value) and int(value) > 0:
        return int(value)
    return 1
