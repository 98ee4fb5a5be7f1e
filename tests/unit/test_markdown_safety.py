"""Markdown is rendered, then sanitized: known XSS payloads never survive."""

import pytest

from governance.render.markdown import render

PAYLOADS = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "<svg onload=alert(1)>",
    "[click](javascript:alert(1))",
    "[click](JaVaScRiPt:alert(1))",
    "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    '<a href="javascript&colon;alert(1)">x</a>',
    "<iframe src=//evil.example></iframe>",
    "<object data=evil.swf></object>",
    '<div style="background:url(javascript:alert(1))">x</div>',
    "<style>body{display:none}</style>",
    '<form action="//evil.example"><input name=a></form>',
    '<a href="#" onclick="alert(1)">x</a>',
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    "![x](javascript:alert(1))",
    '<meta http-equiv="refresh" content="0;url=//evil.example">',
    '<link rel=stylesheet href="//evil.example/x.css">',
    "<base href=//evil.example/>",
    "<<script>script>alert(1)<</script>/script>",
    "<details open ontoggle=alert(1)>",
]
FORBIDDEN = [
    "<script",
    "onerror",
    "onload",
    "onclick",
    "ontoggle",
    "javascript:",
    "data:",
    "<iframe",
    "<object",
    "<style",
    "<form",
    "<svg",
    "<meta",
    "<link",
    "<base",
    "<img",
]


@pytest.mark.parametrize("payload", PAYLOADS)
def test_no_known_xss_payload_survives(payload):
    html = str(render(f"Minutes\n\n{payload}\n\nend")).lower()
    for needle in FORBIDDEN:
        assert needle not in html, f"{needle!r} survived in {html!r}"


def test_ordinary_markdown_keeps_its_structure():
    html = str(render("# Roll call\n\n* **21** present\n\n| a | b |\n|---|---|\n| 1 | 2 |"))
    assert "<h1>Roll call</h1>" in html and "<strong>21</strong>" in html and "<td>1</td>" in html


def test_links_keep_safe_schemes_and_gain_rel():
    html = str(render("[the post](https://example.org/board)"))
    assert 'href="https://example.org/board"' in html and "nofollow" in html
