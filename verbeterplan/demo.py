"""Demo plans for the speerpunten in steps 3 to 5: each adopted by its team, and the homework
plan of Het Baken revised once during step 4 (so there are two versions to compare)."""

import datetime

from django.utils import timezone

from cyclus.models import Speerpunt, Transitie
from scholen.demo import Demo

from .models import (
    Actie,
    ActieStatus,
    Communicatiemoment,
    Doel,
    Evaluatiemoment,
    IndicatorSoort,
    Mijlpaal,
    PlanVersie,
    Verbeterplan,
)

GETAL, OBSERVATIE = IndicatorSoort.GETAL, IndicatorSoort.OBSERVATIE
OPEN, BEZIG, KLAAR = ActieStatus.OPEN, ActieStatus.BEZIG, ActieStatus.KLAAR

# Per speerpunt: goals (text, kind, indicator, baseline, target, unit); actions (what, owner
# key or free text, start and deadline in weeks after the decision, status); milestones,
# communication (weeks, form, text) and evaluation (weeks, text); the approach; the strategy;
# references; the one condition that is not yet met, with its note.
PLANNEN = {
    ("baken", "huiswerk"): {
        "doelen": [
            (
                "Leerlingen in de onderbouw plannen hun huiswerk zelf",
                GETAL,
                "Aandeel leerlingen dat in de vragenlijst zegt een eigen weekplanning te maken.",
                35,
                70,
                "%",
            ),
            (
                "Leerlingen praten met hun mentor over hoe hun planning ging",
                OBSERVATIE,
                "In de mentorgesprekken noemen leerlingen zelf wat wel en niet lukte, en wat ze "
                "de volgende week anders doen.",
                None,
                None,
                "",
            ),
            (
                "Minder leerlingen zonder gemaakt huiswerk in de les",
                GETAL,
                "Gemiddeld aantal meldingen 'huiswerk niet gemaakt' per klas per week.",
                6,
                3,
                "meldingen",
            ),
        ],
        "acties": [
            ("Planningsles ontwerpen voor de mentoruren", "sanne", 0, 3, KLAAR),
            ("Weekplanner in de agenda en in de leeromgeving zetten", "tom", 1, 4, KLAAR),
            ("Pilot in twee brugklassen", "lotte", 4, 14, BEZIG),
            ("Nulmeting met de leerlingvragenlijst", "eva", 0, 2, KLAAR),
            ("Mentoren trainen in het planningsgesprek", "sanne", 6, 10, BEZIG),
            ("Uitrol naar alle brugklassen", "Mentoren onderbouw", 16, 24, OPEN),
        ],
        "mijlpalen": [
            (3, "Planningsles en weekplanner zijn klaar"),
            (14, "Pilot in twee klassen afgerond en besproken"),
            (24, "Alle brugklassen werken met de weekplanner"),
        ],
        "communicatie": [
            (1, "Teamvergadering", "Het plan voorstellen en vragen om reacties"),
            (8, "Nieuwsbrief", "Ouders vertellen wat hun kind met de weekplanner doet"),
            (15, "Teamvergadering", "Eerste resultaten van de pilot delen"),
        ],
        "evaluatie": [
            (12, "Gesprekken met leerlingen uit de pilotklassen"),
            (36, "Vragenlijst opnieuw afnemen en vergelijken met de nulmeting"),
        ],
        "uitrol": "pilot",
        "sturing": "hoofdlijnen",
        "wat_iedereen_doet": (
            "Iedere mentor geeft elke week een korte planningsles en bespreekt de weekplanner "
            "met minstens vijf leerlingen."
        ),
        "ruimte": "Hoe de planningsles eruitziet, kiest de mentor zelf.",
        "strategie": "interactief",
        "strategie_toelichting": (
            "De mentoren geven de aanpak samen vorm in de pilot en passen hem aan op wat ze in "
            "hun klassen zien."
        ),
        "referenties": (
            "Zimmerman, B. J. (2002). Becoming a self-regulated learner.\n"
            "Eva de Boer, zorgcoördinator: ervaring met planningsgesprekken in de bovenbouw"
        ),
        "niet_geregeld": ("budget", "De training van mentoren vraagt om extra uren; in overleg."),
        "bijstelling": (
            "Na de eerste monitoring bleek twintig minuten per week te kort voor de "
            "planningsles: er komt een mentoruur bij en de streefwaarde voor dit jaar gaat "
            "omlaag.",
            ("Extra mentoruur per twee weken in de pilotklassen", "marieke", 12, 14, BEZIG),
        ),
    },
    ("baken", "formatief"): {
        "doelen": [
            (
                "Docenten checken in elke les of de leerdoelen zijn begrepen",
                OBSERVATIE,
                "Bij lesbezoeken zien we een korte check aan het eind van de les.",
                None,
                None,
                "",
            ),
            (
                "Leerlingen weten wat het doel van de les is",
                GETAL,
                "Aandeel leerlingen dat het doel kan noemen bij een steekproef.",
                30,
                75,
                "%",
            ),
        ],
        "acties": [
            ("Studiemiddag over formatief handelen", "fatima", 2, 4, OPEN),
            ("Collegiale lesbezoeken in duo's", "jeroen", 4, 16, OPEN),
            ("Voorbeeldbank van checks opzetten", "fatima", 3, 8, OPEN),
        ],
        "mijlpalen": [(4, "Studiemiddag gehouden"), (16, "Elke docent is twee keer bezocht")],
        "communicatie": [(1, "Teamvergadering", "Het plan en de lesbezoeken toelichten")],
        "evaluatie": [(18, "Bespreking van de lesbezoeken in de secties")],
        "uitrol": "heel_team",
        "sturing": "hoofdlijnen",
        "wat_iedereen_doet": "Iedere docent sluit elke les af met een korte check.",
        "ruimte": "Welke check je gebruikt, kies je zelf uit de voorbeeldbank of maak je zelf.",
        "strategie": "programmatisch",
        "strategie_toelichting": "Een vaste reeks studiemiddagen brengt iedereen dezelfde basis.",
        "referenties": "Wiliam, D. (2011). Embedded formative assessment.",
        "niet_geregeld": ("tijd", "De lesbezoeken passen nog niet in het rooster."),
    },
    ("baken", "rust"): {
        "doelen": [
            (
                "Rustige start van elke les",
                OBSERVATIE,
                "Binnen vijf minuten na de bel werkt de klas aan de eerste opdracht.",
                None,
                None,
                "",
            )
        ],
        "acties": [
            ("Afspraken over de lesstart vastleggen", "kees", 0, 2, KLAAR),
            ("Lesstart oefenen in alle klassen", "Alle docenten onderbouw", 2, 8, KLAAR),
        ],
        "mijlpalen": [(8, "Alle klassen werken met de vaste lesstart")],
        "communicatie": [(1, "Teamvergadering", "De afspraken over de lesstart bespreken")],
        "evaluatie": [(10, "Lesbezoeken door de teamleider")],
        "uitrol": "heel_team",
        "sturing": "gedetailleerd",
        "wat_iedereen_doet": "Iedere docent staat bij de deur en start met een vaste opdracht.",
        "ruimte": "De opdracht zelf past bij het vak.",
        "strategie": "planmatig",
        "strategie_toelichting": "Een vast stappenplan: de afspraken zijn voor iedereen gelijk.",
        "referenties": "Marzano, R. J. (2003). Classroom management that works.",
        "niet_geregeld": None,
    },
    ("wilgenhoek", "lezen"): {
        "doelen": [
            (
                "Meer leesplezier in groep 5 tot en met 8",
                GETAL,
                "Aandeel kinderen dat in de leesmonitor zegt graag te lezen.",
                45,
                65,
                "%",
            ),
            (
                "Kinderen praten met elkaar over wat ze lezen",
                OBSERVATIE,
                "In de boekenkring vertellen kinderen elkaar over hun boek en raden ze boeken aan.",
                None,
                None,
                "",
            ),
        ],
        "acties": [
            ("Schoolbibliotheek opknappen met de bibliotheek", "naima", 0, 6, BEZIG),
            ("Wekelijkse boekenkring in groep 5 tot en met 8", "bas", 2, 20, BEZIG),
            ("Voorleesmoment voor ouders", "joost", 8, 10, OPEN),
        ],
        "mijlpalen": [(6, "Bibliotheek vernieuwd"), (20, "Boekenkring loopt in alle groepen")],
        "communicatie": [(1, "Teamvergadering", "Plan en boekenkring toelichten")],
        "evaluatie": [(12, "Gesprekken met kinderen over hun leesplezier")],
        "uitrol": "pilot",
        "sturing": "hoofdlijnen",
        "wat_iedereen_doet": "Elke leerkracht in de bovenbouw houdt wekelijks een boekenkring.",
        "ruimte": "De vorm van de boekenkring kiest de leerkracht.",
        "strategie": "interactief",
        "strategie_toelichting": "Leerkrachten en kinderen ontwikkelen de boekenkring samen.",
        "referenties": "Stichting Lezen: handreikingen over leesbevordering.",
        "niet_geregeld": ("budget", "Nieuwe boeken zijn deels gedekt; de rest via de ouderraad."),
    },
    ("wilgenhoek", "spelend"): {
        "doelen": [
            (
                "Spelend leren in groep 1 tot en met 3",
                OBSERVATIE,
                "Elke groep heeft dagelijks een speelhoek voor taal en rekenen.",
                None,
                None,
                "",
            )
        ],
        "acties": [
            ("Speelhoeken inrichten", "anouk", 1, 5, OPEN),
            ("Observatielijst maken", "ruud", 0, 3, OPEN),
        ],
        "mijlpalen": [(5, "Speelhoeken staan in alle groepen")],
        "communicatie": [(1, "Teamvergadering", "Het plan toelichten")],
        "evaluatie": [(12, "Observaties in de groepen bespreken")],
        "uitrol": "pilot",
        "sturing": "hoofdlijnen",
        "wat_iedereen_doet": "Elke leerkracht in de onderbouw heeft dagelijks een speelhoek.",
        "ruimte": "Welke thema's de hoeken krijgen, kiest de groep zelf.",
        "strategie": "interactief",
        "strategie_toelichting": "De leerkrachten leren van elkaars hoeken en passen die aan.",
        "referenties": "Van Oers, B. (2012). Developmental education for young children.",
        "niet_geregeld": ("materialen", "Materialen voor de hoeken worden nog besteld."),
    },
    ("wilgenhoek", "veilig"): {
        "doelen": [
            (
                "Kinderen voelen zich veilig op het plein",
                GETAL,
                "Aandeel kinderen dat in de vragenlijst sociale veiligheid 'veilig' kiest.",
                78,
                90,
                "%",
            )
        ],
        "acties": [
            ("Pleinafspraken met de leerlingenraad maken", "ilse", 0, 4, KLAAR),
            ("Pleinwacht met vaste looproutes", "yara", 4, 8, KLAAR),
        ],
        "mijlpalen": [(8, "Pleinafspraken hangen op het plein")],
        "communicatie": [(2, "Nieuwsbrief", "Ouders informeren over de pleinafspraken")],
        "evaluatie": [(20, "Vragenlijst sociale veiligheid")],
        "uitrol": "heel_team",
        "sturing": "gedetailleerd",
        "wat_iedereen_doet": "Iedere pleinwacht loopt de vaste route en spreekt kinderen aan.",
        "ruimte": "Hoe je een gesprek met kinderen voert, bepaal je zelf.",
        "strategie": "onderhandeling",
        "strategie_toelichting": "De afspraken zijn samen met de leerlingenraad gemaakt.",
        "referenties": "Nederlands Jeugdinstituut: dossier sociale veiligheid.",
        "niet_geregeld": None,
    },
}


