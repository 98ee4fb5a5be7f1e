"""HTML to PDF with WeasyPrint, locked down.

The renderer reads neither local files nor the network: its URL fetcher serves the app's own
print stylesheet from disk and refuses everything else (`file:`, `data:`, every http(s) URL,
relative paths resolved against the base URL). Whatever a document links to, attaches or embeds
therefore comes out as a refused fetch, never as bytes in the PDF.
"""

import gc
import logging
from pathlib import Path

from weasyprint import HTML
from weasyprint.urls import URLFetcher, URLFetcherResponse

from ..paths import ROOT

STATIC = ROOT / "static"
# The only files a PDF may load: served from disk by name, under the app's own static URL.
ASSETS = {"pdf.css": "text/css"}

log = logging.getLogger(__name__)


class RefusedURL(ValueError):
    """The PDF asked for something outside the app's own assets."""


class AssetsOnlyFetcher(URLFetcher):
    """Serves `<base_url>/static/<asset>` from disk; refuses every other URL without opening it."""

    def __init__(self, base_url: str, static: Path = STATIC):
        super().__init__(allowed_protocols=())
        self.prefix = base_url.rstrip("/") + "/static/"
        self.static = static
        self.refused: list[str] = []

    def fetch(self, url, headers=None):
        name = url[len(self.prefix) :] if url.startswith(self.prefix) else None
        if name in ASSETS:
            body = (self.static / name).read_bytes()
            return URLFetcherResponse(url, body, {"Content-Type": ASSETS[name]})
        self.refused.append(url)
        log.warning("PDF rendering refused to fetch %.200s", url)
        raise RefusedURL(f"refused: {url[:200]}")


def render_pdf(html: str, base_url: str, fetcher: AssetsOnlyFetcher | None = None) -> bytes:
    """PDF bytes for `html`; links resolve against `base_url` (the configured BASE_URL)."""
    fetcher = fetcher or AssetsOnlyFetcher(base_url)
    # Parsing and layout allocate objects by the million; with the cyclic collector on, each of
    # its many passes walks the whole worker's heap as well (a 20-page PDF took a fifth longer).
    # One young-generation collection afterwards finds the same garbage.
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        document = HTML(string=html, base_url=base_url.rstrip("/") + "/", url_fetcher=fetcher)
        return document.write_pdf()
    finally:
        if was_enabled:
            gc.enable()
            gc.collect(generation=0)
