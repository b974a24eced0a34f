"""The demo board: two schools and the people who work there, in every role."""

from dataclasses import dataclass, field

from .models import Bestuur, Bestuurslid, Lidmaatschap, Rol, School, Team, User

WACHTWOORD = "koers-demo"

BESTUUR = "Stichting Lek en IJssel Onderwijs"

# (key, name, e-mail, school, role, function, teams)
MENSEN = [
    ("ahmed", "Ahmed El Amrani", "ahmed@baken.example.nl", "baken", Rol.SCHOOLLEIDER, "rector", []),
    (
        "marieke",
        "Marieke de Vries",
        "marieke@baken.example.nl",
        "baken",
        Rol.SCHOOLLEIDER,
        "teamleider onderbouw",
        ["Onderbouw"],
    ),
    (
        "sanne",
        "Sanne Jansen",
        "sanne@baken.example.nl",
        "baken",
        Rol.TEAMLID,
        "docent Nederlands",
        ["Onderbouw", "Sectie talen"],
    ),
    (
        "tom",
        "Tom Bakker",
        "tom@baken.example.nl",
        "baken",
        Rol.TEAMLID,
        "docent wiskunde",
        ["Onderbouw"],
    ),
    (
        "fatima",
        "Fatima Yilmaz",
        "fatima@baken.example.nl",
        "baken",
        Rol.TEAMLID,
        "docent biologie",
        ["Bovenbouw havo/vwo"],
    ),
    (
        "jeroen",
        "Jeroen Visser",
        "jeroen@baken.example.nl",
        "baken",
        Rol.TEAMLID,
        "docent geschiedenis",
        ["Bovenbouw havo/vwo"],
    ),
    (
        "lotte",
        "Lotte Smit",
        "lotte@baken.example.nl",
        "baken",
        Rol.TEAMLID,
        "docent Engels",
        ["Onderbouw", "Sectie talen"],
    ),
    (
        "kees",
        "Kees Mulder",
        "kees@baken.example.nl",
        "baken",
        Rol.TEAMLID,
        "docent lichamelijke opvoeding",
        ["Onderbouw"],
    ),
    (
        "eva",
        "Eva de Boer",
        "eva@baken.example.nl",
        "baken",
        Rol.TEAMLID,
        "zorgcoördinator",
        ["Onderbouw", "Bovenbouw havo/vwo"],
    ),
    (
        "daan",
        "Daan Vermeulen",
        "daan@baken.example.nl",
        "baken",
        Rol.TEAMLID,
        "docent economie",
        ["Bovenbouw havo/vwo"],
    ),
    (
        "petra",
        "Petra van Dijk",
        "petra@wilgenhoek.example.nl",
        "wilgenhoek",
        Rol.SCHOOLLEIDER,
        "directeur",
        [],
    ),
    (
        "naima",
        "Naima Bouzid",
        "naima@wilgenhoek.example.nl",
        "wilgenhoek",
        Rol.TEAMLID,
        "leerkracht groep 7/8",
        ["Bovenbouw"],
    ),
    (
        "joost",
        "Joost Hendriks",
        "joost@wilgenhoek.example.nl",
        "wilgenhoek",
        Rol.TEAMLID,
        "leerkracht groep 5",
        ["Bovenbouw"],
    ),
    (
        "ilse",
        "Ilse Peters",
        "ilse@wilgenhoek.example.nl",
        "wilgenhoek",
        Rol.TEAMLID,
        "intern begeleider",
        ["Onderbouw", "Bovenbouw"],
    ),
    (
        "ruud",
        "Ruud Kok",
        "ruud@wilgenhoek.example.nl",
        "wilgenhoek",
        Rol.TEAMLID,
        "leerkracht groep 3",
        ["Onderbouw"],
    ),
    (
        "anouk",
        "Anouk Meijer",
        "anouk@wilgenhoek.example.nl",
        "wilgenhoek",
        Rol.TEAMLID,
        "leerkracht groep 1/2",
        ["Onderbouw"],
    ),
    (
        "bas",
        "Bas de Graaf",
        "bas@wilgenhoek.example.nl",
        "wilgenhoek",
        Rol.TEAMLID,
        "leerkracht groep 6",
        ["Bovenbouw"],
    ),
    (
        "yara",
        "Yara Koster",
        "yara@wilgenhoek.example.nl",
        "wilgenhoek",
        Rol.TEAMLID,
        "leerkracht groep 4",
        ["Onderbouw"],
    ),
]

BESTUURSLEDEN = [
    ("willem", "Willem Brouwer", "willem@lekenijssel.example.nl", "voorzitter college van bestuur"),
    ("hanna", "Hanna Vos", "hanna@lekenijssel.example.nl", "beleidsmedewerker kwaliteitszorg"),
]

BEHEERDER = ("beheer", "Beheer Koers", "beheer@koers.example.nl")

SCHOLEN = {
    "baken": ("Het Baken", "Vianen", ["Onderbouw", "Bovenbouw havo/vwo", "Sectie talen"]),
    "wilgenhoek": ("De Wilgenhoek", "Lopik", ["Onderbouw", "Bovenbouw"]),
}


@dataclass
class Demo:
    """What the demo of every app builds on: look people, schools and teams up by key."""

    bestuur: Bestuur
    scholen: dict[str, School] = field(default_factory=dict)
    teams: dict[tuple[str, str], Team] = field(default_factory=dict)
    mensen: dict[str, User] = field(default_factory=dict)


def demo_emails() -> list[str]:
    emails = [m[2] for m in MENSEN] + [b[2] for b in BESTUURSLEDEN] + [BEHEERDER[2]]
    return emails


def wis() -> None:
    """Removes the demo board, its schools (and with them everything they hold) and people."""
    School.objects.filter(bestuur__naam=BESTUUR).delete()
    Bestuur.objects.filter(naam=BESTUUR).delete()
    User.objects.filter(email__in=demo_emails()).delete()


def maak() -> Demo:
    demo = Demo(bestuur=Bestuur.objects.create(naam=BESTUUR))
    for key, (naam, plaats, teams) in SCHOLEN.items():
        school = School.objects.create(bestuur=demo.bestuur, naam=naam, plaats=plaats)
        demo.scholen[key] = school
        for team in teams:
            demo.teams[key, team] = Team.objects.create(school=school, naam=team)

    for key, naam, email, school_key, rol, functie, teams in MENSEN:
        user = User.objects.create_user(email, WACHTWOORD, naam=naam)
        demo.mensen[key] = user
        lid = Lidmaatschap.objects.create(
            user=user, school=demo.scholen[school_key], rol=rol, functie=functie
        )
        lid.teams.set([demo.teams[school_key, team] for team in teams])

    for key, naam, email, _functie in BESTUURSLEDEN:
        user = User.objects.create_user(email, WACHTWOORD, naam=naam)
        demo.mensen[key] = user
        Bestuurslid.objects.create(user=user, bestuur=demo.bestuur)

    key, naam, email = BEHEERDER
    demo.mensen[key] = User.objects.create_superuser(email, WACHTWOORD, naam=naam)
    return demo
