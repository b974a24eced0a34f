import datetime
import io
import re

import pypdf
import pytest
import time_machine
from celery.exceptions import Retry
from django.test import TestCase
from django.urls import reverse
from django.utils import timezone

from core.pdf import GeweigerdeURL, render_pdf, static_path
from monitoring.models import Meting
from verbeterplan import pdf
from verbeterplan.models import RENDER_DEADLINE, ExportStatus, PdfExport, Verbeterplan
from verbeterplan.tasks import pdfs_nakijken, render_plan_pdf
from verbeterplan.tests.factories import ActieFactory


def vraag_pdf(client, plan, soort="volledig", **kwargs):
    """Asks for a PDF and runs the task the way the demo does: eagerly, after the commit."""
    url = reverse("verbeterplan:pdf_aanvragen", args=[plan.school.pk, plan.pk, soort])
    with TestCase.captureOnCommitCallbacks(execute=True):
        return client.post(url, **kwargs)


def download_url(export):
    return reverse(
        "verbeterplan:pdf_download", args=[export.plan.school.pk, export.plan.pk, export.pk]
    )


def lees(inhoud: bytes) -> tuple[pypdf.PdfReader, str]:
    reader = pypdf.PdfReader(io.BytesIO(inhoud))
    tekst = "\n".join(page.extract_text() for page in reader.pages)
    return reader, re.sub(r"\s+", " ", tekst)


def lettertypen(reader: pypdf.PdfReader) -> set[str]:
    """The fonts a PDF embeds, without the prefix that names their subset."""
    namen = set()

    def zoek(resources):
        for font in (resources.get("/Font") or {}).values():
            namen.add(font.get_object()["/BaseFont"].split("+", 1)[-1])
        for xobject in (resources.get("/XObject") or {}).values():
            zoek(xobject.get_object().get("/Resources") or {})

    for page in reader.pages:
        zoek(page["/Resources"])
    return namen


def download(client, export) -> bytes:
    response = client.get(download_url(export))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    return b"".join(response.streaming_content)


class TestVolledigePdf:
    def test_the_pdf_holds_title_sections_and_every_action(self, client, kartrekker, volledig_plan):
        client.force_login(kartrekker)
        response = vraag_pdf(client, volledig_plan)
        export = PdfExport.objects.get()
        assert response.url.endswith(f"/pdf/{export.pk}/")
        assert export.status == ExportStatus.KLAAR

        reader, tekst = lees(download(client, export))
        assert reader.metadata.title == "Verbeterplan Eigenaarschap huiswerk – Het Baken"
        assert reader.trailer["/Root"]["/Lang"] == "nl"
        assert len(reader.pages) > 1
        assert "Het Baken" in tekst
        assert "Eigenaarschap huiswerk" in tekst
        assert "concept" in tekst
        for kop in (
            "Inhoud",
            "1. Doelen",
            "2. Acties",
            "3. Tijdpad",
            "4. Communicatie",
            "5. Evaluatie",
            "6. Randvoorwaarden",
            "7. Aanpak",
            "8. Veranderstrategie",
            "9. Onderbouwing",
            "10. Besluit",
        ):
            assert kop in tekst
        for actie in volledig_plan.acties.all():
            assert actie.wat in tekst
        assert "Pagina 2 van" in tekst

    def test_a_large_plan_spans_pages_with_the_table_header_on_each(
        self, client, kartrekker, volledig_plan
    ):
        for i in range(120):
            ActieFactory(plan=volledig_plan, wat=f"Lange actie nummer {i}")
        client.force_login(kartrekker)
        vraag_pdf(client, volledig_plan)
        reader, tekst = lees(download(client, PdfExport.objects.get()))
        assert len(reader.pages) > 4
        assert "Lange actie nummer 119" in tekst
        pagina_met_acties = [
            p.extract_text() for p in reader.pages if "Lange actie" in p.extract_text()
        ]
        assert len(pagina_met_acties) > 1
        assert all("Deadline" in pagina for pagina in pagina_met_acties)

    def test_the_same_state_is_rendered_once(self, client, kartrekker, volledig_plan):
        client.force_login(kartrekker)
        vraag_pdf(client, volledig_plan)
        vraag_pdf(client, volledig_plan)
        assert PdfExport.objects.count() == 1
        ActieFactory(plan=volledig_plan, wat="Nieuwe actie")
        vraag_pdf(client, volledig_plan)
        assert PdfExport.objects.count() == 2

    def test_htmx_gets_the_status_with_polling_until_done(
        self, client, kartrekker, volledig_plan, monkeypatch
    ):
        # As with a real worker: the task has not run yet when the page answers.
        monkeypatch.setattr(render_plan_pdf, "delay", lambda *args: None)
        client.force_login(kartrekker)
        response = vraag_pdf(client, volledig_plan, headers={"HX-Request": "true"})
        assert 'hx-trigger="every 1s"' in response.text
        assert "De PDF wordt gemaakt" in response.text
        export = PdfExport.objects.get()
        render_plan_pdf.apply(args=[export.pk])
        status_url = reverse(
            "verbeterplan:pdf_status", args=[volledig_plan.school.pk, volledig_plan.pk, export.pk]
        )
        response = client.get(status_url, headers={"HX-Request": "true"})
        assert "hx-trigger" not in response.text
        assert download_url(export) in response.text


