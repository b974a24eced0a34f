"""How responses leave the product: never kept by a cache, fragments kept apart from pages."""

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.cache import patch_vary_headers
from django_htmx.http import HttpResponseClientRedirect

# A school's pages, PDFs, exports and calendar feed belong to one person: no shared cache
# (a proxy, a school's web filter) and no disk cache of a shared computer may keep them.
PRIVATE = "private, no-store"


def mark_private(response: HttpResponse) -> HttpResponse:
    response["Cache-Control"] = PRIVATE
    response.headers.pop("Expires", None)
    return response


class PrivateResponsesMiddleware:
    """Every response to a signed-in person is marked private and not to be stored.

    A request without a session cookie, whose view did not use the session either, is left
    alone without touching the session: the health check keeps its own headers. Static files
    never get here (WhiteNoise answers them first).
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        # Asked after the view, so the answer to signing in is private as well.
        has_session = settings.SESSION_COOKIE_NAME in request.COOKIES or request.session.accessed
        if has_session and request.user.is_authenticated:
            mark_private(response)
        return response


def wants_fragment(request: HttpRequest) -> bool:
    """An htmx request for a region of the page. A history restore (the back button after htmx
    changed the address) also comes from htmx, but must get the whole page, or the browser
    shows a bare fragment."""
    return bool(request.htmx) and not request.htmx.history_restore_request


def vary_on_htmx(response: HttpResponse) -> HttpResponse:
    """A fragment and its page share one address: a cache must keep them apart."""
    patch_vary_headers(response, ("HX-Request", "HX-History-Restore-Request"))
    return response


def render_htmx(
    request: HttpRequest,
    template_name: str,
    context: dict,
    partial: str,
    redirect_to: str | None = None,
) -> HttpResponse:
    """The named partial of `template_name` for an htmx request. Otherwise the whole page, or,
    when `redirect_to` is given (a post that succeeded), a redirect there: the browser then
    loads the page with GET, and reloading it does not post again."""
    if wants_fragment(request):
        response = render(request, f"{template_name}#{partial}", context)
    elif redirect_to:
        response = redirect(redirect_to)
    else:
        response = render(request, template_name, context)
    return vary_on_htmx(response)


def redirect_htmx(request: HttpRequest, url: str) -> HttpResponse:
    """Sends the browser to `url` as a whole page. htmx would follow a plain redirect inside
    the region it swaps, so an htmx request is told with HX-Redirect instead."""
    response = HttpResponseClientRedirect(url) if wants_fragment(request) else redirect(url)
    return vary_on_htmx(response)
