import datetime
import re

import pytest
from django.urls import reverse

from tests.schaal import assert_vlak
from verbeterplan.models import Doel, PlanStatus, Verbeterplan
from verbeterplan.tests.factories import ActieFactory, DoelFactory


def plan_url(plan, naam="plan", *args):
    return reverse(f"verbeterplan:{naam}", args=[plan.school.pk, plan.pk, *args])


def doel_url(plan, doel):
    return plan_url(plan, "onderdeel", "doelen", doel.pk)


def doel_data(doel, **wijzig):
    data = {
        "omschrijving": doel.omschrijving,
        "indicator_soort": doel.indicator_soort,
        "indicator": doel.indicator,
        "nulmeting": "" if doel.nulmeting is None else doel.nulmeting,
        "streefwaarde": "" if doel.streefwaarde is None else doel.streefwaarde,
        "eenheid": doel.eenheid,
        "token": doel.token(),
    }
    return data | wijzig


class TestToegang:
    @pytest.mark.parametrize("gebruiker", ["kartrekker", "plg_lid", "teamlid", "bestuurslid"])
    def test_everyone_of_the_school_reads_the_plan(self, client, request, plan, gebruiker):
        client.force_login(request.getfixturevalue(gebruiker))
        response = client.get(plan_url(plan))
        assert response.status_code == 200
        assert "Wat nog ontbreekt voor het besluit" in response.text

    def test_an_outsider_gets_404_for_every_page(self, client, outsider, volledig_plan):
        client.force_login(outsider)
        for naam, args in [
            ("plan", []),
            ("besluit", []),
            ("versies", []),
            ("sectie", ["aanpak"]),
            ("onderdeel_nieuw", ["doelen"]),
        ]:
            assert client.get(plan_url(volledig_plan, naam, *args)).status_code == 404
        speerpunt = volledig_plan.speerpunt
        url = reverse("verbeterplan:voor_speerpunt", args=[speerpunt.school.pk, speerpunt.pk])
        assert client.get(url).status_code == 404

    def test_another_schools_plan_is_404_even_through_ones_own_school(self, client, outsider, plan):
        client.force_login(outsider)
        school = outsider.lidmaatschappen.get().school
        url = reverse("verbeterplan:plan", args=[school.pk, plan.pk])
        assert client.get(url).status_code == 404

    def test_a_colleague_outside_the_plg_cannot_edit(self, client, teamlid, plan):
        client.force_login(teamlid)
        assert client.get(plan_url(plan, "onderdeel_nieuw", "doelen")).status_code == 403
        response = client.post(plan_url(plan, "sectie", "aanpak"), {"wat_iedereen_doet": "x"})
        assert response.status_code == 403
        assert "Bewerken" not in client.get(plan_url(plan)).text

    def test_a_colleague_cannot_start_a_revision(
        self, client, teamlid, schoolleider, volledig_plan
    ):
        volledig_plan.leg_besluit_vast(
            by=schoolleider,
            datum=datetime.date(2026, 6, 1),
            besloten_door="Team",
            aangenomen=True,
        )
        client.force_login(teamlid)
        response = client.post(
            volledig_plan.get_absolute_url(), {"start_bijstelling": "1", "reden": "Waarom niet"}
        )
        assert response.status_code == 403
        volledig_plan.refresh_from_db()
        assert volledig_plan.status == PlanStatus.VASTGESTELD

    def test_the_board_reads_but_does_not_edit(self, client, bestuurslid, plan):
        client.force_login(bestuurslid)
        assert client.get(plan_url(plan, "onderdeel_nieuw", "doelen")).status_code == 403

    def test_only_the_schoolleider_records_the_decision(self, client, kartrekker, plan):
        client.force_login(kartrekker)
        assert client.get(plan_url(plan, "besluit")).status_code == 403


class TestPlanBeginnen:
    def test_the_kartrekker_starts_the_plan_of_the_current_cycle(
        self, client, kartrekker, speerpunt
    ):
        client.force_login(kartrekker)
        url = reverse("verbeterplan:voor_speerpunt", args=[speerpunt.school.pk, speerpunt.pk])
        assert "Verbeterplan beginnen" in client.get(url).text
        response = client.post(url)
        plan = Verbeterplan.objects.get(cyclus=speerpunt.huidige_cyclus)
        assert response.url == plan.get_absolute_url()
        assert client.get(url).url == plan.get_absolute_url()

    def test_a_colleague_cannot_start_it(self, client, teamlid, speerpunt):
        client.force_login(teamlid)
        url = reverse("verbeterplan:voor_speerpunt", args=[speerpunt.school.pk, speerpunt.pk])
        assert client.post(url).status_code == 403


