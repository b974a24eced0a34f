import pytest
from django.apps import apps
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.contrib.admin.models import LogEntry
from django.db import models
from django.urls import reverse

from cyclus.models import Speerpunt
from meldingen.models import Herinnering, Melding, Voorkeuren
from monitoring.models import Respons
from plg.models import Expertise, Notitie, PLGLid
from scholen import avg
from scholen.models import Bestuurslid, Lidmaatschap, User
from scholen.tests.factories import BestuurslidFactory
from scholen.tests.volle_school import vul_school
from verbeterplan.models import PdfExport


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


@pytest.fixture
def baken(school, other_school):
    vul_school(other_school, "Overkant")
    return vul_school(school, "Baken")


def teksten_met(*zoek: str) -> list[str]:
    """Every text, e-mail and JSON value in every table that contains one of `zoek`."""
    gevonden = []
    for model in apps.get_models():
        velden = [
            f
            for f in model._meta.concrete_fields
            if isinstance(f, models.CharField | models.TextField | models.JSONField)
        ]
        for obj in model._default_manager.all():
            for f in velden:
                waarde = str(f.value_from_object(obj)).lower()
                if any(z.lower() in waarde for z in zoek):
                    gevonden.append(f"{model._meta.label}.{f.name} #{obj.pk}")
    return gevonden


def test_every_field_pointing_at_a_person_has_a_rule():
    assert avg.velden_naar_persoon() == avg.VERWIJDEREN | avg.LOSKOPPELEN | avg.BEHOUDEN


def test_no_text_anywhere_names_the_person_after_erasure(baken):
    naam, email = baken.collega.naam, baken.collega.email
    assert teksten_met(naam, email)
    avg.wis_persoon(baken.collega)
    assert teksten_met(naam, email) == []


def test_the_account_is_anonymous_and_cannot_log_in(client, baken):
    avg.wis_persoon(baken.collega)
    user = User.objects.get(pk=baken.collega.pk)
    assert user.naam == "Verwijderd persoon"
    assert user.email == f"verwijderd-{user.pk}@verwijderd.invalid"
    assert not user.has_usable_password()
    assert not user.is_active
    client.post(reverse("login"), {"username": baken.collega.email, "password": "wachtwoord"})
    assert "_auth_user_id" not in client.session


def test_the_persons_own_rows_are_gone(baken, other_school):
    collega = baken.collega
    BestuurslidFactory(user=collega, bestuur=other_school.bestuur)
    avg.wis_persoon(collega)
    for model in (Lidmaatschap, Bestuurslid, PLGLid, Expertise, Melding, Herinnering, Respons):
        assert not model.objects.filter(user=collega).exists(), model
    assert not Voorkeuren.objects.filter(user=collega).exists()
    assert not collega.monitormomenten_als_teamlid.exists()


def test_what_the_person_wrote_stays_with_the_school(baken):
    avg.wis_persoon(baken.collega)
    notitie = Notitie.objects.get(pk=baken.notitie.pk)
    assert notitie.tekst == "Notitie Baken"
    assert str(notitie.created_by) == "Verwijderd persoon"
    assert baken.plg.bevindingen.get().created_by.naam == "Verwijderd persoon"
    assert baken.plg.tussenstanden.get().created_by.naam == "Verwijderd persoon"
    besluit = Notitie.objects.get(bijeenkomst__plg=baken.plg, soort="besluit")
    assert besluit.tekst == "Besproken met Verwijderd persoon."


def test_rendered_pdfs_naming_the_person_are_deleted_with_their_file(
    baken, django_capture_on_commit_callbacks
):
    bestand = baken.pdf.bestand
    assert bestand.storage.exists(bestand.name)
    with django_capture_on_commit_callbacks(execute=True):
        avg.wis_persoon(baken.collega)
    assert not PdfExport.objects.filter(pk=baken.pdf.pk).exists()
    assert not bestand.storage.exists(bestand.name)


def test_an_owned_speerpunt_keeps_the_anonymous_owner(baken):
    avg.wis_persoon(baken.leider)
    speerpunt = Speerpunt.objects.get(pk=baken.speerpunt.pk)
    assert speerpunt.owner_id == baken.leider.pk
    assert speerpunt.owner.naam == "Verwijderd persoon"


def test_other_people_and_schools_are_untouched(baken, other_school):
    avg.wis_persoon(baken.collega)
    assert User.objects.get(pk=baken.leider.pk).naam == "Lea LeiderBaken"
    assert Lidmaatschap.objects.filter(school=other_school).count() == 2
    assert Notitie.objects.filter(tekst="Notitie Overkant").exists()


def test_erasing_twice_is_harmless_and_addresses_stay_unique(baken):
    avg.wis_persoon(baken.collega)
    avg.wis_persoon(baken.collega)
    avg.wis_persoon(baken.leider)
    assert User.objects.filter(naam="Verwijderd persoon").count() == 2


def test_admin_asks_for_confirmation_then_erases(admin_client, admin_user, baken):
    url = reverse("admin:scholen_user_changelist")
    data = {"action": "verwijder_persoonsgegevens", ACTION_CHECKBOX_NAME: [baken.collega.pk]}
    response = admin_client.post(url, data)
    assert response.status_code == 200
    assert "Dit kan niet ongedaan worden gemaakt" in response.text
    assert User.objects.get(pk=baken.collega.pk).naam == baken.collega.naam

    response = admin_client.post(url, {**data, "bevestigd": "ja"}, follow=True)
    assert "De gegevens van 1 persoon zijn gewist." in response.text
    assert User.objects.get(pk=baken.collega.pk).naam == "Verwijderd persoon"
    log = LogEntry.objects.get(object_id=str(baken.collega.pk))
    assert (log.user, log.object_repr) == (admin_user, "Verwijderd persoon")


def test_admin_cannot_erase_themselves(admin_client, admin_user):
    url = reverse("admin:scholen_user_changelist")
    data = {
        "action": "verwijder_persoonsgegevens",
        ACTION_CHECKBOX_NAME: [admin_user.pk],
        "bevestigd": "ja",
    }
    response = admin_client.post(url, data, follow=True)
    assert "Je eigen gegevens kun je hier niet wissen" in response.text
    assert User.objects.get(pk=admin_user.pk).is_active


def test_the_action_is_not_offered_to_people_outside_the_admin(client, schoolleider):
    client.force_login(schoolleider)
    response = client.get(reverse("admin:scholen_user_changelist"))
    assert response.status_code == 302
