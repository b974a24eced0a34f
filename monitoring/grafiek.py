"""Indicator charts, drawn on the server as SVG: no script, so they work in the PDF too.

A chart shows one goal's measurements over time, its baseline and target as horizontal lines,
and the moments the plan was revised or the speerpunt changed step as marks on the time axis.
The page puts a data table beside it; the SVG itself carries a title and a description.

A drawn chart is kept in the cache under a hash of everything it draws (points, marks, lines,
labels, texts, size, language and the template; see core.cache), never under an id alone: new
data makes a new key, and the same data drawn for two schools is the same picture.
"""

import dataclasses
import datetime
import math
from dataclasses import dataclass
from decimal import Decimal

from django.core.cache import cache
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.safestring import SafeString
from django.utils.translation import gettext

from core.cache import content_key
from core.dates import show_date
from cyclus.models import TransitieSoort

from .models import Meting

BREEDTE, HOOGTE = 640, 300
LINKS, RECHTS, BOVEN, ONDER = 56, 20, 28, 44
SJABLOON = "monitoring/grafiek.svg"
# A drawn chart stays in the cache this long after it was last drawn; its key changes with its
# data, so an old entry is never shown for new data.
BEWAREN = 7 * 24 * 3600


@dataclass
class Markering:
    datum: datetime.date
    label: str
    uitleg: str
    x: float = 0
    label_y: float = 0


def markeringen_voor(doel, vanaf: datetime.date | None = None) -> list[Markering]:
    """Plan versions and step changes of the goal's speerpunt, oldest first; with `vanaf`
    only those on or after that day, so a chart reads no more history than it shows."""
    plan = doel.plan
    # Only what a mark shows: a version's stored content can be the whole plan.
    versies = plan.versies.only("plan_id", "nummer", "created_at")
    transities = (
        plan.cyclus.speerpunt.transities.exclude(naar=None)
        .exclude(soort=TransitieSoort.GESTART)
        .only("speerpunt_id", "op", "naar")
    )
    if vanaf is not None:
        # The same day boundaries the marks below are dated by: a version by its UTC date,
        # a step change by its local one.
        dag = datetime.datetime.combine(vanaf, datetime.time.min)
        versies = versies.filter(created_at__gte=dag.replace(tzinfo=datetime.UTC))
        transities = transities.filter(op__gte=timezone.make_aware(dag))
    markeringen = [
        Markering(
            versie.created_at.date(),
            gettext("v%(n)s") % {"n": versie.nummer},
            (
                gettext("Plan vastgesteld (versie 1)")
                if versie.nummer == 1
                else gettext("Plan bijgesteld: versie %(n)s") % {"n": versie.nummer}
            ),
        )
        for versie in versies
    ]
    markeringen += [
        Markering(
            timezone.localtime(transitie.op).date(),
            gettext("stap %(n)s") % {"n": transitie.naar},
            gettext("Naar stap %(n)s: %(naam)s")
            % {"n": transitie.naar, "naam": transitie.get_naar_display()},
        )
        for transitie in transities
    ]
    return sorted(markeringen, key=lambda m: m.datum)


def als_getal(waarde) -> str:
    """A number as a Dutch reader writes it: 42,5 rather than 42.50."""
    if waarde is None:
        return ""
    tekst = f"{Decimal(str(waarde)).normalize():f}"
    return tekst.replace(".", ",")


def schaal(laag: float, hoog: float, stappen: int = 4) -> tuple[float, float, float]:
    """A value axis from `laag` to a little above `hoog` in round steps (1, 2, 2.5 or 5 times a
    power of ten), so the gridlines carry readable numbers."""
    hoog = hoog + (hoog - laag) * 0.05
    ruw = (hoog - laag) / stappen or 1.0
    macht = 10 ** math.floor(math.log10(ruw))
    stap = next(f * macht for f in (1, 2, 2.5, 5, 10) if f * macht >= ruw)
    return math.floor(laag / stap) * stap, math.ceil(hoog / stap) * stap, stap


def periode(metingen) -> tuple[datetime.date, datetime.date]:
    """The time axis of a chart: its first measurement to its last, at least two weeks."""
    begin = min(m.datum for m in metingen)
    return begin, max(max(m.datum for m in metingen), begin + datetime.timedelta(days=14))


def in_beeld(doel, metingen, markeringen=None) -> list[Markering]:
    """The marks that fall within the chart's time axis; read from the database when not
    given."""
    begin, eind = periode(metingen)
    markeringen = markeringen_voor(doel, vanaf=begin) if markeringen is None else markeringen
    return [m for m in markeringen if begin <= m.datum <= eind]


