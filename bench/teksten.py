"""Words and sentences the board-scale dataset (bench/dataset.py) writes its texts from, so the
pages show texts of the lengths and kinds a school writes."""

VOORNAMEN = [
    "Anna",
    "Bram",
    "Daan",
    "Eva",
    "Fatima",
    "Gijs",
    "Hanna",
    "Ilse",
    "Jeroen",
    "Kees",
    "Lotte",
    "Mohamed",
    "Noor",
    "Olga",
    "Pieter",
    "Quinten",
    "Rosa",
    "Sanne",
    "Tom",
    "Umut",
    "Vera",
    "Willem",
    "Yara",
    "Zeynep",
    "Ahmed",
    "Bas",
    "Carla",
    "Dirk",
    "Esra",
    "Floor",
    "Gert",
    "Hatice",
    "Ivo",
    "Joost",
    "Karin",
    "Lars",
    "Marieke",
    "Naima",
    "Oscar",
    "Petra",
    "Ruud",
    "Sofie",
    "Thijs",
    "Ingrid",
    "Wouter",
    "Anouk",
    "Bilal",
    "Chantal",
    "Dewi",
    "Erik",
    "Femke",
    "Hamza",
    "Inge",
    "Jasper",
    "Kim",
    "Linda",
    "Mark",
    "Nienke",
    "Robin",
    "Sara",
]

ACHTERNAMEN = [
    "de Jong",
    "Jansen",
    "de Vries",
    "van den Berg",
    "van Dijk",
    "Bakker",
    "Janssen",
    "Visser",
    "Smit",
    "Meijer",
    "de Boer",
    "Mulder",
    "de Groot",
    "Bos",
    "Vos",
    "Peters",
    "Hendriks",
    "van Leeuwen",
    "Dekker",
    "Brouwer",
    "de Wit",
    "Dijkstra",
    "Smits",
    "de Graaf",
    "van der Meer",
    "Kok",
    "Jacobs",
    "de Haan",
    "Vermeulen",
    "van den Heuvel",
    "van der Veen",
    "van den Broek",
    "Yilmaz",
    "El Amrani",
    "Bouzid",
    "Kaya",
    "Öztürk",
    "Schouten",
    "Willems",
    "Hoekstra",
    "Koster",
    "Prins",
    "Huisman",
    "Verhoeven",
    "Kuipers",
    "Postma",
    "Kramer",
    "van Wijk",
]

SCHOLEN = [
    ("Het Baken", "Vianen"),
    ("De Wilgenhoek", "Lopik"),
    ("Het Kompas", "Nieuwegein"),
    ("De Regenboog", "IJsselstein"),
    ("Montessorischool De Linde", "Houten"),
    ("Christelijk College Lek", "Culemborg"),
    ("De Vlinderboom", "Zederik"),
    ("Het Anker", "Schoonhoven"),
    ("Sint-Jozefschool", "Benschop"),
    ("De Klimop", "Polsbroek"),
    ("Lyceum aan de Lek", "Vianen"),
    ("De Wegwijzer", "Leerdam"),
    ("Het Palet", "Meerkerk"),
    ("De Zonnewijzer", "Ameide"),
    ("Vmbo De Brug", "Nieuwegein"),
    ("De Toermalijn", "Houten"),
    ("Het Mozaïek", "Utrecht"),
    ("De Springplank", "Lexmond"),
    ("Openbare school Het Veer", "Hagestein"),
    ("Dalton De Kring", "IJsselstein"),
    ("Het Speelwerk", "Lopikerkapel"),
    ("De Meander", "Everdingen"),
    ("Scholengemeenschap Stroom", "Culemborg"),
    ("De Triangel", "Jaarsveld"),
    ("Het Startpunt", "Cabauw"),
    ("De Fontein", "Hei- en Boeicop"),
    ("Het Lichtpunt", "Tienhoven"),
    ("De Bongerd", "Zijderveld"),
    ("Technasium Lekstroom", "Nieuwegein"),
    ("De Horizon", "Leerbroek"),
]

