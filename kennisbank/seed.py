"""The curated set the kennisbank starts with, and the gesprekskaarten.

Every source here is named in the documents the product was built from: the reading list and
the web references of the NRO guide "Werken aan onderwijsverbetering", the sources and reading
list of the AOb hand-out on improvement culture, the sources of the hand-outs on shared
leadership and team learning, and the works the book "De schoolleider in verandering" cites.
Titles, authors, years, publishers and links are bibliographic facts; links appear only where
the documents give them. Where a document cites a work by author and year only, the entry gives
that work's published title, and a publisher or journal only where a public record of the work
names it. Summaries and themes are ours.

Loaded by migration 0002; `laad()` also serves tests that need the set on a fresh database.
"""

# (field, value) shorthand: a = authors, j = year, s = kind, u = publisher or journal,
# l = link, t = language, th = themes, h = recommendations, st = cycle steps, z = summary.
BRONNEN = [
    # The NRO guide and the sources it recommends.
    {
        "titel": "Werken aan onderwijsverbetering. Evidence-informed naar een lerende organisatie "
        "in het voortgezet onderwijs",
        "a": "Nationaal Regieorgaan Onderwijsonderzoek (NRO)",
        "s": "leidraad",
        "u": "NRO",
        "l": "https://www.onderwijskennis.nl/leidraad-onderwijsverbetering-vo",
        "th": ["onderzoeksmatig werken", "lerende organisatie", "evidence-informed werken"],
        "h": "h1 h2 h3 h4 h5 h6",
        "st": "1 2 3 4 5",
        "z": "Praktische leidraad voor docenten en schoolleiders in het vo die hun onderwijs "
        "onderzoeksmatig willen verbeteren. Loopt in vijf stappen door een verbetercyclus, van "
        "verkennen en prioriteren tot borgen, en geeft zes aanbevelingen: een gedragen "
        "verbeterplan, uitvoeren en borgen, een onderzoekende houding, samen leren, kennis "
        "benutten en gespreid leiderschap. Met voorbeelden van PLG's en hun kartrekkers.",
    },
    {
        "titel": "Goed onderwijs, functioneel of disfunctioneel? Over de school als oefenplaats "
        "voor volwassenheid",
        "a": "Biesta, G.",
        "j": 2015,
        "s": "artikel",
        "l": "https://www.onderwijsmens.nl/uploads/essay-gert-biesta-onderwijskwaliteit-"
        "zichtbaar-maken-28-mei-2015.pdf",
        "th": ["onderwijskwaliteit", "visie en koers"],
        "h": "h1",
        "st": "1",
        "z": "Essay dat de vraag stelt waar het bij onderwijskwaliteit eigenlijk om gaat: doen "
        "wat de samenleving vraagt, of zelf bepalen waar onderwijs voor staat. Goed startpunt "
        "voor een teamgesprek over visie voordat je speerpunten kiest.",
    },
    {
        "titel": "Doorloopjes",
        "a": "Doorloopjes",
        "s": "website",
        "l": "https://doorloopjes.nl",
        "th": ["evidence-informed werken", "onderwijskwaliteit"],
        "h": "h5",
        "st": "2 3",
        "z": "Website met materiaal om onderwijs te verbeteren met inzichten uit onderzoek, "
        "in korte, bruikbare stappen voor teams.",
    },
    {
        "titel": "Stichting Docent",
        "a": "Stichting Docent",
        "s": "website",
        "l": "https://stichting-docent.nl",
        "th": ["samen leren", "evidence-informed werken"],
        "h": "h4 h5",
        "st": "2 3 4",
        "z": "Informatie over doelgericht samenwerken aan beter onderwijs, waarbij docenten "
        "handvatten uit onderwijsonderzoek gebruiken om hun lessen sterker te maken.",
    },
    {
        "titel": "Curriculair spinnenweb",
        "a": "SLO",
        "s": "website",
        "u": "SLO",
        "l": "https://www.slo.nl/thema/meer/curriculumontwikkeling/instrumenten/spinnenweb/"
        "inleiding/",
        "th": ["curriculum", "probleemanalyse"],
        "h": "h1",
        "st": "1 2",
        "z": "Model met tien samenhangende onderdelen van een curriculum. Helpt een team bij "
        "een probleemanalyse om te zien welke onderdelen meebewegen als je er één verandert.",
    },
    {
        "titel": "Aanpak schoolontwikkeling",
        "a": "Voortgezet Leren",
        "s": "website",
        "l": "https://www.voortgezetleren.nl/schoolontwikkeling",
        "th": ["verbetercultuur", "visie en koers", "probleemanalyse"],
        "h": "h1 h2",
        "st": "1 2 3 4 5",
        "z": "Toolkit met instrumenten en handreikingen voor elke fase van schoolontwikkeling, "
        "van een gezamenlijke visie tot evalueren en vervolgstappen.",
    },
    {
        "titel": "De beginsituatie analyseren",
        "a": "Voortgezet Leren",
        "s": "website",
        "l": "https://www.voortgezetleren.nl/beginsituatie-analyseren",
        "th": ["probleemanalyse", "data en monitoring"],
        "h": "h1",
        "st": "2",
        "z": "Helpt een team eerst vast te stellen waar het staat voordat het een aanpak "
        "kiest: wat gebeurt er nu, wat werkt al, en welke randvoorwaarden ontbreken nog.",
    },
    {
        "titel": "Evalueren en vervolgstappen bepalen",
        "a": "Voortgezet Leren",
        "s": "website",
        "l": "https://www.voortgezetleren.nl/evalueren-en-vervolgstappen-bepalen",
        "th": ["borging", "data en monitoring"],
        "h": "h2",
        "st": "4 5",
        "z": "Hulp bij het evalueren van een verbetertraject en het kiezen van een vervolg: "
        "verslag aan het team, en zo nodig een nieuwe cyclus starten.",
    },
    {
        "titel": "Scan school als professionele leergemeenschap",
        "a": "Voortgezet Leren",
        "s": "website",
        "l": "https://www.voortgezetleren.nl/post/scan-school-als-professionele-leergemeenschap-2",
        "th": ["professionele leergemeenschap", "lerende organisatie"],
        "h": "h3 h4",
        "st": "1",
        "z": "Vragenlijst waarmee een team bepaalt hoe ver de school is als professionele "
        "leergemeenschap, als begin van een gesprek over wat beter kan.",
    },
    {
        "titel": "Stappenplan succesinterview",
        "a": "Voortgezet Leren",
        "s": "website",
        "l": "https://www.voortgezetleren.nl/post/stappenplan-succesinterview",
        "th": ["samen leren", "feedback en dialoog"],
        "h": "h4",
        "st": "2 4",
        "z": "Werkvorm om in tweetallen door te vragen op wat goed ging, zodat een team leert "
        "van successen in plaats van alleen van problemen.",
    },
    {
        "titel": "Praktijkkaart Probleemverkenning",
        "a": "Education Lab",
        "s": "praktijkkaart",
        "l": "https://education-lab.nl/publications/praktijkkaart-probleemverkenning/",
        "th": ["probleemanalyse"],
        "h": "h1",
        "st": "1 2",
        "z": "Kaart die een team helpt een probleem in de ontwikkeling van leerlingen te "
        "signaleren en uit te zoeken voordat het naar oplossingen grijpt.",
    },
    {
        "titel": "Praktijkkaart Kiezen van een passende aanpak",
        "a": "Education Lab",
        "s": "praktijkkaart",
        "l": "https://education-lab.nl/wp-content/uploads/2021/04/Praktijkkaart-Kiezen-van-een-"
        "passende-aanpak-EducationLab.pdf",
        "th": ["evidence-informed werken", "verbeterplan"],
        "h": "h1",
        "st": "2 3",
        "z": "Vragen om een aanpak te kiezen die past bij het probleem van de leerling en bij "
        "wat er over werkzaamheid bekend is.",
    },
    {
        "titel": "Praktijkkaart Monitoring en evaluatie",
        "a": "Education Lab",
        "s": "praktijkkaart",
        "l": "https://education-lab.nl/publications/praktijkkaart-monitoring-en-evaluatie/",
        "th": ["data en monitoring"],
        "h": "h2",
        "st": "4",
        "z": "Laat zien hoe je volgt of een interventie bij leerlingen werkt: wat meet je, "
        "wanneer, en wat doe je met de uitkomst.",
    },
    {
        "titel": "Praktijkkaarten covid-19",
        "a": "Education Lab",
        "s": "praktijkkaart",
        "l": "https://education-lab.nl/themes/covid-19-praktijkkaarten/",
        "th": ["data en monitoring", "probleemanalyse"],
        "h": "h1 h2",
        "st": "2 4",
        "z": "Reeks praktijkkaarten over het verkennen van problemen, kiezen van een aanpak en "
        "het monitoren en bijstellen ervan.",
    },
    {
        "titel": "Kwaliteitskaarten van School aan Zet",
        "a": "Onderwijs maak je samen",
        "s": "praktijkkaart",
        "l": "https://www.onderwijsmaakjesamen.nl/actueel/kwaliteitskaarten-van-school-aan-zet/",
        "th": ["onderwijskwaliteit", "verbetercultuur"],
        "h": "h1",
        "st": "1",
        "z": "Kaarten die een team helpen om samen scherp te krijgen wat kwaliteit is en waar "
        "de school staat.",
    },
    {
        "titel": "Beter onderwijs door praktijkonderzoek",
        "a": "Van Wessum, L.; Pruis, R.",
        "j": 2021,
        "s": "boek",
        "u": "Uitgeverij Gompel & Svacina",
        "l": "https://gompel-svacina.eu/product/beter-onderwijs-door-praktijkonderzoek/",
        "th": ["onderzoeksmatig werken", "praktijkonderzoek"],
        "h": "h3",
        "st": "2 4",
        "z": "Praktische gids om in de eigen school onderzoek op te zetten, van onderzoeksvraag "
        "tot conclusie, zodat leraren met plezier en zorgvuldig onderzoeken.",
    },
    {
        "titel": "Onderzoekscultuur. Evidence-informed werken aan schoolontwikkeling",
        "a": "Platform Samen Onderzoeken",
        "s": "website",
        "l": "https://onderzoekscultuur-scholen.platformsamenonderzoeken.nl/",
        "th": ["onderzoeksmatig werken", "evidence-informed werken", "samen leren"],
        "h": "h3 h4 h5",
        "st": "2 3",
        "z": "Online omgeving waarin een school bepaalt waar ze staat met onderzoek in de eigen "
        "praktijk, kiest wat beter moet en afspreekt wie wat doet; ook over het delen en "
        "benutten van kennis binnen de school.",
    },
    {
        "titel": "Stimulerende en belemmerende factoren",
        "a": "Kennisrotonde",
        "s": "website",
        "u": "NRO",
        "l": "https://www.kennisrotonde.nl/vraag-en-antwoord/onderwijsprofessionals-en-"
        "onderzoeksinzichten-in-de-praktijk",
        "th": ["evidence-informed werken"],
        "h": "h4 h5",
        "st": "2",
        "z": "Kort antwoord op de vraag wat leraren helpt of hindert om inzichten uit onderzoek "
        "in hun werk te gebruiken: tijd, toegang, houding en schoolcultuur.",
    },
    {
        "titel": "Samenwerking zorg en onderwijs",
        "a": "PO-Raad",
        "s": "website",
        "l": "https://www.poraad.nl/kind-onderwijs/passend-onderwijs/samenwerking-zorg-onderwijs",
        "th": ["passend onderwijs en zorg"],
        "h": "h5",
        "st": "2",
        "z": "Informatie over samenwerken met jeugdhulp en zorg rond leerlingen die meer nodig "
        "hebben dan de school alleen kan bieden.",
    },
    {
        "titel": "Ondersteuningsroute po-vo en jeugdhulp",
        "a": "Aanpak met andere ogen",
        "s": "website",
        "l": "https://www.aanpakmetandereogen.nl/nieuws/125/ondersteuningsroute-povo-en-jeugdhulp",
        "th": ["passend onderwijs en zorg"],
        "h": "h5",
        "st": "2",
        "z": "Voorbeeld van een route waarlangs basisschool, voortgezet onderwijs en jeugdhulp "
        "samen ondersteuning regelen.",
    },
    {
        "titel": "Aanpak met andere ogen",
        "a": "Aanpak met andere ogen",
        "s": "website",
        "l": "https://www.aanpakmetandereogen.nl/",
        "th": ["passend onderwijs en zorg"],
        "h": "h5",
        "st": "2",
        "z": "Website over anders kijken naar ondersteuning van leerlingen, met voorbeelden van "
        "samenwerking tussen onderwijs en jeugdhulp.",
    },
    {
        "titel": "Interactieve canvas werkplaatsen onderwijsonderzoek",
        "a": "Platform Samen Onderzoeken",
        "s": "website",
        "l": "https://www.platformsamenonderzoeken.nl/kennisbank/interactieve-canvas-"
        "werkplaatsen-onderwijsonderzoek/",
        "th": ["onderzoeksmatig werken", "samenwerking met kennisinstellingen"],
        "h": "h5",
        "st": "2",
        "z": "Drie samenwerkingsverbanden van besturen, hogescholen en universiteiten laten in "
        "canvassen zien hoe zij onderwijs, ontwikkeling en onderzoek duurzaam verbinden.",
    },
    {
        "titel": "Ontwikkeling van een lerende cultuur. Schoolportretten over de rol van "
        "schoolleiders",
        "a": "Ros, A.; Van Wessum, L.; Schenke, W.",
        "j": 2020,
        "s": "rapport",
        "u": "Schoolleidersregister VO",
        "l": "https://www.schoolleidersregistervo.nl/documenten/rapporten/2020/06/18/"
        "onderzoeksrapport-ontwikkeling-naar-een-lerende-cultuur-schoolportretten-van-"
        "schoolleiders",
        "th": ["lerende organisatie", "leiderschap"],
        "h": "h4 h6",
        "st": "1 5",
        "z": "Portretten van vo-scholen die een lerende cultuur hebben opgebouwd, met wat hun "
        "schoolleiders daarvoor deden en lieten.",
    },
    {
        "titel": "Zelfregie door docenten",
        "a": "Kennisrotonde",
        "s": "website",
        "u": "NRO",
        "l": "https://www.kennisrotonde.nl/vraag-en-antwoord/moderne-manier-pop",
        "th": ["professionele ontwikkeling", "leiderschap"],
        "h": "h6",
        "st": "5",
        "z": "Antwoord op de vraag onder welke voorwaarden leraren zelf sturing geven aan hun "
        "ontwikkeling, en wat de schoolleider daarin kan doen.",
    },
    {
        "titel": "De schoolleider in verandering. Theorie en praktijk",
        "a": "Van Wessum, L.; Ros, A.; Runhaar, P. (red.)",
        "j": 2022,
        "s": "boek",
        "l": "https://newsroom.didactiefonline.nl/uploads/PDF/ipdf-Leiderschapspraktijken.pdf",
        "th": ["leiderschap", "lerende organisatie", "verandermanagement"],
        "h": "h6",
        "st": "1 3 5",
        "z": "Online boek over leiderschapspraktijken: visiegestuurd werken, de ontwikkeling "
        "van leraren, onderzoeksmatig werken, gespreid leiderschap en veranderstrategieën. "
        "Elk hoofdstuk verbindt theorie met een casus uit de school.",
    },
    {
        "titel": "Dialooginstrument",
        "a": "Platform Samen Opleiden en Professionaliseren",
        "s": "praktijkkaart",
        "l": "https://www.platformsamenopleiden.nl/wp-content/uploads/2019/11/"
        "Dialooginstrument.pdf",
        "th": ["feedback en dialoog", "samen leren"],
        "h": "h4",
        "st": "2 3",
        "z": "Hulpvragen en suggesties om gesprekken in werkgroepen van docenten dieper en "
        "gelijkwaardiger te maken.",
    },
    {
        "titel": "Samen leren en kennisdelen in de opleidingsschool",
        "a": "Platform Samen Opleiden en Professionaliseren",
        "s": "rapport",
        "l": "https://www.platformsamenopleiden.nl/wp-content/uploads/2019/12/Samen-leren-en-"
        "kennisdelen-in-de-opleidingsschool.pdf",
        "th": ["samen leren"],
        "h": "h4",
        "st": "1",
        "z": "Katern met een checklist om de samenwerking binnen de school, met andere scholen "
        "en met de lerarenopleiding in beeld te brengen.",
    },
    {
        "titel": "Toegang tot wetenschappelijke literatuur",
        "a": "Nationaal Regieorgaan Onderwijsonderzoek (NRO)",
        "s": "website",
        "u": "NRO",
        "l": "https://www.nro.nl/toegang-tot-wetenschappelijke-literatuur",
        "th": ["evidence-informed werken", "literatuur zoeken"],
        "h": "h5",
        "st": "2",
        "z": "Stappenplan voor wie onderzoek zoekt bij een vraag uit de eigen school: waar "
        "je zoekt, hoe je weegt wat je vindt en hoe je het naar je eigen situatie vertaalt.",
    },
    {
        "titel": "Van praktijkvraag naar onderzoeksvraag",
        "a": "Kennisrotonde",
        "s": "rapport",
        "u": "NRO",
        "l": "https://www.kennisrotonde.nl/sites/kennisrotonde/files/media-files/"
        "Kennisrotonde-publicatie-Vraagarticulatie.pdf",
        "th": ["onderzoeksmatig werken", "praktijkonderzoek"],
        "h": "h3 h5",
        "st": "2",
        "z": "Handreiking om een vraag uit de praktijk om te zetten in een onderzoeksvraag die "
        "je met praktijkgericht onderzoek kunt beantwoorden: handig bij het opstellen van een "
        "kennisvraag.",
    },
    {
        "titel": "Kennistools",
        "a": "Nationaal Regieorgaan Onderwijsonderzoek (NRO)",
        "s": "website",
        "u": "NRO",
        "l": "https://www.nro.nl/kennis-tools",
        "th": ["evidence-informed werken", "literatuur zoeken"],
        "h": "h5",
        "st": "2",
        "z": "Verzameling praktische hulpmiddelen om literatuur te gebruiken bij "
        "onderwijsverbetering.",
    },
    {
        "titel": "Onderwijskennis.nl",
        "a": "Nationaal Regieorgaan Onderwijsonderzoek (NRO)",
        "s": "website",
        "u": "NRO",
        "l": "https://www.onderwijskennis.nl",
        "th": ["evidence-informed werken", "literatuur zoeken"],
        "h": "h5",
        "st": "2",
        "z": "Kennisplatform met toegankelijke samenvattingen van onderwijsonderzoek per thema; "
        "een goede eerste plek om te zoeken bij een speerpunt.",
    },
    {
        "titel": "Kennisrotonde",
        "a": "Nationaal Regieorgaan Onderwijsonderzoek (NRO)",
        "s": "website",
        "u": "NRO",
        "l": "https://www.kennisrotonde.nl",
        "th": ["evidence-informed werken", "literatuur zoeken"],
        "h": "h5",
        "st": "2",
        "z": "Loket waar scholen een kennisvraag stellen en een kort antwoord krijgen op basis "
        "van onderzoek; de gegeven antwoorden zijn doorzoekbaar.",
    },
    {
        "titel": "Voor de leraar",
        "a": "Voor de leraar",
        "s": "website",
        "l": "https://www.voordeleraar.nl",
        "th": ["literatuur zoeken", "professionele ontwikkeling"],
        "h": "h5",
        "st": "2",
        "z": "Website waar leraren onderzoek en vakliteratuur kunnen vinden en lezen.",
    },
    # The AOb hand-out on improvement culture.
    {
        "titel": "Verbetercultuur",
        "a": "Stichting LeerKRACHT",
        "s": "website",
        "th": ["verbetercultuur", "samen leren"],
        "h": "h4",
        "st": "4",
        "z": "Kennisbankpagina over een cultuur waarin teams elke week samen een stap vooruit "
        "zetten, met korte verbetercycli en lesbezoek.",
    },
    {
        "titel": "Groeikracht-werkwijze",
        "a": "Groeikracht in Onderwijs",
        "s": "website",
        "th": ["verbetercultuur", "professionele ontwikkeling"],
        "h": "h4",
        "st": "1 4",
        "z": "Beschrijving van een werkwijze waarin teams vanuit hun eigen kracht werken aan "
        "groei van leerlingen en van zichzelf.",
    },
    {
        "titel": "Subsidiemogelijkheden voor scholen",
        "a": "Ontwikkelkracht",
        "s": "website",
        "th": ["randvoorwaarden"],
        "h": "h2",
        "st": "3",
        "z": "Overzicht van subsidies waarmee scholen onderzoek en ontwikkeling kunnen "
        "bekostigen: nuttig bij de randvoorwaarden van een verbeterplan.",
    },
    {
        "titel": "Seven strong claims about successful school leadership revisited",
        "a": "Leithwood, K.; Harris, A.; Hopkins, D.",
        "j": 2020,
        "s": "artikel",
        "u": "School Leadership & Management",
        "t": "en",
        "th": ["leiderschap"],
        "h": "h6",
        "st": "1",
        "z": "Herziening van zeven stellingen over succesvol schoolleiderschap met nieuwer "
        "onderzoek: leiderschap werkt vooral indirect, via richting geven, mensen ontwikkelen "
        "en de organisatie inrichten.",
    },
    {
        "titel": "Seven strong claims about successful school leadership",
        "a": "Leithwood, K.; Day, C.; Sammons, P.; Harris, A.; Hopkins, D.",
        "j": 2006,
        "s": "rapport",
        "u": "National College for School Leadership",
        "t": "en",
        "th": ["leiderschap"],
        "h": "h6",
        "st": "1",
        "z": "Oorspronkelijke samenvatting van onderzoek naar wat succesvolle schoolleiders "
        "doen, in zeven stellingen; na de leraar is de schoolleider de belangrijkste factor "
        "binnen de school.",
    },
    {
        "titel": "In-depth analysis: the importance of instructional leadership in education",
        "a": "Akomodi, J.O.",
        "s": "artikel",
        "t": "en",
        "th": ["leiderschap", "onderwijskwaliteit"],
        "h": "h6",
        "st": "1",
        "z": "Beschouwing over onderwijskundig leiderschap: de schoolleider die zich richt op "
        "lesgeven en leren in plaats van alleen op beheer.",
    },
    {
        "titel": "The power of collective efficacy",
        "a": "Donohoo, J.; Hattie, J.; Eells, R.",
        "j": 2018,
        "s": "artikel",
        "u": "Educational Leadership",
        "t": "en",
        "th": ["collectieve effectiviteit", "samen leren"],
        "h": "h4",
        "st": "4",
        "z": "Over het gedeelde vertrouwen van een team dat het samen het leren van leerlingen "
        "kan verbeteren, en wat schoolleiders doen om dat te laten groeien.",
    },
    {
        "titel": "Influence of school leadership on collective teacher efficacy: a cross-cultural "
        "meta-analysis",
        "a": "Çoğaltay, N.; Boz, A.",
        "j": 2023,
        "s": "artikel",
        "u": "Asia Pacific Education Review",
        "t": "en",
        "th": ["collectieve effectiviteit", "leiderschap"],
        "h": "h6",
        "st": "1",
        "z": "Meta-analyse over de samenhang tussen schoolleiderschap en het collectieve "
        "vertrouwen van leraren in hun eigen werk, in verschillende landen.",
    },
    {
        "titel": "Paradigmaverandering noodzakelijk voor verdere ontwikkeling van het onderwijs",
        "a": "Van der Hilst, B.",
        "s": "artikel",
        "th": ["verandermanagement", "lerende organisatie"],
        "h": "h6",
        "st": "1",
        "z": "Betoog dat scholen pas verder komen als ze anders gaan denken over organiseren: "
        "minder van bovenaf, meer vanuit het leren van professionals.",
    },
    {
        "titel": "Over collectieve verantwoordelijkheid en leiderschap",
        "a": "DNM online",
        "s": "artikel",
        "th": ["gespreid leiderschap", "collectieve effectiviteit"],
        "h": "h6",
        "st": "5",
        "z": "Artikel over een team dat zich samen verantwoordelijk voelt voor de kwaliteit "
        "van het onderwijs, en het leiderschap dat daarbij hoort.",
    },
    {
        "titel": "Het Alternatief II: de ladder naar autonomie",
        "a": "Kneyber, R.; Evers, J.",
        "s": "boek",
        "th": ["vertrouwen en verantwoording", "professionele ruimte"],
        "h": "h6",
        "st": "1",
        "z": "Bundel over meer zeggenschap voor leraren. Het deel over vertrouwen en controle "
        "in de school (p. 62-71) helpt om sturing en ruimte in balans te brengen.",
    },
    {
        "titel": "De verbindende schoolleider",
        "a": "Fullan, M.",
        "s": "boek",
        "th": ["leiderschap", "visie en koers"],
        "h": "h1 h6",
        "st": "1",
        "z": "Nederlandse uitgave van Coherence: samenhang brengen in wat een school doet, met "
        "focus, samenwerking, diep leren en verantwoording als bouwstenen.",
    },
    {
        "titel": "Vertrouwen en controle",
        "a": "Van Gorp, F.; Van Rees, S.; Six, F.",
        "s": "artikel",
        "th": ["vertrouwen en verantwoording"],
        "h": "h2 h6",
        "st": "4",
        "z": "Over de verhouding tussen vertrouwen en controle in organisaties: ze sluiten "
        "elkaar niet uit en kunnen elkaar juist versterken.",
    },
    # The hand-outs on shared leadership and team learning.
    {
        "titel": "De beroepsstandaard voor intern begeleider als kwaliteitscoördinator",
        "a": "Van Haandel, F.; Van Druijten, L.; De Heer, J.; Van der Linden, F.; Ter Bork, G.; "
        "Houben-Feddema, E.",
        "j": 2022,
        "s": "boek",
        "u": "Pica",
        "th": ["gespreid leiderschap", "onderwijskwaliteit"],
        "h": "h6",
        "st": "1 5",
        "z": "Beschrijft de intern begeleider als kwaliteitscoördinator die samen met de "
        "schoolleider werkt aan de kwaliteit van het onderwijs in de hele school.",
    },
    {
        "titel": "Verdraaide organisaties. Terug naar de bedoeling",
        "a": "Hart, W.",
        "j": 2012,
        "s": "boek",
        "u": "Boom uitgevers Amsterdam",
        "th": ["verandermanagement", "professionele ruimte"],
        "h": "h6",
        "st": "1",
        "z": "Over organisaties waarin systemen en regels belangrijker zijn geworden dan het "
        "doel waarvoor ze bestaan, en hoe je de bedoeling weer voorop zet.",
    },
    {
        "titel": "Lerende scholen. Het vijfde discipline handboek voor onderwijzers, ouders en "
        "iedereen die betrokken is bij scholing",
        "a": "Senge, P. e.a.",
        "j": 2004,
        "s": "boek",
        "u": "Academic Service",
        "th": ["lerende organisatie", "samen leren"],
        "h": "h4",
        "st": "1",
        "z": "Vertaling van het handboek over scholen als lerende organisaties: systeemdenken, "
        "gedeelde visie, teamleren en mentale modellen, met oefeningen.",
    },
    {
        "titel": "High Performance Organisatie? De vijf universele factoren van excellent "
        "presteren",
        "a": "De Waal, A.",
        "j": 2014,
        "s": "boek",
        "u": "Van Duren Management",
        "th": ["onderwijskwaliteit", "lerende organisatie"],
        "h": "h2",
        "st": "5",
        "z": "Vijf factoren die goed presterende organisaties gemeen hebben, zoals kwaliteit "
        "van management en medewerkers en gerichtheid op de lange termijn.",
    },
    {
        "titel": "A social theory of learning",
        "a": "Wenger, E.",
        "j": 2009,
        "s": "artikel",
        "t": "en",
        "th": ["samen leren", "professionele leergemeenschap"],
        "h": "h4",
        "st": "2",
        "z": "Leren als deelnemen aan een gemeenschap: betekenis, praktijk, gemeenschap en "
        "identiteit. Achtergrond bij het werken in een PLG.",
    },
    # Works the book "De schoolleider in verandering" builds on.
    {
        "titel": "Visible learning. A synthesis of over 800 meta-analyses relating to achievement",
        "a": "Hattie, J.",
        "j": 2008,
        "s": "boek",
        "u": "Routledge",
        "t": "en",
        "th": ["onderwijskwaliteit", "evidence-informed werken"],
        "h": "h5",
        "st": "2",
        "z": "Brengt honderden meta-analyses samen over wat het leren van leerlingen beïnvloedt; "
        "de leraar blijkt de grootste factor. Vaak gebruikt als startpunt om aanpakken te "
        "vergelijken.",
    },
    {
        "titel": "Distributed leadership",
        "a": "Spillane, J.P.",
        "j": 2006,
        "s": "boek",
        "t": "en",
        "th": ["gespreid leiderschap"],
        "h": "h6",
        "st": "5",
        "z": "Kijkt naar leiderschap als iets wat ontstaat in de samenwerking tussen leiders, "
        "volgers en de situatie, niet als eigenschap van één persoon.",
    },
    {
        "titel": "Distributed leadership as a unit of analysis",
        "a": "Gronn, P.",
        "j": 2002,
        "s": "artikel",
        "t": "en",
        "th": ["gespreid leiderschap"],
        "h": "h6",
        "st": "5",
        "z": "Theoretisch artikel dat voorstelt leiderschap te bestuderen als gedeelde "
        "activiteit van meerdere mensen in plaats van als daad van een enkeling.",
    },
    {
        "titel": "The impact of leadership on student outcomes: an analysis of the differential "
        "effects of leadership types",
        "a": "Robinson, V.M.J.; Lloyd, C.A.; Rowe, K.J.",
        "j": 2008,
        "s": "artikel",
        "u": "Educational Administration Quarterly",
        "t": "en",
        "th": ["leiderschap", "onderwijskwaliteit"],
        "h": "h6",
        "st": "1",
        "z": "Meta-analyse waaruit blijkt dat leiderschap gericht op onderwijs en leren meer "
        "effect heeft op leerlingen dan transformationeel leiderschap; vooral het leiden van "
        "de professionele ontwikkeling van leraren telt.",
    },
    {
        "titel": "Instructional leadership and the school principal: a passing fancy that "
        "refuses to fade away",
        "a": "Hallinger, P.",
        "j": 2005,
        "s": "artikel",
        "u": "Leadership and Policy in Schools",
        "t": "en",
        "th": ["leiderschap"],
        "h": "h6",
        "st": "1",
        "z": "Overzicht van onderwijskundig leiderschap: wat het inhoudt, waarom het steeds "
        "terugkomt en wat het onderzoek erover zegt.",
    },
    {
        "titel": "Leadership for learning: lessons from 40 years of empirical research",
        "a": "Hallinger, P.",
        "j": 2011,
        "s": "artikel",
        "u": "Journal of Educational Administration",
        "t": "en",
        "th": ["leiderschap", "visie en koers"],
        "h": "h6",
        "st": "1",
        "z": "Wat veertig jaar onderzoek leert over leiderschap dat het leren bevordert: "
        "visie en doelen, aandacht voor de context en gedeelde verantwoordelijkheid.",
    },
    {
        "titel": "The structuring of organizations",
        "a": "Mintzberg, H.",
        "j": 1979,
        "s": "boek",
        "t": "en",
        "th": ["organisatie-inrichting"],
        "h": "h6",
        "st": "3",
        "z": "Klassieker over hoe organisaties werk verdelen en coördineren; de school als "
        "professionele organisatie waarin vakmensen veel eigen ruimte hebben.",
    },
    {
        "titel": "Reinventing organizations",
        "a": "Laloux, F.",
        "j": 2014,
        "s": "boek",
        "u": "Nelson Parker",
        "t": "en",
        "th": ["organisatie-inrichting", "professionele ruimte"],
        "h": "h6",
        "st": "3",
        "z": "Beschrijft organisaties die werken met zelforganisatie en een gedeeld doel, en "
        "wat dat vraagt van leiding en medewerkers.",
    },
    {
        "titel": "The leadership challenge",
        "a": "Kouzes, J.M.; Posner, B.Z.",
        "j": 2017,
        "s": "boek",
        "u": "Wiley",
        "t": "en",
        "th": ["leiderschap", "visie en koers"],
        "h": "h6",
        "st": "1",
        "z": "Vijf praktijken van voorbeeldig leiderschap, waaronder een gedeelde visie "
        "neerzetten en anderen in staat stellen te handelen.",
    },
    {
        "titel": "Leading schools in a data-rich world",
        "a": "Earl, L.M.; Katz, S.",
        "j": 2006,
        "s": "boek",
        "t": "en",
        "th": ["data en monitoring", "onderzoeksmatig werken"],
        "h": "h3",
        "st": "2 4",
        "z": "Over een onderzoekende houding in de school: data kritisch lezen, verschillende "
        "bronnen raadplegen en besluiten nemen op grond van wat je weet.",
    },
    {
        "titel": "Trust matters. Leadership for successful schools",
        "a": "Tschannen-Moran, M.",
        "j": 2014,
        "s": "boek",
        "u": "Wiley",
        "t": "en",
        "th": ["vertrouwen en verantwoording", "leiderschap"],
        "h": "h6",
        "st": "1",
        "z": "Waarom vertrouwen de basis is van een goede school, hoe het ontstaat en hoe een "
        "schoolleider het herstelt als het beschadigd is.",
    },
    {
        "titel": "A spatial model of effectiveness criteria: towards a competing values approach "
        "to organizational analysis",
        "a": "Quinn, R.E.; Rohrbaugh, J.",
        "j": 1983,
        "s": "artikel",
        "u": "Management Science",
        "t": "en",
        "th": ["organisatie-inrichting"],
        "h": "h6",
        "st": "1",
        "z": "Basis van het concurrerende-waardenmodel: organisaties balanceren tussen "
        "flexibiliteit en beheersing, en tussen intern en extern gericht zijn.",
    },
    {
        "titel": "Organizations and organizing: rational, natural, and open system perspectives",
        "a": "Scott, W.R.; Davis, G.F.",
        "j": 2007,
        "s": "boek",
        "u": "Pearson Education",
        "t": "en",
        "th": ["organisatie-inrichting"],
        "h": "h6",
        "st": "3",
        "z": "Leerboek over drie manieren om naar organisaties te kijken, nuttig om te "
        "begrijpen waarom een verandering in de ene school anders uitpakt dan in de andere.",
    },
    {
        "titel": "Distributed leadership matters. Perspectives, practicalities, and potential",
        "a": "Harris, A.",
        "j": 2014,
        "s": "boek",
        "t": "en",
        "th": ["gespreid leiderschap"],
        "h": "h6",
        "st": "5",
        "z": "Praktisch boek over gespreid leiderschap: wat het is, hoe je het opbouwt en "
        "waarom het alleen werkt met vertrouwen en een duidelijk doel.",
    },
    {
        "titel": "Een krachtige rol voor schoolleiders",
        "a": "Onderwijsraad",
        "j": 2018,
        "s": "rapport",
        "u": "Onderwijsraad",
        "th": ["leiderschap", "professionele ontwikkeling"],
        "h": "h6",
        "st": "1",
        "z": "Advies over de rol van schoolleiders in het verbeteren van onderwijs en over "
        "hun eigen professionele ontwikkeling.",
    },
    {
        "titel": "The nature and effects of transformational school leadership: a meta-analytic "
        "review of unpublished research",
        "a": "Leithwood, K.; Sun, J.",
        "j": 2012,
        "s": "artikel",
        "u": "Educational Administration Quarterly",
        "t": "en",
        "th": ["leiderschap"],
        "h": "h6",
        "st": "1",
        "z": "Meta-analyse over transformationeel leiderschap in scholen en de invloed ervan "
        "op leraren, de schoolorganisatie en leerlingen.",
    },
    {
        "titel": "Systematic review of key leader practices found to influence student "
        "achievement: a unified framework",
        "a": "Hitt, D.H.; Tucker, P.D.",
        "j": 2016,
        "s": "artikel",
        "u": "Review of Educational Research",
        "t": "en",
        "th": ["leiderschap", "visie en koers"],
        "h": "h1 h6",
        "st": "1",
        "z": "Brengt leiderschapspraktijken die met leerprestaties samenhangen bijeen in één "
        "kader, met een gedeelde visie als eerste domein.",
    },
    {
        "titel": "How principals affect students and schools: a systematic synthesis of two "
        "decades of research",
        "a": "Grissom, J.A.; Egalite, A.J.; Lindsay, C.A.",
        "j": 2021,
        "s": "rapport",
        "u": "The Wallace Foundation",
        "t": "en",
        "th": ["leiderschap"],
        "h": "h6",
        "st": "1",
        "z": "Overzicht van twintig jaar onderzoek naar wat schoolleiders bijdragen aan "
        "leerlingen en leraren, met vier gedragingen die het verschil maken.",
    },
    {
        "titel": "The impact of leadership on student outcomes: how successful school leaders "
        "use transformational and instructional strategies to make a difference",
        "a": "Day, C.; Gu, Q.; Sammons, P.",
        "j": 2016,
        "s": "artikel",
        "u": "Educational Administration Quarterly",
        "t": "en",
        "th": ["leiderschap", "verandermanagement"],
        "h": "h6",
        "st": "1 3",
        "z": "Laat zien dat succesvolle schoolleiders transformationele en onderwijskundige "
        "strategieën combineren en die in fasen en op hun context afstemmen.",
    },
    {
        "titel": "Who will lead and who will follow? A social process of leadership identity "
        "construction in organizations",
        "a": "DeRue, D.S.; Ashford, S.J.",
        "j": 2010,
        "s": "artikel",
        "u": "Academy of Management Review",
        "t": "en",
        "th": ["gespreid leiderschap"],
        "h": "h6",
        "st": "5",
        "z": "Leiderschap ontstaat doordat mensen leiding nemen en elkaar die rol gunnen; een "
        "bruikbaar beeld bij docenten die op hun expertise leiding nemen.",
    },
    {
        "titel": "The power paradox. How we gain and lose influence",
        "a": "Keltner, D.",
        "j": 2016,
        "s": "boek",
        "t": "en",
        "th": ["leiderschap"],
        "h": "h6",
        "st": "1",
        "z": "Over hoe mensen invloed krijgen door zich voor anderen in te zetten, en hoe macht "
        "dat gedrag kan aantasten.",
    },
    {
        "titel": "The school as a learning organisation: a review revisiting and extending a "
        "timely concept",
        "a": "Stoll, L.; Kools, M.",
        "j": 2017,
        "s": "artikel",
        "u": "Journal of Professional Capital and Community",
        "t": "en",
        "th": ["lerende organisatie"],
        "h": "h4",
        "st": "1 5",
        "z": "Overzicht van wat een school tot lerende organisatie maakt, met een gedeelde "
        "visie op het leren van alle leerlingen als kern.",
    },
    {
        "titel": "Schools as learning organisations. The concept, its measurement and HR outcomes",
        "a": "Kools, M.",
        "j": 2020,
        "s": "rapport",
        "u": "Erasmus Universiteit Rotterdam",
        "t": "en",
        "th": ["lerende organisatie", "data en monitoring"],
        "h": "h4",
        "st": "1",
        "z": "Proefschrift over de school als lerende organisatie: een model met zeven "
        "kenmerken, een vragenlijst om te zien hoe ver een school daarin is, en wat het "
        "oplevert voor het werk en de betrokkenheid van leraren.",
    },
    {
        "titel": "Leiderschapspraktijken in een professionele ruimte",
        "a": "Kessels, J.W.M.",
        "j": 2012,
        "s": "rapport",
        "u": "Open Universiteit",
        "th": ["gespreid leiderschap", "professionele ruimte"],
        "h": "h6",
        "st": "5",
        "z": "Oratie over leiderschap als iets wat professionals samen vormgeven in de ruimte "
        "die ze krijgen en nemen, in plaats van een positie.",
    },
    {
        "titel": "Collective efficacy. How educators' beliefs impact student learning",
        "a": "Donohoo, J.",
        "j": 2017,
        "s": "boek",
        "u": "Corwin",
        "t": "en",
        "th": ["collectieve effectiviteit", "samen leren"],
        "h": "h4",
        "st": "4",
        "z": "Praktisch boek over het gedeelde geloof van een team dat het samen verschil maakt "
        "voor leerlingen, en hoe je dat geloof door samen onderzoeken en leren versterkt.",
    },
    {
        "titel": "Teacher education around the world: what can we learn from international "
        "practice?",
        "a": "Darling-Hammond, L.",
        "j": 2017,
        "s": "artikel",
        "u": "European Journal of Teacher Education",
        "t": "en",
        "th": ["professionele ontwikkeling"],
        "h": "h4",
        "st": "2",
        "z": "Vergelijkt hoe landen met sterke onderwijsstelsels leraren opleiden en hun "
        "ontwikkeling ondersteunen, met tijd voor samenwerken als rode draad.",
    },
    {
        "titel": "Goed onderwijs en de cultuur van het meten. Ethiek, politiek en democratie",
        "a": "Biesta, G.",
        "j": 2012,
        "s": "boek",
        "u": "Boom Lemma",
        "th": ["onderwijskwaliteit", "visie en koers", "data en monitoring"],
        "h": "h1 h2",
        "st": "1 4",
        "z": "Waarschuwt dat meten wat makkelijk te meten is de vraag naar goed onderwijs kan "
        "verdringen; helpt bij het kiezen van indicatoren die echt zeggen wat je wilt weten.",
    },
    {
        "titel": "Leading in a culture of change",
        "a": "Fullan, M.",
        "j": 2020,
        "s": "boek",
        "t": "en",
        "th": ["verandermanagement", "leiderschap"],
        "h": "h2 h6",
        "st": "3 4",
        "z": "Over leidinggeven aan verandering: doel, relaties, kennis delen en samenhang "
        "brengen, en waarom weerstand ook informatie geeft.",
    },
]

