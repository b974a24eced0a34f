"""One reminder that cannot be sent stops no one else's: it is recorded with its reason, tried
again ever later, given up after a limit, and shown to the beheerder."""

import datetime
from smtplib import SMTPRecipientsRefused, SMTPServerDisconnected
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.core import mail
from django.core.mail.backends.locmem import EmailBackend
from django.urls import reverse

from cyclus.tests.factories import SpeerpuntFactory
from meldingen import herinneringen, verzenden
from meldingen.models import Herinnering, Melding, Verzendstatus
from monitoring.tests.factories import MonitormomentFactory
from plg.tests.factories import PLGFactory, PLGLidFactory
from scholen.models import Rol
from scholen.tests.factories import medewerker

AMS = ZoneInfo("Europe/Amsterdam")
OPEN = datetime.datetime(2026, 11, 2, 8, tzinfo=AMS)
POISON = "Na zes weken\nTweede regel"


@pytest.fixture
def klok():
    with time_machine.travel(OPEN, tick=False) as traveller:
        yield traveller


@pytest.fixture
def poison(klok, speerpunt, kartrekker, plg_lid):
    """A moment whose title has a line break, written to the database past every form: its
    reminders go to the kartrekker and the PLG member of school A."""
    return MonitormomentFactory(cyclus=speerpunt.huidige_cyclus, titel=POISON)


@pytest.fixture
def overkant(klok, other_school, outsider):
    """Four people of another school with an open moment of their own."""
    speerpunt = SpeerpuntFactory(school=other_school, owner=outsider, titel="Lezen")
    plg = PLGFactory(speerpunt=speerpunt, naam="PLG Lezen")
    leden = [medewerker(other_school, Rol.TEAMLID) for _ in range(4)]
    for lid in leden:
        PLGLidFactory(plg=plg, user=lid)
    MonitormomentFactory(cyclus=speerpunt.huidige_cyclus, titel="Halverwege")
    return leden


@pytest.fixture
def zonder_veilig_onderwerp(monkeypatch):
    """The subject as it was before it was made one line: the original poison, to show that
    any failure of one mail, not only this one, is contained."""
    monkeypatch.setattr(verzenden, "onderwerpregel", lambda tekst: tekst)
    return monkeypatch


def giftig():
    return Herinnering.objects.filter(titel__contains="\n")


def test_a_title_with_a_line_break_goes_out_on_one_line(poison, overkant, kartrekker, plg_lid):
    assert herinneringen.verzamel() == 6
    assert verzenden.verstuur() == 6

    onderwerpen = {m.to[0]: m.subject for m in mail.outbox}
    assert onderwerpen[kartrekker.email] == "Monitormoment “Na zes weken Tweede regel” staat open"
    assert sorted(onderwerpen) == sorted(
        [kartrekker.email, plg_lid.email, *(u.email for u in overkant)]
    )
    assert not Herinnering.objects.mislukt().exists()


def test_the_poison_row_stops_no_one_and_is_recorded_with_its_reason(
    zonder_veilig_onderwerp, klok, poison, overkant
):
    herinneringen.verzamel()

    assert verzenden.verstuur() == 4
    assert sorted(m.to[0] for m in mail.outbox) == sorted(u.email for u in overkant)
    assert giftig().count() == 2
    for rij in giftig():
        assert rij.verstuurd_op is None
        assert rij.status == Verzendstatus.OPNIEUW
        assert rij.pogingen == 1
        assert "regeleinde" in rij.laatste_fout
        assert rij.volgende_poging == OPEN + datetime.timedelta(minutes=30)
    # The notification went back with the mail, so a later attempt leaves no second one.
    assert not Melding.objects.filter(titel=giftig().first().titel).exists()

    klok.move_to(OPEN + datetime.timedelta(minutes=10))
    assert verzenden.verstuur() == 0
    assert len(mail.outbox) == 4
    assert set(giftig().values_list("pogingen", flat=True)) == {1}


