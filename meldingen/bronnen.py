"""Where reminders come from: a registry of sources, one per kind of thing people are reminded
of. Each source is registered once under its name, which every reminder it records carries in
`Herinnering.bron`, with the id of its object in `Herinnering.object_id`. A source finds what
is due (`verzamel`) and, before sending, tells which of its recorded reminders nobody needs any
more (`vervallen`); the sender asks the source by the row's `bron`, never by reading a key.

To add a source: subclass Herinneringsbron, give it a `naam` and its `soorten`, implement
both methods and decorate it with @registreer.
"""

import datetime
from collections import defaultdict
from collections.abc import Iterable
from typing import NamedTuple

from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext

from cyclus.models import Borging, Status
from monitoring.models import Monitormoment, Respons
from plg.models import Actiepunt, Bijeenkomst, PLGLid
from scholen.models import Lidmaatschap, Rol
from verbeterplan.models import Actie

from .digest import Digest, datum_tekst, digest_periode, stand_van_school
from .models import DigestRitme, Herinnering, Soort, Voorkeuren

# How long before its date a borging evaluation is announced.
EVALUATIE_VOORUIT = datetime.timedelta(days=7)


class Rij(NamedTuple):
    """A recorded, unsent reminder as the lapse check reads it."""

    pk: int
    soort: str
    object_id: int
    user_id: int
    datum: datetime.date


class Herinneringsbron:
    """A source of reminders. `soorten` are the kinds (Soort) it records."""

    naam: str
    soorten: tuple[str, ...]

    def verzamel(self, vandaag: datetime.date) -> Iterable[Herinnering]:
        """The reminders due on `vandaag`, unsaved, for anyone; who no longer works at the
        school is left out by the caller."""
        raise NotImplementedError

    def vervallen(self, rijen: list[Rij], vandaag: datetime.date) -> set[int]:
        """The pks among `rijen` (this source's recorded reminders) that are no longer due:
        the person did what it was about, or its date moved (which is a reminder of its own).
        A handful of queries, however many rows."""
        raise NotImplementedError

    def herinnering(self, soort, object_id, user_id, datum, titel, tekst, url, school_id):
        return Herinnering(
            bron=self.naam,
            soort=soort,
            object_id=object_id,
            user_id=user_id,
            school_id=school_id,
            datum=datum,
            titel=titel[:200],
            tekst=tekst,
            url=url,
        )


BRONNEN: dict[str, Herinneringsbron] = {}


def registreer(cls: type[Herinneringsbron]) -> type[Herinneringsbron]:
    if cls.naam in BRONNEN:
        raise ValueError(f"Herinneringsbron {cls.naam!r} is al geregistreerd.")
    BRONNEN[cls.naam] = cls()
    return cls


def lopend(cyclus: str) -> dict:
    """Filter for things of a cycle that still runs, of a speerpunt that is active: a parked
    or closed speerpunt, or a cycle already evaluated, asks nothing of anyone."""
    return {
        f"{cyclus}__afgesloten_op__isnull": True,
        f"{cyclus}__speerpunt__status": Status.ACTIEF,
    }


def _verschoven(rijen: list[Rij], nog_op: dict[int, datetime.date]) -> set[int]:
    """The rows whose object is gone, done, or due on another date than recorded."""
    return {rij.pk for rij in rijen if nog_op.get(rij.object_id) != rij.datum}