class TestSchrijven:
    def test_adding_a_goal_with_htmx_returns_the_section_and_the_completeness(
        self, client, kartrekker, plan
    ):
        client.force_login(kartrekker)
        url = plan_url(plan, "onderdeel_nieuw", "doelen")
        form = client.get(url, headers={"HX-Request": "true"})
        assert 'name="omschrijving"' in form.text
        assert "<html" not in form.text
        response = client.post(
            url,
            {
                "omschrijving": "Leerlingen plannen zelf",
                "indicator_soort": "observatie",
                "indicator": "Agenda's zijn ingevuld",
                "token": "",
            },
            headers={"HX-Request": "true"},
        )
        assert response.status_code == 200
        assert 'id="sectie-doelen"' in response.text
        assert "Leerlingen plannen zelf" in response.text
        assert 'hx-swap-oob="true"' in response.text
        assert "Er is nog geen doel." not in response.text
        assert plan.doelen.get().omschrijving == "Leerlingen plannen zelf"

    def test_without_javascript_a_save_redirects_to_the_section(self, client, kartrekker, plan):
        client.force_login(kartrekker)
        response = client.post(
            plan_url(plan, "onderdeel_nieuw", "mijlpalen"),
            {"datum": "2026-12-01", "omschrijving": "Pilot klaar", "token": ""},
        )
        assert response.url == plan.get_absolute_url() + "#sectie-tijdpad"
        assert plan.mijlpalen.get().datum == datetime.date(2026, 12, 1)

    def test_an_invalid_form_keeps_what_was_typed(self, client, plg_lid, plan):
        client.force_login(plg_lid)
        response = client.post(
            plan_url(plan, "onderdeel_nieuw", "acties"),
            {
                "wat": "Planningsles maken",
                "start": "2026-10-01",
                "deadline": "2026-09-01",
                "status": "open",
                "token": "",
            },
            headers={"HX-Request": "true"},
        )
        assert response.headers["HX-Retarget"] == "#bewerk-acties-nieuw"
        assert "De deadline ligt voor de start." in response.text
        assert 'value="Planningsles maken"' in response.text
        assert not plan.acties.exists()

    def test_editing_and_removing_a_goal(self, client, kartrekker, plan):
        doel = DoelFactory(plan=plan, omschrijving="Oud")
        client.force_login(kartrekker)
        client.post(doel_url(plan, doel), doel_data(doel, omschrijving="Nieuw"))
        doel.refresh_from_db()
        assert doel.omschrijving == "Nieuw"
        client.post(doel_url(plan, doel), {"verwijder": "1", "token": doel.token()})
        assert not plan.doelen.exists()

    def test_the_written_sections_save_only_their_own_fields(self, client, kartrekker, plan):
        client.force_login(kartrekker)
        url = plan_url(plan, "sectie", "aanpak")
        token = client.get(url).context["form"].initial["token"]
        plan.strategie = "interactief"
        plan.save()
        response = client.post(
            url,
            {
                "uitrol": "pilot",
                "sturing": "hoofdlijnen",
                "wat_iedereen_doet": "Elke week een planningsles",
                "token": token,
            },
        )
        assert response.status_code == 302
        plan.refresh_from_db()
        assert plan.uitrol == "pilot"
        assert plan.strategie == "interactief"

    def test_an_action_status_can_be_updated_after_adoption(
        self, client, kartrekker, schoolleider, volledig_plan
    ):
        volledig_plan.leg_besluit_vast(
            by=schoolleider,
            datum=datetime.date(2026, 6, 1),
            besloten_door="Team",
            aangenomen=True,
        )
        actie = volledig_plan.acties.first()
        client.force_login(kartrekker)
        url = plan_url(volledig_plan, "onderdeel", "acties", actie.pk)
        client.post(url, {"status": "klaar", "status_opslaan": "1"})
        actie.refresh_from_db()
        assert actie.status == "klaar"
        response = client.post(url, {"wat": "Anders", "status": "open", "token": actie.token()})
        assert response.status_code == 302
        actie.refresh_from_db()
        assert actie.wat != "Anders"


