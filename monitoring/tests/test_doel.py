"""The indicator page of a goal, and the chart drawn for it."""

import datetime

from django.urls import reverse

from cyclus.models import Transitie, TransitieSoort
from monitoring.grafiek import grafiek_svg, markeringen_voor
from monitoring.models import Meting
from verbeterplan.models import IndicatorSoort, PlanVersie
from verbeterplan.tests.factories import DoelFactory


def url(doel):
    return reverse("monitoring:doel", args=[doel.plan.cyclus.speerpunt.school_id, doel.pk])


def test_outsider_gets_404(client, outsider, doel):
    client.force_login(outsider)
    assert client.get(url(doel)).status_code == 404
    assert client.post(url(doel), {"datum": "2026-11-01", "waarde": "50"}).status_code == 404


def test_plg_member_records_a_measurement(client, plg_lid, doel):
    client.force_login(plg_lid)
    response = client.post(url(doel), {"datum": "2026-11-01", "waarde": "55"}, follow=True)
    assert "De meting is vastgelegd." in response.text
    meting = Meting.objects.get()
    assert meting.waarde == 55
    assert meting.created_by == plg_lid
    assert "<svg" in response.text


def test_an_observation_without_a_number(client, kartrekker, speerpunt):
    from verbeterplan.models import Verbeterplan

    doel = DoelFactory(
        plan=Verbeterplan.start(speerpunt.huidige_cyclus),
        indicator_soort=IndicatorSoort.OBSERVATIE,
        nulmeting=None,
        streefwaarde=None,
    )
    client.force_login(kartrekker)
    client.post(url(doel), {"datum": "2026-11-01", "observatie": "De helft plant zelf"})
    response = client.get(url(doel))
    assert "De helft plant zelf" in response.text


def test_empty_measurement_is_refused_in_dutch(client, plg_lid, doel):
    client.force_login(plg_lid)
    response = client.post(url(doel), {"datum": "2026-11-01", "waarde": "", "observatie": ""})
    assert response.status_code == 200
    assert "Vul een waarde in, een observatie, of allebei." in response.text
    assert not Meting.objects.exists()


def test_teamlid_reads_but_cannot_record(client, teamlid, doel):
    client.force_login(teamlid)
    assert client.get(url(doel)).status_code == 200
    assert client.post(url(doel), {"datum": "2026-11-01", "waarde": "50"}).status_code == 403


def test_member_removes_a_wrong_measurement(client, plg_lid, doel):
    meting = Meting.objects.create(doel=doel, datum=datetime.date(2026, 10, 1), waarde=99)
    client.force_login(plg_lid)
    client.post(url(doel), {"verwijderen": meting.pk})
    assert not Meting.objects.exists()


def test_chart_has_baseline_target_and_marks_revisions_and_steps(doel, kartrekker, speerpunt):
    Meting.objects.create(doel=doel, datum=datetime.date(2026, 9, 1), waarde=42)
    Meting.objects.create(doel=doel, datum=datetime.date(2026, 12, 1), waarde=61)
    PlanVersie.objects.create(
        plan=doel.plan,
        nummer=2,
        inhoud={},
        created_by=kartrekker,
        created_at=datetime.datetime(2026, 10, 15, 12, tzinfo=datetime.UTC),
    )
    Transitie.objects.create(
        speerpunt=speerpunt,
        soort=TransitieSoort.VOORUIT,
        van=3,
        naar=4,
        op=datetime.datetime(2026, 9, 20, 12, tzinfo=datetime.UTC),
    )
    labels = [m.label for m in markeringen_voor(doel)]
    assert labels == ["stap 4", "v2"]
    svg = grafiek_svg(doel)
    assert svg.startswith("<svg")
    assert "nulmeting 40" in svg
    assert "streefwaarde 70" in svg
    assert "Plan bijgesteld: versie 2" in svg
    assert "Naar stap 4" in svg
    assert "<polyline" in svg


def test_no_chart_without_measurements(doel):
    assert grafiek_svg(doel) == ""


