import logging

from celery import shared_task
from celery.exceptions import SoftTimeLimitExceeded

from .models import PdfExport

logger = logging.getLogger(__name__)


@shared_task(bind=True, max_retries=3, soft_time_limit=60, time_limit=90, acks_late=True)
def render_plan_pdf(self, export_pk: int) -> None:
    """Renders one PDF. A failure is retried with a growing pause (10 s, 20 s, 40 s); after the
    last try the export is marked failed, so the page stops waiting and offers a new try."""
    export = PdfExport.objects.filter(pk=export_pk).select_related("plan").first()
    if export is None:
        return
    try:
        export.render()
    except SoftTimeLimitExceeded:
        export.markeer_mislukt("Het maken van de PDF duurde te lang.")
    except Exception as exc:
        if self.request.is_eager or self.request.retries >= self.max_retries:
            # Run eagerly (the demo) there is no worker to try again later.
            logger.exception("PDF %s mislukt", export_pk)
            export.markeer_mislukt(f"{exc.__class__.__name__}: {exc}")
            return
        raise self.retry(exc=exc, countdown=10 * 2**self.request.retries) from exc