TEAMS = [
    "Onderbouw",
    "Bovenbouw",
    "Middenbouw",
    "Sectie talen",
    "Sectie exact",
    "Sectie mens en maatschappij",
    "Groep 1-2",
    "Groep 3-4",
    "Groep 5-6",
    "Groep 7-8",
    "Havo/vwo",
    "Vmbo",
    "Zorgteam",
    "Kunstvakken",
]

FUNCTIES = [
    "docent Nederlands",
    "docent Engels",
    "docent wiskunde",
    "docent biologie",
    "docent geschiedenis",
    "docent aardrijkskunde",
    "docent economie",
    "docent lichamelijke opvoeding",
    "leerkracht groep 3",
    "leerkracht groep 5",
    "leerkracht groep 7/8",
    "leerkracht groep 1/2",
    "intern begeleider",
    "zorgcoördinator",
    "mentor onderbouw",
    "onderwijsassistent",
    "leescoördinator",
    "rekencoördinator",
]

LEIDERFUNCTIES = [
    "directeur",
    "rector",
    "teamleider onderbouw",
    "teamleider bovenbouw",
    "adjunct-directeur",
]

KERNWAARDEN = [
    ("Eigenaarschap", "Leerlingen nemen verantwoordelijkheid voor hun leren."),
    ("Samen leren", "Leraren verbeteren hun lessen samen, niet alleen."),
    ("Veiligheid", "Iedereen voelt zich gezien en durft fouten te maken."),
    ("Taal overal", "Elke les is ook een taalles."),
    ("Stevige basis", "Goed leren lezen, schrijven en rekenen."),
    ("Samen met ouders", "Ouders zijn partner in de ontwikkeling van hun kind."),
    ("Ontdekken", "Spelen en onderzoeken horen bij leren."),
    ("Kansengelijkheid", "Elk kind krijgt wat het nodig heeft om te groeien."),
]

VISIE = (
    "Onze school is een plek waar leerlingen leren sturen op hun eigen leren. Leraren werken "
    "samen en leren van elkaar, en besluiten over onderwijs nemen we op basis van wat we zien "
    "bij onze leerlingen. We leggen een stevige basis en geven ruimte om te ontdekken."
)

ONDERWERPEN = [
    ("Eigenaarschap bij huiswerk", "Leerlingen plannen hun huiswerk nauwelijks zelf."),
    ("Formatief handelen", "Leerlingen weten pas bij de toets of ze de stof beheersen."),
    ("Begrijpend lezen", "Leerlingen lezen technisch goed, maar begrijpen de tekst vaak niet."),
    ("Taalgericht vakonderwijs", "Leerlingen lopen vast op de vaktaal in de zaakvakken."),
    ("Automatiseren bij rekenen", "De tafels en basisbewerkingen zitten er niet vlot genoeg in."),
    ("Rust bij overgangen", "Bij lesovergangen en in de pauzes is het onrustig."),
    ("Feedback van leerlingen op lessen", "Leraren horen zelden wat leerlingen helpt."),
    ("Digitale geletterdheid", "Leerlingen zoeken online, maar beoordelen bronnen nauwelijks."),
    ("Ouders betrekken bij het leren", "Ouders weten weinig van wat hun kind op school leert."),
    ("Differentiëren in de les", "Snelle en langzame leerlingen wachten op elkaar."),
    ("Executieve functies", "Leerlingen verliezen overzicht bij grotere opdrachten."),
    ("Burgerschap", "Burgerschap hangt los van de vakken en komt weinig terug."),
    ("Spelend leren", "De overgang van groep 2 naar groep 3 is voor veel kinderen groot."),
    ("Een veilige groep", "Na de zomer duurt het lang voordat groepen rustig zijn."),
    ("Schrijfvaardigheid", "Leerlingen schrijven korte, losse zinnen zonder opbouw."),
    ("Wereldoriëntatie in samenhang", "De zaakvakken staan los van elkaar en van taal."),
    ("Woordenschat", "Veel leerlingen missen de woorden om instructie te volgen."),
    ("Activerende didactiek", "In veel lessen luisteren leerlingen vooral."),
    ("Toetsbeleid", "Toetsen verschillen per sectie in niveau en in aantal."),
    ("Mentoraat", "Mentoren hebben weinig zicht op hoe het met hun leerlingen gaat."),
    ("Leesmotivatie", "Leerlingen lezen buiten school bijna niet meer."),
    ("Samenwerkend leren", "Groepswerk leidt vaak tot meeliften."),
    ("Passend onderwijs in de klas", "Leraren voelen zich handelingsverlegen bij zorgvragen."),
    ("Expliciete directe instructie", "Instructies zijn lang en leerlingen haken af."),
    ("Sociaal-emotionele ontwikkeling", "Signalen van leerlingen worden laat opgepakt."),
    ("Bewegend leren", "Jonge kinderen zitten lang stil."),
    ("Onderzoekend leren", "Leerlingen stellen weinig eigen vragen."),
    ("Loopbaanoriëntatie", "Leerlingen kiezen hun profiel zonder goed beeld van vervolg."),
]

