"""Demo monitoring: the two speerpunten in step 4 get a closed monitormoment with answers, an
open one that some people still have to answer, a planned one, and indicator series for the
goals of their plan. The reminders they call for are sent afterwards (meldingen.demo).
"""

import datetime
from decimal import Decimal

from django.utils import timezone

from scholen.demo import Demo
from verbeterplan.models import Doel, IndicatorSoort

from .models import Meting, Monitormoment, Respons

# Per speerpunt: colleagues outside the PLG who are asked too, and what people wrote.
MOMENTEN = {
    ("baken", "huiswerk"): {
        "teamleden": ["kees", "eva", "daan"],
        "toelichtingen": [
            "In 1b plannen de meeste leerlingen nu zelf hun week; in 1d lukt het nog niet.",
            "De planningskaart werkt, maar de mentoruren zijn te kort om hem te bespreken.",
            "Twee leerlingen die altijd te laat waren, hebben hun werk nu op tijd af.",
            "Ik sla de evaluatie op vrijdag nog te vaak over; dat moet anders.",
        ],
    },
    ("wilgenhoek", "lezen"): {
        "teamleden": ["anouk", "ilse"],
        "toelichtingen": [
            "De kinderen praten meer over de tekst, ook de stille lezers in groep 6.",
            "Voor het voorspellen vooraf is de tijd soms krap, vooral op maandag.",
            "We gebruiken dezelfde vragen, maar hoe we het gesprek leiden verschilt nog.",
        ],
    },
}

# Scores per participant, question by question; None is "weet ik niet".
PATRONEN = [
    [4, 3, 4, 3, 3, 5, 3, 4, 4],
    [5, 4, 4, 4, 3, 4, 2, 3, 5],
    [3, 2, 3, 3, 2, 4, 2, 2, 3],
    [4, 4, 5, 4, None, 5, 3, 4, 4],
]

OBSERVATIES = [
    "Een handvol leerlingen doet het al uit zichzelf.",
    "Ongeveer de helft laat het zien zonder dat de docent erom vraagt.",
    "De meeste leerlingen doen het; een kleine groep heeft nog hulp nodig.",
]


def vul(demo: Demo) -> None:
    vandaag = timezone.localdate()
    for (school_key, key), gegevens in MOMENTEN.items():
        speerpunt = demo.speerpunten[school_key, key]
        cyclus = speerpunt.huidige_cyclus
        leden = [lid.user for lid in speerpunt.plg.leden.select_related("user").order_by("pk")]
        kartrekker = next(lid.user for lid in speerpunt.plg.leden.filter(rol="kartrekker"))
        teamleden = [demo.mensen[naam] for naam in gegevens["teamleden"]]

        gesloten = _moment(
            cyclus,
            kartrekker,
            "Na de eerste zes weken",
            vandaag - datetime.timedelta(days=35),
            vandaag - datetime.timedelta(days=21),
        )
        # Asked of the colleagues too, so enough people answered for the anonymous summary.
        gesloten.teamleden.set(teamleden)
        _beantwoord(gesloten, leden + teamleden, gegevens["toelichtingen"], dagen_na_start=3)

        open_moment = _moment(
            cyclus,
            kartrekker,
            "Tussentijdse peiling",
            vandaag - datetime.timedelta(days=3),
            vandaag + datetime.timedelta(days=7),
        )
        open_moment.teamleden.set(teamleden)
        # The kartrekker and one colleague answered; the rest still gets reminders.
        _beantwoord(open_moment, [kartrekker, teamleden[0]], gegevens["toelichtingen"][1:], 1)

        _moment(
            cyclus,
            kartrekker,
            "Peiling voor de evaluatie",
            vandaag + datetime.timedelta(days=28),
            vandaag + datetime.timedelta(days=38),
        )
        _metingen(cyclus, kartrekker, vandaag)


def _moment(cyclus, by, titel, datum, sluitdatum) -> Monitormoment:
    moment = Monitormoment.objects.create(
        cyclus=cyclus, titel=titel, datum=datum, sluitdatum=sluitdatum, created_by=by
    )
    moment.voeg_standaardvragen_toe()
    return moment


def _beantwoord(moment, mensen, toelichtingen, dagen_na_start) -> None:
    vragen = list(moment.vragen.all())
    for i, user in enumerate(mensen):
        patroon = PATRONEN[i % len(PATRONEN)]
        antwoorden = {vraag.pk: (patroon[n], "") for n, vraag in enumerate(vragen)}
        # Each person comments on one question: the first on successes, the others on
        # what goes well or gets in the way.
        vraag = vragen[[5, 6, 2, 7][i % 4]]
        antwoorden[vraag.pk] = (antwoorden[vraag.pk][0], toelichtingen[i % len(toelichtingen)])
        moment.beantwoord(user, antwoorden)
    ingediend = timezone.make_aware(
        datetime.datetime.combine(
            moment.datum + datetime.timedelta(days=dagen_na_start), datetime.time(16, 30)
        )
    )
    Respons.objects.filter(monitormoment=moment).update(ingediend_op=ingediend)


def _metingen(cyclus, by, vandaag) -> None:
    """Four measurements per numeric goal, moving from the baseline towards the target, and
    three observations per observed goal, over the last four months."""
    data = [vandaag - datetime.timedelta(days=dagen) for dagen in (120, 80, 40, 5)]
    for doel in Doel.objects.filter(plan__cyclus=cyclus):
        if doel.indicator_soort == IndicatorSoort.GETAL and doel.nulmeting is not None:
            doelwaarde = doel.streefwaarde if doel.streefwaarde is not None else doel.nulmeting
            stap = (doelwaarde - doel.nulmeting) / 5
            for n, datum in enumerate(data):
                waarde = doel.nulmeting + stap * Decimal([0.4, 1.5, 2.2, 3.1][n])
                Meting.objects.create(
                    doel=doel, datum=datum, waarde=round(waarde, 1), created_by=by
                )
        else:
            for datum, tekst in zip(data[1:], OBSERVATIES, strict=True):
                Meting.objects.create(doel=doel, datum=datum, observatie=tekst, created_by=by)
