"""Many searches at once on a fresh server: the stemmer must not mix up their words."""

import importlib
import sys
import threading

import pytest
import snowballstemmer

from kennisbank import zoeken

WOORDEN = [
    f"{stam}{uitgang}"
    for stam in ("leerling", "huiswerk", "feedback", "onderwijs", "plan", "toets", "lezer")
    for uitgang in ("", "en", "ingen", "heden", "lijke", "tjes", "s", "ende", "baar")
]


@pytest.fixture
def verse_module():
    """The module as a new worker process first imports it, switching threads as often as it
    can so that two threads meet inside one stemming."""
    oud = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    try:
        yield importlib.reload(zoeken)
    finally:
        sys.setswitchinterval(oud)
        importlib.reload(zoeken)


def test_concurrent_stemming_gives_every_thread_the_right_stems(verse_module):
    enkel = snowballstemmer.stemmer("dutch")
    verwacht = {woord: enkel.stemWord(woord) for woord in WOORDEN}
    start = threading.Barrier(10)
    fouten = []

    def stem_alles(verschuiving):
        start.wait()
        for ronde in range(30):
            verse_module.stam.cache_clear()
            for i in range(len(WOORDEN)):
                woord = WOORDEN[(i + verschuiving + ronde) % len(WOORDEN)]
                try:
                    gekregen = verse_module.stam(woord)
                except Exception as fout:  # noqa: BLE001 - any exception is the failure
                    fouten.append(repr(fout))
                    return
                if gekregen != verwacht[woord]:
                    fouten.append(f"{woord}: {gekregen} != {verwacht[woord]}")

    threads = [threading.Thread(target=stem_alles, args=(n * 7,)) for n in range(10)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert fouten == []


def test_concurrent_searches_on_a_fresh_module_all_answer(verse_module):
    start = threading.Barrier(10)
    resultaten, fouten = [], []

    def zoek_en_markeer(n):
        start.wait()
        try:
            for _ in range(20):
                verse_module.stam.cache_clear()
                vorm = verse_module.zoekvorm("De leerlingen plannen hun huiswerk zelfstandig")
                gemarkeerd = verse_module.markeer("Leerlingen maken huiswerk", "leerling")
                resultaten.append((vorm, str(gemarkeerd)))
        except Exception as fout:  # noqa: BLE001 - any exception is the failure
            fouten.append(repr(fout))

    threads = [threading.Thread(target=zoek_en_markeer, args=(n,)) for n in range(10)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert fouten == []
    assert len(resultaten) == 200
    assert set(resultaten) == {
        (
            "de leerl leerlingen plan plannen hun huiswerk zelfstand zelfstandig",
            "<mark>Leerlingen</mark> maken huiswerk",
        )
    }
