"""Dutch full-text search over the kennisbank, on PostgreSQL and on SQLite.

PostgreSQL stems with its own "dutch" text search configuration against a stored, GIN-indexed
tsvector. SQLite, which runs the demo, has no Dutch stemmer: there every source keeps a column
of words stemmed in Python by the Snowball Dutch stemmer, and a search looks for the stems of
the query in it. Both match word beginnings, so results appear while someone is still typing.
"""

import re
from functools import lru_cache

import snowballstemmer
from django.contrib.postgres.search import SearchQuery, SearchRank
from django.db import connection
from django.db.models import Case, F, IntegerField, Q, Value, When
from django.utils.html import escape
from django.utils.safestring import mark_safe

WOORD = re.compile(r"\w+", re.UNICODE)
MAX_WOORDEN = 8

_stemmer = snowballstemmer.stemmer("dutch")


@lru_cache(maxsize=20_000)
def stam(woord: str) -> str:
    return _stemmer.stemWord(woord.lower())


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
        # Each word becomes a prefix term; to_tsquery stems it with the dutch configuration
        # and drops stop words. The words are \w+ only, so nothing in them is tsquery syntax.
        query = SearchQuery(
            " & ".join(f"{woord}:*" for woord in woorden), config="dutch", search_type="raw"
        )
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
