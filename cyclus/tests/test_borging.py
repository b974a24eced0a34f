from django.urls import reverse

from core.tests.versie import geopende_versie
from cyclus.models import Borging, Stap

from .test_stappen import in_stap


def url(speerpunt):
    return reverse("cyclus:borging", args=[speerpunt.school_id, speerpunt.pk])


def test_kartrekker_records_the_borging_and_the_gate_sees_it(client, kartrekker, speerpunt):
    in_stap(speerpunt, Stap.BORGEN)
    client.force_login(kartrekker)
    geopend = geopende_versie(client, url(speerpunt))
    response = client.post(
        url(speerpunt),
        {
            **geopend,
            "zo_werken_wij": "Elke mentorles begint met de weekplanner.",
            "klassen": "klas 1 en 2",
            "kwaliteit": "Leerlingen vullen zelf hun planner in.",
            "agendaritme": "periode",
            "borger": kartrekker.pk,
            "evaluatiedatum": "2027-06-15",
        },
    )
    assert response.status_code == 302
    borging = Borging.objects.get()
    assert borging.cyclus == speerpunt.huidige_cyclus
    assert str(borging.evaluatiedatum) == "2027-06-15"
    assert speerpunt.poort().items[0].voldaan


def test_borger_must_work_at_the_school(client, schoolleider, outsider, speerpunt):
    client.force_login(schoolleider)
    response = client.post(url(speerpunt), {"zo_werken_wij": "x", "borger": outsider.pk})
    assert response.status_code == 200
    assert not Borging.objects.exists()


def test_teamlid_reads_only(client, teamlid, speerpunt):
    client.force_login(teamlid)
    assert client.get(url(speerpunt)).status_code == 200
    assert client.post(url(speerpunt), {"zo_werken_wij": "x"}).status_code == 403


def test_outsider_gets_404(client, outsider, speerpunt):
    client.force_login(outsider)
    assert client.get(url(speerpunt)).status_code == 404