class TestSamenvatting:
    def test_the_summary_stays_on_one_page(self, client, teamlid, volledig_plan):
        for i in range(60):
            ActieFactory(plan=volledig_plan, wat=f"Actie {i}")
        client.force_login(teamlid)
        vraag_pdf(client, volledig_plan, soort="samenvatting")
        reader, tekst = lees(download(client, PdfExport.objects.get()))
        assert len(reader.pages) == 1
        assert reader.metadata.title.startswith("Het plan op één A4")
        for kop in ("Doelen", "Tijdpad", "Evaluatie", "Wie doet wat"):
            assert kop in tekst
        assert "Sectie Nederlands" in tekst
        assert "zie het volledige plan" in tekst

    def test_a_very_large_plan_still_fits_with_what_was_left_out_named(self, volledig_plan):
        lang = (
            "Leerlingen in de onderbouw plannen hun huiswerk zelf en houden dat bij in een "
            "weekplanner die de mentor wekelijks met hen doorneemt en bespreekt"
        )
        doc = pdf.document(volledig_plan)
        doc["doelen"] = [doc["doelen"][0] | {"omschrijving": lang, "indicator": lang}] * 20
        doc["acties"] = [
            doc["acties"][0]
            | {
                "wat": lang * 2,
                "owner": "Annemarie van der Velde-Bakker",
                "owner_text": "sectie Nederlands en de mediatheek",
                "status": "bezig",
            }
        ] * 300
        doc["mijlpalen"] = [doc["mijlpalen"][0] | {"omschrijving": lang}] * 30
        doc["evaluatie"] = [doc["evaluatie"][0] | {"omschrijving": lang}] * 20
        reader, tekst = lees(pdf.render(doc, "samenvatting"))
        assert len(reader.pages) == 1
        assert "En nog 15 andere doelen" in tekst
        assert "En nog 22 andere mijlpalen" in tekst
        assert "En nog 15 andere evaluatiemomenten" in tekst
        assert "En nog 288 andere acties: zie het volledige plan" in tekst


class TestToegang:
    @pytest.mark.parametrize("gebruiker", ["teamlid", "bestuurslid", "schoolleider"])
    def test_everyone_who_reads_the_plan_downloads_it(
        self, client, request, volledig_plan, gebruiker
    ):
        client.force_login(request.getfixturevalue(gebruiker))
        vraag_pdf(client, volledig_plan, soort="samenvatting")
        download(client, PdfExport.objects.get())

    def test_another_school_gets_404_for_the_download(
        self, client, kartrekker, outsider, volledig_plan
    ):
        client.force_login(kartrekker)
        vraag_pdf(client, volledig_plan, soort="samenvatting")
        export = PdfExport.objects.get()
        client.force_login(outsider)
        assert client.get(download_url(export)).status_code == 404
        status_url = reverse(
            "verbeterplan:pdf_status", args=[volledig_plan.school.pk, volledig_plan.pk, export.pk]
        )
        assert client.get(status_url).status_code == 404
        school = outsider.lidmaatschappen.get().school
        eigen_school = reverse(
            "verbeterplan:pdf_download", args=[school.pk, volledig_plan.pk, export.pk]
        )
        assert client.get(eigen_school).status_code == 404
        assert vraag_pdf(client, volledig_plan).status_code == 404

    def test_anonymous_visitors_are_sent_to_login(self, client, volledig_plan, kartrekker):
        client.force_login(kartrekker)
        vraag_pdf(client, volledig_plan, soort="samenvatting")
        client.logout()
        response = client.get(download_url(PdfExport.objects.get()))
        assert response.status_code == 302
        assert "/account/login/" in response.url


