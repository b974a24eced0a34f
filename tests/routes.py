"""Every route of the URL configuration, for the tests that are built from it."""

from django.urls import URLPattern, URLResolver, get_resolver


def routes(resolver=None, prefix: str = "", namespace: str = ""):
    """Yields (route, name) for every route, with the route's full pattern and its name
    prefixed by its namespaces ("plg:werkruimte"); an unnamed route has the name ""."""
    for entry in (resolver or get_resolver()).url_patterns:
        route = prefix + str(entry.pattern)
        if isinstance(entry, URLResolver):
            inner = ":".join(filter(None, [namespace, entry.namespace]))
            yield from routes(entry, route, inner)
        elif isinstance(entry, URLPattern):
            yield route, ":".join(filter(None, [namespace, entry.name or ""])) if entry.name else ""
