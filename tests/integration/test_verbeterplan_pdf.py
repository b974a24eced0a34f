import io

import pypdf
from django.core.files.storage import default_storage

from cyclus.tests.factories import SpeerpuntFactory
from verbeterplan import pdf
from verbeterplan.models import ExportStatus
from verbeterplan.tasks import render_plan_pdf
from verbeterplan.tests.factories import compleet_plan

from .conftest import wait_for


def test_the_worker_renders_the_pdf_that_the_page_polls_for(celery_worker):
    speerpunt = SpeerpuntFactory(titel="Eigenaarschap huiswerk")
    plan = compleet_plan(speerpunt.huidige_cyclus)
    export, nieuw = pdf.vraag_aan(plan, "volledig")
    assert nieuw
    render_plan_pdf.delay(export.pk)

    def klaar():
        export.refresh_from_db()
        return export.status == ExportStatus.KLAAR

    assert wait_for(klaar), f"the PDF was not rendered: {export.status} {export.fout}"
    try:
        with default_storage.open(export.bestand.name, "rb") as handle:
            reader = pypdf.PdfReader(io.BytesIO(handle.read()))
        assert reader.metadata.title.startswith("Verbeterplan Eigenaarschap huiswerk")
        assert len(reader.pages) > 1
    finally:
        default_storage.delete(export.bestand.name)
