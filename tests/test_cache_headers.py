"""What a browser, a proxy or the back button may keep: nothing private, never a bare fragment."""

import pytest
from django.urls import reverse
from django.utils.cache import get_max_age

from meldingen.models import Voorkeuren
from scholen.tests.volle_school import vul_school
from verbeterplan.models import ExportStatus

HTMX = {"HX-Request": "true"}
HISTORY_RESTORE = {"HX-Request": "true", "HX-History-Restore-Request": "true"}


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


def assert_private(response):
    assert response["Cache-Control"] == "private, no-store", response.get("Cache-Control")
    assert "Expires" not in response


def vary(response) -> set[str]:
    return {h.strip().lower() for h in response.get("Vary", "").split(",")}


def test_a_page_is_private(client, schoolleider, school):
    client.force_login(schoolleider)
    assert_private(client.get(reverse("cyclus:dashboard", args=[school.pk])))


def test_the_answer_to_signing_in_is_private(client, schoolleider):
    schoolleider.set_password("een-goed-wachtwoord-42")
    schoolleider.save()
    response = client.post(
        reverse("login"), {"username": schoolleider.email, "password": "een-goed-wachtwoord-42"}
    )
    assert response.status_code == 302
    assert_private(response)


def test_a_fragment_is_private_and_varies_on_htmx(client, schoolleider, school):
    client.force_login(schoolleider)
    url = reverse("cyclus:dashboard", args=[school.pk])
    fragment = client.get(url, headers=HTMX)
    page = client.get(url)
    assert_private(fragment)
    assert "<html" not in fragment.text
    assert 'id="bord"' in fragment.text
    assert "<html" in page.text
    assert "hx-request" in vary(fragment)
    assert "hx-request" in vary(page)


def test_a_history_restore_gets_the_whole_page(client, schoolleider, school):
    client.force_login(schoolleider)
    response = client.get(
        reverse("kennisbank:zoeken", args=[school.pk]) + "?q=lezen", headers=HISTORY_RESTORE
    )
    assert "<html" in response.text
    assert 'id="resultaten"' in response.text
    assert {"hx-request", "hx-history-restore-request"} <= vary(response)


@pytest.mark.parametrize(
    ("naam", "partial"),
    [
        ("cyclus:dashboard", 'id="bord"'),
        ("cyclus:prioriteiten", 'id="prioriteiten"'),
        ("kennisbank:zoeken", 'id="resultaten"'),
    ],
)
def test_pages_sharing_an_address_with_a_fragment_vary_on_htmx(
    client, schoolleider, school, naam, partial
):
    client.force_login(schoolleider)
    url = reverse(naam, args=[school.pk])
    for headers in ({}, HTMX, HISTORY_RESTORE):
        response = client.get(url, headers=headers)
        assert response.status_code == 200
        assert partial in response.text
        assert "hx-request" in vary(response), (naam, headers)
        assert ("<html" in response.text) == (headers != HTMX), (naam, headers)


def test_pdf_download_and_avg_export_are_private(client, school):
    data = vul_school(school, "Kluis")
    data.pdf.status = ExportStatus.KLAAR
    data.pdf.save()
    client.force_login(data.leider)
    pdf = client.get(
        reverse("verbeterplan:pdf_download", args=[school.pk, data.plan.pk, data.pdf.pk])
    )
    assert pdf["Content-Type"] == "application/pdf"
    assert_private(pdf)
    export = client.get(reverse("export", args=[school.pk]))
    assert export["Content-Type"] == "application/zip"
    assert_private(export)


def test_calendar_feed_is_private_without_a_session(client, teamlid):
    token = Voorkeuren.van(teamlid).vernieuw_ical_token()
    response = client.get(reverse("meldingen:ical", args=[token]))
    assert response["Content-Type"].startswith("text/calendar")
    assert_private(response)
    assert get_max_age(response) is None


def test_login_page_is_not_stored(client):
    response = client.get(reverse("login"))
    assert "no-store" in response["Cache-Control"]


def test_static_files_and_health_check_keep_their_own_headers(client, schoolleider):
    client.force_login(schoolleider)
    static = client.get("/static/css/koers.css")
    assert static.status_code == 200
    assert "no-store" not in static.get("Cache-Control", "")
    client.logout()
    health = client.get(reverse("health"))
    assert health.status_code == 200
    assert health["Cache-Control"] != "private, no-store"
    assert "max-age=0" in health["Cache-Control"]