DOELGROEPEN = [
    "in de onderbouw",
    "in de bovenbouw",
    "in groep 3 tot en met 5",
    "in groep 6 tot en met 8",
    "bij de zaakvakken",
    "in havo 4 en 5",
    "in het vmbo",
    "in de brugklas",
    "",
]

SIGNALEN = [
    ("resultaten", "De resultaten blijven al twee jaar achter bij vergelijkbare scholen."),
    ("leerlingen", "In de leerlingenraad kwam dit drie keer ter sprake."),
    ("inspectie", "De inspectie vroeg ernaar bij het laatste bezoek."),
    ("knelpunten", "Leraren geven aan dat ze hier handelingsverlegen bij zijn."),
    ("ouders", "Ouders melden het in de tevredenheidspeiling."),
    ("collegas", "Collega's uit andere secties zien hetzelfde beeld."),
    ("lesbezoek", "Bij lesbezoeken zagen we het in bijna elke klas."),
    ("groepsgesprek", "In groepsgesprekken met leerlingen kwam het steeds terug."),
    ("brede_ontwikkeling", "De sociale veiligheid scoort lager dan vorig jaar."),
    ("bestuur", "Het bestuur vraagt alle scholen hier werk van te maken."),
]

PLAATSEN = ["Teamkamer", "Lokaal 1.12", "Mediatheek", "Lokaal 2.04", "Aula", "Online (Teams)"]

AGENDA = [
    "Opening en mededelingen",
    "Stand van de acties",
    "Wat zien we in de klassen?",
    "Uitkomsten van de observaties",
    "Literatuur bespreken",
    "Kennisvraag scherp stellen",
    "Lesvoorbeeld van een collega",
    "Data van de laatste meting",
    "Voorbereiding teamvergadering",
    "Tussenstand voor het team",
    "Planning komende periode",
    "Rondvraag en afspraken",
]

ZINNEN = [
    "Iedereen herkent het beeld uit de eigen klas.",
    "In de observaties zagen we dat leerlingen vooral wachten op instructie.",
    "De pilot loopt in twee klassen; de eerste ervaringen zijn positief.",
    "Niet iedereen heeft de afspraak al uitgeprobeerd, vooral door tijdgebrek.",
    "We willen eerst meer weten voordat we het hele team vragen mee te doen.",
    "Leerlingen gaven aan dat voorbeelden meer helpen dan regels.",
    "De literatuur raadt aan om klein te beginnen en vaak terug te kijken.",
    "Het rooster maakt het lastig om elkaars lessen te bezoeken.",
    "De resultaten van de laatste meting liggen iets boven de nulmeting.",
    "We houden vast aan de vaste volgorde in de les: doel, voordoen, samen, zelf.",
    "Een collega uit de bovenbouw wil graag aansluiten bij de volgende bijeenkomst.",
    "De schoolleiding heeft extra tijd toegezegd voor de volgende periode.",
    "Het is belangrijk dat ook de nieuwe collega's de aanpak leren kennen.",
    "We zien grote verschillen tussen de klassen, die we beter willen begrijpen.",
    "Leerlingen praten meer over hun werk als ze weten waar ze naartoe werken.",
    "De **kennisvraag** is aangescherpt na het gesprek met de expert.",
    "Afgesproken: iedereen neemt een voorbeeld uit de eigen les mee.",
    "Het observatieformulier was te lang; we maken een kortere versie.",
]

