"""The one check every Markdown field passes before it is stored - minutes, the official summary,
commentary, agenda notes - whichever surface (form, API, CLI) it came from: the rules for any
text, then the Markdown limits of `rules.text_limits`. Rendering it here also keeps the HTML, so
it is converted when saved rather than when read."""

from ..render import markdown
from ..rules.text_limits import MAX_CHARS
from . import validate


def markdown_text(value, field: str, required: bool = True) -> str | None:
    text = validate.text(value, field, MAX_CHARS, required)
    if text:
        markdown.check(text, field)
    return text
