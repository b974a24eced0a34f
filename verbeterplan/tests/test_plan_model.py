import datetime

import pytest

from verbeterplan.models import (
    Actie,
    ActieStatus,
    Conflict,
    Doel,
    IndicatorSoort,
    Mijlpaal,
    PlanFout,
    PlanStatus,
    RandvoorwaardeSoort,
    Verbeterplan,
)
from verbeterplan.tests.factories import ActieFactory, DoelFactory
from verbeterplan.vergelijking import vergelijk

DATUM = datetime.date(2026, 6, 1)


def stel_vast(plan, by):
    return plan.leg_besluit_vast(
        by=by, datum=DATUM, besloten_door="Teamvergadering onderbouw", aangenomen=True
    )


class TestCompleetheid:
    def test_a_new_plan_lists_every_missing_part(self, plan):
        ontbreekt = " ".join(plan.ontbreekt())
        for woord in ("doel", "actie", "mijlpaal", "communicatiemoment", "evaluatiemoment"):
            assert woord in ontbreekt
        assert "aanpak" in ontbreekt
        assert "veranderstrategie" in ontbreekt
        assert "bron" in ontbreekt
        # Each of the six conditions is there, not yet met, without a note.
        assert plan.randvoorwaarden.count() == len(RandvoorwaardeSoort.values)
        assert ontbreekt.count("Randvoorwaarde") == 6

    def test_a_complete_plan_misses_nothing(self, volledig_plan):
        assert volledig_plan.ontbreekt() == []

    def test_a_number_indicator_needs_baseline_and_target(self, volledig_plan):
        DoelFactory(plan=volledig_plan, omschrijving="Meer lezen", nulmeting=None)
        assert volledig_plan.ontbreekt() == [
            "Doel “Meer lezen” heeft nog geen volledige indicator."
        ]

    def test_an_observation_indicator_needs_a_description(self, volledig_plan):
        DoelFactory(
            plan=volledig_plan,
            omschrijving="Eigenaarschap",
            indicator_soort=IndicatorSoort.OBSERVATIE,
            indicator="  ",
            nulmeting=None,
            streefwaarde=None,
        )
        assert len(volledig_plan.ontbreekt()) == 1

    def test_an_action_needs_an_owner_and_a_deadline(self, volledig_plan, teamlid):
        ActieFactory(plan=volledig_plan, wat="Zonder eigenaar", owner_text="")
        ActieFactory(plan=volledig_plan, wat="Met collega", owner_text="", owner=teamlid)
        ActieFactory(plan=volledig_plan, wat="Zonder deadline", deadline=None)
        ontbreekt = " ".join(volledig_plan.ontbreekt())
        assert "Zonder eigenaar" in ontbreekt
        assert "Zonder deadline" in ontbreekt
        assert "Met collega" not in ontbreekt

    def test_an_unmet_condition_needs_a_note(self, volledig_plan):
        volledig_plan.randvoorwaarden.filter(soort="budget").update(toelichting="")
        assert volledig_plan.ontbreekt() == [
            "Randvoorwaarde “budget” is nog niet geregeld en heeft geen toelichting."
        ]

    def test_a_kennisbank_source_counts_as_onderbouwing(self, volledig_plan):
        from kennisbank.models import Bron, Bronkoppeling

        volledig_plan.referenties = ""
        volledig_plan.save()
        assert "De onderbouwing noemt nog geen bron." in volledig_plan.ontbreekt()
        bron = Bron.objects.create(titel="Visible learning", auteurs="Hattie", soort="boek")
        Bronkoppeling.objects.create(bron=bron, speerpunt=volledig_plan.speerpunt)
        assert volledig_plan.ontbreekt() == []


class TestBesluit:
    def test_adopting_freezes_version_one(self, volledig_plan, schoolleider):
        besluit = stel_vast(volledig_plan, schoolleider)
        volledig_plan.refresh_from_db()
        assert volledig_plan.is_vastgesteld
        assert volledig_plan.status == PlanStatus.VASTGESTELD
        assert not volledig_plan.is_bewerkbaar
        versie = volledig_plan.versies.get()
        assert versie.nummer == 1
        assert versie.besluit == besluit
        assert versie.inhoud == volledig_plan.snapshot()

    def test_the_cycle_gate_reads_the_decision(self, volledig_plan, schoolleider):
        cyclus = volledig_plan.cyclus
        assert not cyclus.verbeterplan.is_vastgesteld
        stel_vast(volledig_plan, schoolleider)
        assert Verbeterplan.objects.get(cyclus=cyclus).is_vastgesteld

    def test_an_incomplete_plan_cannot_be_adopted(self, plan, schoolleider):
        with pytest.raises(PlanFout):
            stel_vast(plan, schoolleider)
        assert not plan.versies.exists()

    def test_a_rejection_is_recorded_and_the_plan_stays_a_concept(self, plan, schoolleider):
        plan.leg_besluit_vast(
            by=schoolleider,
            datum=DATUM,
            besloten_door="Team",
            aangenomen=False,
            voorwaarden="Eerst het budget regelen",
        )
        plan.refresh_from_db()
        assert plan.status == PlanStatus.CONCEPT
        assert plan.besluiten.get().voorwaarden == "Eerst het budget regelen"
        assert not plan.versies.exists()

    def test_a_plan_is_adopted_once(self, volledig_plan, schoolleider):
        stel_vast(volledig_plan, schoolleider)
        with pytest.raises(PlanFout):
            stel_vast(volledig_plan, schoolleider)
        assert volledig_plan.versies.count() == 1

    def test_an_adopted_plan_refuses_edits(self, volledig_plan, schoolleider):
        stel_vast(volledig_plan, schoolleider)
        with pytest.raises(PlanFout):
            volledig_plan.bewaar(token="", huidig=lambda _plan: None, opslaan=lambda: None)


