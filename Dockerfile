FROM python:3.11-slim-bookworm

# The system libraries WeasyPrint needs to render PDFs, a font, and gettext for translations.
RUN apt-get update \
    && apt-get install -y --no-install-recommends \
        libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 fonts-dejavu-core gettext \
    && rm -rf /var/lib/apt/lists/*

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    DJANGO_PRODUCTION=1

RUN useradd --create-home --uid 1000 koers
WORKDIR /app

COPY pyproject.toml README.md ./
RUN pip install --upgrade pip && pip install .
COPY --chown=koers:koers . .

# collectstatic needs settings that load, not real secrets.
RUN SECRET_KEY=build-only-placeholder-key-that-is-long-enough-for-the-settings-check \
    ALLOWED_HOSTS=localhost python manage.py collectstatic --noinput \
    && mkdir -p /app/media && chown koers:koers /app/media

USER koers
EXPOSE 8000
CMD ["gunicorn", "config.wsgi", "--bind", "0.0.0.0:8000", "--workers", "3", "--access-logfile", "-"]
