"""The production setup as an operator gets it: docker-compose.yml, Dockerfile, .env.example."""

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def compose():
    return yaml.safe_load((ROOT / "docker-compose.yml").read_text())


def test_every_service_the_settings_need_is_there(compose):
    services = compose["services"]
    assert {"db", "redis", "web", "worker", "beat"} <= set(services)
    app_env = services["web"]["environment"]
    database_host = re.search(r"@([\w-]+):5432/", app_env["DATABASE_URL"]).group(1)
    redis_host = re.search(r"redis://([\w-]+):6379", app_env["REDIS_URL"]).group(1)
    assert services[database_host]["image"].startswith("postgres:")
    assert services[redis_host]["image"].startswith("redis:")
    for name in ("web", "worker", "beat", "migrate"):
        assert services[name]["environment"]["DJANGO_PRODUCTION"] == "1"
        assert services[name]["environment"]["REDIS_URL"] == app_env["REDIS_URL"]


def test_processes_run_the_real_servers(compose):
    services = compose["services"]
    assert services["web"]["command"][0] == "gunicorn"
    assert services["worker"]["command"][:4] == ["celery", "-A", "config", "worker"]
    assert services["beat"]["command"][:4] == ["celery", "-A", "config", "beat"]
    assert services["beat"]["deploy"]["replicas"] == 1
    assert services["migrate"]["command"][-2:] == ["migrate", "--noinput"]


def test_long_running_services_have_health_checks_and_data_has_volumes(compose):
    services = compose["services"]
    for name in ("db", "redis", "web", "worker"):
        assert services[name]["healthcheck"]["test"], name
    assert any("/var/lib/postgresql/data" in v for v in services["db"]["volumes"])
    assert "postgres" in compose["volumes"]
    web_check = " ".join(services["web"]["healthcheck"]["test"])
    assert "/health/" in web_check


def test_image_runs_as_a_non_root_user():
    dockerfile = (ROOT / "Dockerfile").read_text()
    user_lines = [line.split()[1] for line in dockerfile.splitlines() if line.startswith("USER ")]
    assert user_lines
    assert user_lines[-1] not in {"root", "0"}
    assert "libpango-1.0-0" in dockerfile


def test_env_example_names_every_secret_the_settings_require():
    names = {
        line.split("=", 1)[0]
        for line in (ROOT / ".env.example").read_text().splitlines()
        if line and not line.startswith("#")
    }
    assert {"SECRET_KEY", "POSTGRES_PASSWORD", "ALLOWED_HOSTS", "EMAIL_URL", "SITE_URL"} <= names


def _manage(*args, **env):
    local_only = {"DATABASE_URL", "REDIS_URL", "DJANGO_ALLOW_ASYNC_UNSAFE"}
    clean = {k: v for k, v in os.environ.items() if k not in local_only}
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env={**clean, **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_refuses_to_start_without_a_real_secret_key():
    result = _manage("check", DJANGO_PRODUCTION="1", SECRET_KEY="", ALLOWED_HOSTS="x.nl")
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_production_settings_pass_the_deploy_check():
    result = _manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        DJANGO_PRODUCTION="1",
        SECRET_KEY="x" * 20 + "a-long-and-random-enough-secret-key-for-this-check-0123",
        ALLOWED_HOSTS="koers.example.nl",
    )
    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout


def test_the_demo_refuses_to_run_in_production(tmp_path):
    """The demo creates accounts whose password is in the README."""
    database = tmp_path / "productie.sqlite3"
    result = _manage(
        "demo",
        DJANGO_PRODUCTION="1",
        SECRET_KEY="x" * 20 + "a-long-and-random-enough-secret-key-for-this-check-0123",
        ALLOWED_HOSTS="koers.example.nl",
        DATABASE_URL=f"sqlite:///{database}",
    )
    assert result.returncode != 0
    assert "draait niet in productie" in result.stderr
    assert not database.exists() or database.stat().st_size == 0