class TestGelijktijdigBewerken:
    def test_the_second_save_is_refused_and_shows_both_texts(
        self, client, kartrekker, plg_lid, plan
    ):
        doel = DoelFactory(plan=plan, omschrijving="Origineel")
        geopend = doel_data(doel)
        client.force_login(kartrekker)
        client.post(doel_url(plan, doel), geopend | {"omschrijving": "Tekst van Karin"})

        client.force_login(plg_lid)
        response = client.post(
            doel_url(plan, doel),
            geopend | {"omschrijving": "Tekst van Pim"},
            headers={"HX-Request": "true"},
        )
        assert "Iemand anders heeft dit intussen opgeslagen" in response.text
        assert "Tekst van Karin" in response.text
        assert "Tekst van Pim" in response.text
        assert Doel.objects.get(pk=doel.pk).omschrijving == "Tekst van Karin"

        # The form now carries the fresh token: merging and saving again works.
        token = response.context["form"]["token"].value()
        client.post(
            doel_url(plan, doel), geopend | {"omschrijving": "Karin en Pim", "token": token}
        )
        assert Doel.objects.get(pk=doel.pk).omschrijving == "Karin en Pim"

    def test_a_written_section_is_guarded_too(self, client, kartrekker, plg_lid, plan):
        url = plan_url(plan, "sectie", "onderbouwing")
        token = plan.tekst_token(["referenties"])
        client.force_login(kartrekker)
        client.post(url, {"referenties": "Hattie (2009)", "token": token})
        client.force_login(plg_lid)
        response = client.post(url, {"referenties": "Marzano (2003)", "token": token})
        assert response.status_code == 200
        assert "Hattie (2009)" in response.text
        assert "Marzano (2003)" in response.text
        plan.refresh_from_db()
        assert plan.referenties == "Hattie (2009)"

    def test_editing_different_goals_at_once_is_fine(self, client, kartrekker, plg_lid, plan):
        een, twee = DoelFactory(plan=plan), DoelFactory(plan=plan)
        data_een, data_twee = doel_data(een), doel_data(twee)
        client.force_login(kartrekker)
        client.post(doel_url(plan, een), data_een | {"omschrijving": "Een"})
        client.force_login(plg_lid)
        client.post(doel_url(plan, twee), data_twee | {"omschrijving": "Twee"})
        assert set(plan.doelen.values_list("omschrijving", flat=True)) == {"Een", "Twee"}


class TestBesluitPagina:
    def test_the_schoolleider_records_an_adopting_decision(
        self, client, schoolleider, volledig_plan
    ):
        client.force_login(schoolleider)
        response = client.post(
            plan_url(volledig_plan, "besluit"),
            {
                "datum": "2026-06-01",
                "besloten_door": "Teamvergadering onderbouw",
                "aangenomen": "ja",
                "voorwaarden": "Evaluatie na drie maanden",
            },
        )
        assert response.url == volledig_plan.get_absolute_url()
        volledig_plan.refresh_from_db()
        assert volledig_plan.status == PlanStatus.VASTGESTELD
        page = client.get(volledig_plan.get_absolute_url()).text
        assert "versie 1" in page
        assert "Plan bijstellen" in page

    def test_an_incomplete_plan_shows_what_is_missing(self, client, schoolleider, plan):
        client.force_login(schoolleider)
        response = client.post(
            plan_url(plan, "besluit"),
            {"datum": "2026-06-01", "besloten_door": "Team", "aangenomen": "ja"},
        )
        assert response.status_code == 200
        assert "Het plan is nog niet compleet." in response.text
        assert "Er is nog geen doel." in response.text


