"""Reminders with a moving clock: each kind fires once, at the right time, to the right people."""

import datetime
from smtplib import SMTPException, SMTPServerDisconnected
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.core import mail
from django.core.mail.backends.locmem import EmailBackend
from django.core.management import call_command

from cyclus.models import Borging, Stap
from meldingen import digest, herinneringen, verzenden
from meldingen.models import DigestRitme, Herinnering, Melding, Soort, Voorkeuren
from meldingen.tasks import herinneringen_verzamelen
from plg.models import Actiepunt, Bijeenkomst, PLGLid
from scholen.models import Rol
from scholen.tests.factories import medewerker
from verbeterplan.models import ActieStatus, Verbeterplan
from verbeterplan.tests.factories import ActieFactory

AMS = ZoneInfo("Europe/Amsterdam")


def om(dag: datetime.date, uur=8) -> datetime.datetime:
    return datetime.datetime.combine(dag, datetime.time(uur), tzinfo=AMS)


@pytest.fixture(autouse=True)
def klok():
    """Monday 26 October 2026, 08:00; tests move on with klok.move_to(...)."""
    with time_machine.travel(om(datetime.date(2026, 10, 26)), tick=False) as traveller:
        yield traveller


def draai(klok, dag: datetime.date, uur=8, soort=None) -> int:
    """One dispatch run at `dag`, as beat or the management command would do it; returns how
    many reminders of `soort` it sent (any kind but the schoolleider's digest by default)."""
    klok.move_to(om(dag, uur))
    al_verstuurd = list(Herinnering.objects.exclude(verstuurd_op=None).values_list("pk", flat=True))
    herinneringen.verzamel()
    verzenden.verstuur()
    nieuw = Herinnering.objects.exclude(verstuurd_op=None).exclude(pk__in=al_verstuurd)
    if soort:
        return nieuw.filter(soort=soort).count()
    return nieuw.exclude(soort=Soort.DIGEST).count()


def ontvangers(digest=False) -> list[str]:
    return sorted(m.to[0] for m in mail.outbox if m.subject.startswith("Overzicht") == digest)


def test_monitoring_moment_reminds_only_participants_who_did_not_answer(
    klok, moment, kartrekker, plg_lid, teamlid, school
):
    moment.teamleden.add(teamlid)
    buitenstaander = medewerker(school, Rol.TEAMLID)

    assert draai(klok, datetime.date(2026, 11, 1)) == 0  # the day before it opens

    moment.beantwoord(kartrekker, {})
    assert draai(klok, datetime.date(2026, 11, 2)) == 2
    assert ontvangers() == sorted([plg_lid.email, teamlid.email])
    assert buitenstaander.email not in ontvangers()
    assert "staat open" in mail.outbox[0].subject
    assert f"/monitoring/{moment.pk}/" in mail.outbox[0].body

    assert draai(klok, datetime.date(2026, 11, 2), uur=9) == 0  # a second run sends nothing
    assert draai(klok, datetime.date(2026, 11, 5)) == 0
    assert len(mail.outbox) == 2


def test_closing_reminder_the_day_before_and_not_after_answering(klok, moment, plg_lid, kartrekker):
    draai(klok, datetime.date(2026, 11, 2))
    mail.outbox.clear()
    moment.beantwoord(plg_lid, {})

    assert draai(klok, datetime.date(2026, 11, 11)) == 0
    assert draai(klok, datetime.date(2026, 11, 12)) == 1
    assert ontvangers() == [kartrekker.email]
    assert "sluit op 13 november 2026" in mail.outbox[0].subject
    assert draai(klok, datetime.date(2026, 11, 13)) == 0
    assert draai(klok, datetime.date(2026, 11, 14)) == 0


def test_a_closed_moment_reminds_no_one(klok, moment):
    moment.sluit()
    assert draai(klok, datetime.date(2026, 11, 2)) == 0
    assert draai(klok, datetime.date(2026, 11, 12)) == 0


