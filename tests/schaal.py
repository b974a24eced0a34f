"""What a page costs, measured at two sizes of history: the number of queries and the bytes
of HTML. A page whose cost is pinned this way stays as fast for a school that is ten years old
as for one that started last month."""

from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

# Bytes a page may differ by between sizes: a count or a date that prints a digit longer.
SPELING = 400


def meet(client, url: str) -> tuple[int, int]:
    """(queries, bytes) of one GET of `url`, with every cached fragment cold."""
    client.get(url)
    cache.clear()
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    return len(queries.captured_queries), len(response.content)


def assert_vlak(client, url: str, groei, *, speling: int = SPELING) -> None:
    """Measures `url`, lets `groei()` pile up history, and measures again: the same number of
    queries and, within `speling`, the same number of bytes."""
    klein = meet(client, url)
    groei()
    groot = meet(client, url)
    assert groot[0] == klein[0], f"{url}: {klein[0]} queries grew to {groot[0]}"
    assert abs(groot[1] - klein[1]) <= speling, f"{url}: {klein[1]} bytes grew to {groot[1]}"