class TestVersiesPagina:
    def test_a_revision_through_the_page_and_the_comparison(
        self, client, schoolleider, volledig_plan
    ):
        volledig_plan.leg_besluit_vast(
            by=schoolleider,
            datum=datetime.date(2026, 6, 1),
            besloten_door="Team",
            aangenomen=True,
        )
        client.force_login(schoolleider)
        url = volledig_plan.get_absolute_url()
        client.post(url, {"start_bijstelling": "1", "reden": "Monitoring in november"})
        ActieFactory(plan=volledig_plan, wat="Extra coaching voor mentoren")
        concept = client.get(plan_url(volledig_plan, "versies")).text
        assert "huidige bijstelling" in concept
        assert "Extra coaching voor mentoren" in concept
        client.post(url, {"rond_af": "1"})
        volledig_plan.refresh_from_db()
        assert volledig_plan.versies.count() == 2
        response = client.get(plan_url(volledig_plan, "versies"), {"a": "1", "b": "2"})
        assert "Monitoring in november" in response.text
        assert "toegevoegd" in response.text
        assert "Extra coaching voor mentoren" in response.text

    def test_the_versions_page_without_versions(self, client, teamlid, plan):
        client.force_login(teamlid)
        response = client.get(plan_url(plan, "versies"))
        assert "Er is nog geen versie" in response.text


class TestBronnen:
    def test_while_writing_the_plan_links_to_the_kennisbank_and_back(
        self, client, kartrekker, schoolleider, volledig_plan
    ):
        client.force_login(kartrekker)
        zoeken = reverse("kennisbank:zoeken", args=[volledig_plan.school.pk])
        html = client.get(plan_url(volledig_plan)).text
        assert f"{zoeken}?speerpunt={volledig_plan.speerpunt.pk}&amp;next=" in html
        volledig_plan.leg_besluit_vast(
            by=schoolleider,
            datum=datetime.date(2026, 6, 1),
            besloten_door="Team",
            aangenomen=True,
        )
        # The school menu always links to the kennisbank; the search for this plan is gone.
        assert f"{zoeken}?speerpunt=" not in client.get(plan_url(volledig_plan)).text


class TestSpeerpuntPagina:
    def test_the_speerpunt_page_links_to_the_plan(self, client, teamlid, speerpunt):
        client.force_login(teamlid)
        url = reverse("cyclus:speerpunt", args=[speerpunt.school.pk, speerpunt.pk])
        start = reverse("verbeterplan:voor_speerpunt", args=[speerpunt.school.pk, speerpunt.pk])
        assert start in client.get(url).text
        plan = Verbeterplan.start(speerpunt.huidige_cyclus)
        assert plan.get_absolute_url() in client.get(url).text


class TestVeelActies:
    """A plan of a few hundred actions stays readable: per status, 25 a page."""

    @pytest.fixture
    def veel_acties(self, volledig_plan, teamlid):
        volledig_plan.acties.all().delete()
        statussen = ["open"] * 150 + ["bezig"] * 100 + ["klaar"] * 50
        for i, status in enumerate(statussen):
            ActieFactory(
                plan=volledig_plan,
                owner=teamlid,
                wat=f"Actie {i:03}",
                status=status,
                deadline=datetime.date(2026, 9, 1) + datetime.timedelta(days=i),
            )
        return volledig_plan

    def test_the_page_shows_one_page_of_actions_and_the_counts(self, client, teamlid, veel_acties):
        client.force_login(teamlid)
        html = client.get(plan_url(veel_acties)).text
        assert html.count('id="acties-') == 25
        assert "Actie 000" in html
        assert "Actie 025" not in html
        assert "Alle 300 acties" in html
        assert "Nog niet begonnen: 150" in html
        assert "Bezig: 100" in html
        assert "Klaar: 50" in html
        assert "Pagina 1 van 12 (acties 1–25)" in html

    def test_a_later_page_and_a_status(self, client, teamlid, veel_acties):
        client.force_login(teamlid)
        html = client.get(plan_url(veel_acties), {"acties_pagina": 2}).text
        assert "Actie 025" in html
        assert "Actie 024" not in html
        html = client.get(plan_url(veel_acties), {"acties_status": "klaar"}).text
        assert html.count('id="acties-') == 25
        assert "Actie 250" in html
        assert "Actie 000" not in html
        assert "Pagina 1 van 2 (acties 1–25)" in html

    def test_with_htmx_only_the_section_comes_back(self, client, teamlid, veel_acties):
        client.force_login(teamlid)
        response = client.get(
            plan_url(veel_acties), {"acties_pagina": 12}, headers={"HX-Request": "true"}
        )
        html = response.text
        assert html.lstrip().startswith('<section id="sectie-acties"')
        assert "Actie 299" in html
        assert "data-focus-after-swap" in html
        assert "HX-Request" in response["Vary"]

    def test_a_status_update_returns_to_the_same_page(self, client, kartrekker, veel_acties):
        actie = veel_acties.acties.get(wat="Actie 260")
        client.force_login(kartrekker)
        url = plan_url(veel_acties, "onderdeel", "acties", actie.pk)
        keuze = {"acties_status": "klaar", "acties_pagina": "2"}
        response = client.post(url, {"status": "bezig", "status_opslaan": "1"} | keuze)
        assert response.status_code == 302
        assert response["Location"].endswith("?acties_status=klaar&acties_pagina=2#sectie-acties")
        actie = veel_acties.acties.get(wat="Actie 290")
        response = client.post(
            plan_url(veel_acties, "onderdeel", "acties", actie.pk),
            {"status": "bezig", "status_opslaan": "1"} | keuze,
            headers={"HX-Request": "true"},
        )
        assert "Actie 299" in response.text
        assert "Actie 290" not in response.text
        assert "Klaar: 48" in response.text

    def test_a_page_beyond_the_last_shows_the_last(self, client, teamlid, veel_acties):
        client.force_login(teamlid)
        html = client.get(plan_url(veel_acties), {"acties_pagina": 99}).text
        assert "Actie 299" in html


