"""Demo cycle: both schools get a vision, school years and speerpunten in every step, each with
a PLG, a kartrekker and a history of moves.

Other apps find the speerpunten through `demo.speerpunten[(school_key, key)]`, for example
`demo.speerpunten["baken", "huiswerk"]` (step 4, kartrekker Sanne) and
`demo.speerpunten["wilgenhoek", "lezen"]` (step 4, kartrekker Naima).
"""

import datetime

from django.utils import timezone

from plg.models import PLG, PLGLid, PLGRol
from scholen.demo import Demo

from .models import (
    Afvinking,
    Borging,
    Cyclus,
    Kernwaarde,
    SchoolInstellingen,
    Schooljaar,
    Signaal,
    Speerpunt,
    Status,
    Transitie,
    TransitieSoort,
)
from .poort import handmatig

VISIE = {
    "baken": (
        "Het Baken is een school waar leerlingen leren sturen op hun eigen leren. Docenten "
        "werken samen en leren van elkaar, en besluiten over onderwijs nemen we op basis van "
        "wat we zien bij onze leerlingen.",
        [
            ("Eigenaarschap", "Leerlingen nemen verantwoordelijkheid voor hun leren."),
            ("Samen leren", "Docenten verbeteren hun lessen samen, niet alleen."),
            ("Veiligheid", "Iedereen voelt zich gezien en durft fouten te maken."),
            ("Taal overal", "Elke les is ook een taalles."),
        ],
    ),
    "wilgenhoek": (
        "Op De Wilgenhoek groeit elk kind in zijn eigen tempo, in een dorpsschool waar ouders, "
        "kinderen en leerkrachten elkaar kennen. We leggen een stevige basis in lezen en rekenen "
        "en geven kinderen ruimte om te spelen en te ontdekken.",
        [
            ("Stevige basis", "Goed leren lezen, schrijven en rekenen."),
            ("Samen met ouders", "Ouders zijn partner in de ontwikkeling van hun kind."),
            ("Ontdekken", "Spelen en onderzoeken horen bij leren."),
        ],
    ),
}