@registreer
class Monitormomenten(Herinneringsbron):
    """Who still has to answer an open moment: when it opens, and the day before it closes."""

    naam = "monitormoment"
    soorten = (Soort.MONITORING_OPEN, Soort.MONITORING_SLUIT)

    def verzamel(self, vandaag):
        momenten = list(
            Monitormoment.objects.open(vandaag)
            .filter(**lopend("cyclus"))
            .select_related("cyclus__speerpunt")
        )
        if not momenten:
            return
        speerpunt_ids = {m.cyclus.speerpunt_id for m in momenten}
        plg_leden = defaultdict(set)
        for speerpunt_id, user_id in PLGLid.objects.van_speerpunt(speerpunt_ids).values_list(
            "plg__speerpunt_id", "user_id"
        ):
            plg_leden[speerpunt_id].add(user_id)
        teamleden = defaultdict(set)
        doorgaand = Monitormoment.teamleden.through.objects.filter(
            monitormoment_id__in=[m.pk for m in momenten]
        )
        for moment_id, user_id in doorgaand.values_list("monitormoment_id", "user_id"):
            teamleden[moment_id].add(user_id)
        beantwoord = defaultdict(set)
        for moment_id, user_id in Respons.objects.filter(
            monitormoment_id__in=[m.pk for m in momenten]
        ).values_list("monitormoment_id", "user_id"):
            beantwoord[moment_id].add(user_id)

        for moment in momenten:
            speerpunt = moment.cyclus.speerpunt
            wie = (plg_leden[speerpunt.pk] | teamleden[moment.pk]) - beantwoord[moment.pk]
            url = reverse("monitoring:moment", args=[speerpunt.school_id, moment.pk])
            momenten_nu = [
                (
                    Soort.MONITORING_OPEN,
                    moment.datum,
                    gettext("Monitormoment “%(titel)s” staat open") % {"titel": moment.titel},
                )
            ]
            if moment.sluitdatum and moment.sluitdatum - datetime.timedelta(days=1) <= vandaag:
                momenten_nu.append(
                    (
                        Soort.MONITORING_SLUIT,
                        moment.sluitdatum,
                        gettext("Monitormoment “%(titel)s” sluit op %(datum)s")
                        % {"titel": moment.titel, "datum": datum_tekst(moment.sluitdatum)},
                    )
                )
            tekst = gettext(
                "Voor het speerpunt “%(speerpunt)s” horen we graag hoe de aanpak in jouw "
                "praktijk loopt. Het invullen kost een paar minuten."
            ) % {"speerpunt": speerpunt.titel}
            for soort, datum, titel in momenten_nu:
                for user_id in wie:
                    yield self.herinnering(
                        soort, moment.pk, user_id, datum, titel, tekst, url, speerpunt.school_id
                    )

    def vervallen(self, rijen, vandaag):
        ids = {rij.object_id for rij in rijen}
        nog_open = {
            pk: {Soort.MONITORING_OPEN: datum, Soort.MONITORING_SLUIT: sluitdatum}
            for pk, datum, sluitdatum in Monitormoment.objects.open(vandaag)
            .filter(pk__in=ids, **lopend("cyclus"))
            .values_list("pk", "datum", "sluitdatum")
        }
        beantwoord = set(
            Respons.objects.filter(monitormoment_id__in=ids).values_list(
                "monitormoment_id", "user_id"
            )
        )
        return {
            rij.pk
            for rij in rijen
            if nog_open.get(rij.object_id, {}).get(rij.soort) != rij.datum
            or (rij.object_id, rij.user_id) in beantwoord
        }


@registreer
class Actiepunten(Herinneringsbron):
    """Open PLG actions past their deadline, to their owner (once per deadline)."""

    naam = "actiepunt"
    soorten = (Soort.ACTIE_TE_LAAT,)

    def verzamel(self, vandaag):
        actiepunten = (
            Actiepunt.objects.overdue(vandaag)
            .filter(owner__isnull=False, plg__speerpunt__status=Status.ACTIEF)
            .select_related("plg__speerpunt")
        )
        for actie in actiepunten:
            yield self.herinnering(
                Soort.ACTIE_TE_LAAT,
                actie.pk,
                actie.owner_id,
                actie.deadline,
                gettext("Actie over de deadline: %(wat)s") % {"wat": actie.wat},
                gettext(
                    "Deze actie uit de PLG “%(plg)s” had op %(datum)s klaar moeten zijn. Vink "
                    "haar af als ze klaar is, of spreek in de PLG een nieuwe datum af."
                )
                % {"plg": actie.plg.naam, "datum": datum_tekst(actie.deadline)},
                reverse("mijn_werk"),
                actie.plg.speerpunt.school_id,
            )

    def vervallen(self, rijen, vandaag):
        deadlines = dict(
            Actiepunt.objects.open()
            .filter(pk__in={rij.object_id for rij in rijen}, plg__speerpunt__status=Status.ACTIEF)
            .values_list("pk", "deadline")
        )
        return _verschoven(rijen, deadlines)


@registreer
class Planacties(Herinneringsbron):
    """Open actions of a running plan past their deadline, to their owner."""

    naam = "planactie"
    soorten = (Soort.ACTIE_TE_LAAT,)

    def verzamel(self, vandaag):
        acties = (
            Actie.objects.overdue(vandaag)
            .filter(owner__isnull=False, **lopend("plan__cyclus"))
            .select_related("plan__cyclus__speerpunt")
        )
        for actie in acties:
            speerpunt = actie.plan.cyclus.speerpunt
            yield self.herinnering(
                Soort.ACTIE_TE_LAAT,
                actie.pk,
                actie.owner_id,
                actie.deadline,
                gettext("Actie over de deadline: %(wat)s") % {"wat": actie.wat},
                gettext(
                    "Deze actie uit het verbeterplan van “%(speerpunt)s” had op %(datum)s klaar "
                    "moeten zijn. Zet haar op klaar als ze af is, of pas de planning aan."
                )
                % {"speerpunt": speerpunt.titel, "datum": datum_tekst(actie.deadline)},
                reverse("verbeterplan:plan", args=[speerpunt.school_id, actie.plan_id]),
                speerpunt.school_id,
            )

    def vervallen(self, rijen, vandaag):
        deadlines = dict(
            Actie.objects.open()
            .filter(pk__in={rij.object_id for rij in rijen}, **lopend("plan__cyclus"))
            .values_list("pk", "deadline")
        )
        return _verschoven(rijen, deadlines)