class TestAantalQueries:
    @pytest.mark.parametrize("acties", [3, 40, 300])
    def test_the_plan_page_does_not_grow_with_the_number_of_actions(
        self, client, kartrekker, volledig_plan, teamlid, acties, django_assert_max_num_queries
    ):
        for i in range(acties):
            ActieFactory(plan=volledig_plan, owner=teamlid, wat=f"Actie {i}")
        client.force_login(kartrekker)
        with django_assert_max_num_queries(24):
            response = client.get(volledig_plan.get_absolute_url())
        assert response.status_code == 200

    @pytest.mark.parametrize("versies", [1, 6])
    def test_the_versions_page_does_not_grow_with_the_number_of_versions(
        self, client, schoolleider, volledig_plan, versies, django_assert_max_num_queries
    ):
        volledig_plan.leg_besluit_vast(
            by=schoolleider,
            datum=datetime.date(2026, 6, 1),
            besloten_door="Team",
            aangenomen=True,
        )
        for i in range(versies - 1):
            volledig_plan.start_bijstelling(by=schoolleider, reden=f"Ronde {i}")
            ActieFactory(plan=volledig_plan)
            volledig_plan.rond_bijstelling_af(by=schoolleider)
        client.force_login(schoolleider)
        # The count, one page of versions and the contents of the two compared ones.
        with django_assert_max_num_queries(10):
            response = client.get(
                reverse("verbeterplan:versies", args=[volledig_plan.school.pk, volledig_plan.pk])
            )
        assert response.status_code == 200


def bijstellen(plan, by, rondes: int):
    """`rondes` revisions, each adding an action: one version each."""
    for _ in range(rondes):
        plan.start_bijstelling(by=by, reden="Na de monitorronde")
        ActieFactory(plan=plan)
        plan.rond_bijstelling_af(by=by)


def stel_vast(plan, by):
    plan.leg_besluit_vast(
        by=by, datum=datetime.date(2026, 6, 1), besloten_door="Team", aangenomen=True
    )


def wijs_af(plan, by, keer: int):
    for i in range(keer):
        plan.leg_besluit_vast(
            by=by,
            datum=datetime.date(2026, 5, 1) + datetime.timedelta(days=i),
            besloten_door=f"Teamvergadering {i}",
            aangenomen=False,
            voorwaarden="Eerst de planningslessen uitproberen.",
        )


