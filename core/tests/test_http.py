"""The htmx answers of core.http: a fragment only for htmx, the whole page for a history
restore and a plain request, and always a Vary that keeps the two apart in a cache."""

import copy

import pytest
from django.test import RequestFactory
from django_htmx.middleware import HtmxDetails

from core.http import redirect_htmx, render_htmx, wants_fragment

PAGINA = (
    "<html><h1>Pagina</h1>{% load partials %}"
    "{% partialdef regio inline %}<p>Regio</p>{% endpartialdef %}</html>"
)
VARY = {"HX-Request", "HX-History-Restore-Request"}
HTMX = {"HX-Request": "true"}
HERSTEL = {"HX-Request": "true", "HX-History-Restore-Request": "true"}


@pytest.fixture(autouse=True)
def _sjabloon(settings):
    templates = copy.deepcopy(settings.TEMPLATES)
    templates[0]["OPTIONS"]["loaders"] = [
        (
            "template_partials.loader.Loader",
            [("django.template.loaders.locmem.Loader", {"toets.html": PAGINA})],
        )
    ]
    templates[0]["OPTIONS"]["context_processors"] = []
    settings.TEMPLATES = templates


def _verzoek(method="get", headers=None):
    request = getattr(RequestFactory(), method)("/", headers=headers or {})
    request.htmx = HtmxDetails(request)
    return request


def _vary(response) -> set[str]:
    return {deel.strip() for deel in response.get("Vary", "").split(",") if deel.strip()}


def test_an_htmx_request_gets_the_fragment():
    response = render_htmx(_verzoek(headers=HTMX), "toets.html", {}, "regio")
    assert response.content.decode().strip() == "<p>Regio</p>"
    assert _vary(response) >= VARY


def test_a_plain_request_gets_the_whole_page():
    response = render_htmx(_verzoek(), "toets.html", {}, "regio")
    assert "<h1>Pagina</h1>" in response.content.decode()
    assert _vary(response) >= VARY


def test_a_history_restore_gets_the_whole_page_never_a_fragment():
    request = _verzoek(headers=HERSTEL)
    assert not wants_fragment(request)
    response = render_htmx(request, "toets.html", {}, "regio")
    assert "<h1>Pagina</h1>" in response.content.decode()
    assert _vary(response) >= VARY


def test_after_a_post_htmx_gets_the_fragment_and_a_plain_form_a_redirect():
    fragment = render_htmx(_verzoek("post", HTMX), "toets.html", {}, "regio", redirect_to="/t/")
    assert fragment.status_code == 200
    assert fragment.content.decode().strip() == "<p>Regio</p>"
    assert _vary(fragment) >= VARY
    terug = render_htmx(_verzoek("post"), "toets.html", {}, "regio", redirect_to="/t/")
    assert terug.status_code == 302
    assert terug["Location"] == "/t/"
    assert _vary(terug) >= VARY


def test_a_post_with_errors_without_htmx_gets_the_whole_page_again():
    response = render_htmx(_verzoek("post"), "toets.html", {}, "regio", redirect_to=None)
    assert response.status_code == 200
    assert "<h1>Pagina</h1>" in response.content.decode()


def test_redirect_htmx_tells_htmx_to_load_a_whole_page():
    response = redirect_htmx(_verzoek("post", HTMX), "/elders/")
    assert response["HX-Redirect"] == "/elders/"
    assert _vary(response) >= VARY
    gewoon = redirect_htmx(_verzoek("post"), "/elders/")
    assert gewoon.status_code == 302
    assert gewoon["Location"] == "/elders/"
    assert "HX-Redirect" not in gewoon
    assert _vary(gewoon) >= VARY
