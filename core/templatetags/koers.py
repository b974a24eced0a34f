from django import template

from core.markdown import render_markdown

register = template.Library()


@register.filter
def markdown(text):
    """Renders user-written Markdown as sanitised HTML: {{ note.tekst|markdown }}."""
    return render_markdown(text)