class TestGeweigerdeUrls:
    @pytest.mark.parametrize(
        "url",
        [
            "file:///etc/passwd",
            "http://example.org/logo.png",
            "https://example.org/logo.png",
            "https://static.koers.invalid.example.org/css/pdf.css",
            "https://static.koers.invalid/../../../../etc/passwd",
            "https://static.koers.invalid/css/%2e%2e/%2e%2e/config/settings.py",
            "https://static.koers.invalid/css/niet-bestaand.css",
            "data:image/png;base64,iVBORw0KGgo=",
            "ftp://example.org/x.css",
        ],
    )
    def test_only_our_own_static_files_are_fetched(self, url):
        with pytest.raises(GeweigerdeURL):
            static_path(url)

    def test_our_stylesheet_and_font_are_served(self):
        assert static_path("https://static.koers.invalid/css/pdf.css").endswith("pdf.css")
        assert static_path("https://static.koers.invalid/fonts/DejaVuSans.ttf")

    def test_a_forbidden_image_leaves_an_inert_pdf(self):
        html = (
            '<html lang="nl"><title>Proef</title><body><p>Tekst</p>'
            '<img src="file:///etc/passwd"><img src="https://example.org/x.png">'
            '<link rel="stylesheet" href="http://example.org/x.css"></body></html>'
        )
        inhoud = render_pdf(html)
        reader, tekst = lees(inhoud)
        assert "Tekst" in tekst
        assert "root:" not in tekst
        assert not reader.pages[0]["/Resources"].get("/XObject")

    def test_html_typed_into_the_plan_stays_inert(self, client, kartrekker, volledig_plan):
        volledig_plan.wat_iedereen_doet = (
            'Kijk <img src="file:///etc/passwd"> en <img src="https://example.org/t.png">'
        )
        volledig_plan.save()
        client.force_login(kartrekker)
        vraag_pdf(client, volledig_plan)
        reader, tekst = lees(download(client, PdfExport.objects.get()))
        assert "root:" not in tekst
        assert all(not page["/Resources"].get("/XObject") for page in reader.pages)


class TestWorker:
    def test_a_worker_process_is_ready_to_render_when_it_starts(self, volledig_plan):
        from celery.signals import worker_process_init

        from core import pdf as core_pdf

        core_pdf._stylesheets.cache_clear()
        worker_process_init.send(sender=None)
        geladen = core_pdf._stylesheets.cache_info()
        assert geladen.currsize == 1
        pdf.render(pdf.document(volledig_plan), "samenvatting")
        assert core_pdf._stylesheets.cache_info().misses == geladen.misses

    def test_a_failing_render_is_retried_with_backoff_then_marked_failed(
        self, volledig_plan, monkeypatch
    ):
        def faalt(export):
            raise OSError("schijf vol")

        pauzes = []

        def retry(exc, countdown):
            pauzes.append(countdown)
            return Retry(exc=exc, when=countdown)

        monkeypatch.setattr(pdf, "maak", faalt)
        monkeypatch.setattr(render_plan_pdf, "retry", retry)
        export, _nieuw = pdf.vraag_aan(volledig_plan, "volledig")
        # As in the worker: each try is a new request with the number of earlier tries.
        for poging in range(render_plan_pdf.max_retries):
            render_plan_pdf.push_request(retries=poging, is_eager=False)
            try:
                with pytest.raises(Retry):
                    render_plan_pdf.run(export.pk)
            finally:
                render_plan_pdf.pop_request()
        assert pauzes == [10, 20, 40]
        export.refresh_from_db()
        assert export.status == ExportStatus.WACHTEND

        render_plan_pdf.push_request(retries=render_plan_pdf.max_retries, is_eager=False)
        try:
            render_plan_pdf.run(export.pk)
        finally:
            render_plan_pdf.pop_request()
        export.refresh_from_db()
        assert export.status == ExportStatus.MISLUKT
        assert "schijf vol" in export.fout

    def test_without_a_worker_a_failure_shows_at_once_and_can_be_retried(
        self, client, kartrekker, volledig_plan, monkeypatch
    ):
        def faalt(export):
            raise OSError("schijf vol")

        monkeypatch.setattr(pdf, "maak", faalt)
        client.force_login(kartrekker)
        vraag_pdf(client, volledig_plan)
        export = PdfExport.objects.get()
        assert export.status == ExportStatus.MISLUKT
        response = client.get(
            reverse(
                "verbeterplan:pdf_status",
                args=[volledig_plan.school.pk, volledig_plan.pk, export.pk],
            )
        )
        assert "mislukt" in response.text
        monkeypatch.undo()
        vraag_pdf(client, volledig_plan)
        export.refresh_from_db()
        assert export.status == ExportStatus.KLAAR

    def test_a_render_lost_with_its_worker_is_asked_for_again(self, volledig_plan):
        export, _nieuw = pdf.vraag_aan(volledig_plan, "volledig")
        with time_machine.travel(timezone.now() + datetime.timedelta(minutes=5)):
            assert pdf.vraag_aan(volledig_plan, "volledig") == (export, False)
        with time_machine.travel(timezone.now() + datetime.timedelta(minutes=11)):
            assert pdf.vraag_aan(volledig_plan, "volledig") == (export, True)

    def test_the_task_has_a_time_limit(self):
        assert render_plan_pdf.soft_time_limit == 60
        assert render_plan_pdf.time_limit == 90


