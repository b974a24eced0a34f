"""Two people move the same speerpunt at the same moment, on PostgreSQL with real row locks."""

import threading

import pytest
from django.db import connection

from cyclus.models import AlVerplaatst, Speerpunt, TransitieSoort
from scholen.models import Rol
from scholen.tests.factories import medewerker

pytestmark = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="SQLite has no row locks to race on."
)


def test_two_simultaneous_moves_one_wins_the_other_is_told(transactional_db, school, speerpunt):
    mensen = [medewerker(school, Rol.SCHOOLLEIDER) for _ in range(2)]
    geladen = threading.Barrier(len(mensen))
    uitkomsten = []

    def verplaats(user):
        try:
            # Both load the page state (step 1) before either of them moves.
            mijn_kopie = Speerpunt.objects.get(pk=speerpunt.pk)
            geladen.wait(timeout=10)
            mijn_kopie.naar_stap(
                2, by=user, van=1, reden=f"Door {user.naam}.", open_punten_toegestaan=True
            )
            uitkomsten.append("gelukt")
        except AlVerplaatst:
            uitkomsten.append("al verplaatst")
        finally:
            connection.close()

    threads = [threading.Thread(target=verplaats, args=(user,)) for user in mensen]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)

    assert sorted(uitkomsten) == ["al verplaatst", "gelukt"]
    speerpunt.refresh_from_db()
    assert speerpunt.stap == 2
    assert speerpunt.transities.filter(soort=TransitieSoort.VOORUIT).count() == 1
