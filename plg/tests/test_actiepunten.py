from datetime import date

import time_machine
from django.utils import timezone

from plg.models import Actiepunt
from plg.tests.factories import ActiepuntFactory


def test_overdue_means_open_and_past_its_date(plg):
    vandaag = date(2030, 5, 10)
    overdue = ActiepuntFactory(plg=plg, deadline=date(2030, 5, 9))
    ActiepuntFactory(plg=plg, deadline=date(2030, 5, 10))
    ActiepuntFactory(plg=plg, deadline=date(2030, 5, 1), gedaan_op=timezone.now())
    assert list(Actiepunt.objects.overdue(vandaag)) == [overdue]


def test_an_action_becomes_overdue_as_the_days_pass(plg):
    actie = ActiepuntFactory(plg=plg, deadline=date(2030, 5, 10))
    with time_machine.travel("2030-05-10 22:00 +02:00", tick=False):
        assert not actie.is_overdue()
    with time_machine.travel("2030-05-11 08:00 +02:00", tick=False):
        assert actie.is_overdue()
        actie.markeer_gedaan(by=None)
        assert not actie.is_overdue()


def test_ticking_off_twice_keeps_the_first_moment(plg, kartrekker, plg_lid):
    actie = ActiepuntFactory(plg=plg)
    with time_machine.travel("2030-05-10 10:00 +02:00", tick=False):
        actie.markeer_gedaan(by=kartrekker)
    with time_machine.travel("2030-05-12 10:00 +02:00", tick=False):
        actie.markeer_gedaan(by=plg_lid)
    actie.refresh_from_db()
    assert actie.completed_by == kartrekker
    assert timezone.localtime(actie.gedaan_op).day == 10


def test_assigned_to_others_leaves_out_my_own(plg, kartrekker, plg_lid):
    aan_ander = ActiepuntFactory(plg=plg, owner=plg_lid, created_by=kartrekker)
    ActiepuntFactory(plg=plg, owner=kartrekker, created_by=kartrekker)
    assert list(Actiepunt.objects.assigned_by(kartrekker)) == [aan_ander]
