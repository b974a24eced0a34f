"""A real Celery worker, on the local Redis, against the PostgreSQL test database.

The test process publishes to Redis; the worker, a separate process, picks the task up, reads
the committed test data and writes every e-mail it sends as a file into `outbox_dir`.
"""

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from django.conf import settings

from config.celery import app as celery_app

REDIS_URL = os.environ.get("INTEGRATION_REDIS_URL", "redis://127.0.0.1:6379/15")
ROOT = Path(__file__).resolve().parents[2]


def pytest_collection_modifyitems(items):
    for item in items:
        if "/integration/" in str(item.path):
            item.add_marker(pytest.mark.integration)


@pytest.fixture
def outbox_dir(tmp_path):
    path = tmp_path / "outbox"
    path.mkdir()
    return path


def sent_messages(outbox_dir: Path) -> list[str]:
    """Every message the worker wrote, one string each (the file backend separates them)."""
    separator = "-" * 79
    messages = []
    for file in sorted(outbox_dir.iterdir()):
        messages += [m for m in file.read_text().split(separator) if m.strip()]
    return messages


@pytest.fixture
def celery_worker(transactional_db, outbox_dir):
    database = settings.DATABASES["default"]
    if database["ENGINE"] != "django.db.backends.postgresql":
        pytest.fail("Integration tests need DATABASE_URL to point at PostgreSQL.")
    database_url = (
        f"postgres://{database['USER']}@{database['HOST']}:{database['PORT']}/{database['NAME']}"
    )
    env = {
        **os.environ,
        "DATABASE_URL": database_url,
        "REDIS_URL": REDIS_URL,
        "EMAIL_URL": "filemail://",
        "EMAIL_FILE_PATH": str(outbox_dir),
    }
    redis = __import__("redis").Redis.from_url(REDIS_URL)
    redis.flushdb()
    worker = subprocess.Popen(
        [sys.executable, "-m", "celery", "-A", "config", "worker", "--pool=solo",
         "--without-heartbeat", "--without-gossip", "--without-mingle", "--loglevel=INFO",
         "--hostname=integration@%h"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )  # fmt: skip
    celery_app.conf.update(broker_url=REDIS_URL, task_always_eager=False)
    try:
        deadline = time.monotonic() + 30
        while not celery_app.control.ping(timeout=0.5):
            if worker.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"The Celery worker did not start:\n{worker.stdout.read()}")
        yield worker
    finally:
        celery_app.conf.update(broker_url=settings.CELERY_BROKER_URL, task_always_eager=True)
        worker.terminate()
        output, _ = worker.communicate(timeout=30)
        # Shown by pytest when the test failed: what the worker did and why.
        print(output)
        redis.flushdb()


def wait_for(condition, timeout=30.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.2)
    return False
