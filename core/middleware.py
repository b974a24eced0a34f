from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.utils.translation import gettext

from .http import redirect_htmx
from .models import AlGemaakt, FormToken


class FormTokenMiddleware:
    """A create form sent again (double click, retried request) is answered with the page of
    what the first post made, for a plain request and an htmx one alike."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_view(self, request: HttpRequest, view_func, view_args, view_kwargs):
        # A repeat that comes after the first post finished is answered before the view runs,
        # so it is not refused by checks the first post changed the answer of (a limit, a
        # name taken). Repeats at the same moment are caught by `FormToken.claim`.
        if request.method != "POST" or not request.user.is_authenticated:
            return None
        tokens = [v for k, v in request.POST.items() if k.rsplit("-", 1)[-1] == "form_token"]
        eerder = FormToken.eerder(request.user, tokens)
        return self.process_exception(request, AlGemaakt(eerder.url)) if eerder else None

    def process_exception(self, request: HttpRequest, exception: Exception):
        if not isinstance(exception, AlGemaakt):
            return None
        messages.info(
            request, gettext("Dit formulier was al verstuurd; er is niets dubbel gemaakt.")
        )
        return redirect_htmx(request, exception.url)
