"""Every subject the product puts on an e-mail is one header line."""

import ast
from pathlib import Path

from django.conf import settings
from django.core.mail import EmailMessage

from core.mail import ONDERWERP_MAX, onderwerpregel

# The ways to build an e-mail; the subject is their first argument.
MAILBOUWERS = {"EmailMessage", "EmailMultiAlternatives", "send_mail"}


def test_line_breaks_and_runs_of_space_become_one_space():
    assert onderwerpregel("  Na zes\r\nweken\n\tsamen \u2028verder ") == "Na zes weken samen verder"


def test_a_long_subject_is_cut_with_an_ellipsis():
    onderwerp = onderwerpregel("woord " * 100)
    assert len(onderwerp) == ONDERWERP_MAX
    assert onderwerp.endswith("woord…")
    assert onderwerpregel("kort") == "kort"


def test_the_result_is_a_header_django_accepts():
    bericht = EmailMessage(onderwerpregel("Eerste\nTweede\rDerde"), "tekst", to=["a@b.nl"])
    assert bericht.message()["Subject"] == "Eerste Tweede Derde"


def _mailaanroepen():
    for pad in sorted(Path(settings.BASE_DIR).rglob("*.py")):
        delen = pad.relative_to(settings.BASE_DIR).parts
        if {".venv", "tests", "migrations", "node_modules"} & set(delen):
            continue
        for knoop in ast.walk(ast.parse(pad.read_text(), filename=str(pad))):
            if not isinstance(knoop, ast.Call):
                continue
            functie = knoop.func
            naam = (
                functie.attr if isinstance(functie, ast.Attribute) else getattr(functie, "id", "")
            )
            if naam in MAILBOUWERS:
                yield pad, knoop


def test_every_mail_the_product_builds_takes_its_subject_from_onderwerpregel():
    aanroepen = list(_mailaanroepen())
    assert aanroepen, "no e-mail found: the scan is broken"
    zonder = []
    for pad, knoop in aanroepen:
        onderwerp = knoop.args[0] if knoop.args else None
        onderwerp = next((k.value for k in knoop.keywords if k.arg == "subject"), onderwerp)
        if not (
            isinstance(onderwerp, ast.Call)
            and getattr(onderwerp.func, "id", None) == "onderwerpregel"
        ):
            zonder.append(f"{pad.relative_to(settings.BASE_DIR)}:{knoop.lineno}")
    assert zonder == []
