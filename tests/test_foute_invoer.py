"""A malformed id, number or page in a request is the sender's mistake: a 400 (or the page,
with the value ignored), never a server error."""

import pytest
from django.urls import reverse

from cyclus.models import Kernwaarde, Schooljaar, Speerpunt
from kennisbank.tests.factories import BronFactory
from meldingen.models import Melding, Soort
from monitoring.models import Meting
from plg.tests.factories import ActiepuntFactory
from verbeterplan.models import Verbeterplan
from verbeterplan.tests.factories import DoelFactory

# Letters, a superscript digit (str.isdigit() says yes, int() says no), a negative, a
# fraction, a number no database column holds, a NUL byte and a list-looking value.
ONZIN = ["abc", "²", "-1", "1.5", "9" * 30, "1\x00", "[1]", " 1"]


@pytest.fixture
def kernwaarde(school):
    return Kernwaarde.objects.create(school=school, naam="Eigenaarschap")


@pytest.fixture
def doel(speerpunt):
    return DoelFactory(plan=Verbeterplan.start(speerpunt.huidige_cyclus), omschrijving="Plannen")


def _ongewijzigd(*querysets):
    return [list(qs.values()) for qs in querysets]


@pytest.mark.parametrize("waarde", ONZIN)
def test_dashboard_card_move_with_a_malformed_id(client, school, schoolleider, speerpunt, waarde):
    client.force_login(schoolleider)
    voor = _ongewijzigd(Speerpunt.objects.all())
    response = client.post(
        reverse("cyclus:dashboard", args=[school.pk]),
        {"speerpunt": waarde, "van": 1, "naar": 2},
    )
    assert response.status_code == 400
    assert _ongewijzigd(Speerpunt.objects.all()) == voor


@pytest.mark.parametrize("waarde", ONZIN)
@pytest.mark.parametrize("actie", ["omhoog", "plaats"])
def test_priorities_with_a_malformed_id(client, school, schoolleider, speerpunt, waarde, actie):
    client.force_login(schoolleider)
    voor = _ongewijzigd(Speerpunt.objects.all())
    response = client.post(
        reverse("cyclus:prioriteiten", args=[school.pk]),
        {"speerpunt": waarde, "actie": actie, "plek": 1},
    )
    assert response.status_code == 400
    assert _ongewijzigd(Speerpunt.objects.all()) == voor


@pytest.mark.parametrize("waarde", ONZIN)
def test_priorities_with_a_malformed_place(client, school, schoolleider, speerpunt, waarde):
    client.force_login(schoolleider)
    response = client.post(
        reverse("cyclus:prioriteiten", args=[school.pk]),
        {"speerpunt": speerpunt.pk, "actie": "plaats", "plek": waarde},
    )
    assert response.status_code == 400


@pytest.mark.parametrize("waarde", ONZIN)
@pytest.mark.parametrize(
    ("actie", "veld"), [("kernwaarde_weg", "kernwaarde"), ("huidig", "schooljaar")]
)
def test_vision_page_with_a_malformed_id(
    client, school, schoolleider, kernwaarde, waarde, actie, veld
):
    client.force_login(schoolleider)
    voor = _ongewijzigd(Kernwaarde.objects.all(), Schooljaar.objects.all())
    response = client.post(
        reverse("cyclus:visie", args=[school.pk]), {"actie": actie, veld: waarde}
    )
    assert response.status_code == 400
    assert _ongewijzigd(Kernwaarde.objects.all(), Schooljaar.objects.all()) == voor


@pytest.mark.parametrize("waarde", ONZIN)
def test_marking_a_notification_read_with_a_malformed_id(client, teamlid, waarde):
    Melding.objects.create(user=teamlid, soort=Soort.DIGEST, titel="Overzicht")
    client.force_login(teamlid)
    response = client.post(reverse("meldingen:meldingen"), {"gelezen": waarde})
    assert response.status_code == 400
    assert Melding.objects.get().gelezen_op is None


