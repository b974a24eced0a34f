"""After leaving a school, "Mijn werk" shows nothing of it: no actions, no moments."""

import datetime

import time_machine
from django.urls import reverse

from monitoring.tests.factories import MonitormomentFactory
from plg.tests.factories import ActiepuntFactory
from scholen.models import Lidmaatschap
from scholen.tests.factories import LidmaatschapFactory


def test_my_work_shows_nothing_of_a_school_i_left(client, plg, plg_lid, speerpunt, other_school):
    LidmaatschapFactory(user=plg_lid, school=other_school)
    ActiepuntFactory(plg=plg, owner=plg_lid, wat="Rubric maken")
    moment = MonitormomentFactory(cyclus=speerpunt.huidige_cyclus, titel="Na zes weken")
    moment.teamleden.add(plg_lid)

    with time_machine.travel(datetime.datetime(2026, 11, 4, 10, tzinfo=datetime.UTC)):
        client.force_login(plg_lid)
        voor = client.get(reverse("mijn_werk")).text
        assert "Rubric maken" in voor
        assert "Na zes weken" in voor

        Lidmaatschap.objects.get(user=plg_lid, school=plg.school).beeindig()
        client.force_login(plg_lid)
        response = client.get(reverse("mijn_werk"))

    assert list(response.context["pagina"]) == []
    assert "Rubric maken" not in response.text
    assert "Na zes weken" not in response.text
