"""Demo reminders: dispatched the way the demo always does it, with the `herinneringen`
management command, after the other apps filled the schools, so the header shows unread
notifications."""

import io

from django.core.management import call_command

from scholen.demo import Demo


def vul(demo: Demo) -> None:
    call_command("herinneringen", stdout=io.StringIO())
