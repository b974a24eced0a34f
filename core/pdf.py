"""PDF rendering with WeasyPrint, closed off from everything but our own static files.

A PDF is rendered from HTML that contains text people typed. Whatever URL ends up in it (an
image from `file:///etc/passwd`, a stylesheet on another server, a redirect) must not be
fetched: the renderer only ever reads files that the staticfiles finders serve, and refuses
every other URL, so such a reference leaves an inert PDF.
"""

import atexit
import functools
import logging
import posixpath
import threading
from urllib.parse import unquote, urlsplit

from django.contrib.staticfiles import finders
from django.utils.translation import gettext_lazy as _

# Documents are rendered with this base URL, so `{% static %}`-style relative references
# resolve to it. The .invalid top-level domain never resolves; nothing goes over a network.
STATIC_BASE = "https://static.koers.invalid/"

# What an administrator installs when WeasyPrint cannot load its libraries.
DEBIAN_PACKAGES = "libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0"

MIME_TYPES = {
    ".css": "text/css",
    ".ttf": "font/ttf",
    ".woff": "font/woff",
    ".woff2": "font/woff2",
    ".svg": "image/svg+xml",
    ".png": "image/png",
}


# WeasyPrint reports every rendering step at INFO; only its warnings (a refused URL) matter.
logging.getLogger("weasyprint.progress").setLevel(logging.WARNING)
# Without HarfBuzz's subsetter WeasyPrint subsets the fonts with fontTools, which logs every
# table of every font at INFO: dozens of lines and a tenth of a second per render.
logging.getLogger("fontTools").setLevel(logging.WARNING)


class GeweigerdeURL(ValueError):
    """A URL the renderer will not fetch."""


def static_path(url: str) -> str:
    """The path of one of our static files for `url`, or GeweigerdeURL."""
    parts = urlsplit(url)
    base = urlsplit(STATIC_BASE)
    if (parts.scheme, parts.netloc) != (base.scheme, base.netloc):
        raise GeweigerdeURL(f"Alleen eigen bestanden: {url[:80]}")
    relative = posixpath.normpath(unquote(parts.path)).lstrip("/")
    if relative.startswith("..") or "\\" in relative or "\x00" in relative:
        raise GeweigerdeURL(f"Pad buiten de statische bestanden: {url[:80]}")
    if posixpath.splitext(relative)[1].lower() not in MIME_TYPES:
        raise GeweigerdeURL(f"Geen toegestaan bestandstype: {url[:80]}")
    found = finders.find(relative)
    if not found:
        raise GeweigerdeURL(f"Niet gevonden: {url[:80]}")
    return found


def _fetcher_class():
    from weasyprint.urls import URLFetcher, URLFetcherResponse

    class StaticOnlyFetcher(URLFetcher):
        """Serves our static files and refuses everything else, redirects included (there is
        no network request to redirect)."""

        def fetch(self, url, headers=None):
            path = static_path(url)
            with open(path, "rb") as handle:
                body = handle.read()
            mime = MIME_TYPES[posixpath.splitext(path)[1].lower()]
            return URLFetcherResponse(url, body, {"Content-Type": mime})

    return StaticOnlyFetcher


@functools.cache
def weasyprint_fout() -> str:
    """Empty when WeasyPrint can render here; otherwise why not (its system libraries are
    missing), so the rest of the product keeps running and the page says what to install."""
    try:
        import weasyprint  # noqa: F401
    except (ImportError, OSError) as exc:
        return str(exc) or exc.__class__.__name__
    return ""


def installatie_hint() -> str:
    return str(
        _("PDF's maken kan hier nog niet. Installeer de systeembibliotheken: apt-get install %s")
        % DEBIAN_PACKAGES
    )


# The parsed stylesheets and their fonts are shared by every render in the process; Pango's
# font map is not made for use from two threads at once.
_render_lock = threading.Lock()


@functools.cache
def _stylesheets(paths: tuple[str, ...]):
    """Parsed once per process, with the fonts they declare: a worker that renders many PDFs
    loads the font files only for the first."""
    from weasyprint import CSS
    from weasyprint.text.fonts import FontConfiguration

    font_config = FontConfiguration()
    fetcher = _fetcher_class()()
    css = [
        CSS(url=STATIC_BASE + path, url_fetcher=fetcher, font_config=font_config) for path in paths
    ]
    return css, font_config


# Let go of the fonts before the interpreter tears WeasyPrint's modules down.
atexit.register(_stylesheets.cache_clear)


def voorbereiden(stylesheets: tuple[str, ...] = ()) -> None:
    """Loads WeasyPrint and parses `stylesheets` with their fonts: a worker process does this
    when it starts, not during the first PDF someone waits for. Without WeasyPrint's system
    libraries it does nothing (the page says what to install)."""
    if weasyprint_fout():
        return
    with _render_lock:
        _stylesheets(tuple(stylesheets))


def render_pdf(html: str, stylesheets: tuple[str, ...] = ()) -> bytes:
    """Renders an HTML document (with <title> and <html lang>) to PDF bytes. `stylesheets` are
    paths below our static folder."""
    from weasyprint import HTML

    document = HTML(string=html, base_url=STATIC_BASE, url_fetcher=_fetcher_class()())
    with _render_lock:
        css, font_config = _stylesheets(tuple(stylesheets))
        return document.write_pdf(stylesheets=css, font_config=font_config)
