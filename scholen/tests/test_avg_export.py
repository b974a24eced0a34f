import io
import json
import zipfile
from collections import deque

import pytest
from django.apps import apps
from django.conf import settings
from django.urls import reverse

from meldingen.models import Voorkeuren
from scholen import avg
from scholen.models import School
from scholen.tests.volle_school import vul_school


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


@pytest.fixture
def twee_scholen(school, other_school):
    return vul_school(school, "Baken"), vul_school(other_school, "Overkant")


def download(client, school) -> dict[str, object]:
    response = client.get(reverse("export", args=[school.pk]))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/zip"
    assert response["Content-Disposition"].startswith("attachment;")
    inhoud = b"".join(response.streaming_content)
    with zipfile.ZipFile(io.BytesIO(inhoud)) as zf:
        return {naam: json.loads(zf.read(naam)) for naam in zf.namelist()}


def project_models():
    for config in apps.get_app_configs():
        if config.path.startswith(str(settings.BASE_DIR)) and ".venv" not in config.path:
            yield from config.get_models()


def leidt_naar_school(model) -> bool:
    """Whether a chain of foreign keys leads from `model` to a School."""
    gezien, rij = {model}, deque([model])
    while rij:
        huidig = rij.popleft()
        if huidig is School:
            return True
        for field in huidig._meta.concrete_fields:
            if field.is_relation and field.related_model not in gezien:
                gezien.add(field.related_model)
                rij.append(field.related_model)
    return False


def test_every_model_that_belongs_to_a_school_is_in_the_export_map(db):
    ontbreekt = [
        model._meta.label
        for model in project_models()
        if leidt_naar_school(model)
        and model._meta.label not in avg.EXPORT
        and model._meta.label not in avg.NIET_IN_EXPORT
    ]
    assert ontbreekt == [], "Add these models to scholen.avg.EXPORT or NIET_IN_EXPORT"


def test_every_path_in_the_export_map_ends_at_the_school(db):
    for label, bestand in avg.EXPORT.items():
        model = apps.get_model(label)
        for deel in bestand.pad.split("__"):
            if deel == "pk":
                break
            model = model._meta.get_field(deel).related_model
        assert model is School, label


def test_schoolleider_downloads_everything_of_the_school(client, twee_scholen):
    baken, _overkant = twee_scholen
    client.force_login(baken.leider)
    bestanden = download(client, baken.speerpunt.school)
    for label in avg.EXPORT:
        assert bestanden[avg.bestandsnaam(label)], f"{label} is empty in a full school"
    leden = {lid["naam"]: lid for lid in bestanden["scholen/lidmaatschap.json"]}
    collega = leden[baken.collega.naam]
    assert collega["email"] == baken.collega.email
    assert (collega["rol"], collega["functie"]) == ("teamlid", "docent Baken")
    assert bestanden["plg/leerlingdeelnemer.json"][0]["roepnaam"] == "LotteBaken"
    assert bestanden["kennisbank/bron.json"][0]["themas"] == ["thema baken"]
    assert bestanden["kennisbank/bronkoppeling.json"][0]["bron_titel"] == "Bron Baken"
    assert bestanden["verbeterplan/planversie.json"][0]["inhoud"]["acties"]
    personen = {p["id"]: p for p in bestanden["personen.json"]}
    assert personen[baken.collega.pk]["email"] == baken.collega.email
    over = bestanden["over-deze-export.json"]
    assert over["school"] == "Het Baken"
    assert over["bestanden"]["cyclus/speerpunt.json"] == 1


def test_export_holds_nothing_of_another_school(client, twee_scholen):
    baken, overkant = twee_scholen
    client.force_login(baken.leider)
    bestanden = download(client, baken.speerpunt.school)
    tekst = json.dumps(bestanden, ensure_ascii=False)
    assert "Overkant" not in tekst
    assert overkant.collega.email not in tekst
    for label, bestand in avg.EXPORT.items():
        model = apps.get_model(label)
        eigen = set(
            model.objects.filter(**{bestand.pad: baken.speerpunt.school.pk}).values_list(
                "pk", flat=True
            )
        )
        assert {rij["id"] for rij in bestanden[avg.bestandsnaam(label)]} == eigen, label


def test_export_holds_no_password_hashes_or_calendar_tokens(client, twee_scholen):
    baken, _overkant = twee_scholen
    client.force_login(baken.leider)
    tekst = json.dumps(download(client, baken.speerpunt.school), ensure_ascii=False)
    token = Voorkeuren.van(baken.collega).ical_token
    assert token
    assert token not in tekst
    for persoon in (baken.leider, baken.collega):
        assert persoon.password not in tekst
    assert "password" not in tekst
    assert "ical_token" not in tekst


def test_a_former_colleague_is_named_without_address(client, twee_scholen):
    baken, _overkant = twee_scholen
    baken.collega.lidmaatschappen.all().delete()
    client.force_login(baken.leider)
    personen = {p["id"]: p for p in download(client, baken.speerpunt.school)["personen.json"]}
    assert personen[baken.collega.pk] == {"id": baken.collega.pk, "naam": baken.collega.naam}


@pytest.mark.parametrize("wie", ["teamlid", "bestuurslid", "kartrekker"])
def test_only_a_schoolleider_may_export(client, school, wie, request):
    client.force_login(request.getfixturevalue(wie))
    assert client.get(reverse("export", args=[school.pk])).status_code == 403


def test_export_of_another_school_is_404(client, outsider, school):
    client.force_login(outsider)
    assert client.get(reverse("export", args=[school.pk])).status_code == 404


def test_export_needs_a_login(client, school):
    response = client.get(reverse("export", args=[school.pk]))
    assert response.status_code == 302
    assert response.url.startswith(reverse("login"))


def test_export_query_count_does_not_grow_with_the_school(
    client, school, schoolleider, django_assert_max_num_queries
):
    client.force_login(schoolleider)
    for merk in ("Een", "Twee"):
        vul_school(school, merk)
        with django_assert_max_num_queries(len(avg.EXPORT) + 12):
            b"".join(client.get(reverse("export", args=[school.pk])).streaming_content)


def test_large_tables_are_read_in_batches(client, school, schoolleider, monkeypatch):
    monkeypatch.setattr(avg, "BATCH", 2)
    vul_school(school, "Een")
    vul_school(school, "Twee")
    client.force_login(schoolleider)
    bestanden = download(client, school)
    assert len(bestanden["cyclus/speerpunt.json"]) == 2
    assert len(bestanden["verbeterplan/randvoorwaarde.json"]) == 12


def test_people_page_offers_the_export_to_the_schoolleider(client, school, schoolleider):
    client.force_login(schoolleider)
    response = client.get(reverse("mensen", args=[school.pk]))
    assert "Privacy" in response.text
    assert reverse("export", args=[school.pk]) in response.text


def test_people_page_explains_privacy_without_export_to_a_teamlid(client, school, teamlid):
    client.force_login(teamlid)
    response = client.get(reverse("mensen", args=[school.pk]))
    assert "Vraag het de beheerder" in response.text
    assert reverse("export", args=[school.pk]) not in response.text
