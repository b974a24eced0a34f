"""Every allowed and every refused move of the cycle, straight on the model."""

import pytest

from core.access import toegang
from cyclus.models import (
    Afvinking,
    AlVerplaatst,
    Borging,
    Speerpunt,
    Stap,
    StapFout,
    Status,
    TransitieSoort,
)
from cyclus.permissions import get_speerpunt_for_user, volgende_stappen
from cyclus.poort import handmatig

from .factories import KernwaardeFactory, SchooljaarFactory


def in_stap(speerpunt, stap):
    Speerpunt.objects.filter(pk=speerpunt.pk).update(stap=stap)
    speerpunt.refresh_from_db()
    return speerpunt


def vink_alles_af(speerpunt):
    cyclus = speerpunt.huidige_cyclus
    for sleutel in handmatig(speerpunt.stap):
        Afvinking.objects.get_or_create(cyclus=cyclus, sleutel=sleutel)


ALLE_PAREN = [(van, naar) for van in range(1, 6) for naar in range(1, 6) if van != naar]
VOORUIT = [(1, 2), (2, 3), (3, 4), (4, 5)]
TERUG = [(4, 3), (4, 2), (5, 3), (5, 2)]


@pytest.mark.parametrize(("van", "naar"), VOORUIT)
def test_forward_move_with_the_gate_met_or_overridden_writes_a_transition(
    speerpunt, schoolleider, van, naar
):
    in_stap(speerpunt, van)
    vink_alles_af(speerpunt)
    transitie = speerpunt.naar_stap(
        naar, by=schoolleider, van=van, reden="Kan nu verder.", open_punten_toegestaan=True
    )
    speerpunt.refresh_from_db()
    assert speerpunt.stap == naar
    assert transitie.soort == TransitieSoort.VOORUIT
    assert (transitie.van, transitie.naar, transitie.created_by) == (van, naar, schoolleider)


@pytest.mark.parametrize(("van", "naar"), TERUG)
def test_allowed_moves_back_need_a_reason(speerpunt, schoolleider, van, naar):
    in_stap(speerpunt, van)
    with pytest.raises(StapFout, match="waarom"):
        speerpunt.naar_stap(naar, by=schoolleider, van=van, reden="  ", open_punten_toegestaan=True)
    transitie = speerpunt.naar_stap(
        naar, by=schoolleider, van=van, reden="Plan bijstellen.", open_punten_toegestaan=True
    )
    speerpunt.refresh_from_db()
    assert speerpunt.stap == naar
    assert transitie.soort == TransitieSoort.TERUG
    assert transitie.reden == "Plan bijstellen."


@pytest.mark.parametrize(
    ("van", "naar"), [p for p in ALLE_PAREN if p not in VOORUIT and p not in TERUG]
)
def test_every_other_move_is_refused(speerpunt, schoolleider, van, naar):
    in_stap(speerpunt, van)
    with pytest.raises(StapFout):
        speerpunt.naar_stap(
            naar, by=schoolleider, van=van, reden="Waarom niet?", open_punten_toegestaan=True
        )
    speerpunt.refresh_from_db()
    assert speerpunt.stap == van
    assert not speerpunt.transities.exclude(soort=TransitieSoort.GESTART).exists()


def test_unmet_gate_needs_a_written_reason_and_records_the_open_items(speerpunt, schoolleider):
    with pytest.raises(StapFout, match="waarom"):
        speerpunt.naar_stap(2, by=schoolleider, van=1, open_punten_toegestaan=True)
    transitie = speerpunt.naar_stap(
        2,
        by=schoolleider,
        van=1,
        reden="De PLG wordt deze week gevormd.",
        open_punten_toegestaan=True,
    )
    assert "Er is een PLG met een kartrekker" in transitie.overgeslagen
    assert transitie.reden == "De PLG wordt deze week gevormd."


def test_met_gate_passes_without_reason_and_without_open_items(speerpunt, schoolleider, kartrekker):
    speerpunt.kernwaarden.add(KernwaardeFactory(school=speerpunt.school))
    speerpunt.signalen.create(soort="leerlingen", notitie="Leerlingen zeggen het zelf.")
    vink_alles_af(speerpunt)
    assert speerpunt.poort().is_gehaald
    transitie = speerpunt.naar_stap(2, by=schoolleider, van=1, open_punten_toegestaan=True)
    assert transitie.overgeslagen == []


