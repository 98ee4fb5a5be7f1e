"""User Markdown to HTML that is safe to put in any page or PDF.

Markdown passes raw HTML through, so sanitizing happens after rendering, with an allow-list:
no script, no event handlers, no style, no `javascript:` or `data:` URLs, nothing that can fetch.
"""

import threading
from functools import lru_cache

import markdown as md
import nh3
from markupsafe import Markup

ALLOWED_TAGS = frozenset(
    {
        "a", "abbr", "b", "blockquote", "br", "code", "dd", "del", "dl", "dt", "em", "h1", "h2",
        "h3", "h4", "h5", "h6", "hr", "i", "li", "ol", "p", "pre", "s", "strong", "sub", "sup",
        "table", "tbody", "td", "th", "thead", "tr", "ul",
    }
)  # fmt: skip
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}, "abbr": {"title"}, "th": {"align"}, "td": {"align"}}
URL_SCHEMES = frozenset({"http", "https", "mailto"})
EXTENSIONS = ["tables", "fenced_code", "sane_lists"]


# Building a converter with its extensions costs more than converting a paragraph, and a
# converter keeps state while it works: one per thread, reset before each use.
_local = threading.local()


def _converter() -> md.Markdown:
    converter = getattr(_local, "converter", None)
    if converter is None:
        converter = _local.converter = md.Markdown(extensions=EXTENSIONS, output_format="html")
    return converter.reset()


def render(text: str | None) -> Markup:
    """Sanitized HTML for `text`, marked safe for Jinja2 only after nh3 has cleaned it."""
    if not text:
        return Markup("")
    return _render_kept(text) if len(text) <= KEPT_MAX_CHARS else _render(text)


# The same notes and summaries appear on many pages and in feeds, so short texts are kept;
# long minutes are not, so what the worker keeps stays bounded (2,048 short texts and their HTML).
KEPT_MAX_CHARS = 16_384


@lru_cache(maxsize=2048)
def _render_kept(text: str) -> Markup:
    return _render(text)


def _render(text: str) -> Markup:
    html = _converter().convert(text)
    clean = nh3.clean(
        html,
        tags=set(ALLOWED_TAGS),
        attributes={k: set(v) for k, v in ALLOWED_ATTRIBUTES.items()},
        url_schemes=set(URL_SCHEMES),
        link_rel="noopener noreferrer nofollow",
        strip_comments=True,
    )
    return Markup(clean)  # noqa: S704 - nh3 has sanitized it with the allow-list above
