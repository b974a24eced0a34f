"""User-written rich text: Markdown in, sanitised HTML out.

Notes, findings and updates are typed by users; whatever they type (a <script>, an onerror=,
a javascript: link, an hx-post) must come out inert for every reader. The sanitiser keeps only
the tags and attributes listed here, and the result always sits in a container with
`hx-disable`, so htmx would ignore an attribute inside it even if one got through.
"""

import functools

import markdown as markdown_lib
import nh3
from django.utils.safestring import SafeString, mark_safe

ALLOWED_TAGS = {
    "p", "br", "strong", "em", "ul", "ol", "li", "blockquote", "code", "pre",
    "h3", "h4", "a", "hr", "table", "thead", "tbody", "tr", "th", "td",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}, "th": {"scope"}}


def render_markdown(text: str) -> SafeString:
    # nh3 has just removed everything not on the lists above.
    return mark_safe(f'<div class="opgemaakt" hx-disable>{_sanitised(text or "")}</div>')  # noqa: S308


# Rendering Markdown costs far more than a page's other work per text, and pages show the same
# texts on every view. The result depends on the text alone, so a text seen before, by anyone,
# is served from this process's memory; the bound keeps a worker's memory in check.
@functools.lru_cache(maxsize=2048)
def _sanitised(text: str) -> str:
    html = markdown_lib.markdown(text, extensions=["tables", "sane_lists"])
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes={"http", "https", "mailto"},
        link_rel="noopener noreferrer nofollow",
    )