@pytest.mark.parametrize("waarde", ONZIN)
def test_removing_a_measurement_with_a_malformed_id(client, school, plg_lid, doel, waarde):
    Meting.objects.create(doel=doel, datum="2026-11-01", waarde=50, created_by=plg_lid)
    client.force_login(plg_lid)
    response = client.post(
        reverse("monitoring:doel", args=[school.pk, doel.pk]), {"verwijderen": waarde}
    )
    assert response.status_code == 400
    assert Meting.objects.count() == 1


@pytest.mark.parametrize("waarde", ONZIN)
def test_ticking_an_action_in_my_work_with_a_malformed_id(client, plg, plg_lid, waarde):
    actie = ActiepuntFactory(plg=plg, owner=plg_lid)
    client.force_login(plg_lid)
    response = client.post(reverse("mijn_werk"), {"actie": "gedaan", "actiepunt": waarde})
    assert response.status_code == 400
    actie.refresh_from_db()
    assert actie.gedaan_op is None


@pytest.mark.parametrize("waarde", ONZIN)
@pytest.mark.parametrize("naam", ["pagina", "speerpunt", "vanaf", "stap", "thema"])
def test_kennisbank_ignores_a_malformed_filter_or_page(client, school, teamlid, waarde, naam):
    BronFactory(titel="Feedback geven")
    client.force_login(teamlid)
    response = client.get(reverse("kennisbank:zoeken", args=[school.pk]), {naam: waarde})
    assert response.status_code in (200, 400)
    if naam != "speerpunt":
        assert response.status_code == 200


@pytest.mark.parametrize("waarde", ONZIN)
def test_linking_a_source_with_a_malformed_speerpunt(client, school, teamlid, waarde):
    bron = BronFactory(titel="Feedback geven")
    client.force_login(teamlid)
    response = client.get(
        reverse("kennisbank:koppelen", args=[school.pk, bron.pk]), {"speerpunt": waarde}
    )
    assert response.status_code == 400


@pytest.mark.parametrize("waarde", ONZIN)
@pytest.mark.parametrize(
    "route",
    ["meldingen:meldingen", "mijn_werk"],
)
def test_personal_lists_ignore_a_malformed_page(client, teamlid, waarde, route):
    client.force_login(teamlid)
    assert client.get(reverse(route), {"pagina": waarde}).status_code == 200


def test_an_id_too_large_for_any_column_in_the_address_is_not_found(client, school, teamlid):
    client.force_login(teamlid)
    response = client.get(reverse("cyclus:speerpunt", args=[school.pk, 10**30]))
    assert response.status_code == 404


def test_a_bad_request_is_a_dutch_page_of_the_product(client, school, schoolleider):
    client.force_login(schoolleider)
    response = client.post(
        reverse("cyclus:prioriteiten", args=[school.pk]), {"speerpunt": "abc", "actie": "omhoog"}
    )
    assert response.status_code == 400
    assert "Dit verzoek klopt niet" in response.text


@pytest.mark.parametrize("waarde", ONZIN)
def test_findings_filters_with_a_malformed_value(client, plg, plg_lid, waarde):
    client.force_login(plg_lid)
    url = reverse("plg:analyse", args=[plg.school.pk, plg.pk])
    for naam in ("soort", "label", "pagina"):
        response = client.get(url, {naam: waarde})
        assert response.status_code == (400 if "\x00" in waarde and naam == "label" else 200)


@pytest.mark.parametrize("waarde", ONZIN)
def test_expertise_search_with_a_malformed_value(client, school, teamlid, waarde):
    client.force_login(teamlid)
    response = client.get(reverse("plg:expertise", args=[school.pk]), {"q": waarde})
    assert response.status_code == (400 if "\x00" in waarde else 200)


@pytest.mark.parametrize("waarde", ONZIN)
def test_plan_versions_compare_ignores_malformed_choices(
    client, school, teamlid, speerpunt, waarde
):
    plan = Verbeterplan.start(speerpunt.huidige_cyclus)
    client.force_login(teamlid)
    response = client.get(
        reverse("verbeterplan:versies", args=[school.pk, plan.pk]), {"a": waarde, "b": waarde}
    )
    assert response.status_code == 200
