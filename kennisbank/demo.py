"""Demo kennisbank: sources linked to the demo speerpunten with the team's appraisal, and an own
source of Het Baken that the school has proposed for the shared set.

Runs after the cyclus demo, whose speerpunten it finds in `demo.speerpunten`.
"""

from scholen.demo import Demo

from .models import Bron, Bronkoppeling, Thema

# (school, speerpunt key, who linked it, source title, appraisal (recent, quality, use, fit)
#  with notes, vertaalslag)
KOPPELINGEN = [
    (
        "baken",
        "huiswerk",
        "sanne",
        "Werken aan onderwijsverbetering. Evidence-informed",
        (
            ("sterk", "Recente leidraad voor het vo."),
            ("sterk", "Gebaseerd op onderzoek en getoetst door een kwaliteitscommissie."),
            ("sterk", "De vragen bij elke stap gebruiken we als agenda voor de PLG."),
            ("redelijk", "Algemeen: zegt niets specifiek over huiswerk."),
        ),
        "We volgen de vijf stappen en houden per stap bij wat we hebben opgeleverd. "
        "De monitorvragen uit stap 4 nemen we over in onze check-ins na elke periode.",
    ),
    (
        "baken",
        "huiswerk",
        "sanne",
        "Praktijkkaart Monitoring en evaluatie",
        (
            ("redelijk", "Een paar jaar oud, maar de aanpak is tijdloos."),
            ("redelijk", "Praktijkkaart, op onderzoek gebaseerd maar kort."),
            ("sterk", "Helpt ons kiezen wat we meten en wanneer."),
            ("sterk", "Past bij onze brugklassen."),
        ),
        "We meten niet alleen of het huiswerk af is, maar ook of leerlingen **zelf plannen**: "
        "twee keer per periode kijken mentoren in de planner.",
    ),
    (
        "baken",
        "formatief",
        "fatima",
        "Praktijkkaart Kiezen van een passende aanpak",
        (
            ("redelijk", ""),
            ("redelijk", "Kort, maar met verwijzingen naar onderzoek."),
            ("sterk", "De vragen maken onze keuze voor het verbeterplan scherper."),
            ("redelijk", "Geschreven voor po en vo samen."),
        ),
        "Voor we het plan vaststellen, lopen we de vragen van de kaart langs voor elke aanpak "
        "die nog op tafel ligt.",
    ),
    (
        "baken",
        "taal",
        "eva",
        "De beginsituatie analyseren",
        (
            ("sterk", ""),
            ("redelijk", "Handreiking uit de praktijk."),
            ("sterk", "Geeft een goede vragenlijst voor de interviews met secties."),
            ("sterk", ""),
        ),
        "We houden met elke sectie een kort interview over taal in hun vak, met deze vragen.",
    ),
    (
        "baken",
        "feedback",
        "lotte",
        "Stappenplan succesinterview",
        (
            ("sterk", ""),
            ("redelijk", "Werkvorm, geen onderzoek."),
            ("sterk", "Direct bruikbaar in de eerste PLG-bijeenkomst."),
            ("sterk", "Past bij ons team, dat graag van elkaar leert."),
        ),
        "We beginnen de verkenning met succesinterviews: welke les met feedback van leerlingen "
        "werkte al goed?",
    ),
    (
        "wilgenhoek",
        "lezen",
        "naima",
        "Werken aan onderwijsverbetering. Evidence-informed",
        (
            ("sterk", ""),
            ("sterk", "Onderbouwd met onderzoek."),
            ("sterk", "Geeft houvast bij het monitoren."),
            ("redelijk", "Geschreven voor het vo; de stappen passen ook bij ons."),
        ),
        "We gebruiken de monitorvragen van stap 4 bij elke groepsbespreking over begrijpend lezen.",
    ),
    (
        "wilgenhoek",
        "lezen",
        "naima",
        "Van praktijkvraag naar onderzoeksvraag",
        (
            ("redelijk", ""),
            ("sterk", "Publicatie van de Kennisrotonde."),
            ("sterk", "Hielp ons de kennisvraag scherp te krijgen."),
            ("sterk", ""),
        ),
        "Onze kennisvraag werd: welke manier van voorlezen en samen lezen helpt leerlingen "
        "in groep 6 tot en met 8 een tekst te begrijpen?",
    ),
    (
        "wilgenhoek",
        "rekenen",
        "joost",
        "Praktijkkaart Probleemverkenning",
        (
            ("redelijk", ""),
            ("redelijk", ""),
            ("sterk", "Dwingt ons eerst het probleem te snappen."),
            ("sterk", ""),
        ),
        "Voor we een methode kiezen, kijken we per groep welke sommen leerlingen nog tellend "
        "oplossen.",
    ),
    (
        "wilgenhoek",
        "veilig",
        "ilse",
        "Evalueren en vervolgstappen bepalen",
        (
            ("sterk", ""),
            ("redelijk", ""),
            ("sterk", "Bruikbaar bij de evaluatie in juni."),
            ("sterk", ""),
        ),
        "In juni evalueren we de Gouden Weken met het team en besluiten we of de aanpak blijft.",
    ),
]

EIGEN_BRON = {
    "titel": "Huiswerkafspraken onderbouw Het Baken",
    "auteurs": "Sectie Nederlands, Het Baken",
    "jaar": 2025,
    "soort": "praktijkkaart",
    "samenvatting": "Onze eigen afspraken over huiswerk in klas 1 en 2: de planner, de "
    "weekstart met de mentor en wat docenten doen als huiswerk niet af is.",
    "aanbevelingen": "h2",
    "stappen": "4 5",
}


def vul(demo: Demo) -> None:
    for school_key, key, wie, titel, punten, vertaalslag in KOPPELINGEN:
        bron = Bron.objects.gedeeld().get(titel__startswith=titel)
        velden = {}
        for punt, (waarde, toelichting) in zip(Bronkoppeling.PUNTEN, punten, strict=True):
            velden[punt] = waarde
            velden[f"{punt}_toelichting"] = toelichting
        Bronkoppeling.objects.create(
            bron=bron,
            speerpunt=demo.speerpunten[school_key, key],
            created_by=demo.mensen[wie],
            vertaalslag=vertaalslag,
            **velden,
        )

    eigen = Bron.objects.create(
        school=demo.scholen["baken"],
        created_by=demo.mensen["sanne"],
        voorgesteld=True,
        **EIGEN_BRON,
    )
    eigen.zet_themas([Thema.getypt(demo.scholen["baken"], "huiswerk")])
    Bronkoppeling.objects.create(
        bron=eigen,
        speerpunt=demo.speerpunten["baken", "huiswerk"],
        created_by=demo.mensen["sanne"],
        actualiteit="sterk",
        kwaliteit="redelijk",
        kwaliteit_toelichting="Eigen afspraken, nog niet geëvalueerd.",
        bruikbaarheid="sterk",
        aansluiting="sterk",
        vertaalslag="Dit is het vertrekpunt; na de pilot passen we de afspraken aan.",
    )
