"""Who is asked to answer a monitormoment: the PLG of its speerpunt and the chosen colleagues,
as long as they work at the school. The calendar feed, "Mijn werk" and the moment page ask
this one queryset."""

import datetime

import time_machine

from cyclus.tests.factories import SpeerpuntFactory
from monitoring.models import Monitormoment
from monitoring.tests.factories import MonitormomentFactory
from plg.tests.factories import PLGFactory, PLGLidFactory
from scholen.models import Lidmaatschap, Rol
from scholen.tests.factories import LidmaatschapFactory, medewerker


def momenten(user):
    return list(Monitormoment.objects.voor_deelnemer(user).order_by("pk"))


def test_plg_members_and_chosen_colleagues_are_asked_once_each(
    school, moment, plg_lid, kartrekker, teamlid, schoolleider
):
    ander = MonitormomentFactory(cyclus=moment.cyclus, titel="Later")
    # In the PLG and chosen as colleague as well: still one moment, not two.
    moment.teamleden.add(plg_lid, teamlid)

    assert momenten(plg_lid) == [moment, ander]
    assert momenten(kartrekker) == [moment, ander]
    assert momenten(teamlid) == [moment]
    assert momenten(schoolleider) == []
    assert Monitormoment.objects.voor_deelnemer(plg_lid).count() == 2


def test_a_plg_of_another_speerpunt_asks_nothing(school, moment, plg_lid):
    elders = SpeerpuntFactory(school=school, titel="Rekenen")
    PLGLidFactory(plg=PLGFactory(speerpunt=elders), user=medewerker(school, Rol.TEAMLID))
    MonitormomentFactory(cyclus=elders.huidige_cyclus)

    assert momenten(plg_lid) == [moment]


def test_only_in_schools_where_the_person_still_works(
    school, other_school, moment, plg_lid, teamlid
):
    moment.teamleden.add(teamlid)
    LidmaatschapFactory(user=plg_lid, school=other_school, rol=Rol.TEAMLID)
    elders = SpeerpuntFactory(school=other_school, titel="Lezen")
    PLGLidFactory(plg=PLGFactory(speerpunt=elders), user=plg_lid)
    daar = MonitormomentFactory(cyclus=elders.huidige_cyclus)

    # The row simply gone (older data, a cascade): the rows of the PLG and the moment stay.
    Lidmaatschap.objects.filter(user=plg_lid, school=school).delete()
    Lidmaatschap.objects.filter(user=teamlid, school=school).delete()
    assert momenten(plg_lid) == [daar]
    assert momenten(teamlid) == []

    plg_lid.is_active = False
    plg_lid.save()
    assert momenten(plg_lid) == []


def test_still_to_answer_leaves_out_what_was_answered_or_closed(moment, plg_lid, kartrekker):
    gesloten = MonitormomentFactory(cyclus=moment.cyclus)
    with time_machine.travel(datetime.datetime(2026, 11, 4, 10, tzinfo=datetime.UTC)):
        gesloten.sluit()
        moment.beantwoord(kartrekker, {})
        assert list(Monitormoment.objects.nog_te_beantwoorden_door(plg_lid)) == [moment]
        assert list(Monitormoment.objects.nog_te_beantwoorden_door(kartrekker)) == []