def vul(demo: Demo) -> None:
    leiders = {"baken": demo.mensen["marieke"], "wilgenhoek": demo.mensen["petra"]}
    for (school_key, key), inhoud in PLANNEN.items():
        speerpunt = demo.speerpunten.get((school_key, key))
        if speerpunt is None:
            continue
        _plan(demo, speerpunt, leiders[school_key], inhoud)


def _plan(demo, speerpunt: Speerpunt, leider, inhoud: dict) -> None:
    activiteit = speerpunt.laatste_activiteit
    cyclus = speerpunt.huidige_cyclus
    overgang = Transitie.objects.filter(cyclus=cyclus, van=3, naar=4).order_by("op").first()
    besloten = overgang.op if overgang else timezone.now() - datetime.timedelta(days=5)
    dag = timezone.localdate(besloten)

    def week(n):
        return dag + datetime.timedelta(weeks=n)

    plan = Verbeterplan.start(cyclus)
    for i, (tekst, soort, indicator, nul, streef, eenheid) in enumerate(inhoud["doelen"]):
        Doel.objects.create(
            plan=plan,
            omschrijving=tekst,
            indicator_soort=soort,
            indicator=indicator,
            nulmeting=nul,
            streefwaarde=streef,
            eenheid=eenheid,
            volgorde=i,
        )
    for actie in inhoud["acties"]:
        _actie(demo, plan, actie, week)
    for weken, tekst in inhoud["mijlpalen"]:
        Mijlpaal.objects.create(plan=plan, datum=week(weken), omschrijving=tekst)
    for weken, vorm, tekst in inhoud["communicatie"]:
        Communicatiemoment.objects.create(
            plan=plan, datum=week(weken), vorm=vorm, omschrijving=tekst
        )
    for weken, tekst in inhoud["evaluatie"]:
        Evaluatiemoment.objects.create(plan=plan, datum=week(weken), omschrijving=tekst)
    plan.randvoorwaarden.update(
        voldaan=True, toelichting="Geregeld en besproken met de schoolleiding."
    )
    if inhoud["niet_geregeld"]:
        soort, toelichting = inhoud["niet_geregeld"]
        plan.randvoorwaarden.filter(soort=soort).update(voldaan=False, toelichting=toelichting)
    for veld in ("uitrol", "sturing", "wat_iedereen_doet", "ruimte", "strategie"):
        setattr(plan, veld, inhoud[veld])
    plan.strategie_toelichting = inhoud["strategie_toelichting"]
    plan.referenties = inhoud["referenties"]
    plan.save()

    plan.leg_besluit_vast(
        by=leider,
        datum=dag,
        besloten_door="Teamvergadering",
        aangenomen=True,
        voorwaarden="Evaluatie na drie maanden in de teamvergadering.",
    )
    PlanVersie.objects.filter(plan=plan, nummer=1).update(created_at=besloten)
    if "bijstelling" in inhoud:
        reden, extra = inhoud["bijstelling"]
        plan.start_bijstelling(by=leider, reden=reden)
        _actie(demo, plan, extra, week)
        doel = plan.doelen.first()
        doel.streefwaarde = 60
        doel.save()
        plan.rond_bijstelling_af(by=demo.mensen["sanne"])
        PlanVersie.objects.filter(plan=plan, nummer=2).update(
            created_at=besloten + datetime.timedelta(weeks=12)
        )
    # The demo cycle sets when each speerpunt was last worked on; keep that picture.
    Speerpunt.objects.filter(pk=speerpunt.pk).update(laatste_activiteit=activiteit)


def _actie(demo, plan, actie, week) -> None:
    wat, wie, start, deadline, status = actie
    owner = demo.mensen.get(wie)
    Actie.objects.create(
        plan=plan,
        wat=wat,
        owner=owner,
        owner_text="" if owner else wie,
        start=week(start),
        deadline=week(deadline),
        status=status,
    )