BESLUITEN = [
    "We gaan door met de pilot tot de kerstvakantie.",
    "De aanpak wordt na de zomer in alle klassen van de onderbouw ingevoerd.",
    "We vragen het team om feedback voordat we het plan vaststellen.",
    "De evaluatie doen we met leerlingen én ouders.",
    "We stoppen met de oude methode in groep 6.",
]

ACTIEDINGEN = [
    "de weekplanner",
    "het observatieformulier",
    "de leerlingvragenlijst",
    "de lesopzet",
    "het feedbackformulier",
    "de toetsanalyse",
    "de leeslijst",
    "het stappenplan",
    "de rubric",
    "de instructiekaart",
    "het lesvoorbeeld",
    "de woordenlijst",
    "de ouderbrief",
]

ACTIEVORMEN = [
    "{d} aanpassen na de pilot",
    "{d} delen met het hele team",
    "{d} uitproberen in een klas",
    "Feedback vragen op {d}",
    "{d} bespreken in de sectie",
    "{d} evalueren met leerlingen",
    "{d} opstellen",
    "Twee lessen observeren met {d}",
    "{d} klaarzetten in de gedeelde map",
]

BEVINDINGEN = [
    "Leerlingen weten niet hoe ze een grote opdracht in stukken knippen.",
    "Een vast moment aan het begin van de week helpt om te plannen.",
    "Als de leraar hardop voordoet hoe je een lastige zin aanpakt, doen leerlingen het zelf.",
    "Mentoren vragen tijd in het mentoruur en een gedeeld voorbeeld.",
    "De helft van de leerlingen zegt niet te weten waar te beginnen.",
    "Korte feedback tijdens de les werkt beter dan een cijfer achteraf.",
    "Leerlingen vinden de teksten uit de methode saai en ver van hun wereld.",
    "Het doel van de les op het bord helpt leerlingen om bij de les te blijven.",
    "Ouders willen graag weten hoe ze thuis kunnen helpen.",
    "Bij de zaakvakken worden contextopgaven vaker overgeslagen dan kale sommen.",
]

GEHOORD = [
    "acht leerlingen klas 1",
    "leerlingenraad",
    "vier mentoren onderbouw",
    "klas 2b",
    "kinderraad",
    "drie leeslessen groep 5 tot en met 7",
    "leerlingenquête",
    "sectie talen",
]

TAGS = ["planning", "mentoruur", "instructie", "feedback", "toetsen", "lezen", "ouders", "tijd"]

TUSSENSTANDEN = [
    (
        "Wat leerlingen ons vertelden",
        "We spraken met leerlingen. Wat opviel: ze willen "
        "**voorbeelden**, geen regels. Herken je dit in jouw lessen? Laat het ons weten.",
    ),
    (
        "De pilot loopt",
        "In twee klassen werken we sinds drie weken met de nieuwe aanpak. De "
        "eerste ervaringen zijn bemoedigend; na de vakantie delen we de cijfers.",
    ),
    (
        "Kom gerust kijken",
        "In de observaties zagen we wat werkt. Kom gerust een keer kijken, de deur staat open.",
    ),
    (
        "Op weg naar het plan",
        "We hebben de analyse af en schrijven nu het verbeterplan. In de "
        "teamvergadering leggen we het aan jullie voor.",
    ),
]

REACTIES = [
    "Herkenbaar! Bij ons in de sectie zien we hetzelfde.",
    "Mooi, houd ons op de hoogte.",
    "Mag ik het materiaal zien? Misschien ook iets voor de bovenbouw.",
    "Ik sluit graag een keer aan bij de volgende bijeenkomst.",
    "Goed dat jullie dit oppakken.",
]

