"""Limits on a Markdown text, so that rendering it, to a page or to a PDF, is bounded work.

A real board's texts never come near them: the demo board's longest text has 3,907 characters
and 29 elements, nested 3 deep; twenty pages of minutes with a 24-member roll-call table for each
of 22 items (bench/pdf_bench.py) have 22,899 characters, 550 table rows and 2,311 elements. What
they refuse is what an attacker (or a runaway paste) would send: a hundred-thousand-deep list,
a 15,000-row table. The renderer itself is linear in the text (cmark), so no rule is needed
for runs of brackets or emphasis marks; what stays costly downstream - the sanitizer walks
nesting, the PDF lays out every table cell and every level - is limited here.

The shape is measured on the HTML the Markdown became, before sanitizing (the sanitizer's own
work grows with nesting, so it must not see a text first): exact for what Markdown produces,
and on the safe side for HTML written by hand - every `<name` counts as a start tag, closed or
not, as an HTML parser would open it.
"""

import re
from dataclasses import dataclass

from .errors import RuleViolation

MAX_CHARS = 100_000
# Elements inside one another: a list nested 15 levels deep is 30 (each level is a list and an
# item); WeasyPrint's layout recursion gives out near 80 levels of the whole page.
MAX_DEPTH = 32
# In all the tables of one text: a roll call of 25 members on 38 motions fits.
MAX_TABLE_ROWS = 1_000
MAX_TABLE_CELLS = 5_000
# Paragraphs, items, links, emphasis, cells...: what the sanitizer and the PDF's layout pay for,
# one by one.
MAX_ELEMENTS = 20_000

# Elements that never have content, so never nest.
VOID = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
     "source", "track", "wbr"}
)  # fmt: skip
# A tag as an HTML parser starts one; no need to find its `>` (a pattern that looked for it
# could rescan the rest of a text for every unclosed `<a`).
_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9]*)")


@dataclass(frozen=True)
class Shape:
    depth: int
    rows: int
    cells: int
    elements: int = 0


def measure(html: str) -> Shape:
    """Deepest nesting, table rows, table cells and elements of `html`, in one pass."""
    depth = deepest = rows = cells = elements = 0
    for closing, name in _TAG.findall(html):
        if closing:
            depth = depth - 1 if depth else 0
            continue
        name = name.lower()
        elements += 1
        if name in VOID:
            continue
        depth += 1
        if depth > deepest:
            deepest = depth
        if name == "tr":
            rows += 1
        elif name == "td" or name == "th":
            cells += 1
    return Shape(deepest, rows, cells, elements)


def check_length(text: str, field: str) -> None:
    if len(text) > MAX_CHARS:
        raise RuleViolation(
            field, f"must be at most {MAX_CHARS:,} characters (it has {len(text):,})"
        )


def check_shape(shape: Shape, field: str) -> None:
    if shape.depth > MAX_DEPTH:
        raise RuleViolation(
            field,
            f"is nested too deeply: lists, quotes or HTML elements {shape.depth} levels inside "
            f"one another (at most {MAX_DEPTH}, a list nested 15 levels)",
        )
    if shape.rows > MAX_TABLE_ROWS:
        raise RuleViolation(
            field, f"has {shape.rows:,} table rows (at most {MAX_TABLE_ROWS:,} in all its tables)"
        )
    if shape.cells > MAX_TABLE_CELLS:
        raise RuleViolation(
            field,
            f"has {shape.cells:,} table cells (at most {MAX_TABLE_CELLS:,} in all its tables)",
        )
    if shape.elements > MAX_ELEMENTS:
        raise RuleViolation(
            field,
            f"has {shape.elements:,} formatted parts - paragraphs, list items, links, emphasis, "
            f"table cells (at most {MAX_ELEMENTS:,})",
        )
