"""User Markdown to HTML that is safe to put in any page or PDF, in bounded work.

Markdown passes raw HTML through, so sanitizing happens after rendering, with an allow-list:
no script, no event handlers, no style, no `javascript:` or `data:` URLs, nothing that can fetch.

The renderer is cmark-gfm (CommonMark with GitHub's tables, strikethrough and autolinks), C code
that is linear in its input and keeps no state between calls: there is no converter to leave
dirty, and no run of brackets or emphasis marks costs more than its length. Python-Markdown,
used before, was quadratic or worse on such runs and raised RecursionError mid-parse on deep
lists, after which its reused converter dropped paragraphs from every later text.

Texts are checked against `rules.text_limits` before they are stored (`check`, from the
services); what is rendered for a page is kept by the digest of the text, whatever its length,
so a page view converts nothing it has converted before. A text stored before the limits
existed, or one that fails in any way, is shown as plain preformatted text: it affects only
itself, never the page, feed or PDF around it.
"""

import hashlib
import logging
import re

import cmarkgfm
import nh3
from cmarkgfm.cmark import Options
from markupsafe import Markup, escape

from ..lru import LRU
from ..rules.errors import RuleViolation
from ..rules.text_limits import check_length, check_shape, measure

ALLOWED_TAGS = frozenset(
    {
        "a", "abbr", "b", "blockquote", "br", "code", "dd", "del", "dl", "dt", "em", "h1", "h2",
        "h3", "h4", "h5", "h6", "hr", "i", "li", "ol", "p", "pre", "s", "strong", "sub", "sup",
        "table", "tbody", "td", "th", "thead", "tr", "ul",
    }
)  # fmt: skip
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}, "abbr": {"title"}, "th": {"align"}, "td": {"align"}}
URL_SCHEMES = frozenset({"http", "https", "mailto"})
EXTENSIONS = ["table", "strikethrough", "autolink"]
# Raw HTML is let through cmark on purpose: nh3 is the one place that decides what survives.
OPTIONS = Options.CMARK_OPT_UNSAFE

# Rendered HTML kept per worker, by bytes rather than by count: every text stored within the
# limits (100,000 characters) fits many times over.
CACHE_BYTES = 32 * 2**20

log = logging.getLogger(__name__)
_kept: LRU[bytes, Markup] = LRU(CACHE_BYTES, weigh=len)


def _convert(text: str) -> str:
    """cmark's HTML for `text`; a lone surrogate (which UTF-8 cannot carry) becomes U+FFFD."""
    safe = text.encode("utf-8", "replace").decode("utf-8") if not text.isascii() else text
    return cmarkgfm.markdown_to_html_with_extensions(safe, options=OPTIONS, extensions=EXTENSIONS)


def _sanitize(html: str) -> Markup:
    clean = nh3.clean(
        html,
        tags=set(ALLOWED_TAGS),
        attributes={k: set(v) for k, v in ALLOWED_ATTRIBUTES.items()},
        url_schemes=set(URL_SCHEMES),
        link_rel="noopener noreferrer nofollow",
        strip_comments=True,
    )
    return Markup(clean)  # noqa: S704 - nh3 has sanitized it with the allow-list above


def _key(text: str) -> bytes:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).digest()


def check(text: str, field: str) -> Markup:
    """The sanitized HTML for `text`, or a RuleViolation naming `field` if it is over a limit.
    What it renders is kept, so the text is converted when it is saved, not when it is read."""
    check_length(text, field)
    html = _convert(text)
    check_shape(measure(html), field)
    rendered = _sanitize(html)
    _kept.put(_key(text), rendered)
    return rendered


def _unformatted(text: str) -> Markup:
    return Markup('<pre class="unformatted">{}</pre>').format(escape(text))


# A heading as nh3 leaves it: headings keep no attributes, and a "<h1>" typed as text is
# escaped, so only real heading tags match.
_HEADING = re.compile(r"<(/?)h([1-6])>")


def _below(html: Markup, under: int) -> Markup:
    def lower(m: re.Match) -> str:
        return f"<{m[1]}h{min(6, int(m[2]) + under)}>"

    return Markup(_HEADING.sub(lower, html))  # noqa: S704 - sanitized; only tag names change


def render(text: str | None, under: int = 0) -> Markup:
    """Sanitized HTML for `text`, marked safe for Jinja2 only after nh3 has cleaned it, its
    headings moved below the heading level `under` of the section it is shown in (`# A` under
    an h2 becomes an h3; h6 is the floor), so that a text on a page never competes with the
    page's h1 (pages pass the level; 0 leaves the headings as written). Never
    raises: a text over the limits (stored before they existed) is shown unformatted."""
    if not text:
        return Markup("")
    if under <= 0:
        return _rendered(text)
    key = _key(text) + bytes([min(under, 6)])
    shifted = _kept.get(key)
    if shifted is None:
        shifted = _below(_rendered(text), under)
        _kept.put(key, shifted)
    return shifted


def _rendered(text: str) -> Markup:
    key = _key(text)
    rendered = _kept.get(key)
    if rendered is not None:
        return rendered
    try:
        return check(text, "text")
    except RuleViolation:
        rendered = _unformatted(text)
    except Exception:
        log.exception("a text of %d characters could not be rendered", len(text))
        rendered = _unformatted(text)
    _kept.put(key, rendered)
    return rendered


def forget() -> None:
    """Drop every kept rendering (tests that count conversions start from nothing)."""
    _kept.clear()