# (key, title, step, kartrekker, members, teams, core values, weeks ago started, problem,
#  evidence, extra) -- extra: "stil" (no activity for weeks), "terug" (went back once),
#  "vorige_cyclus" (an earlier, evaluated cycle), "geparkeerd".
SPEERPUNTEN = {
    "baken": [
        (
            "feedback",
            "Leerlingen geven feedback op lessen",
            1,
            "lotte",
            ["jeroen"],
            ["Onderbouw", "Bovenbouw havo/vwo"],
            ["Samen leren", "Veiligheid"],
            3,
            "Docenten horen zelden van leerlingen wat hen helpt in de les.",
            [
                ("leerlingen", "In de leerlingenraad kwam dit drie keer ter sprake."),
                ("inspectie", "De inspectie vroeg naar de stem van leerlingen."),
            ],
            set(),
        ),
        (
            "taal",
            "Taalgericht vakonderwijs",
            2,
            "eva",
            ["lotte", "tom"],
            ["Sectie talen", "Onderbouw"],
            ["Taal overal"],
            14,
            "Leerlingen lopen vast op de vaktaal in zaakvakken en bij wiskunde.",
            [
                ("resultaten", "Lage scores op contextopgaven bij wiskunde in klas 2."),
                ("knelpunten", "Docenten zaakvakken merken dat leerlingen teksten overslaan."),
            ],
            {"stil"},
        ),
        (
            "formatief",
            "Formatief handelen in de bovenbouw",
            3,
            "fatima",
            ["jeroen"],
            ["Bovenbouw havo/vwo"],
            ["Eigenaarschap"],
            30,
            "Leerlingen weten pas bij het proefwerk of ze de stof beheersen.",
            [
                ("resultaten", "Veel onvoldoendes bij de eerste toets van elke periode."),
                ("lesbezoek", "Bij lesbezoeken weinig zicht op wat leerlingen al kunnen."),
            ],
            set(),
        ),
        (
            "huiswerk",
            "Eigenaarschap bij huiswerk",
            4,
            "sanne",
            ["tom", "kees"],
            ["Onderbouw"],
            ["Eigenaarschap"],
            44,
            "Leerlingen in de onderbouw plannen hun huiswerk nauwelijks zelf.",
            [
                ("leerlingen", "Leerlingen zeggen dat ze niet weten waar ze moeten beginnen."),
                ("ouders", "Ouders melden veel stress rond toetsweken."),
                ("collegas", "Mentoren zien dat planners leeg blijven."),
            ],
            {"terug"},
        ),
        (
            "rust",
            "Rust bij overgangen en in de pauzes",
            5,
            "kees",
            ["eva"],
            ["Onderbouw"],
            ["Veiligheid"],
            70,
            "Bij lesovergangen en in de pauzes is het onrustig op de gangen.",
            [("groepsgesprek", "Groepsgesprekken met klas 1 en 2 over de gangen.")],
            set(),
        ),
        (
            "digitaal",
            "Digitale geletterdheid",
            1,
            "jeroen",
            [],
            ["Onderbouw"],
            ["Eigenaarschap"],
            6,
            "Leerlingen zoeken online, maar beoordelen bronnen nauwelijks.",
            [("bestuur", "Nieuwe kerndoelen digitale geletterdheid komen eraan.")],
            {"geparkeerd"},
        ),
    ],
    "wilgenhoek": [
        (
            "ouders",
            "Ouders betrekken bij het leren",
            1,
            "ilse",
            ["anouk"],
            ["Onderbouw", "Bovenbouw"],
            ["Samen met ouders"],
            2,
            "Ouders weten weinig van wat hun kind op school leert.",
            [("ouders", "In de oudertevredenheidspeiling scoort informatie laag.")],
            set(),
        ),
        (
            "rekenen",
            "Automatiseren bij rekenen",
            2,
            "joost",
            ["bas", "yara"],
            ["Bovenbouw"],
            ["Stevige basis"],
            12,
            "Kinderen in groep 5 en 6 kennen de tafels niet vlot genoeg.",
            [("resultaten", "Tafeltoetsen in groep 5 blijven achter.")],
            {"vorige_cyclus"},
        ),
        (
            "spelend",
            "Spelend leren in groep 1 tot en met 3",
            3,
            "anouk",
            ["ruud", "yara"],
            ["Onderbouw"],
            ["Ontdekken"],
            26,
            "De overgang van groep 2 naar groep 3 is voor veel kinderen groot.",
            [
                ("knelpunten", "Leerkrachten groep 3 zien kinderen die nog willen spelen."),
                ("lesbezoek", "Weinig spelhoeken in groep 3."),
            ],
            set(),
        ),
        (
            "lezen",
            "Begrijpend lezen in de bovenbouw",
            4,
            "naima",
            ["joost", "bas"],
            ["Bovenbouw"],
            ["Stevige basis"],
            40,
            "Kinderen lezen technisch goed, maar begrijpen de tekst vaak niet.",
            [
                ("resultaten", "Begrijpend lezen groep 6 tot 8 onder de signaleringswaarde."),
                ("knelpunten", "Leerkrachten vinden de methode saai en los van de zaakvakken."),
            ],
            set(),
        ),
        (
            "veilig",
            "Een veilige groep vanaf de eerste week",
            5,
            "ilse",
            ["bas"],
            ["Onderbouw", "Bovenbouw"],
            ["Samen met ouders"],
            80,
            "Na de zomer duurt het lang voordat groepen rustig zijn.",
            [("leerlingen", "Kinderen noemen plagen op het plein in de peiling.")],
            set(),
        ),
    ],
}