class TestZonderWeasyprint:
    def test_the_page_says_what_to_install(self, client, kartrekker, plan, monkeypatch):
        monkeypatch.setattr(
            "verbeterplan.views.weasyprint_fout", lambda: "cannot load library 'pango-1.0-0'"
        )
        client.force_login(kartrekker)
        page = client.get(plan.get_absolute_url()).text
        assert "libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0" in page
        assert "PDF van het hele plan" not in page
        response = vraag_pdf(client, plan)
        assert response.status_code == 302
        assert not PdfExport.objects.exists()


class TestIndicatorgrafiek:
    def test_a_goal_with_measurements_gets_its_chart_and_a_new_pdf(
        self, client, kartrekker, volledig_plan
    ):
        from monitoring.models import Meting

        client.force_login(kartrekker)
        vraag_pdf(client, volledig_plan)
        doel = volledig_plan.doelen.first()
        Meting.objects.create(doel=doel, datum=datetime.date(2026, 10, 1), waarde=45)
        Meting.objects.create(doel=doel, datum=datetime.date(2026, 12, 1), waarde=55)
        vraag_pdf(client, volledig_plan)
        assert PdfExport.objects.count() == 2
        export = PdfExport.objects.latest("pk")
        assert export.document["doelen"][0]["grafiek"].startswith("<svg")
        reader, _tekst = lees(download(client, export))
        assert len(reader.pages) > 1
        # The chart's labels are set in the plan's own letter, like the rest of the PDF.
        assert {naam.split("-")[0] for naam in lettertypen(reader)} == {"Koers"}


@pytest.mark.parametrize("soort", list(pdf.TEMPLATES))
def test_typed_text_stays_text_in_the_pdf_and_its_chart(volledig_plan, soort):
    hostile = '<img src=x onerror=alert(1)><a hx-post="/x">klik</a>'
    doel = volledig_plan.doelen.first()
    doel.omschrijving = doel.indicator = hostile
    doel.eenheid = "<b hx-get=/x>%</b>"
    doel.save()
    Meting.objects.create(doel=doel, datum=datetime.date(2026, 11, 1), waarde=50)
    Meting.objects.create(doel=doel, datum=datetime.date(2026, 11, 8), observatie=hostile)
    volledig_plan.randvoorwaarden.update(toelichting=hostile)
    volledig_plan.wat_iedereen_doet = hostile
    volledig_plan.save()
    html = pdf.html(pdf.document(volledig_plan), soort)
    assert "<img" not in html
    assert "<b hx-get" not in html
    assert "hx-post" not in html.replace("hx-post=&quot;", "")
    assert "&lt;img src=x onerror=alert(1)&gt;" in html


def status_url(export):
    return reverse(
        "verbeterplan:pdf_status", args=[export.plan.school.pk, export.plan.pk, export.pk]
    )


class TestBrokerOnbereikbaar:
    def test_asking_while_the_broker_is_down_says_queued_and_renders_once_it_is_back(
        self, client, kartrekker, volledig_plan, broker_down
    ):
        client.force_login(kartrekker)
        response = vraag_pdf(client, volledig_plan, headers={"HX-Request": "true"})
        assert response.status_code == 200
        export = PdfExport.objects.get()
        assert export.status == ExportStatus.WACHTRIJ
        assert "in de wachtrij" in client.get(status_url(export)).text
        # The beat job runs in the worker, so only while the broker is up; still down, it
        # leaves the row as it is.
        assert pdfs_nakijken() == 0
        export.refresh_from_db()
        assert export.status == ExportStatus.WACHTRIJ

    def test_asking_again_while_queued_tries_to_hand_it_over_again(self, volledig_plan):
        export, _nieuw = pdf.vraag_aan(volledig_plan, "volledig")
        PdfExport.objects.filter(pk=export.pk).update(status=ExportStatus.WACHTRIJ)
        assert pdf.vraag_aan(volledig_plan, "volledig") == (export, True)

    def test_once_the_broker_is_back_the_beat_job_makes_the_queued_render(self, volledig_plan):
        export, _nieuw = pdf.vraag_aan(volledig_plan, "volledig")
        PdfExport.objects.filter(pk=export.pk).update(status=ExportStatus.WACHTRIJ)
        assert pdfs_nakijken() == 1
        export.refresh_from_db()
        assert export.status == ExportStatus.KLAAR