def test_action_past_deadline_reminds_its_owner_once(klok, plg, kartrekker, plg_lid):
    Actiepunt.objects.create(
        plg=plg, wat="Lesbrief maken", owner=plg_lid, deadline=datetime.date(2026, 10, 30)
    )
    klaar = Actiepunt.objects.create(
        plg=plg, wat="Rooster regelen", owner=kartrekker, deadline=datetime.date(2026, 10, 29)
    )
    klaar.gedaan_op = om(datetime.date(2026, 10, 28))
    klaar.save()

    assert draai(klok, datetime.date(2026, 10, 30)) == 0  # due today is not late yet
    assert draai(klok, datetime.date(2026, 10, 31)) == 1
    assert ontvangers() == [plg_lid.email]
    assert "Lesbrief maken" in mail.outbox[0].subject
    assert draai(klok, datetime.date(2026, 11, 7)) == 0


def test_plan_action_past_deadline_reminds_its_owner(klok, speerpunt, kartrekker):
    plan = Verbeterplan.start(speerpunt.huidige_cyclus)
    ActieFactory(plan=plan, owner=kartrekker, deadline=datetime.date(2026, 10, 27))
    ActieFactory(
        plan=plan,
        owner=kartrekker,
        deadline=datetime.date(2026, 10, 27),
        status=ActieStatus.KLAAR,
    )
    assert draai(klok, datetime.date(2026, 10, 28)) == 1
    assert ontvangers() == [kartrekker.email]
    assert draai(klok, datetime.date(2026, 10, 29)) == 0


def test_parked_speerpunt_asks_nothing_of_anyone(klok, moment, speerpunt, schoolleider, plg):
    Actiepunt.objects.create(
        plg=plg, wat="Lesbrief", owner=schoolleider, deadline=datetime.date(2026, 10, 30)
    )
    speerpunt.parkeer(by=schoolleider, reden="Eerst het rooster.")
    assert draai(klok, datetime.date(2026, 11, 2)) == 0
    assert draai(klok, datetime.date(2026, 11, 12)) == 0


def test_an_evaluated_cycle_leaves_its_plan_actions_and_borging_alone(
    klok, speerpunt, schoolleider, kartrekker
):
    plan = Verbeterplan.start(speerpunt.huidige_cyclus)
    ActieFactory(plan=plan, owner=kartrekker, deadline=datetime.date(2026, 11, 20))
    Borging.objects.create(
        cyclus=speerpunt.huidige_cyclus,
        zo_werken_wij="Elke mentorles begint met de planner.",
        borger=kartrekker,
        evaluatiedatum=datetime.date(2026, 12, 14),
    )
    speerpunt.stap = Stap.BORGEN
    speerpunt.save()
    speerpunt.evalueer(by=schoolleider, uitkomst="3", toelichting="Nieuw plan voor de bovenbouw.")

    assert draai(klok, datetime.date(2026, 12, 7)) == 0
    assert digest.stand_van_school(speerpunt.school_id, datetime.date(2026, 12, 7)).overdue == {}


def test_meeting_tomorrow_reminds_every_member_the_day_before(klok, plg, kartrekker, plg_lid):
    Bijeenkomst.objects.create(plg=plg, start=om(datetime.date(2026, 11, 4), uur=15))

    assert draai(klok, datetime.date(2026, 11, 2)) == 0
    assert draai(klok, datetime.date(2026, 11, 3)) == 2
    assert ontvangers() == sorted([kartrekker.email, plg_lid.email])
    assert "15:00" in mail.outbox[0].body
    assert draai(klok, datetime.date(2026, 11, 3), uur=18) == 0
    assert draai(klok, datetime.date(2026, 11, 4)) == 0


def test_moved_meeting_is_announced_again_for_its_new_date(klok, plg, kartrekker, plg_lid):
    bijeenkomst = Bijeenkomst.objects.create(plg=plg, start=om(datetime.date(2026, 11, 4), 15))
    draai(klok, datetime.date(2026, 11, 3))
    bijeenkomst.start = om(datetime.date(2026, 11, 10), 15)
    bijeenkomst.save()
    assert draai(klok, datetime.date(2026, 11, 9)) == 2


def test_borging_evaluation_reminds_borger_and_owner_a_week_ahead(
    klok, speerpunt, schoolleider, kartrekker
):
    Borging.objects.create(
        cyclus=speerpunt.huidige_cyclus,
        borger=kartrekker,
        evaluatiedatum=datetime.date(2026, 12, 14),
    )
    assert draai(klok, datetime.date(2026, 12, 6)) == 0
    assert draai(klok, datetime.date(2026, 12, 7)) == 2
    assert ontvangers() == sorted([kartrekker.email, speerpunt.owner.email])
    assert draai(klok, datetime.date(2026, 12, 14)) == 0


