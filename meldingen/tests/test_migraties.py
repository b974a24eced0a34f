"""The move from monitoring keeps every notification, reminder and preference: rows written
on the tables monitoring made are there, unchanged, after migrating to meldingen's tables,
and each old "wat:id" key becomes the source's name and the object's id."""

import datetime

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

VOOR = [("monitoring", "0005_anonimiteitsdrempel_moment"), ("meldingen", None)]


def _migreer(doelen):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(doelen)
    return executor.loader.project_state([d for d in doelen if d[1] is not None]).apps


@pytest.mark.django_db(transaction=True)
def test_rows_survive_the_move_and_keys_become_source_and_object():
    oud = _migreer(VOOR)
    User = oud.get_model("scholen", "User")
    user = User.objects.create(email="pim@example.org", naam="Pim", password="!")
    Voorkeuren = oud.get_model("monitoring", "Voorkeuren")
    Melding = oud.get_model("monitoring", "Melding")
    Herinnering = oud.get_model("monitoring", "Herinnering")
    Voorkeuren.objects.create(
        user_id=user.pk, email_uit=["digest"], digest_ritme="maandelijks", ical_token="geheim"
    )
    Melding.objects.create(user_id=user.pk, soort="bijeenkomst", titel="Morgen", url="/x/")
    dag = datetime.date(2026, 11, 5)
    sleutels = {
        "monitormoment:7": ("monitoring_open", "monitormoment", 7),
        "actiepunt:8": ("actie_te_laat", "actiepunt", 8),
        "planactie:8": ("actie_te_laat", "planactie", 8),
        "bijeenkomst:9": ("bijeenkomst", "bijeenkomst", 9),
        "borging:10": ("borging_evaluatie", "borging", 10),
        "school:11": ("digest", "digest", 11),
    }
    for sleutel, (soort, _bron, _id) in sleutels.items():
        Herinnering.objects.create(
            user_id=user.pk, soort=soort, sleutel=sleutel, datum=dag, titel=sleutel
        )
    Herinnering.objects.filter(sleutel="borging:10").update(vervallen=True)

    nieuw = _migreer(MigrationExecutor(connection).loader.graph.leaf_nodes())

    tabellen = connection.introspection.table_names()
    assert {"meldingen_herinnering", "meldingen_melding", "meldingen_voorkeuren"} <= set(tabellen)
    assert not {"monitoring_herinnering", "monitoring_melding", "monitoring_voorkeuren"} & set(
        tabellen
    )
    voorkeuren = nieuw.get_model("meldingen", "Voorkeuren").objects.get()
    assert (voorkeuren.user_id, voorkeuren.email_uit, voorkeuren.digest_ritme) == (
        user.pk,
        ["digest"],
        "maandelijks",
    )
    assert voorkeuren.ical_token == "geheim"
    melding = nieuw.get_model("meldingen", "Melding").objects.get()
    assert (melding.user_id, melding.titel, melding.url) == (user.pk, "Morgen", "/x/")
    herinneringen = nieuw.get_model("meldingen", "Herinnering").objects.all()
    assert {h.titel: (h.soort, h.bron, h.object_id) for h in herinneringen} == sleutels
    assert [h.titel for h in herinneringen if h.vervallen] == ["borging:10"]


@pytest.mark.django_db(transaction=True)
def test_the_move_can_be_undone_with_the_old_keys():
    nieuw = _migreer(MigrationExecutor(connection).loader.graph.leaf_nodes())
    User = nieuw.get_model("scholen", "User")
    user = User.objects.create(email="pim@example.org", naam="Pim", password="!")
    nieuw.get_model("meldingen", "Herinnering").objects.create(
        user_id=user.pk,
        soort="digest",
        bron="digest",
        object_id=11,
        datum=datetime.date(2026, 11, 2),
        titel="Overzicht",
    )

    oud = _migreer(VOOR)
    assert oud.get_model("monitoring", "Herinnering").objects.get().sleutel == "school:11"
    _migreer(MigrationExecutor(connection).loader.graph.leaf_nodes())
