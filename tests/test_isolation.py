"""Walks every page under /scholen/<school_pk>/ as an outsider and as an anonymous visitor.

Each app tests its own views with real objects; this catches the page someone forgets.
"""

import re

import pytest

from tests.routes import routes

SCHOOL_URL = re.compile(r"^scholen/<int:school_pk>/")


def school_routes():
    return sorted({route for route, _name in routes() if SCHOOL_URL.match(route)})


def _url(route, school_pk):
    path = route.replace("<int:school_pk>", str(school_pk))
    path = re.sub(r"<int:\w+>", "1", path)
    path = re.sub(r"<(?:str|slug):\w+>", "x", path)
    path = re.sub(r"<uuid:\w+>", "00000000-0000-0000-0000-000000000000", path)
    return "/" + path.lstrip("^").rstrip("$")


def test_there_are_school_pages_to_check():
    assert len(school_routes()) >= 1


@pytest.mark.parametrize("route", school_routes())
def test_outsider_gets_404_on_every_school_page(client, outsider, school, route):
    client.force_login(outsider)
    url = _url(route, school.pk)
    assert client.get(url).status_code in {404, 405}, url
    assert client.post(url).status_code in {404, 405}, url


@pytest.mark.parametrize("route", school_routes())
def test_anonymous_is_sent_to_login_from_every_school_page(client, school, route):
    url = _url(route, school.pk)
    response = client.get(url)
    assert response.status_code in {302, 405}, url
    if response.status_code == 302:
        assert response.url.startswith("/account/login/"), url