def test_digest_goes_weekly_to_schoolleiders_of_a_school_with_stalling_work(
    klok, speerpunt, schoolleider, teamlid, plg, plg_lid
):
    speerpunt.stap = Stap.UITVOERING
    speerpunt.save()
    Actiepunt.objects.create(
        plg=plg, wat="Lesbrief", owner=plg_lid, deadline=datetime.date(2026, 10, 20)
    )
    # No activity for five weeks: the speerpunt stalls.

    tweede = medewerker(speerpunt.school, Rol.SCHOOLLEIDER)
    assert draai(klok, datetime.date(2026, 11, 30), soort=Soort.DIGEST) == 2
    digests = [m for m in mail.outbox if "Overzicht" in m.subject]
    schoolleiders = sorted([schoolleider.email, tweede.email])
    assert sorted(m.to[0] for m in digests) == schoolleiders
    assert teamlid.email not in [m.to[0] for m in digests]
    eerste = next(m for m in digests if m.to == [schoolleider.email])
    assert eerste.subject == (
        f"Overzicht van {speerpunt.school.naam}: 1 speerpunt staat stil, "
        "1 zonder recente monitoring, 1 actie over de deadline"
    )
    body = eerste.body
    assert body.startswith(f"Hallo {schoolleider.naam.split()[0]},\n\n")
    assert "Hier gebeurt al 4 weken of langer niets:\n" in body
    assert f"- {speerpunt.titel} (stap 4, laatste activiteit " in body
    assert "zonder monitormoment in de afgelopen acht weken:" in body
    assert f"- {speerpunt.titel}: 1 actie\n" in body
    assert "/scholen/" in body

    mail.outbox.clear()
    assert draai(klok, datetime.date(2026, 12, 3), soort=Soort.DIGEST) == 0  # same week
    assert draai(klok, datetime.date(2026, 12, 7), soort=Soort.DIGEST) == 2  # next week
    assert ontvangers(digest=True) == schoolleiders


def test_digest_uses_the_schools_own_stall_measure(klok, speerpunt, schoolleider):
    from cyclus.models import SchoolInstellingen

    instellingen = SchoolInstellingen.voor(speerpunt.school)
    instellingen.stil_na_weken = 8
    instellingen.save()
    # Five weeks without activity: stalling on a four-week measure, not on this school's eight.
    assert draai(klok, datetime.date(2026, 11, 30), soort=Soort.DIGEST) == 0
    assert draai(klok, datetime.date(2027, 1, 4), soort=Soort.DIGEST) == 1
    assert "Hier gebeurt al 8 weken of langer niets:" in mail.outbox[-1].body


def test_digest_rhythm_is_a_personal_choice(klok, speerpunt, schoolleider):
    maandelijks = medewerker(speerpunt.school, Rol.SCHOOLLEIDER)
    Voorkeuren.objects.create(user=schoolleider, digest_ritme=DigestRitme.NOOIT)
    Voorkeuren.objects.create(user=maandelijks, digest_ritme=DigestRitme.MAANDELIJKS)
    assert draai(klok, datetime.date(2026, 12, 1), soort=Soort.DIGEST) == 1
    assert ontvangers(digest=True) == [maandelijks.email]
    assert draai(klok, datetime.date(2026, 12, 8), soort=Soort.DIGEST) == 0
    assert draai(klok, datetime.date(2027, 1, 4), soort=Soort.DIGEST) == 1


def test_no_digest_when_nothing_stalls(klok, speerpunt, schoolleider):
    assert draai(klok, datetime.date(2026, 10, 26), soort=Soort.DIGEST) == 0


def test_digest_periods():
    maandag = datetime.date(2026, 11, 30)
    for dag in range(7):
        vandaag = maandag + datetime.timedelta(days=dag)
        assert digest.digest_periode(DigestRitme.WEKELIJKS, vandaag) == maandag
        assert digest.digest_periode(DigestRitme.MAANDELIJKS, vandaag).day == 1
    twee = {
        digest.digest_periode(DigestRitme.TWEEWEKELIJKS, maandag + datetime.timedelta(d))
        for d in range(14)
    }
    assert len(twee) == 2
    assert digest.digest_periode(DigestRitme.NOOIT, maandag) is None


