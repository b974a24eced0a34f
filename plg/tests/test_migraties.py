"""The activity feed's lines for what PLGs did before the feed kept its own rows: after the
migration the feed tells the same history, each line at the moment and by the person its row
records."""

import datetime

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

VOOR = ("plg", "0003_person_fields_in_english")
NA = ("plg", "0005_activiteit_vullen")


def _migreer(plg):
    """Every app at its newest migration, the PLG at `plg`."""
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    doelen = [d for d in executor.loader.graph.leaf_nodes() if d[0] != "plg"] + [plg]
    executor.migrate(doelen)
    return executor.loader.project_state(doelen).apps


@pytest.mark.django_db(transaction=True)
def test_existing_rows_get_their_lines():
    oud = _migreer(VOOR)
    moment = datetime.datetime(2030, 3, 1, 10, tzinfo=datetime.UTC)
    later = moment + datetime.timedelta(days=1)
    User = oud.get_model("scholen", "User")
    wie = User.objects.create(email="pim@example.org", naam="Pim", password="!")
    school = oud.get_model("scholen", "School").objects.create(
        bestuur=oud.get_model("scholen", "Bestuur").objects.create(naam="B"), naam="S"
    )
    speerpunt = oud.get_model("cyclus", "Speerpunt").objects.create(
        school=school, titel="T", owner=wie
    )
    plg = oud.get_model("plg", "PLG").objects.create(speerpunt=speerpunt, naam="PLG")
    lid = oud.get_model("plg", "PLGLid").objects.create(plg=plg, user=wie, created_at=moment)
    bijeenkomst = oud.get_model("plg", "Bijeenkomst").objects.create(
        plg=plg, start=later, created_by=wie
    )
    notitie = oud.get_model("plg", "Notitie").objects.create(
        bijeenkomst=bijeenkomst, tekst="x", created_by=wie
    )
    Actiepunt = oud.get_model("plg", "Actiepunt")
    open_actie = Actiepunt.objects.create(plg=plg, wat="x", deadline=later.date(), created_by=wie)
    gedaan = Actiepunt.objects.create(
        plg=plg, wat="y", deadline=later.date(), gedaan_op=later, completed_by=wie
    )
    tussenstand = oud.get_model("plg", "Tussenstand").objects.create(
        plg=plg, titel="T", tekst="x", created_by=wie, gepubliceerd_op=later
    )
    reactie = oud.get_model("plg", "Reactie").objects.create(
        tussenstand=tussenstand, tekst="x", created_by=wie
    )
    antwoord = oud.get_model("plg", "Analyseantwoord").objects.create(
        plg=plg, vraag="probleem", tekst="x", updated_by=wie
    )
    bevinding = oud.get_model("plg", "Bevinding").objects.create(
        plg=plg, soort="data", groep="werkt", tekst="x", created_by=wie
    )
    ander = oud.get_model("plg", "PLG").objects.create(
        speerpunt=oud.get_model("cyclus", "Speerpunt").objects.create(
            school=school, titel="U", owner=wie
        ),
        naam="Ander",
    )
    oud.get_model("plg", "Bijeenkomst").objects.create(plg=ander, start=later)

    nieuw = _migreer(NA)
    regels = {
        (a.soort, a.wanneer, a.wie_id, a.plg_id): a
        for a in nieuw.get_model("plg", "Activiteit").objects.all()
    }
    assert len(regels) == 11
    assert regels["lid", moment, wie.pk, plg.pk].lid_id == lid.pk
    assert regels["actie_gedaan", later, wie.pk, plg.pk].actiepunt_id == gedaan.pk
    assert regels["tussenstand", later, wie.pk, plg.pk].tussenstand_id == tussenstand.pk
    for soort, rij in [
        ("bijeenkomst", bijeenkomst),
        ("notitie", notitie),
        ("actie", open_actie),
        ("reactie", reactie),
        ("bevinding", bevinding),
    ]:
        assert regels[soort, rij.created_at, wie.pk, plg.pk]
    assert regels["analyse", antwoord.bijgewerkt_op, wie.pk, plg.pk]
    # A note's line links its meeting and a reaction's line its update, as new lines do.
    assert regels["notitie", notitie.created_at, wie.pk, plg.pk].bijeenkomst_id == bijeenkomst.pk
    assert regels["reactie", reactie.created_at, wie.pk, plg.pk].tussenstand_id == tussenstand.pk
    assert [a.plg_id for a in regels.values() if a.plg_id != plg.pk] == [ander.pk]