@registreer
class Bijeenkomsten(Herinneringsbron):
    """Every member of a PLG that meets tomorrow."""

    naam = "bijeenkomst"
    soorten = (Soort.BIJEENKOMST,)

    def verzamel(self, vandaag):
        morgen = vandaag + datetime.timedelta(days=1)
        bijeenkomsten = Bijeenkomst.objects.filter(start__date=morgen).select_related(
            "plg__speerpunt"
        )
        for bijeenkomst in bijeenkomsten:
            start = timezone.localtime(bijeenkomst.start)
            school_id = bijeenkomst.plg.speerpunt.school_id
            url = reverse("plg:bijeenkomst", args=[school_id, bijeenkomst.plg_id, bijeenkomst.pk])
            titel = gettext("Morgen komt de PLG “%(plg)s” bij elkaar") % {
                "plg": bijeenkomst.plg.naam
            }
            tekst = gettext("De bijeenkomst begint om %(tijd)s%(plaats)s.") % {
                "tijd": start.strftime("%H:%M"),
                "plaats": f", {bijeenkomst.plaats}" if bijeenkomst.plaats else "",
            }
            for user_id in bijeenkomst.plg.leden.values_list("user_id", flat=True):
                yield self.herinnering(
                    Soort.BIJEENKOMST, bijeenkomst.pk, user_id, morgen, titel, tekst, url, school_id
                )

    def vervallen(self, rijen, vandaag):
        data = {
            pk: timezone.localdate(start)
            for pk, start in Bijeenkomst.objects.filter(
                pk__in={rij.object_id for rij in rijen}
            ).values_list("pk", "start")
        }
        return _verschoven(rijen, data)


@registreer
class Borgingen(Herinneringsbron):
    """The borger and the speerpunt's owner, a week before the evaluation date."""

    naam = "borging"
    soorten = (Soort.BORGING_EVALUATIE,)

    def verzamel(self, vandaag):
        borgingen = Borging.objects.filter(
            evaluatiedatum__gte=vandaag,
            evaluatiedatum__lte=vandaag + EVALUATIE_VOORUIT,
            **lopend("cyclus"),
        ).select_related("cyclus__speerpunt")
        for borging in borgingen:
            speerpunt = borging.cyclus.speerpunt
            titel = gettext("Evaluatie van “%(speerpunt)s” op %(datum)s") % {
                "speerpunt": speerpunt.titel,
                "datum": datum_tekst(borging.evaluatiedatum),
            }
            tekst = gettext(
                "Werkt de aanpak nog, en willen we hem nog? Bereid de evaluatie voor met de "
                "monitoring en de afspraak “Zo werken wij”."
            )
            url = reverse("monitoring:speerpunt", args=[speerpunt.school_id, speerpunt.pk])
            for user_id in {borging.borger_id, speerpunt.owner_id} - {None}:
                yield self.herinnering(
                    Soort.BORGING_EVALUATIE,
                    borging.pk,
                    user_id,
                    borging.evaluatiedatum,
                    titel,
                    tekst,
                    url,
                    speerpunt.school_id,
                )

    def vervallen(self, rijen, vandaag):
        data = dict(
            Borging.objects.filter(
                pk__in={rij.object_id for rij in rijen}, **lopend("cyclus")
            ).values_list("pk", "evaluatiedatum")
        )
        return _verschoven(rijen, data)


@registreer
class Digests(Herinneringsbron):
    """The schoolleider's overview of their school, once per period of their rhythm; its
    object is the school. It describes the school as it stood when recorded, so it never
    lapses."""

    naam = "digest"
    soorten = (Soort.DIGEST,)

    def verzamel(self, vandaag):
        ritmes = dict(Voorkeuren.objects.values_list("user_id", "digest_ritme"))
        standen: dict[int, Digest] = {}
        schoolleiders = Lidmaatschap.objects.filter(
            rol=Rol.SCHOOLLEIDER, user__is_active=True
        ).values_list("user_id", "school_id", "school__naam")
        for user_id, school_id, school_naam in schoolleiders:
            periode = digest_periode(ritmes.get(user_id, DigestRitme.WEKELIJKS), vandaag)
            if periode is None:
                continue
            if school_id not in standen:
                standen[school_id] = stand_van_school(school_id, vandaag)
            stand = standen[school_id]
            if not stand:
                continue
            yield self.herinnering(
                Soort.DIGEST,
                school_id,
                user_id,
                periode,
                stand.titel(school_naam),
                stand.tekst(),
                reverse("cyclus:dashboard", args=[school_id]),
                school_id,
            )

    def vervallen(self, rijen, vandaag):
        return set()