class TestVerlorenRender:
    @pytest.fixture
    def gestorven(self, volledig_plan):
        """A render whose worker was killed half-way: the row says "bezig" and nobody works."""
        export, _nieuw = pdf.vraag_aan(volledig_plan, "volledig")
        nu = timezone.now()
        PdfExport.objects.filter(pk=export.pk).update(
            status=ExportStatus.BEZIG, gestart_op=nu, deadline=nu + RENDER_DEADLINE, pogingen=1
        )
        return export

    def test_a_render_past_its_deadline_shows_it_died_and_can_be_asked_again_at_once(
        self, client, kartrekker, gestorven
    ):
        client.force_login(kartrekker)
        net_na_de_start = timezone.now() + datetime.timedelta(seconds=30)
        with time_machine.travel(net_na_de_start):
            assert "De PDF wordt gemaakt" in client.get(status_url(gestorven)).text
            assert pdf.vraag_aan(gestorven.plan, "volledig") == (gestorven, False)
        voorbij = timezone.now() + RENDER_DEADLINE + datetime.timedelta(seconds=1)
        with time_machine.travel(voorbij):
            response = client.get(status_url(gestorven), headers={"HX-Request": "true"})
            assert "Mislukt: de verwerking is onderbroken" in response.text
            assert "hx-trigger" not in response.text
            vraag_pdf(client, gestorven.plan)
        gestorven.refresh_from_db()
        assert gestorven.status == ExportStatus.KLAAR
        assert gestorven.pogingen == 2

    def test_the_beat_job_marks_a_died_render(self, client, kartrekker, gestorven):
        assert pdfs_nakijken() == 0
        gestorven.refresh_from_db()
        assert gestorven.status == ExportStatus.BEZIG
        with time_machine.travel(timezone.now() + RENDER_DEADLINE + datetime.timedelta(seconds=1)):
            pdfs_nakijken()
        gestorven.refresh_from_db()
        assert gestorven.status == ExportStatus.MISLUKT
        client.force_login(kartrekker)
        assert "Mislukt: de verwerking is onderbroken" in client.get(status_url(gestorven)).text

    def test_a_task_delivered_again_for_a_finished_render_does_nothing(self, volledig_plan):
        export, _nieuw = pdf.vraag_aan(volledig_plan, "volledig")
        render_plan_pdf.apply(args=[export.pk])
        export.refresh_from_db()
        assert (export.status, export.pogingen) == (ExportStatus.KLAAR, 1)
        bestand = export.bestand.name
        render_plan_pdf.apply(args=[export.pk])
        export.refresh_from_db()
        assert (export.status, export.pogingen, export.bestand.name) == (
            ExportStatus.KLAAR,
            1,
            bestand,
        )

    def test_a_second_delivery_leaves_a_running_render_alone(self, gestorven):
        render_plan_pdf.apply(args=[gestorven.pk])
        gestorven.refresh_from_db()
        assert (gestorven.status, gestorven.pogingen) == (ExportStatus.BEZIG, 1)


def test_the_document_is_read_in_the_same_queries_for_more_goals_and_versions(
    volledig_plan, schoolleider
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from verbeterplan.tests.factories import DoelFactory

    def meet():
        for doel in volledig_plan.doelen.all():
            Meting.objects.create(doel=doel, datum=datetime.date(2026, 10, 1), waarde=45)
        with CaptureQueriesContext(connection) as queries:
            doc = pdf.document(Verbeterplan.objects.get(pk=volledig_plan.pk))
        assert all(doel["grafiek"].startswith("<svg") for doel in doc["doelen"])
        return len(queries)

    volledig_plan.leg_besluit_vast(
        by=schoolleider, datum=datetime.date(2026, 6, 1), besloten_door="Team", aangenomen=True
    )
    klein = meet()
    for _ in range(6):
        DoelFactory(plan=volledig_plan)
    for _ in range(3):
        volledig_plan.start_bijstelling(by=schoolleider, reden="Monitoring")
        ActieFactory(plan=volledig_plan)
        volledig_plan.rond_bijstelling_af(by=schoolleider)
    assert meet() == klein