REDENEN = {
    1: "De PLG is compleet en de koppeling met de visie staat.",
    2: "Analyse en kennisvraag zijn klaar; de PLG schrijft nu het plan.",
    3: "Het team heeft het plan in de teamvergadering vastgesteld.",
    4: "De aanpak loopt goed in alle klassen; tijd om te borgen.",
}


def vul(demo: Demo) -> None:
    demo.speerpunten = {}
    nu = timezone.now()
    for school_key, (visie, kernwaarden) in VISIE.items():
        school = demo.scholen[school_key]
        SchoolInstellingen.objects.update_or_create(school=school, defaults={"visie": visie})
        for naam, toelichting in kernwaarden:
            Kernwaarde.objects.create(school=school, naam=naam, toelichting=toelichting)
        huidig_jaar = nu.year if nu.month >= 8 else nu.year - 1
        Schooljaar.objects.create(school=school, begin_jaar=huidig_jaar - 1)
        huidig = Schooljaar.objects.create(school=school, begin_jaar=huidig_jaar, is_huidig=True)
        leider = next(
            demo.mensen[key]
            for key in ("marieke", "petra")
            if demo.mensen[key].lidmaatschappen.filter(school=school).exists()
        )
        for volgorde, regel in enumerate(SPEERPUNTEN[school_key], start=1):
            speerpunt = _speerpunt(demo, school_key, school, leider, huidig, volgorde, regel, nu)
            demo.speerpunten[school_key, regel[0]] = speerpunt


def _speerpunt(demo, school_key, school, leider, schooljaar, volgorde, regel, nu):
    (key, titel, stap, kartrekker, leden, teams, waarden, weken, probleem, signalen, extra) = regel
    begin = nu - datetime.timedelta(weeks=weken)
    speerpunt = Speerpunt.objects.create(
        school=school,
        titel=titel,
        probleem=probleem,
        owner=leider,
        volgorde=volgorde,
        schooljaar=schooljaar,
        stap=stap,
    )
    speerpunt.teams.set([demo.teams[school_key, team] for team in teams])
    speerpunt.kernwaarden.set(Kernwaarde.objects.filter(school=school, naam__in=waarden))
    for soort, notitie in signalen:
        Signaal.objects.create(speerpunt=speerpunt, soort=soort, notitie=notitie)

    plg = PLG.objects.create(speerpunt=speerpunt, naam=f"PLG {titel}")
    PLGLid.objects.create(plg=plg, user=demo.mensen[kartrekker], rol=PLGRol.KARTREKKER)
    for lid in leden:
        PLGLid.objects.create(plg=plg, user=demo.mensen[lid], rol=PLGRol.LID)

    cyclus_nummer = 1
    startstap = 1
    if "vorige_cyclus" in extra:
        vorige = Cyclus.objects.create(
            speerpunt=speerpunt,
            nummer=1,
            begonnen_op=begin - datetime.timedelta(weeks=60),
            afgesloten_op=begin,
            evaluatie=(
                "De tafels van 1 tot 5 zitten er goed in, maar vanaf groep 5 zakt het weer weg. "
                "We gaan opnieuw analyseren waarom."
            ),
        )
        _geschiedenis(
            speerpunt, vorige, leider, demo.mensen[kartrekker], 1, 5, vorige.begonnen_op, begin
        )
        cyclus_nummer, startstap = 2, 2
    cyclus = Cyclus.objects.create(
        speerpunt=speerpunt, nummer=cyclus_nummer, startstap=startstap, begonnen_op=begin
    )
    laatste = _geschiedenis(
        speerpunt, cyclus, leider, demo.mensen[kartrekker], startstap, stap, begin, nu, extra
    )
    for sleutel in sorted(handmatig(stap))[:1]:
        Afvinking.objects.create(
            cyclus=cyclus, sleutel=sleutel, completed_by=demo.mensen[kartrekker]
        )

    if stap == 5:
        Borging.objects.create(
            cyclus=cyclus,
            zo_werken_wij=(
                "Elke eerste les na de zomer en na elke vakantie besteden we aan afspraken in de "
                "groep. Nieuwe collega's lopen de eerste week mee met de borger."
            ),
            klassen="alle groepen en klassen",
            kwaliteit="Afspraken hangen zichtbaar in de klas en leerlingen kunnen ze uitleggen.",
            agendaritme="periode",
            borger=demo.mensen[kartrekker],
            evaluatiedatum=(nu + datetime.timedelta(weeks=10)).date(),
        )
    activiteit = laatste
    if "stil" in extra:
        activiteit = nu - datetime.timedelta(weeks=7)
    elif stap >= 3:
        activiteit = nu - datetime.timedelta(days=2)
    status = Status.GEPARKEERD if "geparkeerd" in extra else Status.ACTIEF
    Speerpunt.objects.filter(pk=speerpunt.pk).update(
        stap_sinds=laatste, laatste_activiteit=activiteit, status=status
    )
    if status == Status.GEPARKEERD:
        Speerpunt.objects.filter(pk=speerpunt.pk).update(schooljaar=schooljaar.volgende())
        Transitie.objects.create(
            speerpunt=speerpunt,
            cyclus=cyclus,
            created_by=leider,
            op=laatste + datetime.timedelta(days=3),
            soort=TransitieSoort.GEPARKEERD,
            van=stap,
            naar=stap,
            reden="Eerst ruimte maken in de onderbouw; volgend jaar pakken we dit op.",
        )
    speerpunt.refresh_from_db()
    return speerpunt