class TestBijstelling:
    def test_a_revision_makes_version_two_with_its_reason(self, volledig_plan, schoolleider):
        stel_vast(volledig_plan, schoolleider)
        volledig_plan.start_bijstelling(by=schoolleider, reden="Monitoring: te weinig tijd")
        assert volledig_plan.is_bewerkbaar
        assert volledig_plan.is_vastgesteld
        doel = volledig_plan.doelen.first()
        doel.streefwaarde = 60
        doel.save()
        versie = volledig_plan.rond_bijstelling_af(by=schoolleider)
        assert versie.nummer == 2
        assert versie.reden == "Monitoring: te weinig tijd"
        assert volledig_plan.status == PlanStatus.VASTGESTELD
        assert volledig_plan.versies.get(nummer=1).inhoud["doelen"][0]["streefwaarde"] == "70"

    def test_a_revision_without_changes_makes_no_version(self, volledig_plan, schoolleider):
        stel_vast(volledig_plan, schoolleider)
        volledig_plan.start_bijstelling(by=schoolleider, reden="Toch niet")
        assert volledig_plan.rond_bijstelling_af(by=schoolleider) is None
        assert volledig_plan.versies.count() == 1

    def test_a_revision_needs_a_reason_and_an_adopted_plan(self, volledig_plan, schoolleider):
        with pytest.raises(PlanFout):
            volledig_plan.start_bijstelling(by=schoolleider, reden="Waarom niet")
        stel_vast(volledig_plan, schoolleider)
        with pytest.raises(PlanFout):
            volledig_plan.start_bijstelling(by=schoolleider, reden=" ")


class TestVergelijking:
    def test_added_removed_and_changed_parts_are_named(self, volledig_plan, schoolleider):
        stel_vast(volledig_plan, schoolleider)
        volledig_plan.start_bijstelling(by=schoolleider, reden="Bijsturen")
        weg = volledig_plan.acties.first()
        weg.delete()
        Actie.objects.create(
            plan=volledig_plan,
            wat="Ouderavond organiseren",
            owner_text="Mentoren",
            deadline=DATUM,
        )
        Mijlpaal.objects.filter(plan=volledig_plan).update(omschrijving="Pilot in vier klassen")
        volledig_plan.strategie_toelichting = "Nu samen met de leerlingen."
        volledig_plan.save()
        volledig_plan.rond_bijstelling_af(by=schoolleider)

        een, twee = volledig_plan.versies.order_by("nummer")
        secties = {s.titel: s.rijen for s in vergelijk(een.inhoud, twee.inhoud)}
        assert set(secties) == {"Acties", "Tijdpad", "Veranderstrategie"}
        soorten = {(r.soort, r.titel) for r in secties["Acties"]}
        assert soorten == {("verwijderd", weg.wat), ("toegevoegd", "Ouderavond organiseren")}
        [mijlpaal] = secties["Tijdpad"]
        assert mijlpaal.soort == "gewijzigd"
        assert mijlpaal.links == [("mijlpaal", "Pilot in twee klassen loopt")]
        assert mijlpaal.rechts == [("mijlpaal", "Pilot in vier klassen")]

    def test_equal_versions_have_no_differences(self, volledig_plan):
        assert vergelijk(volledig_plan.snapshot(), volledig_plan.snapshot()) == []


class TestGelijktijdigBewerken:
    def test_a_save_over_a_newer_change_is_refused(self, plan):
        doel = Doel.objects.create(plan=plan, omschrijving="Origineel", indicator="x")
        token = doel.token()
        Doel.objects.filter(pk=doel.pk).update(omschrijving="Van de ander")

        def huidig(_plan):
            rij = Doel.objects.get(pk=doel.pk)
            return rij.token(), rij.als_tekst()

        with pytest.raises(Conflict) as fout:
            plan.bewaar(token=token, huidig=huidig, opslaan=lambda: None)
        assert "Van de ander" in fout.value.tekst
        saved = []
        plan.bewaar(token=fout.value.token, huidig=huidig, opslaan=lambda: saved.append(1))
        assert saved == [1]


class TestActies:
    def test_overdue_actions_exclude_finished_ones(self, plan):
        laat = ActieFactory(plan=plan, deadline=datetime.date(2026, 1, 1))
        ActieFactory(plan=plan, deadline=datetime.date(2026, 1, 1), status=ActieStatus.KLAAR)
        ActieFactory(plan=plan, deadline=datetime.date(2027, 1, 1))
        assert list(Actie.objects.overdue(datetime.date(2026, 3, 1))) == [laat]