# Gesprekskaarten, along the themes the seeds offer for team dialogue. Our own questions.
VRAGENSETS = [
    (
        "Wat is voor ons goed onderwijs?",
        "kwaliteit",
        "Voor het begin van een cyclus of bij het kiezen van speerpunten: maak samen scherp waar "
        "het jullie om gaat, voordat je over aanpakken praat.",
        [
            "Aan welke les van de afgelopen week denk je met plezier terug, en waarom?",
            "Wat willen wij dat een leerling na zes jaar bij ons kan en is?",
            "Wat zouden leerlingen het eerst opmerken als ons onderwijs sterker wordt?",
            "Welke van onze doelen meten we nu eigenlijk niet, maar vinden we wel belangrijk?",
            "Welk speerpunt past het best bij onze visie, en welk minder?",
        ],
    ),
    (
        "Van doel naar zichtbaar resultaat",
        "kwaliteit",
        "Bij het schrijven van de doelen in een verbeterplan: hoe zie je dat een doel bereikt "
        "is, ook zonder toetscijfer?",
        [
            "Wat doen leerlingen anders als ons doel bereikt is?",
            "Wat zien we nu al, en wat is ons vertrekpunt?",
            "Welk gedrag van leerlingen of collega's kunnen we observeren in plaats van meten?",
            "Wanneer kijken we weer, en wie kijkt?",
        ],
    ),
    (
        "Leren van elkaar",
        "samenwerking",
        "Voor een PLG of teamoverleg over hoe het team samenwerkt en waar het van elkaar kan "
        "leren.",
        [
            "Bij wie in het team zou je graag eens een les bijwonen, en wat wil je daar zien?",
            "Waar verschillen onze aanpakken, en wanneer is dat goed voor leerlingen?",
            "Wat heb jij dit jaar van een collega geleerd dat je nu zelf doet?",
            "Wat maakt het lastig om vragen te stellen of hulp te vragen in ons team?",
        ],
    ),
    (
        "Feedback die helpt",
        "samenwerking",
        "Om afspraken te maken over feedback geven en vragen binnen de PLG.",
        [
            "Wanneer heeft feedback van een collega jou echt verder geholpen?",
            "Hoe laten we merken dat we feedback willen, en waarover?",
            "Hoe zorgen we dat een lesbezoek over leren gaat en niet over beoordelen?",
            "Welke afspraak maken we voor ons volgende overleg?",
        ],
    ),
    (
        "Wat laten onze gegevens zien?",
        "verbeteren",
        "Bij verdieping en analyse of bij een monitormoment: kijk samen naar data, observaties "
        "en ervaringen voordat je conclusies trekt.",
        [
            "Wat valt je op in deze gegevens, zonder het meteen te verklaren?",
            "Welke verklaringen zijn er mogelijk, en welke kunnen we toetsen?",
            "Wat zeggen leerlingen er zelf over?",
            "Welke gegevens missen we nog om een besluit te nemen?",
            "Waar lukt het al, en wat is daar anders?",
        ],
    ),
    (
        "Bijstellen zonder het doel los te laten",
        "verbeteren",
        "Tijdens de uitvoering: is het plan nog het goede plan, en wordt het uitgevoerd zoals "
        "bedoeld?",
        [
            "Lukt het om te doen wat we hebben afgesproken, en zo niet, wat zit in de weg?",
            "Zijn de randvoorwaarden er: tijd, materiaal, kennis?",
            "Welk succes willen we vieren?",
            "Wat passen we aan, en wat houden we juist vast?",
        ],
    ),
    (
        "Sturing en ruimte",
        "leiderschap",
        "Voor een gesprek tussen schoolleider en team over wat ieder nodig heeft om te groeien.",
        [
            "Wat zou jou helpen om beter les te geven en verder te komen in je vak?",
            "Bij welke afspraken van bovenaf voel jij je gesteund, en bij welke geremd?",
            "Over welke keuzes willen jullie meer zeggenschap, en waarover juist niet?",
            "Hoe houden we elkaar op de hoogte zonder extra papierwerk?",
        ],
    ),
    (
        "Leiding nemen en gunnen",
        "leiderschap",
        "Over gespreid leiderschap: wie heeft welke expertise, en hoe krijgt die ruimte?",
        [
            "Op welk onderwerp weet jij meer dan de meeste collega's?",
            "Wanneer volg jij graag een collega, en wanneer niet?",
            "Hoe zorgen we dat ook stillere collega's hun inbreng hebben?",
            "Wie zou een volgende PLG kunnen trekken, en wat heeft die persoon nodig?",
        ],
    ),
    (
        "Nieuwsgierig naar wat werkt",
        "onderzoekend",
        "Om een onderzoekende houding te oefenen: oordeel uitstellen, vragen stellen en bronnen "
        "gebruiken.",
        [
            "Welke vanzelfsprekendheid in onze school zouden we eens moeten onderzoeken?",
            "Hoe weten we dat onze huidige aanpak werkt?",
            "Wat zegt de literatuur hierover, en past dat bij onze leerlingen?",
            "Welke vraag willen we beantwoord hebben voordat we kiezen?",
        ],
    ),
    (
        "Een bron samen lezen",
        "onderzoekend",
        "Bij het bespreken van een artikel of boek in de PLG, als voorbereiding op de "
        "beoordeling en de vertaalslag in de kennisbank.",
        [
            "Hoe recent is deze bron, en maakt dat voor onze vraag uit?",
            "Waar is de bron op gebaseerd: onderzoek, ervaring of een mening?",
            "Wat kunnen we er morgen in de les mee?",
            "Wat is anders in onze school dan in de situatie die de bron beschrijft?",
            "Wat nemen we over, en wat laten we liggen?",
        ],
    ),
]


def laad(Bron, Thema, Vragenset, Vraag) -> None:
    """Creates the curated set and the gesprekskaarten with the given model classes (the real
    ones, or a migration's historical ones). Search columns are filled by the caller."""
    themas = {}
    for data in BRONNEN:
        bron = Bron.objects.create(
            titel=data["titel"],
            auteurs=data["a"],
            jaar=data.get("j"),
            soort=data["s"],
            uitgever=data.get("u", ""),
            link=data.get("l", ""),
            taal=data.get("t", "nl"),
            samenvatting=data["z"],
            aanbevelingen=data["h"],
            stappen=data["st"],
            thema_tekst=" ".join(data["th"]),
        )
        for naam in data["th"]:
            if naam not in themas:
                themas[naam] = Thema.objects.get_or_create(naam=naam)[0]
        bron.themas.set([themas[naam] for naam in data["th"]])
    for volgorde, (titel, thema, inleiding, vragen) in enumerate(VRAGENSETS):
        vragenset = Vragenset.objects.create(
            titel=titel, thema=thema, inleiding=inleiding, volgorde=volgorde
        )
        Vraag.objects.bulk_create(
            Vraag(vragenset=vragenset, tekst=tekst, volgorde=n) for n, tekst in enumerate(vragen)
        )
