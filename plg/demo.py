"""Demo workspaces: the PLGs the cyclus demo created get members' representation, meetings with
agendas, notes, decisions and actions, findings, an analysis, interim updates with reactions,
and the school's expertise.

The richest workspaces are "Eigenaarschap bij huiswerk" (Het Baken, kartrekker Sanne) and
"Begrijpend lezen in de bovenbouw" (De Wilgenhoek, kartrekker Naima). Every moment is set in
the past or near future relative to today, so the pages look lived-in whenever the demo runs.
"""

import datetime

from django.utils import timezone

from scholen.demo import Demo

from .models import (
    PLG,
    Actiepunt,
    Activiteit,
    Agendapunt,
    Analyseantwoord,
    Bevinding,
    Bijeenkomst,
    Expertise,
    Leerlingdeelnemer,
    Notitie,
    PLGLid,
    Reactie,
    Tussenstand,
)

# Per speerpunt of the cyclus demo: what the PLG has done. Days are relative to today
# (negative: in the past). Meetings: (day, hour, place, agenda, notes, actions), notes are
# (kind, author, text), actions are (what, owner, due day, done day or None).
WERKRUIMTES = {
    ("baken", "huiswerk"): {
        "ritme": "Om de drie weken op dinsdag, na het achtste uur",
        "vertegenwoordigt": {
            "sanne": "Nederlands, mentoren klas 1",
            "tom": "wiskunde, klas 1 en 2",
            "kees": "lichamelijke opvoeding, mentoren klas 2",
        },
        "leerlingen": ["Noor", "Sem"],
        "kennisvraag": (
            "Wat helpt leerlingen in de onderbouw om hun huiswerk zelf te plannen, en wat "
            "vraagt dat van mentoren en vakdocenten?"
        ),
        "analyse": {
            "probleem": "Leerlingen in klas 1 en 2 maken hun huiswerk pas als het af moet zijn.",
            "aanwijzingen": (
                "Planners blijven leeg, in toetsweken melden veel ouders stress, en in de "
                "leerlingenquête zegt ruim de helft niet te weten waar te beginnen."
            ),
            "achtergrond": (
                "Leerlingen hebben nooit geleerd een grote taak in stukken te knippen; wij "
                "geven het huiswerk vaak pas aan het eind van de les op."
            ),
            "betrokkenen": "Mentoren, vakdocenten onderbouw, leerlingen en hun ouders.",
            "eerder": (
                "Twee jaar geleden kregen alle brugklassers een papieren agenda; na de "
                "herfstvakantie gebruikte bijna niemand hem nog."
            ),
            "schoolplan": "Past bij de kernwaarde Eigenaarschap uit onze visie.",
            "expertise": "Eva (zorg) kent de literatuur over executieve functies.",
        },
        "bijeenkomsten": [
            (
                -70,
                16,
                "Lokaal 1.12",
                ["Kennismaken en afspraken", "Wat zien we bij huiswerk?"],
                [
                    ("notitie", "sanne", "Iedereen herkent het beeld: de planner blijft leeg."),
                    ("besluit", "sanne", "We houden eerst **interviews** met leerlingen."),
                ],
                [
                    ("Vragen voor leerlinginterviews opstellen", "sanne", -63, -64),
                    ("Resultaten leerlingenquête opvragen", "tom", -60, -58),
                ],
            ),
            (
                -49,
                16,
                "Lokaal 1.12",
                ["Uitkomsten interviews", "Kennisvraag scherp stellen"],
                [
                    (
                        "notitie",
                        "tom",
                        "Leerlingen willen voorbeelden van een goede planning, geen regels.",
                    ),
                    ("besluit", "sanne", "Kennisvraag vastgesteld (zie analyse)."),
                ],
                [
                    ("Literatuur over plannen en executieve functies zoeken", "kees", -35, -36),
                    ("Twee lessen observeren in klas 1b", "tom", -30, None),
                ],
            ),
            (
                -21,
                16,
                "Mediatheek",
                ["Stand van de pilot in klas 1b en 2a", "Tussenstand voor het team"],
                [
                    (
                        "notitie",
                        "kees",
                        "In 1b vullen nu 20 van de 27 leerlingen de weekplanner zelf in.",
                    ),
                ],
                [
                    ("Weekplanner delen met alle mentoren onderbouw", "sanne", 5, None),
                    ("Korte peiling onder ouders klas 1b", "kees", 10, None),
                ],
            ),
            (6, 16, "Mediatheek", ["Evaluatie pilot", "Voorstel voor heel de onderbouw"], [], []),
        ],
        "bevindingen": [
            (
                "interview",
                "knelpunt",
                -56,
                "acht leerlingen klas 1",
                "Leerlingen weten niet hoe ze een grote opdracht in stukken knippen.",
                "planning, klas 1",
                "sanne",
            ),
            (
                "leerlingstem",
                "werkt",
                -55,
                "leerlingenraad",
                "Een vast moment aan het begin van de week om te plannen helpt.",
                "planning, mentoruur",
                "sanne",
            ),
            (
                "data",
                "knelpunt",
                -50,
                "leerlingenquête onderbouw",
                "54% weet niet waar te beginnen met huiswerk voor een toets.",
                "enquête",
                "tom",
            ),
            (
                "observatie",
                "behouden",
                -28,
                "twee lessen wiskunde klas 1b",
                "Het huiswerk staat aan het begin van de les op het bord: dat willen we houden.",
                "wiskunde",
                "tom",
            ),
            (
                "interview",
                "voorwaarde",
                -25,
                "vier mentoren onderbouw",
                "Mentoren vragen tijd in het mentoruur en een gedeeld voorbeeld van een planner.",
                "mentoruur, tijd",
                "kees",
            ),
        ],
        "tussenstanden": [
            (
                -45,
                "Wat leerlingen ons vertelden",
                "We spraken acht leerlingen. Wat opviel:\n\n"
                "- ze willen **voorbeelden**, geen regels;\n"
                "- een vast planmoment helpt;\n"
                "- grote opdrachten voelen als één berg.\n\n"
                "Herken je dit in jouw lessen? Laat het ons weten.",
                [
                    (
                        "lotte",
                        "Herkenbaar bij Engels: leestaken worden uitgesteld tot de avond ervoor.",
                    ),
                    ("jeroen", "In de bovenbouw zien we hetzelfde. Houd ons op de hoogte!"),
                ],
            ),
            (
                -14,
                "Pilot weekplanner loopt",
                "In klas 1b en 2a werken leerlingen sinds drie weken met een weekplanner in het "
                "mentoruur. De eerste cijfers zijn bemoedigend.",
                [("fatima", "Mag ik de planner zien? Misschien ook iets voor havo 4.")],
            ),
        ],
    },
    ("wilgenhoek", "lezen"): {
        "ritme": "Elke vier weken op woensdagmiddag",
        "vertegenwoordigt": {
            "naima": "groep 7/8",
            "joost": "groep 5",
            "bas": "groep 6",
        },
        "leerlingen": ["Fleur"],
        "kennisvraag": "Welke aanpak van begrijpend lezen werkt in groep 5 tot en met 8?",
        "analyse": {
            "probleem": "Kinderen in de bovenbouw begrijpen zaakvakteksten slecht.",
            "aanwijzingen": "De resultaten begrijpend lezen dalen al drie jaar.",
            "eerder": "Een methode met losse teksten gaf weinig verbetering.",
        },
        "bijeenkomsten": [
            (
                -42,
                14,
                "Teamkamer",
                ["Start PLG", "Wat zien we in de groepen?"],
                [("besluit", "naima", "We observeren elkaars leesles voor de herfstvakantie.")],
                [("Observatieformulier maken", "bas", -35, -36)],
            ),
            (
                -14,
                14,
                "Teamkamer",
                ["Observaties bespreken", "Voorbeeldles modelen"],
                [("notitie", "joost", "Hardop denken bij het lezen werkt goed in groep 5.")],
                [
                    ("Voorbeeldles modelen in groep 6", "bas", -3, None),
                    ("Leesteksten bij wereldoriëntatie verzamelen", "joost", 12, None),
                ],
            ),
            (13, 14, "Teamkamer", ["Terugblik voorbeeldles"], [], []),
        ],
        "bevindingen": [
            (
                "observatie",
                "werkt",
                -20,
                "drie leeslessen groep 5 tot en met 7",
                "Als de leerkracht hardop voordoet hoe je een lastige zin aanpakt, doen "
                "kinderen het daarna zelf ook.",
                "modelen",
                "naima",
            ),
            (
                "leerlingstem",
                "knelpunt",
                -18,
                "kinderraad",
                "Kinderen vinden de teksten uit de methode saai en ver van hun wereld.",
                "teksten",
                "bas",
            ),
        ],
        "tussenstanden": [
            (
                -10,
                "Hardop denken werkt",
                "In de observaties zagen we dat hardop voordoen kinderen helpt. Kom gerust "
                "een keer kijken in groep 5.",
                [("ilse", "Mooi! Ik sluit graag aan bij de volgende bijeenkomst.")],
            ),
        ],
    },
    ("baken", "taal"): {
        "ritme": "Maandelijks op donderdag",
        "vertegenwoordigt": {"eva": "zorg", "lotte": "sectie talen", "tom": "wiskunde"},
        "kennisvraag": "Hoe leren leerlingen vaktaal in de zaakvakken?",
        "bijeenkomsten": [
            (
                -60,
                15,
                "Lokaal 2.04",
                ["Start", "Voorbeelden van vaktaal verzamelen"],
                [("notitie", "eva", "Iedereen brengt een lastige vaktekst mee.")],
                [("Vaktaallijsten per sectie opvragen", "lotte", -45, None)],
            ),
        ],
        "bevindingen": [
            (
                "data",
                "knelpunt",
                -50,
                "toetsanalyse wiskunde klas 2",
                "Contextopgaven worden vaker overgeslagen dan kale sommen.",
                "wiskunde, toetsen",
                "tom",
            ),
        ],
        "tussenstanden": [],
    },
}

