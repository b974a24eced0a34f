"""Dutch full-text search over the kennisbank, on PostgreSQL and on SQLite.

PostgreSQL stems with its own "dutch" text search configuration against a stored, GIN-indexed
tsvector. SQLite, which runs the demo, has no Dutch stemmer: there every source keeps a column
of words stemmed in Python by the Snowball Dutch stemmer, and a search looks for the stems of
the query in it. Both match word beginnings, so results appear while someone is still typing.
"""

import re
import threading
from functools import lru_cache

import snowballstemmer
from django.contrib.postgres.search import SearchQuery, SearchRank
from django.db import connection
from django.db.models import Case, Count, F, IntegerField, Q, Value, When, Window
from django.utils.html import escape
from django.utils.safestring import mark_safe

from core.params import page_number

WOORD = re.compile(r"\w+", re.UNICODE)
MAX_WOORDEN = 8

# A Snowball stemmer keeps the word it works on inside the object, so two requests stemming
# at once with one stemmer garble each other's words or fail: every thread has its own.
_per_thread = threading.local()


def _stemmer():
    stemmer = getattr(_per_thread, "stemmer", None)
    if stemmer is None:
        stemmer = _per_thread.stemmer = snowballstemmer.stemmer("dutch")
    return stemmer


@lru_cache(maxsize=20_000)
def stam(woord: str) -> str:
    return _stemmer().stemWord(woord.lower())


def zoekvorm(tekst: str) -> str:
    """Every word of `tekst` as its stem, followed by the word itself where that differs, so a
    half-typed word (whose stem may be longer than the full word's) still finds it."""
    delen = []
    for woord in WOORD.findall((tekst or "").lower()):
        woordstam = stam(woord)
        delen.append(woordstam)
        if woordstam != woord:
            delen.append(woord)
    return " ".join(delen)


def zoekwoorden(q: str) -> list[str]:
    """The words of a query, lowercased, at most a handful (a query is a few words, not a text)."""
    return [woord.lower() for woord in WOORD.findall(q or "")][:MAX_WOORDEN]


def zoek(queryset, q: str):
    """`queryset` narrowed to the sources that contain every word of `q` (or a word that starts
    with it, in any Dutch inflection), best matches first."""
    woorden = zoekwoorden(q)
    if not woorden:
        return queryset
    if connection.vendor == "postgresql":
        # to_tsquery stems each word with the dutch configuration and drops stop words; the
        # last word is a prefix, as it may still be being typed. The words are \w+ only, so
        # nothing in them is tsquery syntax.
        termen = [*woorden[:-1], f"{woorden[-1]}:*"]
        query = SearchQuery(" & ".join(termen), config="dutch", search_type="raw")
        return (
            queryset.filter(zoekvector=query)
            .annotate(rang=SearchRank(F("zoekvector"), query))
            .order_by("-rang", F("jaar").desc(nulls_last=True), "titel")
        )
    filters = Q()
    rang = Value(0)
    for woord in woorden:
        stamwoord = stam(woord)
        filters &= Q(zoektekst__contains=f" {stamwoord}") | Q(zoektekst__contains=f" {woord}")
        rang = rang + Case(
            When(zoektekst_kop__contains=f" {stamwoord} ", then=Value(4)),
            When(zoektekst_kop__contains=f" {stamwoord}", then=Value(3)),
            When(zoektekst_kop__contains=f" {woord}", then=Value(3)),
            When(zoektekst__contains=f" {stamwoord} ", then=Value(2)),
            default=Value(1),
            output_field=IntegerField(),
        )
    return (
        queryset.filter(filters)
        .annotate(rang=rang)
        .order_by("-rang", F("jaar").desc(nulls_last=True), "titel")
    )


def markeer(tekst: str, q: str):
    """`tekst` escaped, with every word that matches the query wrapped in <mark>."""
    woorden = zoekwoorden(q)
    stammen = {stam(woord) for woord in woorden} | set(woorden)
    if not stammen:
        return escape(tekst)
    delen = []
    positie = 0
    for match in WOORD.finditer(tekst):
        woord = match.group()
        delen.append(escape(tekst[positie : match.start()]))
        woordstam = stam(woord)
        if any(woordstam.startswith(s) or woord.lower().startswith(s) for s in stammen):
            delen.append(f"<mark>{escape(woord)}</mark>")
        else:
            delen.append(escape(woord))
        positie = match.end()
    delen.append(escape(tekst[positie:]))
    return mark_safe("".join(delen))


class GeteldePagina:
    """A search result for Django's Paginator that fetches a page and the number of matches in
    one query (a window count over the matching rows), so a search runs once per page view
    instead of twice. Only a page past the end costs a separate count."""

    def __init__(self, queryset, per_pagina: int, pagina):
        self.queryset = queryset
        nummer = page_number(pagina)
        self.venster = slice((nummer - 1) * per_pagina, nummer * per_pagina)
        self._rijen = None
        self._aantal = None

    def count(self) -> int:
        if self._aantal is None:
            self._rijen = list(
                self.queryset.annotate(aantal_gevonden=Window(Count("pk")))[self.venster]
            )
            self._aantal = self._rijen[0].aantal_gevonden if self._rijen else self.queryset.count()
        return self._aantal

    def __len__(self) -> int:
        return self.count()

    def __getitem__(self, venster):
        # The Paginator asks for a shorter slice on the last page.
        if (
            self._rijen is not None
            and venster.start == self.venster.start
            and venster.stop <= self.venster.stop
        ):
            return self._rijen[: venster.stop - venster.start]
        return list(self.queryset[venster])
