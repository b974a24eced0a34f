"""A double click or a retried request creates one object: every create form carries a
one-time token, and a repeat is sent to what the first post made."""

import re
import threading
from datetime import timedelta

from django.db import connection
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from cyclus.models import Speerpunt
from cyclus.tests.test_formulieren import gegevens
from kennisbank.models import Bron
from plg.tests.factories import TussenstandFactory
from scholen.models import Rol
from scholen.tests.factories import medewerker


def token_van(response, prefix="") -> str:
    """The token as the page rendered it, so the test fails if a form stops showing it."""
    naam = f"{prefix}form_token"
    gevonden = re.search(rf'name="{naam}" value="([0-9a-f-]{{36}})"', response.text)
    assert gevonden, f"{naam} is not on the page"
    return gevonden.group(1)


def vijf_keer(client, url, data):
    return [client.post(url, data) for _ in range(5)]


def test_five_posts_of_one_speerpunt_form_create_one(client, school, schoolleider):
    client.force_login(schoolleider)
    url = reverse("cyclus:speerpunt_nieuw", args=[school.pk])
    data = gegevens(schoolleider, form_token=token_van(client.get(url)))
    antwoorden = vijf_keer(client, url, data)
    speerpunt = Speerpunt.objects.get()
    assert all(a.status_code == 302 for a in antwoorden)
    assert {a.url for a in antwoorden} == {antwoorden[0].url}
    assert str(speerpunt.pk) in antwoorden[0].url
    # A new page load gets a new token: a second speerpunt on purpose is still possible.
    data = gegevens(schoolleider, titel="Nog een", form_token=token_van(client.get(url)))
    client.post(url, data)
    assert Speerpunt.objects.count() == 2


def test_an_htmx_repeat_is_sent_to_the_created_object(client, school, schoolleider):
    client.force_login(schoolleider)
    url = reverse("cyclus:speerpunt_nieuw", args=[school.pk])
    data = gegevens(schoolleider, form_token=token_van(client.get(url)))
    eerste = client.post(url, data)
    herhaling = client.post(url, data, headers={"HX-Request": "true"})
    assert herhaling["HX-Redirect"] == eerste.url


def test_another_persons_token_creates_nothing(client, school, schoolleider):
    collega = medewerker(school, Rol.SCHOOLLEIDER)
    url = reverse("cyclus:speerpunt_nieuw", args=[school.pk])
    client.force_login(schoolleider)
    data = gegevens(schoolleider, form_token=token_van(client.get(url)))
    client.post(url, data)
    client.force_login(collega)
    assert client.post(url, data).status_code == 400
    assert Speerpunt.objects.count() == 1


def test_five_posts_of_one_action_form_add_one_action(client, plg, kartrekker):
    client.force_login(kartrekker)
    url = reverse("plg:werkruimte", args=[plg.speerpunt.school.pk, plg.pk])
    data = {
        "actie": "actie_toevoegen",
        "actie-wat": "Lessen observeren",
        "actie-owner": kartrekker.pk,
        "actie-deadline": (timezone.localdate() + timedelta(days=30)).isoformat(),
        "actie-form_token": token_van(client.get(url), prefix="actie-"),
    }
    vijf_keer(client, url, data)
    assert plg.actiepunten.count() == 1


def test_five_posts_of_one_reaction_add_one_reaction(client, plg, teamlid):
    tussenstand = TussenstandFactory(plg=plg)
    client.force_login(teamlid)
    url = reverse("plg:tussenstanden", args=[plg.speerpunt.school.pk, plg.pk])
    prefix = f"reactie-{tussenstand.pk}-"
    data = {
        "actie": "reageren",
        "tussenstand": tussenstand.pk,
        f"{prefix}tekst": "Herkenbaar in klas 2.",
        f"{prefix}form_token": token_van(client.get(url), prefix=prefix),
    }
    antwoorden = vijf_keer(client, url, data)
    assert tussenstand.reacties.count() == 1
    assert {a.url for a in antwoorden} == {f"{url}#tussenstand-{tussenstand.pk}"}


def test_five_posts_of_one_source_add_one_source(client, school, teamlid):
    client.force_login(teamlid)
    url = reverse("kennisbank:bron_nieuw", args=[school.pk])
    data = {
        "titel": "Huiswerkbegeleiding in de brugklas",
        "auteurs": "Sectie Nederlands",
        "jaar": "2024",
        "soort": "praktijkkaart",
        "taal": "nl",
        "samenvatting": "Hoe wij leerlingen helpen plannen.",
        "form_token": token_van(client.get(url)),
    }
    antwoorden = vijf_keer(client, url, data)
    bron = Bron.objects.get(school=school)
    assert {a.url for a in antwoorden} == {reverse("kennisbank:bron", args=[school.pk, bron.pk])}


def _post_in_eigen_thread(url, data, user, antwoorden, start):
    client = Client()
    client.force_login(user)
    start.wait()
    try:
        antwoorden.append(client.post(url, data).status_code)
    finally:
        connection.close()


def test_five_simultaneous_posts_create_one_speerpunt(transactional_db, school, schoolleider):
    """On PostgreSQL the five posts really run at once, each in its own connection; SQLite
    writes one at a time, so there they come one after the other."""
    client = Client()
    client.force_login(schoolleider)
    url = reverse("cyclus:speerpunt_nieuw", args=[school.pk])
    data = gegevens(schoolleider, form_token=token_van(client.get(url)))
    antwoorden = []
    if connection.vendor == "postgresql":
        start = threading.Barrier(5)
        threads = [
            threading.Thread(
                target=_post_in_eigen_thread, args=(url, data, schoolleider, antwoorden, start)
            )
            for _ in range(5)
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    else:
        antwoorden = [client.post(url, data).status_code for _ in range(5)]
    assert antwoorden == [302] * 5
    assert Speerpunt.objects.count() == 1
