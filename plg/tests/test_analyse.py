from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from core.tests.versie import geopende_versie
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
        _analyse(probleem="Huiswerk komt niet af.", kennisvraag="Wat helpt leerlingen plannen?")
        | geopende_versie(client, url(plg)),
    )
    assert response.status_code == 302
    plg.refresh_from_db()
    assert plg.kennisvraag == "Wat helpt leerlingen plannen?"
    antwoord = plg.analyse.get()
    assert (antwoord.vraag, antwoord.tekst, antwoord.updated_by) == (
        "probleem",
        "Huiswerk komt niet af.",
        plg_lid,
    )
    page = client.get(url(plg)).text
    assert "Huiswerk komt niet af." in page
    assert str(Analysevraag.ACHTERGROND.label) in page


def test_unchanged_answers_keep_their_author(client, plg, kartrekker, plg_lid):
    client.force_login(kartrekker)
    client.post(url(plg), _analyse(probleem="A", eerder="B") | geopende_versie(client, url(plg)))
    client.force_login(plg_lid)
    client.post(url(plg), _analyse(probleem="A", eerder="C") | geopende_versie(client, url(plg)))
    auteurs = dict(plg.analyse.values_list("vraag", "updated_by"))
    assert auteurs == {"probleem": kartrekker.pk, "eerder": plg_lid.pk}


def test_schoolleider_reads_the_analysis_without_a_form(client, plg, kartrekker, schoolleider):
    client.force_login(kartrekker)
    client.post(
        url(plg), _analyse(probleem="Huiswerk komt niet af.") | geopende_versie(client, url(plg))
    )
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
    assert bevinding.created_by == plg_lid
    groepen = {groep: lijst for groep, lijst, _totaal in client.get(url(plg)).context["groepen"]}
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
        b for _groep, lijst, _totaal in client.get(url(plg), q).context["groepen"] for b in lijst
    ]
    assert gevonden(soort="interview") == [interview]
    assert gevonden(label="plan") == [interview]
    assert len(gevonden()) == 2


def test_outsider_gets_404(client, plg, outsider):
    client.force_login(outsider)
    assert client.get(url(plg)).status_code == 404


def test_many_findings_are_paged_and_counted_per_group(client, plg, kartrekker):
    for _ in range(45):
        BevindingFactory(plg=plg, groep="werkt", soort="data")
    BevindingFactory(plg=plg, groep="knelpunt", soort="data")
    BevindingFactory(plg=plg, groep="knelpunt", soort="interview")
    client.force_login(kartrekker)
    response = client.get(url(plg), {"soort": "data"})
    totalen = {groep: totaal for groep, _lijst, totaal in response.context["groepen"]}
    assert totalen[BevindingGroep.WERKT] == 45
    assert totalen[BevindingGroep.KNELPUNT] == 1
    assert len(response.context["pagina"].object_list) == 40
    assert "?soort=data&amp;pagina=2" in response.text


@pytest.mark.parametrize("n", [3, 60])
def test_query_count_is_flat(client, plg, kartrekker, n, django_assert_max_num_queries):
    for i in range(n):
        BevindingFactory(plg=plg, groep=list(BevindingGroep)[i % 4])
    client.force_login(kartrekker)
    with django_assert_max_num_queries(14):
        assert client.get(url(plg)).status_code == 200