def test_kartrekker_cannot_override_an_unmet_gate(speerpunt, kartrekker):
    with pytest.raises(StapFout, match="schoolleider"):
        speerpunt.naar_stap(2, by=kartrekker, van=1, reden="Ik wil door.")
    speerpunt.refresh_from_db()
    assert speerpunt.stap == 1


def test_concurrent_move_one_wins_the_other_gets_a_clear_message(speerpunt, schoolleider):
    vink_alles_af(speerpunt)
    eerste = Speerpunt.objects.get(pk=speerpunt.pk)
    tweede = Speerpunt.objects.get(pk=speerpunt.pk)
    eerste.naar_stap(2, by=schoolleider, van=1, reden="Ik was eerst.", open_punten_toegestaan=True)
    with pytest.raises(AlVerplaatst, match="intussen door iemand anders"):
        tweede.naar_stap(2, by=schoolleider, van=1, reden="Ik ook.", open_punten_toegestaan=True)
    speerpunt.refresh_from_db()
    assert speerpunt.stap == 2
    assert speerpunt.transities.exclude(soort=TransitieSoort.GESTART).count() == 1


def test_a_parked_speerpunt_does_not_move(speerpunt, schoolleider):
    speerpunt.parkeer(by=schoolleider)
    with pytest.raises(AlVerplaatst):
        speerpunt.naar_stap(2, by=schoolleider, van=1, reden="Toch?", open_punten_toegestaan=True)


def test_teamlid_may_not_move(speerpunt, teamlid, kartrekker, schoolleider):
    """The role rules live in the permissions module; the model trusts its caller."""

    def mag(user, van, naar):
        rechten = get_speerpunt_for_user(toegang(user, speerpunt.school), speerpunt.pk)[1]
        return rechten.verplaatsen(van, naar)

    stappen = VOORUIT + TERUG
    assert not any(mag(teamlid, van, naar) for van, naar in stappen)
    assert {(van, naar) for van, naar in stappen if mag(kartrekker, van, naar)} == {
        (1, 2),
        (2, 3),
        (4, 5),
    }
    assert all(mag(schoolleider, van, naar) for van, naar in stappen)


def test_evaluation_closes_the_cycle_and_the_speerpunt(speerpunt, schoolleider):
    in_stap(speerpunt, Stap.BORGEN)
    with pytest.raises(StapFout):
        speerpunt.evalueer(by=schoolleider, uitkomst="afsluiten", toelichting=" ")
    speerpunt.evalueer(by=schoolleider, uitkomst="afsluiten", toelichting="Het werkt.")
    speerpunt.refresh_from_db()
    assert speerpunt.status == Status.AFGESLOTEN
    cyclus = speerpunt.huidige_cyclus
    assert cyclus.afgesloten_op is not None
    assert cyclus.evaluatie == "Het werkt."


@pytest.mark.parametrize("start", [1, 2, 3])
def test_evaluation_starts_a_new_cycle_and_keeps_the_old_one(speerpunt, schoolleider, start):
    in_stap(speerpunt, Stap.BORGEN)
    transitie = speerpunt.evalueer(
        by=schoolleider, uitkomst=str(start), toelichting="Nieuwe groep leerlingen."
    )
    speerpunt.refresh_from_db()
    assert speerpunt.stap == start
    assert speerpunt.status == Status.ACTIEF
    eerste, tweede = speerpunt.cycli.order_by("nummer")
    assert eerste.afgesloten_op is not None
    assert (tweede.nummer, tweede.startstap) == (2, start)
    assert transitie.cyclus == tweede
    assert transitie.soort == TransitieSoort.NIEUWE_CYCLUS


def test_evaluation_cannot_start_a_new_cycle_at_step_4(speerpunt, schoolleider):
    in_stap(speerpunt, Stap.BORGEN)
    with pytest.raises(StapFout):
        speerpunt.evalueer(by=schoolleider, uitkomst="4", toelichting="Meteen uitvoeren.")
    assert speerpunt.cycli.count() == 1


