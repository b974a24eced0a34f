from django.template import Context, Template

from core.markdown import render_markdown


def test_markdown_formats_text():
    html = render_markdown("**Vet** en een [link](https://nro.nl)")
    assert "<strong>Vet</strong>" in html
    assert 'href="https://nro.nl"' in html
    assert 'rel="noopener noreferrer nofollow"' in html


def test_script_and_event_handlers_come_back_inert():
    html = render_markdown(
        '<script>alert(1)</script><img src=x onerror="alert(2)"> [klik](javascript:alert(3))'
    )
    assert "<script" not in html
    assert "onerror" not in html
    assert "javascript:" not in html
    assert "<img" not in html


def test_template_filter_renders_sanitised_html():
    rendered = Template("{% load koers %}{{ tekst|markdown }}").render(
        Context({"tekst": "_ja_ <b onclick='x()'>nee</b>"})
    )
    assert "<em>ja</em>" in rendered
    assert "onclick" not in rendered


def test_htmx_attributes_are_removed_and_htmx_is_told_to_keep_out():
    html = render_markdown('<a hx-post="/x" hx-trigger="load" href="/y">klik</a> <div hx-get="/z">')
    assert "hx-post" not in html
    assert "hx-get" not in html
    assert "hx-trigger" not in html
    assert html.startswith('<div class="opgemaakt" hx-disable>')
    assert html.endswith("</div>")


def test_a_closing_tag_cannot_leave_the_htmx_free_container():
    html = render_markdown("</div><button hx-post='/x'>weg</button>")
    assert html.count("</div>") == 1
    assert "<button" not in html
