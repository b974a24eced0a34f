"""Erasure leaves no traces: search no longer finds the person, their sessions end, and the
texts that still name them by first name or surname alone are listed for the beheerder."""

from axes.models import AccessAttempt, AccessFailureLog
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.urls import reverse

from kennisbank.models import Bron
from kennisbank.tests.factories import BronFactory
from kennisbank.zoeken import zoek
from plg.models import Notitie, NotitieSoort
from plg.tests.factories import BijeenkomstFactory
from scholen import avg
from scholen.models import Rol, Sessie
from scholen.tests.factories import medewerker


def gevonden(q) -> list[str]:
    return [bron.titel for bron in zoek(Bron.objects.all(), q)]


def test_search_no_longer_finds_the_person_by_surname(client, school, teamlid):
    persoon = medewerker(school, Rol.TEAMLID, naam="Jan Wisselink")
    BronFactory(
        school=school,
        titel="Interviews over huiswerk",
        auteurs="Jan Wisselink",
        samenvatting="Gesprekken die Jan Wisselink hield met leerlingen van klas 2.",
        created_by=persoon,
    )
    assert gevonden("Wisselink") == ["Interviews over huiswerk"]

    avg.wis_persoon(persoon)

    assert gevonden("Wisselink") == []
    assert "Interviews over huiswerk" not in gevonden("Jan")
    assert "Interviews over huiswerk" in gevonden("huiswerk")
    client.force_login(teamlid)
    url = reverse("kennisbank:zoeken", args=[school.pk])
    response = client.get(url, {"q": "Wisselink"})
    assert "Interviews over huiswerk" not in response.text


def test_erasure_ends_every_session_of_the_person(client, teamlid, schoolleider):
    client.force_login(teamlid)
    anders = client.__class__()
    anders.force_login(schoolleider)
    assert Sessie.objects.filter(user=teamlid).exists()

    avg.wis_persoon(teamlid)

    assert not Sessie.objects.filter(user=teamlid).exists()
    assert client.get(reverse("start")).status_code == 302
    assert anders.get(reverse("start")).status_code == 200


def test_erasure_removes_the_failed_sign_ins_that_name_the_person(client, teamlid, schoolleider):
    for email in (teamlid.email.upper(), schoolleider.email):
        client.post(reverse("login"), {"username": email, "password": "fout"})
    assert AccessAttempt.objects.filter(username__iexact=teamlid.email).exists()

    avg.wis_persoon(teamlid)

    # Only the other person's attempt is left: not even a row with the name replaced.
    assert [a.username for a in AccessAttempt.objects.all()] == [schoolleider.email]
    assert AccessFailureLog.objects.exclude(username=schoolleider.email).count() == 0


def test_mentions_of_the_first_name_or_surname_alone_are_listed(plg, school):
    persoon = medewerker(school, Rol.TEAMLID, naam="Jan Wisselink")
    bijeenkomst = BijeenkomstFactory(plg=plg)
    voornaam = bijeenkomst.schrijf_notitie(
        by=persoon, soort=NotitieSoort.NOTITIE, tekst="Jan neemt de rubric mee."
    )
    achternaam = bijeenkomst.schrijf_notitie(
        by=persoon, soort=NotitieSoort.NOTITIE, tekst="Volgens Wisselink werkt het."
    )
    volledig = bijeenkomst.schrijf_notitie(
        by=persoon, soort=NotitieSoort.NOTITIE, tekst="Met Jan Wisselink besproken."
    )
    bijeenkomst.schrijf_notitie(
        by=persoon, soort=NotitieSoort.NOTITIE, tekst="Janneke en Wisselinkje tellen niet."
    )

    wissing = avg.wis_persoon(persoon)

    assert Notitie.objects.get(pk=volledig.pk).tekst == "Met Verwijderd persoon besproken."
    genoemd = {(v.pk, v.woord) for v in wissing.vermeldingen if v.model == "notitie"}
    assert genoemd == {(voornaam.pk, "Jan"), (achternaam.pk, "Wisselink")}
    vermelding = next(v for v in wissing.vermeldingen if v.pk == voornaam.pk)
    assert vermelding.fragment == "Jan neemt de rubric mee."
    assert vermelding.admin_url is None or str(voornaam.pk) in vermelding.admin_url
    assert Notitie.objects.get(pk=voornaam.pk).tekst == "Jan neemt de rubric mee."


def test_admin_shows_the_mentions_to_review_after_erasing(admin_client, plg, school):
    persoon = medewerker(school, Rol.TEAMLID, naam="Jan Wisselink")
    BijeenkomstFactory(plg=plg).schrijf_notitie(
        by=persoon, soort=NotitieSoort.NOTITIE, tekst="Jan neemt <b>de rubric</b> mee."
    )
    url = reverse("admin:scholen_user_changelist")
    data = {
        "action": "verwijder_persoonsgegevens",
        ACTION_CHECKBOX_NAME: [persoon.pk],
        "bevestigd": "ja",
    }

    response = admin_client.post(url, data)

    assert response.status_code == 200
    assert "Teksten om na te lezen" in response.text
    assert "1 tekst voor Jan Wisselink" in response.text
    assert "Jan neemt &lt;b&gt;de rubric&lt;/b&gt; mee." in response.text


def test_admin_without_mentions_returns_to_the_list(admin_client, school):
    persoon = medewerker(school, Rol.TEAMLID, naam="Jan Wisselink")
    url = reverse("admin:scholen_user_changelist")
    data = {
        "action": "verwijder_persoonsgegevens",
        ACTION_CHECKBOX_NAME: [persoon.pk],
        "bevestigd": "ja",
    }
    response = admin_client.post(url, data, follow=True)
    assert "De gegevens van 1 persoon zijn gewist." in response.text
    assert "Teksten om na te lezen" not in response.text
