"""The plan page's sections as HTML, kept in the cache under a key made of what they show.

Most of the plan page looks the same for everyone who reads the plan with the same rights and
changes only when someone edits the plan, yet it costs the most to draw (Markdown, a link or a
form per row). The sections are drawn once and reused. A section's key (core.cache) covers
everything it shows: its rows (for the actions: the page of rows shown, the counts and the
choice of status and page), the plan's texts, the linked sources, the school, the plan, what
the reader may edit (edit links and forms), the language and the templates. An edit changes
the rows, so the key, so nothing stale is ever shown; two readers get the same HTML only when
they would have seen the same.

Sections are drawn without the request, so nothing of the reader's session ends up in them.
The one thing of the reader's own that the page needs, the CSRF token in the forms of the
actions, is drawn as a placeholder that every response replaces with that reader's token.
"""

import logging

from django.core.cache import cache
from django.middleware.csrf import get_token
from django.template.loader import render_to_string
from django.utils.safestring import mark_safe

from core.cache import content_key

logger = logging.getLogger(__name__)

# Long enough to serve a plan's readers between two edits; an edit makes new keys anyway.
BEWAARTIJD = 60 * 60

# Stands for the CSRF token in a kept section. Typed text can never produce it: the templates
# escape every "<" of it, and the Markdown sanitiser drops comments.
_TOKEN = mark_safe("<!-- csrf -->")  # noqa: S308

SJABLONEN = (
    "verbeterplan/_sectie.html",
    "verbeterplan/_bewerklink.html",
    "verbeterplan/_toevoegen.html",
    "verbeterplan/_tekstlink.html",
)

_RIJEN = {
    "doelen": "doelen",
    "tijdpad": "mijlpalen",
    "communicatie": "communicatiemomenten",
    "evaluatie": "evaluatiemomenten",
    "randvoorwaarden": "randvoorwaarden",
}
_TEKSTEN = {
    "aanpak": ("uitrol", "sturing", "wat_iedereen_doet", "ruimte"),
    "veranderstrategie": ("strategie", "strategie_toelichting"),
    "onderbouwing": ("referenties",),
}


def _inhoud(sectie: str, context: dict) -> tuple:
    """What the section shows, from the rows the page has read already."""
    plan = context["plan"]
    if sectie == "acties":
        pagina = context["acties_pagina"]
        return (
            context["acties_keuze"].urlencode(),
            tuple(context["acties_telling"]),
            tuple(context["actie_statussen"]),
            pagina.number,
            pagina.paginator.num_pages,
            tuple(
                (actie.pk, actie.wat, actie.wie, actie.start, actie.deadline, actie.status)
                for actie in context["acties"]
            ),
        )
    if sectie in _RIJEN:
        return tuple(
            (rij.pk, *(getattr(rij, veld) for veld in rij.velden))
            for rij in getattr(plan, _RIJEN[sectie]).all()
        )
    teksten = tuple(getattr(plan, veld) for veld in _TEKSTEN[sectie])
    if sectie == "onderbouwing":
        bronnen = tuple((k.bron.titel, k.bron.auteurs, k.bron.jaar) for k in context["koppelingen"])
        return (*teksten, plan.speerpunt.pk, bronnen)
    return teksten


def _sleutel(sectie: str, titel, context: dict) -> str:
    return content_key(
        "verbeterplan:sectie",
        (*SJABLONEN, f"verbeterplan/secties/{sectie}.html"),
        sectie,
        str(titel),
        context["school"].pk,
        context["plan"].pk,
        context["kan_bewerken"],
        context["bewerkbaar"],
        _inhoud(sectie, context),
    )


def getekend(request, secties, context: dict) -> list[str]:
    """The HTML of each of `secties` ((key, title) pairs), as `request`'s reader sees it."""
    sleutels = {sectie: _sleutel(sectie, titel, context) for sectie, titel in secties}
    try:
        html = cache.get_many(sleutels.values())
    except Exception:
        # A cache that is down makes the page slower, never makes it fail.
        logger.warning("Plansecties niet uit de cache te lezen", exc_info=True)
        html = {}
    nieuw = {}
    for sectie, titel in secties:
        sleutel = sleutels[sectie]
        if sleutel not in html:
            html[sleutel] = nieuw[sleutel] = render_to_string(
                "verbeterplan/_sectie.html",
                context | {"sectie": sectie, "titel": titel, "csrf_token": _TOKEN},
            )
    if nieuw:
        try:
            cache.set_many(nieuw, BEWAARTIJD)
        except Exception:
            logger.warning("Plansecties niet in de cache te bewaren", exc_info=True)
    token = get_token(request)
    # The templates drew and escaped all of it; only the placeholder changes, into a token of
    # letters and digits.
    return [
        mark_safe(html[sleutels[sectie]].replace(_TOKEN, token))  # noqa: S308
        for sectie, _titel in secties
    ]
