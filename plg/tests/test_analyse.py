from datetime import timedelta

from django.urls import reverse
from django.utils import timezone

from plg.models import Analysevraag, BevindingGroep
from plg.tests.factories import BevindingFactory


def url(plg):
    return reverse("plg:analyse", args=[plg.school.pk, plg.pk])


def _analyse(**antwoorden):
    data = {"actie": "analyse", "kennisvraag": antwoorden.pop("kennisvraag", "")}
    data.update({vraag: antwoorden.get(vraag, "") for vraag in Analysevraag.values})
    return data


def test_member_answers_the_analysis_and_the_knowledge_question(client, plg, plg_lid):
    client.force_login(plg_lid)
    response = client.post(
        url(plg),
        _analyse(probleem="Huiswerk komt niet af.", kennisvraag="Wat helpt leerlingen plannen?"),
    )
    assert response.status_code == 302
    plg.refresh_from_db()
    assert plg.kennisvraag == "Wat helpt leerlingen plannen?"
    antwoord = plg.analyse.get()
    assert (antwoord.vraag, antwoord.tekst, antwoord.bijgewerkt_door) == (
        "probleem",
        "Huiswerk komt niet af.",
        plg_lid,
    )
    page = client.get(url(plg)).text
    assert "Huiswerk komt niet af." in page
    assert str(Analysevraag.ACHTERGROND.label) in page


def test_unchanged_answers_keep_their_author(client, plg, kartrekker, plg_lid):
    client.force_login(kartrekker)
    client.post(url(plg), _analyse(probleem="A", eerder="B"))
    client.force_login(plg_lid)
    client.post(url(plg), _analyse(probleem="A", eerder="C"))
    auteurs = dict(plg.analyse.values_list("vraag", "bijgewerkt_door"))
    assert auteurs == {"probleem": kartrekker.pk, "eerder": plg_lid.pk}


def test_schoolleider_reads_the_analysis_without_a_form(client, plg, kartrekker, schoolleider):
    client.force_login(kartrekker)
    client.post(url(plg), _analyse(probleem="Huiswerk komt niet af."))
    client.force_login(schoolleider)
    response = client.get(url(plg))
    assert "Huiswerk komt niet af." in response.text
    assert 'name="actie" value="analyse"' not in response.text


def test_finding_added_in_place_lands_in_its_group(client, plg, plg_lid):
    client.force_login(plg_lid)
    response = client.post(
        url(plg),
        {
            "actie": "bevinding",
            "bevinding-soort": "leerlingstem",
            "bevinding-groep": "werkt",
            "bevinding-datum": timezone.localdate().isoformat(),
            "bevinding-gehoord": "leerlingenraad",
            "bevinding-tekst": "Een weekplanner *helpt*.",
            "bevinding-tags": "planning, onderbouw",
        },
        headers={"HX-Request": "true"},
    )
    assert response.text.lstrip().startswith('<section id="bevindingen"')
    assert "<em>helpt</em>" in response.text
    bevinding = plg.bevindingen.get()
    assert bevinding.taglijst == ["planning", "onderbouw"]
    assert bevinding.auteur == plg_lid
    groepen = dict(client.get(url(plg)).context["groepen"])
    assert groepen[BevindingGroep.WERKT] == [bevinding]


def test_finding_in_the_future_is_refused_and_kept(client, plg, plg_lid):
    client.force_login(plg_lid)
    response = client.post(
        url(plg),
        {
            "actie": "bevinding",
            "bevinding-soort": "observatie",
            "bevinding-groep": "knelpunt",
            "bevinding-datum": (timezone.localdate() + timedelta(days=3)).isoformat(),
            "bevinding-tekst": "Wordt nog gezien",
        },
    )
    assert response.status_code == 200
    assert "kan niet in de toekomst liggen" in response.text
    assert "Wordt nog gezien" in response.text
    assert not plg.bevindingen.exists()


def test_filter_findings_by_kind_and_label(client, plg, kartrekker):
    interview = BevindingFactory(plg=plg, soort="interview", tags="planning")
    BevindingFactory(plg=plg, soort="data", tags="cijfers")
    client.force_login(kartrekker)
    gevonden = lambda **q: [  # noqa: E731
        b for _groep, lijst in client.get(url(plg), q).context["groepen"] for b in lijst
    ]
    assert gevonden(soort="interview") == [interview]
    assert gevonden(label="plan") == [interview]
    assert len(gevonden()) == 2


def test_outsider_gets_404(client, plg, outsider):
    client.force_login(outsider)
    assert client.get(url(plg)).status_code == 404