def test_failed_rows_are_retried_ever_later_and_then_given_up(
    zonder_veilig_onderwerp, klok, poison
):
    herinneringen.verzamel()
    verzenden.verstuur()
    verwacht = OPEN
    for poging, pauze in enumerate([30, 60, 120, 240], start=1):
        verwacht += datetime.timedelta(minutes=pauze)
        assert set(giftig().values_list("volgende_poging", flat=True)) == {verwacht}

        klok.move_to(verwacht - datetime.timedelta(minutes=1))
        verzenden.verstuur()
        assert set(giftig().values_list("pogingen", flat=True)) == {poging}

        klok.move_to(verwacht)
        verzenden.verstuur()
        assert set(giftig().values_list("pogingen", flat=True)) == {poging + 1}

    assert set(giftig().values_list("status", flat=True)) == {Verzendstatus.OPGEGEVEN}
    assert set(giftig().values_list("volgende_poging", flat=True)) == {None}

    klok.move_to(verwacht + datetime.timedelta(days=1))
    verzenden.verstuur()
    assert set(giftig().values_list("pogingen", flat=True)) == {Herinnering.MAX_POGINGEN}
    assert mail.outbox == []


class WeigertAdres(EmailBackend):
    """A mail server that does not know one mailbox."""

    onbekend = ""

    def send_messages(self, messages):
        for message in messages:
            if WeigertAdres.onbekend in message.to:
                raise SMTPRecipientsRefused({WeigertAdres.onbekend: (550, b"No such user")})
        return super().send_messages(messages)


def test_a_refused_address_is_named_in_plain_words(settings, poison, plg_lid, kartrekker):
    settings.EMAIL_BACKEND = "meldingen.tests.test_verzendfouten.WeigertAdres"
    WeigertAdres.onbekend = plg_lid.email
    herinneringen.verzamel()

    assert verzenden.verstuur() == 1
    assert [m.to for m in mail.outbox] == [[kartrekker.email]]
    rij = Herinnering.objects.get(user=plg_lid)
    assert rij.laatste_fout == f"De mailserver weigert het adres {plg_lid.email}."


class Onbereikbaar(EmailBackend):
    def send_messages(self, messages):
        raise SMTPServerDisconnected("Connection unexpectedly closed")


def test_an_unreachable_mail_server_counts_against_no_row(settings, poison):
    settings.EMAIL_BACKEND = "meldingen.tests.test_verzendfouten.Onbereikbaar"
    herinneringen.verzamel()

    with pytest.raises(SMTPServerDisconnected):
        verzenden.verstuur()
    assert Herinnering.objects.aan_de_beurt().count() == 2
    assert set(Herinnering.objects.values_list("pogingen", "status")) == {(0, "")}


def test_the_beheerder_sees_failed_rows_and_sends_them_again(
    zonder_veilig_onderwerp, klok, poison, overkant, admin_client
):
    herinneringen.verzamel()
    verzenden.verstuur()
    lijst = reverse("admin:meldingen_herinnering_changelist")

    pagina = admin_client.get(lijst, {"status__exact": Verzendstatus.OPNIEUW}).content.decode()
    assert pagina.count("regeleinde") == 2
    assert "mislukt, wordt opnieuw geprobeerd" in pagina
    assert overkant[0].email not in pagina

    # The title is mended (as the form now demands), and the beheerder does not wait for the
    # next attempt.
    zonder_veilig_onderwerp.undo()
    antwoord = admin_client.post(
        lijst,
        {
            "action": "nu_opnieuw_versturen",
            "_selected_action": list(Herinnering.objects.values_list("pk", flat=True)),
        },
        follow=True,
    )
    assert "Verstuurd: 2. Opnieuw mislukt: 0." in antwoord.content.decode()
    assert len(mail.outbox) == 6
    assert not Herinnering.objects.mislukt().exists()
    assert giftig().filter(verstuurd_op__isnull=True).count() == 0


def test_a_given_up_row_gets_one_more_try_from_the_beheerder(
    zonder_veilig_onderwerp, klok, poison, admin_client
):
    herinneringen.verzamel()
    Herinnering.objects.update(pogingen=Herinnering.MAX_POGINGEN - 1)
    verzenden.verstuur()
    assert set(giftig().values_list("status", flat=True)) == {Verzendstatus.OPGEGEVEN}

    antwoord = admin_client.post(
        reverse("admin:meldingen_herinnering_changelist"),
        {
            "action": "nu_opnieuw_versturen",
            "_selected_action": list(giftig().values_list("pk", flat=True)),
        },
        follow=True,
    )
    assert "Verstuurd: 0. Opnieuw mislukt: 2." in antwoord.content.decode()
    assert set(giftig().values_list("pogingen", flat=True)) == {Herinnering.MAX_POGINGEN + 1}
    assert set(giftig().values_list("status", flat=True)) == {Verzendstatus.OPGEGEVEN}
