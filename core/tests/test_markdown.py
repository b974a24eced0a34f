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
