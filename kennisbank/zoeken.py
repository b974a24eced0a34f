"""Dutch full-text search over the kennisbank, on PostgreSQL and on SQLite.

PostgreSQL stems with its own "dutch" text search configuration against a stored, GIN-indexed
tsvector. SQLite, which runs the demo, has no Dutch stemmer: there every source keeps a column
of words stemmed in Python by the Snowball Dutch stemmer, and a search looks for the stems of
the query in it. Both match word beginnings, so results appear while someone is still typing.

A search ranks only its likely best matches (those with every word in the title, and the
newest with every word anywhere) and counts up to MAX_RESULTATEN: on PostgreSQL, where both
are found through an index, it costs the same however many sources match.
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
# A search shows and counts at most this many sources: ten pages of results.
MAX_RESULTATEN = 200
# The sources with the words in their title, the strongest matches, that a search ranks.
MAX_IN_DE_TITEL = 1000

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
    with it, in any Dutch inflection), best matches first.

    Only the likely best are ranked, so a search costs the same whether a word occurs in fifty
    sources or in five thousand: the sources with every word in the title (up to
    `MAX_IN_DE_TITEL`) and the first `MAX_RESULTATEN` + 1 with every word anywhere, newest
    first, both found through an index. Up to `MAX_RESULTATEN` matches that is every match;
    beyond it the page says there are more (see `GeteldePagina`)."""
    woorden = zoekwoorden(q)
    if not woorden:
        return queryset
    if connection.vendor == "postgresql":
        query = _tsquery(woorden)
        in_de_titel = queryset.filter(kopvector=query)
        overal = queryset.filter(zoekvector=query)
        # One list of ids, so PostgreSQL looks each candidate up once by its key.
        kandidaten = Q(
            pk__in=_nieuwste(in_de_titel, MAX_IN_DE_TITEL).union(
                _nieuwste(overal, MAX_RESULTATEN + 1), all=True
            )
        )
        rang = SearchRank(F("zoekvector"), query)
    else:
        in_de_titel, overal, rang = Q(), Q(), Value(0)
        for woord in woorden:
            stamwoord = stam(woord)
            in_de_titel &= Q(zoektekst_kop__contains=f" {stamwoord}") | Q(
                zoektekst_kop__contains=f" {woord}"
            )
            overal &= Q(zoektekst__contains=f" {stamwoord}") | Q(zoektekst__contains=f" {woord}")
            rang = rang + Case(
                When(zoektekst_kop__contains=f" {stamwoord} ", then=Value(4)),
                When(zoektekst_kop__contains=f" {stamwoord}", then=Value(3)),
                When(zoektekst_kop__contains=f" {woord}", then=Value(3)),
                When(zoektekst__contains=f" {stamwoord} ", then=Value(2)),
                default=Value(1),
                output_field=IntegerField(),
            )
        # SQLite allows no LIMIT inside a UNION: two lists instead.
        kandidaten = Q(pk__in=_nieuwste(queryset.filter(in_de_titel), MAX_IN_DE_TITEL)) | Q(
            pk__in=_nieuwste(queryset.filter(overal), MAX_RESULTATEN + 1)
        )
    return (
        queryset.filter(kandidaten)
        .annotate(rang=rang)
        .order_by("-rang", F("jaar").desc(nulls_last=True), "titel", "pk")
    )


def _tsquery(woorden: list[str]) -> SearchQuery:
    # to_tsquery stems each word with the dutch configuration and drops stop words; the last
    # word is a prefix, as it may still be being typed. The words are \w+ only, so nothing in
    # them is tsquery syntax.
    termen = [*woorden[:-1], f"{woorden[-1]}:*"]
    return SearchQuery(" & ".join(termen), config="dutch", search_type="raw")


def _nieuwste(treffers, aantal: int):
    """The ids of the newest `aantal` of `treffers`, which the primary key's index gives in
    order without looking at the others."""
    return treffers.order_by("-pk").values("pk")[:aantal]


@lru_cache(maxsize=64)
def _markeerder(q: str):
    """Whether a word matches the query `q` (it, or its stem, starts with a word of the query
    or its stem), or None when `q` has no words."""
    woorden = zoekwoorden(q)
    stammen = tuple({stam(woord) for woord in woorden} | set(woorden))
    if not stammen:
        return None
    # A page of results repeats many words: each is judged once per query (up to a bound, so
    # a worker that serves many pages keeps a small memory).
    gezien = {}

    def past(woord: str) -> bool:
        if woord not in gezien:
            if len(gezien) >= 5_000:
                gezien.clear()
            klein = woord.lower()
            woordstam = stam(klein)
            gezien[woord] = any(woordstam.startswith(s) or klein.startswith(s) for s in stammen)
        return gezien[woord]

    return past


@lru_cache(maxsize=256)
def _woorden_of_entiteit(woorden: frozenset[str]) -> re.Pattern:
    """The given whole words, or an entity that escaping made (passed over, since a word in it
    such as "amp" is no word of the text)."""
    keuze = "|".join(re.escape(woord) for woord in sorted(woorden, key=len, reverse=True))
    return re.compile(rf"&(?:amp|lt|gt|quot|#x27);|\b(?:{keuze})\b")


def _mark(match) -> str:
    return match[0] if match[0][0] == "&" else f"<mark>{match[0]}</mark>"


def markeer(tekst: str, q: str):
    """`tekst` escaped, with every word that matches the query wrapped in <mark>."""
    past = _markeerder(q)
    if past is None:
        return escape(tekst)
    # A word (\w+) holds no character that escaping changes, so the text is escaped once and
    # its words are marked in place. Each word of the text is judged once; the matching ones
    # are then marked in one pass.
    html = escape(tekst)
    passend = frozenset(woord for woord in set(WOORD.findall(html)) if past(woord))
    if not passend:
        return html
    return mark_safe(_woorden_of_entiteit(passend).sub(_mark, html))


class GeteldePagina:
    """A search result for Django's Paginator that fetches a page and the number of matches in
    one query (a window count over the ranked candidates), so a search runs once per page view
    instead of twice. Only a page past the end costs a separate count.

    The count stops at `MAX_RESULTATEN`: with more candidates than that, `afgekapt` is true,
    the pages hold the best `MAX_RESULTATEN`, and the page says there are more."""

    def __init__(self, queryset, per_pagina: int, pagina):
        self.queryset = queryset
        nummer = page_number(pagina)
        self.venster = slice((nummer - 1) * per_pagina, nummer * per_pagina)
        self._rijen = None
        self._aantal = None
        self.afgekapt = False

    def count(self) -> int:
        if self._aantal is None:
            self._rijen = list(
                self.queryset.annotate(aantal_gevonden=Window(Count("pk")))[self.venster]
            )
            aantal = self._rijen[0].aantal_gevonden if self._rijen else self.queryset.count()
            self.afgekapt = aantal > MAX_RESULTATEN
            self._aantal = min(aantal, MAX_RESULTATEN)
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
