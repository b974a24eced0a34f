"""A school with a row in every table the AVG export and the erasure deal with."""

import datetime
from types import SimpleNamespace

from django.core.files.base import ContentFile
from django.utils import timezone

from cyclus.models import (
    Afvinking,
    Borging,
    SchoolInstellingen,
    Schooljaar,
    Signaal,
    SignaalSoort,
)
from cyclus.tests.factories import KernwaardeFactory, SpeerpuntFactory
from kennisbank.models import Thema
from kennisbank.tests.factories import BronFactory, BronkoppelingFactory
from meldingen.models import Herinnering, Melding, Soort, Voorkeuren
from monitoring.models import Meting
from monitoring.tests.factories import MonitormomentFactory
from plg.models import (
    BevindingGroep,
    BevindingSoort,
    Expertise,
    Leerlingdeelnemer,
    NotitieSoort,
)
from plg.tests.factories import PLGFactory
from scholen.models import Lidmaatschap, Rol
from scholen.tests.factories import TeamFactory, UserFactory, medewerker
from verbeterplan.models import PdfExport
from verbeterplan.tests.factories import ActieFactory, compleet_plan


def vul_school(school, merk: str) -> SimpleNamespace:
    """Fills `school` with data; every text carries `merk`, so a test can tell schools apart."""
    leider = medewerker(school, Rol.SCHOOLLEIDER, naam=f"Lea Leider{merk}")
    collega = medewerker(school, Rol.TEAMLID, naam=f"Cas Collega{merk}")
    team = TeamFactory(school=school, naam=f"Team {merk}")
    lid = Lidmaatschap.objects.get(user=collega, school=school)
    lid.functie = f"docent {merk}"
    lid.save()
    lid.teams.add(team)
    instellingen = SchoolInstellingen.voor(school)
    instellingen.visie = f"Visie {merk}"
    instellingen.save()
    kernwaarde = KernwaardeFactory(school=school, naam=f"Waarde {merk}")
    schooljaar, _created = Schooljaar.objects.get_or_create(
        school=school, begin_jaar=2026, defaults={"is_huidig": True}
    )

    speerpunt = SpeerpuntFactory(
        school=school, owner=leider, titel=f"Speerpunt {merk}", schooljaar=schooljaar
    )
    speerpunt.kernwaarden.add(kernwaarde)
    speerpunt.teams.add(team)
    cyclus = speerpunt.huidige_cyclus
    Signaal.objects.create(speerpunt=speerpunt, soort=SignaalSoort.INSPECTIE, notitie=f"Sig {merk}")
    Afvinking.objects.create(cyclus=cyclus, sleutel="plg", completed_by=leider)
    Borging.objects.create(cyclus=cyclus, zo_werken_wij=f"Zo werken wij {merk}", borger=collega)

    plg = PLGFactory(speerpunt=speerpunt, naam=f"PLG {merk}")
    plg.voeg_lid_toe(collega)
    Leerlingdeelnemer.objects.create(plg=plg, roepnaam=f"Lotte{merk}")
    bijeenkomst = plg.plan_bijeenkomst(
        by=leider, start=timezone.now() + datetime.timedelta(days=3), plaats=f"Lokaal {merk}"
    )
    actiepunt = plg.zet_actie_uit(
        by=leider,
        wat=f"Actiepunt {merk}",
        owner=collega,
        deadline=timezone.localdate() + datetime.timedelta(days=7),
        bijeenkomst=bijeenkomst,
    )
    bijeenkomst.zet_op_agenda([f"Agenda {merk}"], actiepunten=[actiepunt])
    notitie = bijeenkomst.schrijf_notitie(
        by=collega, soort=NotitieSoort.NOTITIE, tekst=f"Notitie {merk}"
    )
    bijeenkomst.schrijf_notitie(
        by=leider, soort=NotitieSoort.BESLUIT, tekst=f"Besproken met {collega.naam}."
    )
    bevinding = plg.voeg_bevinding_toe(
        by=collega,
        soort=BevindingSoort.INTERVIEW,
        groep=BevindingGroep.WERKT,
        tekst=f"Bevinding {merk}",
    )
    plg.werk_analyse_bij(
        by=collega, antwoorden={"probleem": f"Analyse {merk}"}, kennisvraag=f"Vraag {merk}"
    )
    tussenstand = plg.publiceer(by=collega, titel=f"Tussenstand {merk}", tekst=f"Stand {merk}")
    tussenstand.reageer(by=leider, tekst=f"Reactie {merk}")
    Expertise.objects.create(user=collega, school=school, onderwerp=f"Expertise {merk}")

    plan = compleet_plan(cyclus)
    ActieFactory(plan=plan, wat=f"Planactie {merk}", owner=collega)
    plan.leg_besluit_vast(
        by=leider,
        datum=timezone.localdate(),
        besloten_door=f"Teamvergadering {merk}",
        aangenomen=True,
    )
    pdf = PdfExport.objects.create(
        plan=plan,
        soort="volledig",
        sleutel=f"sleutel-{merk}",
        document={"acties": [{"wie": collega.naam}]},
        versie_label="versie 1",
    )
    pdf.bestand.save(f"plan-{merk}.pdf", ContentFile(b"%PDF " + collega.naam.encode()))

    bron = BronFactory(school=school, titel=f"Bron {merk}")
    bron.zet_themas([Thema.getypt(school, f"thema {merk}")])
    BronkoppelingFactory(bron=bron, speerpunt=speerpunt, created_by=collega)

    moment = MonitormomentFactory(cyclus=cyclus, titel=f"Moment {merk}", created_by=leider)
    moment.teamleden.add(leider)
    # Enough answers for the results to be the school's to see (and to export).
    respondenten = [collega, leider] + [
        UserFactory(naam=f"Rik Respondent{i}{merk}") for i in range(3)
    ]
    for respondent in respondenten:
        moment.beantwoord(respondent, {v.pk: (4, f"Antwoord {merk}") for v in moment.vragen.all()})
    Meting.objects.create(doel=plan.doelen.first(), waarde=50, created_by=collega)

    Voorkeuren.van(collega).vernieuw_ical_token()
    Melding.objects.create(user=collega, soort=Soort.DIGEST, titel=f"Melding {merk}")
    Herinnering.objects.create(
        user=collega,
        soort=Soort.ACTIE_TE_LAAT,
        bron="actiepunt",
        object_id=actiepunt.pk,
        datum=timezone.localdate(),
        titel=f"Herinnering {merk}",
    )
    return SimpleNamespace(
        leider=leider,
        collega=collega,
        speerpunt=speerpunt,
        plg=plg,
        plan=plan,
        pdf=pdf,
        moment=moment,
        notitie=notitie,
        bevinding=bevinding,
        tussenstand=tussenstand,
    )
