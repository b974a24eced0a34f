"""What goes into the plan's PDFs, and the fingerprint that keeps one state from being rendered
twice. The document is fixed when the PDF is asked for, so the file shows exactly that state."""

import hashlib
import json
import re

from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext

from core.pdf import render_pdf
from monitoring.grafiek import grafiek_svg, markeringen_voor
from monitoring.models import Meting

from .models import ActieStatus, PdfExport

# Raise when the templates or pdf.css change, so cached PDFs are made again.
TEMPLATE_VERSIE = "6"

STIJLEN = ("css/pdf.css",)

TEMPLATES = {
    "volledig": "verbeterplan/pdf/volledig.html",
    "samenvatting": "verbeterplan/pdf/samenvatting.html",
}

# The family pdf.css gives the whole document. A chart asks for the system's sans-serif: in the
# PDF it is set in this one too, so every PDF embeds (and subsets) one font family, not two.
LETTER = "Koers Sans"
_SVG_LETTER = re.compile(r'(<svg\b[^>]*?\sfont-family=")[^"]*(")')

# The wall summary shows at most this many of each part, so it stays on one page whatever the
# size of the plan; the rest is in the full PDF.
SAMENVATTING_ACTIES = 12
SAMENVATTING_DOELEN = 5
SAMENVATTING_MIJLPALEN = 8
SAMENVATTING_EVALUATIE = 5


def document(plan) -> dict:
    """The plan as the PDF shows it: its content plus title-page facts, in Dutch."""
    with translation.override("nl"):
        inhoud = plan.snapshot()
        versie = plan.laatste_versie()
        besluit = versie.besluit if versie and versie.besluit_id else plan.besluiten.first()
        if versie and plan.status == "vastgesteld":
            datum = timezone.localdate(versie.created_at)
        else:
            datum = timezone.localdate()
        inhoud["meta"] = {
            "school": plan.school.naam,
            "speerpunt": plan.speerpunt.titel,
            "plg": getattr(getattr(plan.speerpunt, "plg", None), "naam", ""),
            "versie": plan.versie_label(versie),
            "reden": versie.reden if versie and plan.status == "vastgesteld" else "",
            "datum": datum.strftime("%d-%m-%Y"),
            "besluit": _besluit(besluit),
        }
        grafieken = _grafieken(plan)
        for doel in inhoud["doelen"]:
            doel["grafiek"] = grafieken.get(doel["id"], "")
        inhoud["onderbouwing"]["bronnen"] = [
            {
                "titel": koppeling.bron.titel,
                "auteurs": koppeling.bron.auteurs,
                "jaar": koppeling.bron.jaar or "",
                "vertaalslag": koppeling.vertaalslag,
            }
            for koppeling in plan.bronkoppelingen()
        ]
    return inhoud


def vraag_aan(plan, soort: str) -> tuple[PdfExport, bool]:
    """The PDF of the plan as it is now; `nieuw` says whether it must still be rendered."""
    doc = document(plan)
    return PdfExport.vraag_aan(plan, soort, doc, sleutel(doc, soort))


def maak(export: PdfExport) -> None:
    """Renders an asked-for PDF and stores it, unless another worker has it or it is done."""
    if export.neem_aan():
        export.bewaar(render(export.document, export.soort))


def _grafieken(plan) -> dict[int, str]:
    """Each goal's measurements as an SVG chart, drawn by the monitoring app, in a fixed
    number of queries. Part of the document, so a new measurement makes a new PDF."""
    doelen = list(plan.doelen.all())
    if not doelen:
        return {}
    metingen: dict[int, list] = {doel.pk: [] for doel in doelen}
    for meting in Meting.objects.filter(doel__in=doelen).order_by("datum", "pk"):
        metingen[meting.doel_id].append(meting)
    # Every goal of the plan has the same marks: the plan's versions and the step changes.
    markeringen = markeringen_voor(doelen[0])
    return {doel.pk: str(grafiek_svg(doel, metingen[doel.pk], markeringen)) for doel in doelen}


def _besluit(besluit) -> dict | None:
    if besluit is None:
        return None
    return {
        "datum": besluit.datum.strftime("%d-%m-%Y"),
        "door": besluit.besloten_door,
        "uitkomst": gettext("aangenomen") if besluit.aangenomen else gettext("niet aangenomen"),
        "voorwaarden": besluit.voorwaarden,
    }


def sleutel(doc: dict, soort: str) -> str:
    data = json.dumps([doc, soort, TEMPLATE_VERSIE], sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(data.encode()).hexdigest()


def render(doc: dict, soort: str) -> bytes:
    return render_pdf(html(doc, soort), STIJLEN)


def html(doc: dict, soort: str) -> str:
    """The document as the HTML the PDF is drawn from."""
    with translation.override("nl"):
        klaar = str(ActieStatus.KLAAR.label)
        open_acties = [actie for actie in doc["acties"] if actie["status"] != klaar]
        context = {
            "doc": doc,
            "meta": doc["meta"],
            "doelen": [_met_eigen_letter(doel) for doel in doc["doelen"]],
            "hoofdacties": open_acties[:SAMENVATTING_ACTIES],
            "meer_acties": max(0, len(open_acties) - SAMENVATTING_ACTIES),
            "hoofddoelen": doc["doelen"][:SAMENVATTING_DOELEN],
            "meer_doelen": max(0, len(doc["doelen"]) - SAMENVATTING_DOELEN),
            "mijlpalen": doc["mijlpalen"][:SAMENVATTING_MIJLPALEN],
            "meer_mijlpalen": max(0, len(doc["mijlpalen"]) - SAMENVATTING_MIJLPALEN),
            "evaluatie": doc["evaluatie"][:SAMENVATTING_EVALUATIE],
            "meer_evaluatie": max(0, len(doc["evaluatie"]) - SAMENVATTING_EVALUATIE),
        }
        return render_to_string(TEMPLATES[soort], context)


def _met_eigen_letter(doel: dict) -> dict:
    if not doel.get("grafiek"):
        return doel
    return doel | {"grafiek": _SVG_LETTER.sub(rf"\g<1>{LETTER}\g<2>", doel["grafiek"], count=1)}