ANALYSE = {
    "probleem": "Leerlingen doen pas iets als het af moet zijn.",
    "aanwijzingen": "De cijfers en de enquête laten het al drie jaar zien.",
    "achtergrond": "Leerlingen hebben nooit geleerd een grote taak in stukken te knippen.",
    "betrokkenen": "Mentoren, vakdocenten, leerlingen en hun ouders.",
    "eerder": "Een papieren agenda voor iedereen werkte maar een paar weken.",
    "schoolplan": "Past bij onze kernwaarde Eigenaarschap.",
    "expertise": "De zorgcoördinator kent de literatuur over executieve functies.",
}

DOELEN = [
    (
        "Leerlingen plannen hun werk zelf",
        "getal",
        "Aandeel leerlingen dat een eigen planning maakt.",
        "%",
    ),
    (
        "Leerlingen praten met hun mentor over hun aanpak",
        "observatie",
        "In mentorgesprekken noemen leerlingen zelf wat lukte en wat niet.",
        "",
    ),
    (
        "Minder leerlingen zonder gemaakt huiswerk",
        "getal",
        "Meldingen per klas per week.",
        "meldingen",
    ),
    (
        "Hogere scores op begrijpend lezen",
        "getal",
        "Vaardigheidsscore op de methodetoets.",
        "punten",
    ),
    (
        "Leraren geven elke les gerichte feedback",
        "observatie",
        "Bij lesbezoeken zie je feedback op het lesdoel.",
        "",
    ),
    (
        "Rustiger overgangen tussen de lessen",
        "getal",
        "Incidenten per week op de gangen.",
        "incidenten",
    ),
]

MIJLPALEN = [
    "Pilot in twee klassen loopt",
    "Aanpak in de hele onderbouw",
    "Eerste evaluatie",
    "Materiaal voor iedereen beschikbaar",
    "Nieuwe collega's ingewerkt",
]
COMMUNICATIE = [
    ("Teamvergadering", "Het plan voorstellen aan het hele team"),
    ("Nieuwsbrief", "Ouders informeren over de aanpak"),
    ("Studiedag", "Workshop voor alle collega's"),
]
EVALUATIE = [
    "Gesprekken met leerlingen na drie maanden",
    "Vragenlijst onder leraren",
    "Lesbezoeken met de kijkwijzer",
]

MOMENTTITELS = [
    "Na de eerste zes weken",
    "Tussentijdse peiling",
    "Peiling voor de evaluatie",
    "Halverwege het schooljaar",
    "Voor de zomer",
    "Na de herfstvakantie",
]

TOELICHTINGEN = [
    "In mijn klas plannen de meeste leerlingen nu zelf hun week.",
    "De aanpak werkt, maar de tijd in het rooster is te kort.",
    "Twee leerlingen die altijd te laat waren, hebben hun werk nu op tijd af.",
    "Ik sla de evaluatie op vrijdag nog te vaak over; dat moet anders.",
    "De kinderen praten meer over de tekst, ook de stille lezers.",
    "We gebruiken dezelfde vragen, maar hoe we het gesprek leiden verschilt nog.",
    "Het materiaal is goed, maar nieuwe collega's kennen het nog niet.",
]

EVALUATIES = [
    "De aanpak zit erin bij de meeste collega's; we borgen hem en kijken opnieuw naar de analyse.",
    "De resultaten gingen omhoog; de volgende cyclus richten we ons op de bovenbouw.",
    "Niet alles werkte: we gaan terug naar de analyse en stellen een nieuwe kennisvraag.",
    "Het plan is uitgevoerd en geborgd; we passen het aan voor het nieuwe schooljaar.",
]

REDENEN = {
    1: "De PLG is compleet en de koppeling met de visie staat.",
    2: "Analyse en kennisvraag zijn klaar; de PLG schrijft nu het plan.",
    3: "Het team heeft het plan in de teamvergadering vastgesteld.",
    4: "De aanpak loopt goed in alle klassen; tijd om te borgen.",
}