class TestSchaal:
    """What a page costs does not grow with the plan's history: actions beyond the page,
    versions, decisions."""

    def test_the_plan_page_with_more_actions_and_versions(
        self, client, schoolleider, kartrekker, volledig_plan
    ):
        for i in range(30):
            ActieFactory(plan=volledig_plan, owner=kartrekker, status="klaar" if i % 2 else "open")
        wijs_af(volledig_plan, schoolleider, 2)
        stel_vast(volledig_plan, schoolleider)
        bijstellen(volledig_plan, schoolleider, 6)

        def groei():
            for _ in range(120):
                ActieFactory(plan=volledig_plan, owner=kartrekker, status="klaar")
            bijstellen(volledig_plan, schoolleider, 9)

        client.force_login(kartrekker)
        assert_vlak(client, volledig_plan.get_absolute_url(), groei)

    def test_the_plan_page_with_more_rejected_decisions(self, client, schoolleider, volledig_plan):
        wijs_af(volledig_plan, schoolleider, 2)
        client.force_login(schoolleider)
        assert_vlak(
            client,
            volledig_plan.get_absolute_url(),
            lambda: wijs_af(volledig_plan, schoolleider, 12),
        )

    def test_the_versions_page_with_more_versions(self, client, schoolleider, volledig_plan):
        stel_vast(volledig_plan, schoolleider)
        bijstellen(volledig_plan, schoolleider, 11)
        client.force_login(schoolleider)
        assert_vlak(
            client,
            plan_url(volledig_plan, "versies"),
            lambda: bijstellen(volledig_plan, schoolleider, 14),
        )

    def test_the_decision_page_with_more_decisions(self, client, schoolleider, plan):
        wijs_af(plan, schoolleider, 11)
        client.force_login(schoolleider)
        assert_vlak(client, plan_url(plan, "besluit"), lambda: wijs_af(plan, schoolleider, 14))


class TestGeschiedenisBegrensd:
    def test_the_plan_page_names_the_newest_versions_and_counts_the_rest(
        self, client, schoolleider, teamlid, volledig_plan
    ):
        stel_vast(volledig_plan, schoolleider)
        bijstellen(volledig_plan, schoolleider, 7)
        client.force_login(teamlid)
        html = client.get(volledig_plan.get_absolute_url()).text
        assert "versie 8" in html
        assert "versie 4<" in html
        assert "versie 3<" not in html
        assert "En 3 eerdere versies." in html
        assert plan_url(volledig_plan, "versies") in html

    def test_the_versions_page_shows_the_newest_and_pages_back(
        self, client, schoolleider, teamlid, volledig_plan
    ):
        stel_vast(volledig_plan, schoolleider)
        bijstellen(volledig_plan, schoolleider, 11)
        client.force_login(teamlid)
        html = client.get(plan_url(volledig_plan, "versies")).text
        nummers = re.findall(r"<tr><td>(\d+)</td>", html)
        assert nummers == [str(n) for n in range(3, 13)]
        assert "Pagina 1 van 2" in html
        # The two newest are compared, as before there were pages.
        assert 'value="11" selected' in html
        assert 'value="12" selected' in html
        html = client.get(plan_url(volledig_plan, "versies"), {"pagina": 2}).text
        assert re.findall(r"<tr><td>(\d+)</td>", html) == ["1", "2"]
        response = client.get(plan_url(volledig_plan, "versies"), {"a": "1", "b": "12"})
        assert 'value="1" selected' in response.text
        assert "toegevoegd" in response.text

    def test_the_decision_page_pages_through_earlier_decisions(self, client, schoolleider, plan):
        wijs_af(plan, schoolleider, 12)
        client.force_login(schoolleider)
        html = client.get(plan_url(plan, "besluit")).text
        assert "Teamvergadering 11" in html
        assert "Teamvergadering 1)" not in html
        assert "Pagina 1 van 2" in html
        html = client.get(plan_url(plan, "besluit"), {"pagina": 2}).text
        assert "Teamvergadering 1)" in html
        assert "Teamvergadering 0)" in html

    def test_many_incomplete_actions_are_counted_after_the_first_ten(self, volledig_plan):
        for i in range(14):
            ActieFactory(plan=volledig_plan, wat=f"Zonder deadline {i:02}", deadline=None)
        ontbreekt = volledig_plan.ontbreekt()
        assert len(ontbreekt) == 11
        assert ontbreekt[0] == "Actie “Zonder deadline 00” mist een eigenaar of een deadline."
        assert "Zonder deadline 10" not in " ".join(ontbreekt)
        assert ontbreekt[-1] == "Nog 4 andere acties missen een eigenaar of een deadline."