def grafiek_context(doel, metingen=None, markeringen=None) -> dict | None:
    """Everything the chart template draws, in SVG coordinates; None without measurements."""
    metingen = list(Meting.objects.voor_doel(doel) if metingen is None else metingen)
    if not metingen:
        return None
    begin, eind = periode(metingen)
    # Copies: the same marks may be drawn on several charts, each at its own position.
    markeringen = [dataclasses.replace(m) for m in in_beeld(doel, metingen, markeringen)]
    dagen = (eind - begin).days or 1

    waarden = [m.waarde for m in metingen if m.waarde is not None]
    lijnen = [w for w in (doel.nulmeting, doel.streefwaarde) if w is not None]
    alle = [float(w) for w in waarden + lijnen]
    laag, hoog, stap = schaal(min([0.0, *alle]), max(alle) if alle else 1.0)
    plot_b, plot_h = BREEDTE - LINKS - RECHTS, HOOGTE - BOVEN - ONDER

    def x(datum):
        return round(LINKS + plot_b * (datum - begin).days / dagen, 1)

    def y(waarde):
        return round(BOVEN + plot_h * (1 - (float(waarde) - laag) / (hoog - laag)), 1)

    punten = [
        {"x": x(m.datum), "y": y(m.waarde), "meting": m, "waarde": als_getal(m.waarde)}
        for m in metingen
        if m.waarde is not None
    ]
    observaties = [
        {"x": x(m.datum), "meting": m} for m in metingen if m.waarde is None and m.observatie
    ]
    # Labels of marks close together go on alternating rows, so they stay readable.
    vorige, rij = None, 0
    for markering in markeringen:
        markering.x = x(markering.datum)
        rij = 1 - rij if vorige is not None and markering.x - vorige < 48 else 0
        markering.label_y = BOVEN - 8 - 12 * rij
        vorige = markering.x
    # Without numbers (only observations) a value axis would suggest a scale that is not there.
    ticks_y = []
    if waarden or lijnen:
        aantal = round((hoog - laag) / stap)
        ticks_y = [
            {"y": y(laag + stap * i), "label": als_getal(round(laag + stap * i, 6))}
            for i in range(aantal + 1)
        ]
    ticks_x = [
        {"x": x(dag), "label": show_date(dag, "j M")}
        for dag in sorted({begin, eind, *(m.datum for m in metingen)})
    ]
    if len(ticks_x) > 6:
        stap = len(ticks_x) // 5
        ticks_x = ticks_x[::stap] + ([ticks_x[-1]] if (len(ticks_x) - 1) % stap else [])
    return {
        "doel": doel,
        "breedte": BREEDTE,
        "hoogte": HOOGTE,
        "links": LINKS,
        "rechts": BREEDTE - RECHTS,
        "boven": BOVEN,
        "onder": HOOGTE - ONDER,
        "lijn": " ".join(f"{p['x']},{p['y']}" for p in punten),
        "punten": punten,
        "observaties": observaties,
        "markeringen": markeringen,
        "nulmeting": {"y": y(doel.nulmeting), "label": als_getal(doel.nulmeting)}
        if doel.nulmeting is not None
        else None,
        "streefwaarde": {"y": y(doel.streefwaarde), "label": als_getal(doel.streefwaarde)}
        if doel.streefwaarde is not None
        else None,
        "ticks_y": ticks_y,
        "ticks_x": ticks_x,
        "metingen": metingen,
        "beschrijving": beschrijving(doel, metingen),
    }


def beschrijving(doel, metingen) -> str:
    """One sentence that tells what the chart shows, for the SVG's <desc>."""
    getallen = [m for m in metingen if m.waarde is not None]
    if not getallen:
        return gettext("%(n)s observaties, van %(van)s tot %(tot)s.") % {
            "n": len(metingen),
            "van": date_format(metingen[0].datum),
            "tot": date_format(metingen[-1].datum),
        }
    laatste = getallen[-1]
    tekst = gettext("Laatste meting %(waarde)s %(eenheid)s op %(datum)s.") % {
        "waarde": als_getal(laatste.waarde),
        "eenheid": doel.eenheid,
        "datum": date_format(laatste.datum),
    }
    if doel.nulmeting is not None:
        tekst += " " + gettext("Nulmeting %(w)s.") % {"w": als_getal(doel.nulmeting)}
    if doel.streefwaarde is not None:
        tekst += " " + gettext("Streefwaarde %(w)s.") % {"w": als_getal(doel.streefwaarde)}
    return tekst


def grafiek_svg(doel, metingen=None, markeringen=None) -> SafeString:
    """The chart of one goal as an SVG string, for a page or a PDF; empty without data. A
    chart drawn before for the same data comes from the cache without any drawing."""
    metingen = list(Meting.objects.voor_doel(doel) if metingen is None else metingen)
    if not metingen:
        return SafeString("")
    markeringen = in_beeld(doel, metingen, markeringen)
    return _getekend(
        doel, metingen, markeringen, lambda: grafiek_context(doel, metingen, markeringen)
    )


def render_svg(context: dict) -> SafeString:
    """The chart drawn from `grafiek_context`, from the cache when it was drawn before."""
    return _getekend(context["doel"], context["metingen"], context["markeringen"], lambda: context)


def _getekend(doel, metingen, markeringen, context) -> SafeString:
    sleutel = cache_sleutel(doel, metingen, markeringen)
    svg = cache.get(sleutel)
    if svg is None:
        svg = render_to_string(SJABLOON, context()).strip()
        cache.set(sleutel, svg, BEWAREN)
    return SafeString(svg)


def cache_sleutel(doel, metingen, markeringen) -> str:
    """A key made of everything the chart is drawn from: the goal's texts and lines, every
    measurement, every mark on its time axis and the chart's size (and, through content_key,
    the template, the language and the time zone). The picture is a function of these alone."""
    return content_key(
        "grafiek",
        (SJABLOON,),
        (BREEDTE, HOOGTE, LINKS, RECHTS, BOVEN, ONDER),
        # The element ids that tie the title and description to the picture.
        doel.pk,
        doel.omschrijving,
        doel.eenheid,
        doel.nulmeting,
        doel.streefwaarde,
        [(m.datum, m.waarde, m.observatie) for m in metingen],
        [(m.datum, m.label, m.uitleg) for m in markeringen],
    )