def test_pdf_tag_draws_the_chart_for_a_stored_plan_version(doel):
    from django.template import Context, Template

    Meting.objects.create(doel=doel, datum=datetime.date(2026, 10, 1), waarde=45)
    template = Template("{% load monitoring %}{% grafiek doel %}")
    assert template.render(Context({"doel": {"id": doel.pk}})).startswith("<svg")
    assert template.render(Context({"doel": {"id": 0}})) == ""


def test_chart_coordinates_are_plain_numbers_in_dutch(doel):
    import re

    from django.utils import translation

    Meting.objects.create(doel=doel, datum=datetime.date(2026, 9, 1), waarde=42.5)
    Meting.objects.create(doel=doel, datum=datetime.date(2026, 10, 3), waarde=47)
    with translation.override("nl"):
        svg = grafiek_svg(doel)
    waarden = re.findall(r' (?:x|y|x1|x2|y1|y2|cx|cy)="([^"]+)"', svg)
    assert waarden
    for waarde in waarden:
        float(waarde)


def test_value_axis_has_round_steps():
    from monitoring.grafiek import schaal

    assert schaal(0, 60) == (0, 80, 20)
    assert schaal(0, 6) == (0, 8, 2)
    assert schaal(0, 1784) == (0, 2000, 500)


def test_table_shows_values_as_written(client, plg_lid, doel):
    Meting.objects.create(doel=doel, datum=datetime.date(2026, 10, 1), waarde=42.5)
    client.force_login(plg_lid)
    response = client.get(url(doel))
    assert "<td>42,5</td>" in response.text
    assert "42,50" not in response.text


def test_table_lists_the_marked_changes_in_date_order(client, plg_lid, doel, speerpunt):
    Meting.objects.create(doel=doel, datum=datetime.date(2026, 9, 1), waarde=42)
    Meting.objects.create(doel=doel, datum=datetime.date(2026, 12, 1), waarde=61)
    Transitie.objects.create(
        speerpunt=speerpunt,
        soort=TransitieSoort.VOORUIT,
        van=3,
        naar=4,
        op=datetime.datetime(2026, 9, 20, 12, tzinfo=datetime.UTC),
    )
    client.force_login(plg_lid)
    html = client.get(url(doel)).text
    tabel = html[html.index("<table>") : html.index("</table>")]
    assert '<th scope="col">Wat er veranderde</th>' in tabel
    assert (
        tabel.index("1 september 2026")
        < tabel.index("Naar stap 4: Uitvoeren, monitoren en bijstellen")
        < tabel.index("1 december 2026")
    )
    speerpunt_html = client.get(
        reverse("monitoring:speerpunt", args=[speerpunt.school_id, speerpunt.pk])
    ).text
    assert "<td>20 september 2026</td><td></td><td></td><td>Naar stap 4" in speerpunt_html


HOSTILE = '<img src=x onerror=alert(1)><a hx-post="/x" hx-trigger="load">klik</a>'


def test_the_indicator_is_shown_on_the_measurement_form_as_text(client, plg_lid, doel):
    doel.indicator = HOSTILE
    doel.save()
    client.force_login(plg_lid)
    response = client.get(url(doel))
    assert "&lt;img src=x onerror=alert(1)&gt;" in response.text
    assert "<img src=x" not in response.text
    assert 'hx-post="/x"' not in response.text


def test_the_chart_shows_typed_text_as_text(doel):
    doel.omschrijving = HOSTILE
    doel.eenheid = "<script>x</script>"
    doel.save()
    Meting.objects.create(doel=doel, datum=datetime.date(2026, 11, 1), waarde=50)
    Meting.objects.create(doel=doel, datum=datetime.date(2026, 11, 8), observatie=HOSTILE)
    svg = grafiek_svg(doel)
    assert "<img" not in svg
    assert "<script" not in svg
    assert 'hx-post="/x"' not in svg
    assert svg.count("&lt;img src=x onerror=alert(1)&gt;") == 2
    assert "&lt;script&gt;x&lt;/script&gt;" in svg
