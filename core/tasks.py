import datetime
import logging

from celery import Task, shared_task
from django.utils import timezone
from kombu.exceptions import OperationalError
from redis.exceptions import ConnectionError as RedisConnectionError

from .models import FormToken

logger = logging.getLogger(__name__)


def enqueue(task: Task, *args) -> bool:
    """Hands a task to the broker; says whether that worked. A broker that is down costs the
    page nothing: whoever calls this has recorded the work first, and a beat job hands over
    what is still waiting once the broker is back."""
    try:
        task.delay(*args)
    except (OperationalError, RedisConnectionError) as exc:
        logger.warning("Broker onbereikbaar, %s%r blijft in de wachtrij: %s", task.name, args, exc)
        return False
    return True


@shared_task
def formtokens_opruimen() -> int:
    """Beat job: forgets form tokens older than a day; a repeat comes within seconds."""
    grens = timezone.now() - datetime.timedelta(days=1)
    return FormToken.objects.filter(created_at__lt=grens).delete()[0]