def _geschiedenis(speerpunt, cyclus, leider, kartrekker, van, tot, begin, eind, extra=()):
    """Back-dated moves from step `van` to step `tot`, spread evenly between begin and eind.
    Returns the moment of the last move."""
    stappen = list(range(van, tot))
    deel = (eind - begin) / (len(stappen) + 1.5)
    moment = begin
    Transitie.objects.create(
        speerpunt=speerpunt,
        cyclus=cyclus,
        created_by=leider,
        op=moment,
        soort=TransitieSoort.NIEUWE_CYCLUS if cyclus.nummer > 1 else TransitieSoort.GESTART,
        van=5 if cyclus.nummer > 1 else None,
        naar=van,
        reden="Nieuwe cyclus na de evaluatie." if cyclus.nummer > 1 else "",
    )
    for stap in stappen:
        moment = moment + deel
        by = leider if stap == 3 else kartrekker
        overgeslagen = []
        reden = REDENEN[stap]
        if stap == 1 and speerpunt.stap >= 3:
            overgeslagen = [
                "Iedereen die het aangaat (leerjaren, vakken, afdelingen) zit in de PLG"
            ]
            reden = "De sectie talen sluit later aan; we willen niet wachten."
            by = leider
        if stap == 3 and "terug" in extra:
            Transitie.objects.create(
                speerpunt=speerpunt,
                cyclus=cyclus,
                created_by=leider,
                op=moment,
                soort=TransitieSoort.VOORUIT,
                van=3,
                naar=4,
                reden="Het team heeft het eerste plan vastgesteld.",
            )
            moment = moment + deel / 3
            Transitie.objects.create(
                speerpunt=speerpunt,
                cyclus=cyclus,
                created_by=leider,
                op=moment,
                soort=TransitieSoort.TERUG,
                van=4,
                naar=3,
                reden="De eerste monitoring liet zien dat de planner te ingewikkeld was.",
            )
            moment = moment + deel / 3
        Transitie.objects.create(
            speerpunt=speerpunt,
            cyclus=cyclus,
            created_by=by,
            op=moment,
            soort=TransitieSoort.VOORUIT,
            van=stap,
            naar=stap + 1,
            reden=reden,
            overgeslagen=overgeslagen,
        )
    return moment