def test_email_opt_out_keeps_the_notification_in_the_app(klok, moment, plg_lid, kartrekker):
    Voorkeuren.objects.create(user=plg_lid, email_uit=[Soort.MONITORING_OPEN])
    assert draai(klok, datetime.date(2026, 11, 2)) == 2
    assert ontvangers() == [kartrekker.email]
    assert Melding.objects.filter(user=plg_lid, soort=Soort.MONITORING_OPEN).count() == 1


def test_who_acted_between_recording_and_sending_gets_nothing(
    klok, moment, plg, kartrekker, plg_lid
):
    actie = Actiepunt.objects.create(
        plg=plg, wat="Lesbrief", owner=plg_lid, deadline=datetime.date(2026, 10, 30)
    )
    bijeenkomst = Bijeenkomst.objects.create(plg=plg, start=om(datetime.date(2026, 11, 3), 15))
    klok.move_to(om(datetime.date(2026, 11, 2), 7))
    # Open moment (2 people), the late action, the meeting tomorrow (2 people), the digest.
    assert herinneringen.verzamel() == 6

    moment.beantwoord(plg_lid, {})
    actie.gedaan_op = om(datetime.date(2026, 11, 2), 7)
    actie.save()
    bijeenkomst.start = om(datetime.date(2026, 11, 10), 15)
    bijeenkomst.save()
    assert verzenden.verstuur() == 2
    assert ontvangers() == [kartrekker.email]
    assert [m.subject for m in mail.outbox if m.to == [kartrekker.email]] == [
        "Monitormoment “Na zes weken” staat open"
    ]
    assert Herinnering.objects.filter(vervallen=True).count() == 4
    assert Melding.objects.filter(user=plg_lid).count() == 0
    assert verzenden.verstuur() == 0


class HalfwayDown(EmailBackend):
    """A mail server that accepts a few messages and then goes down."""

    toegestaan = 0

    def send_messages(self, messages):
        if len(mail.outbox) >= HalfwayDown.toegestaan:
            raise SMTPServerDisconnected("connection lost")
        return super().send_messages(messages)


def test_an_interrupted_run_completes_on_the_next_without_duplicates(
    klok, settings, moment, school, plg
):
    for _ in range(8):
        PLGLid.objects.create(plg=plg, user=medewerker(school, Rol.TEAMLID))
    klok.move_to(om(datetime.date(2026, 11, 2)))
    assert herinneringen.verzamel() == 10

    settings.EMAIL_BACKEND = "meldingen.tests.test_herinneringen.HalfwayDown"
    HalfwayDown.toegestaan = 5
    with pytest.raises(SMTPServerDisconnected):
        verzenden.verstuur()
    assert len(mail.outbox) == 5
    assert Herinnering.objects.te_versturen().count() == 5
    assert Melding.objects.count() == 5  # the failed one left nothing behind

    HalfwayDown.toegestaan = 100
    assert draai(klok, datetime.date(2026, 11, 2), uur=9) == 5
    assert len(mail.outbox) == 10
    assert len(set(ontvangers())) == 10
    assert Melding.objects.count() == 10
    assert Herinnering.objects.te_versturen().count() == 0


def test_recording_twice_keeps_one_row_per_key(klok, moment):
    klok.move_to(om(datetime.date(2026, 11, 2)))
    assert herinneringen.verzamel() == 2
    assert herinneringen.verzamel() == 0
    assert Herinnering.objects.count() == 2


def test_the_beat_task_records_and_sends(klok, moment):
    klok.move_to(om(datetime.date(2026, 11, 2)))
    herinneringen_verzamelen.delay()
    assert len(mail.outbox) == 2
    herinneringen_verzamelen.delay()
    assert len(mail.outbox) == 2


def test_management_command_runs_the_same_dispatch(klok, moment, capsys):
    klok.move_to(om(datetime.date(2026, 11, 2)))
    call_command("herinneringen")
    assert "2 nieuw vastgelegd, 2 verstuurd" in capsys.readouterr().out
    call_command("herinneringen")
    assert "0 nieuw vastgelegd, 0 verstuurd" in capsys.readouterr().out
    assert len(mail.outbox) == 2


def test_send_task_retries_mail_failures_with_backoff():
    from meldingen.tasks import herinneringen_versturen

    assert SMTPException in herinneringen_versturen.autoretry_for
    assert herinneringen_versturen.retry_backoff
