"""The schoolleider's digest: what in a school stalls or is overdue, once per chosen period."""

import datetime
from collections import defaultdict
from dataclasses import dataclass, field

from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext, ngettext

from cyclus.models import SchoolInstellingen, Speerpunt, Stap, Status
from monitoring.models import Monitormoment
from plg.models import Actiepunt
from verbeterplan.models import Actie

from .models import DigestRitme

# When a speerpunt without activity counts as stalling in the digest of a school that has not
# set its own measure, and how long a speerpunt in step 4 may go without a monitormoment.
STIL_NA_WEKEN = 4
ZONDER_MONITORING_NA = datetime.timedelta(weeks=8)


def datum_tekst(dag: datetime.date) -> str:
    return date_format(dag, "j F Y")


def digest_periode(ritme: str, vandaag) -> datetime.date | None:
    """The first day of the digest period `vandaag` falls in; one digest per period."""
    maandag = vandaag - datetime.timedelta(days=vandaag.weekday())
    if ritme == DigestRitme.WEKELIJKS:
        return maandag
    if ritme == DigestRitme.TWEEWEKELIJKS:
        return maandag - datetime.timedelta(weeks=maandag.isocalendar().week % 2)
    if ritme == DigestRitme.MAANDELIJKS:
        return vandaag.replace(day=1)
    return None


@dataclass
class Digest:
    stil_na_weken: int = 4
    stil: list = field(default_factory=list)
    zonder_monitoring: list = field(default_factory=list)
    overdue: dict = field(default_factory=dict)

    def __bool__(self):
        return bool(self.stil or self.zonder_monitoring or self.overdue)

    def titel(self, school_naam: str) -> str:
        punten = []
        if self.stil:
            punten.append(
                ngettext(
                    "%(aantal)s speerpunt staat stil",
                    "%(aantal)s speerpunten staan stil",
                    len(self.stil),
                )
                % {"aantal": len(self.stil)}
            )
        if self.zonder_monitoring:
            punten.append(
                ngettext(
                    "%(aantal)s zonder recente monitoring",
                    "%(aantal)s zonder recente monitoring",
                    len(self.zonder_monitoring),
                )
                % {"aantal": len(self.zonder_monitoring)}
            )
        overdue = sum(self.overdue.values())
        if overdue:
            punten.append(
                ngettext(
                    "%(aantal)s actie over de deadline",
                    "%(aantal)s acties over de deadline",
                    overdue,
                )
                % {"aantal": overdue}
            )
        return gettext("Overzicht van %(school)s: %(punten)s") % {
            "school": school_naam,
            "punten": ", ".join(punten),
        }

    def tekst(self) -> str:
        blokken = []
        if self.stil:
            kop = ngettext(
                "Hier gebeurt al %(weken)s week niets:",
                "Hier gebeurt al %(weken)s weken of langer niets:",
                self.stil_na_weken,
            ) % {"weken": self.stil_na_weken}
            regels = [
                gettext("- %(titel)s (stap %(stap)s, laatste activiteit %(datum)s)")
                % {
                    "titel": s.titel,
                    "stap": s.stap,
                    "datum": datum_tekst(timezone.localdate(s.laatste_activiteit)),
                }
                for s in self.stil
            ]
            blokken.append("\n".join([kop, *regels]))
        if self.zonder_monitoring:
            kop = gettext(
                "In stap 4 (uitvoeren, monitoren en bijstellen), maar zonder monitormoment in de "
                "afgelopen acht weken:"
            )
            blokken.append("\n".join([kop, *(f"- {s.titel}" for s in self.zonder_monitoring)]))
        if self.overdue:
            kop = gettext("Acties waarvan de deadline voorbij is, per speerpunt:")
            regels = [
                ngettext(
                    "- %(speerpunt)s: %(aantal)s actie",
                    "- %(speerpunt)s: %(aantal)s acties",
                    aantal,
                )
                % {"speerpunt": titel, "aantal": aantal}
                for titel, aantal in sorted(self.overdue.items())
            ]
            blokken.append("\n".join([kop, *regels]))
        blokken.append(
            gettext("Op het dashboard zie je per speerpunt waar het staat en wie de kartrekker is.")
        )
        return "\n\n".join(blokken)


def stand_van_school(school_id, vandaag) -> Digest:
    """What a schoolleider should look at: stalling speerpunten and overdue items."""
    speerpunten = list(
        Speerpunt.objects.filter(school_id=school_id, status=Status.ACTIEF).order_by(
            "volgorde", "pk"
        )
    )
    # The same measure of stalling as the school's dashboard.
    instellingen = SchoolInstellingen.objects.filter(school_id=school_id).first()
    weken = instellingen.stil_na_weken if instellingen else STIL_NA_WEKEN
    grens = timezone.now() - datetime.timedelta(weeks=weken)
    recent = set(
        Monitormoment.objects.filter(
            cyclus__speerpunt__school_id=school_id,
            datum__gte=vandaag - ZONDER_MONITORING_NA,
        ).values_list("cyclus__speerpunt_id", flat=True)
    )
    digest = Digest(
        stil_na_weken=weken,
        stil=[s for s in speerpunten if s.laatste_activiteit < grens],
        zonder_monitoring=[
            s for s in speerpunten if s.stap == Stap.UITVOERING and s.pk not in recent
        ],
    )
    titels = {s.pk: s.titel for s in speerpunten}
    overdue = defaultdict(int)
    for speerpunt_id in (
        Actiepunt.objects.overdue(vandaag)
        .filter(plg__speerpunt_id__in=titels)
        .values_list("plg__speerpunt_id", flat=True)
    ):
        overdue[titels[speerpunt_id]] += 1
    for speerpunt_id in (
        Actie.objects.overdue(vandaag)
        .filter(plan__cyclus__speerpunt_id__in=titels, plan__cyclus__afgesloten_op__isnull=True)
        .values_list("plan__cyclus__speerpunt_id", flat=True)
    ):
        overdue[titels[speerpunt_id]] += 1
    digest.overdue = dict(overdue)
    return digest