EXPERTISE = [
    ("baken", "eva", "Executieve functies", "Post-hbo en ervaring als zorgcoördinator"),
    ("baken", "sanne", "Leesbevordering", "Leescoördinator onderbouw"),
    ("baken", "tom", "Data en toetsanalyse", "Maakt de toetsanalyses voor de sectie"),
    ("baken", "fatima", "Formatief handelen", "Volgde een leergang formatief evalueren"),
    ("baken", "lotte", "Taalgericht vakonderwijs", ""),
    ("wilgenhoek", "ilse", "Dyslexie en leesproblemen", "Intern begeleider"),
    ("wilgenhoek", "naima", "Begrijpend lezen", "Masterthesis over leesstrategieën"),
    ("wilgenhoek", "anouk", "Spelend leren", "Jonge-kindspecialist"),
]


def vul(demo: Demo) -> None:
    nu = timezone.now()
    for (school_key, key), werkruimte in WERKRUIMTES.items():
        _werkruimte(demo, demo.speerpunten[school_key, key].plg, werkruimte, nu)
    for school_key, persoon, onderwerp, toelichting in EXPERTISE:
        Expertise.objects.create(
            user=demo.mensen[persoon],
            school=demo.scholen[school_key],
            onderwerp=onderwerp,
            toelichting=toelichting,
        )
    _schrijf_feeds(demo)


