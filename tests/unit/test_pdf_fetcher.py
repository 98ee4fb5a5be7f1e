"""The PDF renderer reads neither local files nor the network: only the app's own stylesheet."""

import gc
import zlib

import pytest

from governance.render.pdf import AssetsOnlyFetcher, RefusedURL, render_pdf

BASE = "https://board.example.org"


def test_the_fetcher_serves_the_apps_own_stylesheet_from_disk():
    response = AssetsOnlyFetcher(BASE).fetch(f"{BASE}/static/pdf.css")
    assert b"@page" in response.read()
    assert response.content_type == "text/css"


@pytest.mark.parametrize(
    "url",
    [
        "file:///etc/passwd",
        "FILE:///etc/passwd",
        f"{BASE}/static/../../../etc/passwd",
        f"{BASE}/static/style.css/../pdf.css",
        f"{BASE}/logo.png",
        "http://127.0.0.1:5000/static/pdf.css",
        "https://evil.example/x.css",
        "data:text/css,body{}",
        "ftp://evil.example/x",
    ],
)
def test_every_other_url_is_refused_without_being_opened(url):
    fetcher = AssetsOnlyFetcher(BASE)
    with pytest.raises(RefusedURL):
        fetcher.fetch(url)
    assert fetcher.refused == [url]


def inflated(pdf: bytes) -> bytes:
    """The PDF with its compressed streams inflated, to search what it really embeds."""
    out = [pdf]
    for chunk in pdf.split(b"stream")[1:]:
        body = chunk.split(b"endstream")[0].strip(b"\r\n")
        try:
            out.append(zlib.decompress(body))
        except zlib.error:
            continue
    return b"".join(out)


def test_an_attachment_of_a_local_file_and_images_never_reach_the_pdf():
    html = (
        '<html><head><link rel="attachment" href="file:///etc/passwd">'
        '<link rel="stylesheet" href="file:///etc/passwd"></head><body><p>Record</p>'
        '<img src="figure.png"><img src="https://evil.example/pixel.png">'
        '<a rel="attachment" href="file:///etc/hostname">x</a></body></html>'
    )
    fetcher = AssetsOnlyFetcher(BASE)
    pdf = render_pdf(html, BASE, fetcher)
    assert pdf.startswith(b"%PDF")
    content = inflated(pdf)
    assert b"root:" not in content and b"/EmbeddedFile" not in content
    assert b"/EmbeddedFiles" not in content
    assert set(fetcher.refused) >= {
        "file:///etc/passwd",
        f"{BASE}/figure.png",
        "https://evil.example/pixel.png",
    }


def test_the_check_can_see_an_embedded_file():
    """Without the lock, WeasyPrint would embed the attachment: the assertions above can fail."""
    from weasyprint import HTML

    html = '<html><head><link rel="attachment" href="file:///etc/passwd"></head><body>x</body>'
    pdf = HTML(string=html).write_pdf()
    assert b"/EmbeddedFile" in inflated(pdf)


@pytest.mark.parametrize("enabled", [True, False])
def test_rendering_leaves_the_garbage_collector_as_it_found_it(enabled):
    """Layout runs with the cyclic collector paused; it must come back as it was."""
    gc.enable() if enabled else gc.disable()
    try:
        assert render_pdf("<p>x</p>", BASE).startswith(b"%PDF")
        assert gc.isenabled() == enabled
    finally:
        gc.enable()