def test_evaluation_only_from_step_5(speerpunt, schoolleider):
    assert not volgende_stappen(schoolleider, speerpunt)["evalueren"]
    with pytest.raises(StapFout):
        speerpunt.evalueer(by=schoolleider, uitkomst="afsluiten", toelichting="Klaar.")
    speerpunt.refresh_from_db()
    assert speerpunt.status == Status.ACTIEF


def test_manual_tick_counts_only_for_the_current_cycle(speerpunt, schoolleider):
    in_stap(speerpunt, Stap.UITVOERING)
    speerpunt.vink_af("werkt", by=schoolleider)
    assert "werkt" not in [i.sleutel for i in speerpunt.poort().open_items]
    in_stap(speerpunt, Stap.BORGEN)
    speerpunt.evalueer(by=schoolleider, uitkomst="3", toelichting="Opnieuw plannen.")
    in_stap(speerpunt, Stap.UITVOERING)
    assert "werkt" in [i.sleutel for i in speerpunt.poort().open_items]


def test_team_agenda_item_reads_the_rhythm_in_the_borging(speerpunt, schoolleider, kartrekker):
    in_stap(speerpunt, Stap.BORGEN)
    borging = Borging.objects.create(cyclus=speerpunt.huidige_cyclus)
    assert "agenda" in [i.sleutel for i in speerpunt.poort().open_items]
    with pytest.raises(StapFout):
        speerpunt.vink_af("agenda", by=schoolleider)
    borging.agendaritme = Borging.Ritme.PERIODE
    borging.save()
    assert "agenda" not in [i.sleutel for i in speerpunt.poort().open_items]


def test_tick_refuses_an_item_of_another_step(speerpunt, schoolleider):
    with pytest.raises(StapFout):
        speerpunt.vink_af("agenda", by=schoolleider)


def test_borging_gate_reads_the_recorded_borging(speerpunt, schoolleider, kartrekker):
    in_stap(speerpunt, Stap.BORGEN)
    assert not speerpunt.poort().items[0].voldaan
    Borging.objects.create(
        cyclus=speerpunt.huidige_cyclus,
        zo_werken_wij="Elke les begint met de planner.",
        borger=kartrekker,
        evaluatiedatum="2027-06-01",
    )
    assert speerpunt.poort().items[0].voldaan


def test_plan_and_monitoring_items_are_unmet_while_those_apps_have_nothing(speerpunt):
    in_stap(speerpunt, Stap.BESLUIT)
    assert not speerpunt.poort().items[0].voldaan
    in_stap(speerpunt, Stap.UITVOERING)
    assert not speerpunt.poort().items[0].voldaan


def test_parking_moves_the_speerpunt_to_next_school_year(speerpunt, schoolleider):
    huidig = SchooljaarFactory(school=speerpunt.school, begin_jaar=2026)
    speerpunt.schooljaar = huidig
    speerpunt.save()
    speerpunt.parkeer(by=schoolleider)
    speerpunt.refresh_from_db()
    assert speerpunt.status == Status.GEPARKEERD
    assert str(speerpunt.schooljaar) == "2027-2028"
    speerpunt.hervat(by=schoolleider)
    speerpunt.refresh_from_db()
    assert speerpunt.status == Status.ACTIEF
    assert [t.soort for t in speerpunt.transities.exclude(soort=TransitieSoort.GESTART)] == [
        "geparkeerd",
        "hervat",
    ]


def test_parking_a_speerpunt_of_last_year_moves_it_past_the_current_year(speerpunt, schoolleider):
    vorig = SchooljaarFactory(school=speerpunt.school, begin_jaar=2025, is_huidig=False)
    SchooljaarFactory(school=speerpunt.school, begin_jaar=2026)
    speerpunt.schooljaar = vorig
    speerpunt.save()
    speerpunt.parkeer(by=schoolleider)
    speerpunt.refresh_from_db()
    assert str(speerpunt.schooljaar) == "2027-2028"


def test_registreer_activiteit_updates_last_activity(speerpunt, time_machine):
    time_machine.move_to("2027-01-10 12:00Z")
    speerpunt.registreer_activiteit()
    speerpunt.refresh_from_db()
    assert speerpunt.laatste_activiteit.isoformat().startswith("2027-01-10T12:00")
