import logging

from celery import shared_task
from celery.exceptions import SoftTimeLimitExceeded
from celery.signals import worker_process_init

from core.pdf import voorbereiden
from core.tasks import enqueue

from . import pdf
from .models import RENDER_TIJDSLIMIET, ExportStatus, PdfExport

logger = logging.getLogger(__name__)


@shared_task(
    bind=True,
    max_retries=3,
    soft_time_limit=RENDER_TIJDSLIMIET - 30,
    time_limit=RENDER_TIJDSLIMIET,
    acks_late=True,
)
def render_plan_pdf(self, export_pk: int) -> None:
    """Renders one PDF. A failure is retried with a growing pause (10 s, 20 s, 40 s); after the
    last try the export is marked failed, so the page stops waiting and offers a new try."""
    export = PdfExport.objects.filter(pk=export_pk).select_related("plan").first()
    if export is None:
        return
    try:
        pdf.maak(export)
    except SoftTimeLimitExceeded:
        export.markeer_mislukt("Het maken van de PDF duurde te lang.")
    except Exception as exc:
        if self.request.is_eager or self.request.retries >= self.max_retries:
            # Run eagerly (the demo) there is no worker to try again later.
            logger.exception("PDF %s mislukt", export_pk)
            export.markeer_mislukt(f"{exc.__class__.__name__}: {exc}")
            return
        export.geef_vrij()
        raise self.retry(exc=exc, countdown=10 * 2**self.request.retries) from exc


@worker_process_init.connect
def pdf_voorbereiden(**_kwargs) -> None:
    """Every worker process gets ready to render as it starts (WeasyPrint, the stylesheet and
    its fonts take a third of a second), so the first PDF it makes is as quick as the rest."""
    voorbereiden(pdf.STIJLEN)


def geef_door(export_pk: int) -> bool:
    """Hands a recorded render to the worker. While the broker is down the row says it is
    queued, and `pdfs_nakijken` hands it over later."""
    if enqueue(render_plan_pdf, export_pk):
        # A worker may have taken it already; only a row still queued is changed.
        PdfExport.objects.filter(pk=export_pk, status=ExportStatus.WACHTRIJ).update(
            status=ExportStatus.WACHTEND
        )
        return True
    PdfExport.objects.filter(pk=export_pk, status=ExportStatus.WACHTEND).update(
        status=ExportStatus.WACHTRIJ
    )
    return False


@shared_task
def pdfs_nakijken() -> int:
    """Beat job: marks renders that died with their worker as failed, and hands over every
    render that waited for the broker. Returns how many were handed over."""
    PdfExport.objects.markeer_onderbroken()
    doorgegeven = 0
    wachtrij = PdfExport.objects.filter(status=ExportStatus.WACHTRIJ).order_by("created_at")
    for export_pk in wachtrij.values_list("pk", flat=True):
        if not geef_door(export_pk):
            break
        doorgegeven += 1
    return doorgegeven
