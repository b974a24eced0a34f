from django import template

from core.dates import show_date
from core.markdown import render_markdown

register = template.Library()


@register.filter
def markdown(text):
    """Renders user-written Markdown as sanitised HTML: {{ note.tekst|markdown }}."""
    return render_markdown(text)


@register.filter
def schooldatum(value, fmt="j F"):
    """A date in `fmt`, with its year whenever it lies outside the current school year:
    {{ actie.deadline|schooldatum:"j F" }}."""
    return show_date(value, fmt)