class TestBewaardeSecties:
    """The plan's sections are drawn once and reused, never stale and never with someone
    else's rights or language."""

    def test_a_change_shows_at_once_however_it_was_made(self, client, teamlid, volledig_plan):
        client.force_login(teamlid)
        client.get(volledig_plan.get_absolute_url())
        volledig_plan.doelen.update(omschrijving="Meer leesplezier")
        volledig_plan.randvoorwaarden.update(toelichting="Geregeld met de *directie*")
        html = client.get(volledig_plan.get_absolute_url()).text
        assert "Meer leesplezier" in html
        assert "Geregeld met de <em>directie</em>" in html

    def test_a_page_from_the_cache_is_the_page_drawn_afresh(self, client, teamlid, volledig_plan):
        def secties(html):
            return html[html.index('<div class="plan-opzet__secties">') : html.index("<aside")]

        client.force_login(teamlid)
        vers = secties(client.get(volledig_plan.get_absolute_url()).text)
        bewaard = secties(client.get(volledig_plan.get_absolute_url()).text)
        assert bewaard == vers
        assert "<p>Iedere mentor geeft elke week een planningsles.</p>" in bewaard
        assert volledig_plan.acties.first().wat in bewaard

    def test_each_editor_gets_forms_with_their_own_csrf_token(
        self, kartrekker, plg_lid, volledig_plan
    ):
        from django.test import Client

        def werk_status_bij(user):
            client = Client(enforce_csrf_checks=True)
            client.force_login(user)
            html = client.get(volledig_plan.get_absolute_url()).text
            actie = volledig_plan.acties.first()
            rij = re.search(rf'<tr id="acties-{actie.pk}">.*?</tr>', html, re.DOTALL).group()
            token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', rij).group(1)
            url = plan_url(volledig_plan, "onderdeel", "acties", actie.pk)
            data = {"status": "bezig", "status_opslaan": "1", "csrfmiddlewaretoken": token}
            return client.post(url, data).status_code

        assert werk_status_bij(kartrekker) == 302
        # The second editor's page comes from the cache, with a token of their own.
        assert werk_status_bij(plg_lid) == 302

    def test_typed_text_never_becomes_the_token(self, client, kartrekker, volledig_plan):
        volledig_plan.acties.update(wat="<!-- csrf -->")
        volledig_plan.randvoorwaarden.update(toelichting="<!-- csrf --> geregeld")
        client.force_login(kartrekker)
        html = client.get(volledig_plan.get_absolute_url()).text
        assert html.count("&lt;!-- csrf --&gt;") >= 3
        assert "<!-- csrf -->" not in html

    def test_without_the_cache_the_page_still_works(
        self, client, teamlid, volledig_plan, monkeypatch
    ):
        def weg(*args, **kwargs):
            raise ConnectionError("Redis is weg")

        monkeypatch.setattr("verbeterplan.secties.cache.get_many", weg)
        monkeypatch.setattr("verbeterplan.secties.cache.set_many", weg)
        client.force_login(teamlid)
        response = client.get(volledig_plan.get_absolute_url())
        assert response.status_code == 200
        assert "Geregeld met de roostermaker" in response.text

    def test_a_readers_actions_show_a_change_at_once(
        self, client, teamlid, kartrekker, volledig_plan
    ):
        client.force_login(teamlid)
        assert "Bezig: 0" in client.get(volledig_plan.get_absolute_url()).text
        volledig_plan.acties.update(status="bezig")
        teamlid.naam = "Tim Anders"
        teamlid.save()
        volledig_plan.acties.update(owner=teamlid)
        html = client.get(volledig_plan.get_absolute_url()).text
        assert "Bezig: 3" in html
        assert html.count("Tim Anders, Sectie Nederlands") == 3

    def test_a_reader_does_not_get_the_edit_links_an_editor_saw(
        self, client, kartrekker, teamlid, volledig_plan
    ):
        client.force_login(kartrekker)
        assert "Doel toevoegen" in client.get(volledig_plan.get_absolute_url()).text
        client.force_login(teamlid)
        html = client.get(volledig_plan.get_absolute_url()).text
        assert "Doel toevoegen" not in html
        assert "Bewerken" not in html

    def test_each_language_gets_its_own(self, client, teamlid, volledig_plan):
        client.force_login(teamlid)
        assert "Randvoorwaarden" in client.get(volledig_plan.get_absolute_url()).text
        client.post(reverse("set_language"), {"language": "en", "next": "/"})
        html = client.get(volledig_plan.get_absolute_url()).text
        assert "Randvoorwaarden" not in html
        assert "Conditions" in html