def _schrijf_feeds(demo: Demo) -> None:
    """The feeds' lines about everything the demo made, at the moments it set: its rows were
    made directly to backdate them, and the members came from the cyclus demo."""
    Activiteit.objects.schrijf_alles(
        PLG.objects.filter(speerpunt__school__in=demo.scholen.values())
    )


def _op(obj, moment, veld="created_at"):
    """Backdates a row whose moment the database filled in on save."""
    type(obj).objects.filter(pk=obj.pk).update(**{veld: moment})


def _werkdag(moment, *, later: bool):
    """Teams meet on school days: a weekend date moves to the Monday after (for a coming
    meeting) or the Friday before (for one in the past)."""
    weekend = moment.weekday() - 4
    if weekend <= 0:
        return moment
    if later:
        return moment + datetime.timedelta(days=3 - weekend)
    return moment - datetime.timedelta(days=weekend)


def _werkruimte(demo, plg, data, nu):
    mensen = demo.mensen
    dag = lambda n: nu + datetime.timedelta(days=n)  # noqa: E731
    plg.ritme = data["ritme"]
    plg.kennisvraag = data["kennisvraag"]
    plg.save(update_fields=["ritme", "kennisvraag"])
    begin = plg.speerpunt.cycli.order_by("nummer").first().begonnen_op
    for persoon, vertegenwoordigt in data["vertegenwoordigt"].items():
        PLGLid.objects.filter(plg=plg, user=mensen[persoon]).update(
            vertegenwoordigt=vertegenwoordigt, created_at=begin
        )
    for roepnaam in data.get("leerlingen", []):
        Leerlingdeelnemer.objects.create(plg=plg, roepnaam=roepnaam)
    kartrekker = plg.leden.get(rol="kartrekker").user
    for vraag, tekst in data.get("analyse", {}).items():
        antwoord = Analyseantwoord.objects.create(
            plg=plg, vraag=vraag, tekst=tekst, updated_by=kartrekker
        )
        _op(antwoord, dag(-52), "bijgewerkt_op")

    for dagen, uur, plaats, agenda, notities, acties in data["bijeenkomsten"]:
        start = _werkdag(
            timezone.localtime(dag(dagen)).replace(hour=uur, minute=0, second=0, microsecond=0),
            later=dagen > 0,
        )
        bijeenkomst = Bijeenkomst.objects.create(
            plg=plg, start=start, plaats=plaats, created_by=kartrekker
        )
        _op(bijeenkomst, start - datetime.timedelta(days=14))
        for volgorde, tekst in enumerate(agenda, start=1):
            Agendapunt.objects.create(bijeenkomst=bijeenkomst, tekst=tekst, volgorde=volgorde)
        for soort, created_by, tekst in notities:
            notitie = Notitie.objects.create(
                bijeenkomst=bijeenkomst, soort=soort, tekst=tekst, created_by=mensen[created_by]
            )
            _op(notitie, start + datetime.timedelta(minutes=50))
        for wat, owner, deadline, gedaan in acties:
            actie = Actiepunt.objects.create(
                plg=plg,
                bijeenkomst=bijeenkomst,
                wat=wat,
                owner=mensen[owner],
                deadline=dag(deadline).date(),
                created_by=kartrekker,
                gedaan_op=dag(gedaan) if gedaan is not None else None,
                completed_by=mensen[owner] if gedaan is not None else None,
            )
            _op(actie, start + datetime.timedelta(minutes=55))

    for soort, groep, dagen, gehoord, tekst, tags, created_by in data["bevindingen"]:
        bevinding = Bevinding.objects.create(
            plg=plg,
            soort=soort,
            groep=groep,
            datum=dag(dagen).date(),
            gehoord=gehoord,
            tekst=tekst,
            tags=tags,
            created_by=mensen[created_by],
        )
        _op(bevinding, dag(dagen))

    for dagen, titel, tekst, reacties in data["tussenstanden"]:
        tussenstand = Tussenstand.objects.create(
            plg=plg, titel=titel, tekst=tekst, created_by=kartrekker, gepubliceerd_op=dag(dagen)
        )
        for uren, (created_by, reactie) in enumerate(reacties, start=3):
            nieuw = Reactie.objects.create(
                tussenstand=tussenstand, tekst=reactie, created_by=mensen[created_by]
            )
            _op(nieuw, dag(dagen) + datetime.timedelta(hours=uren))
