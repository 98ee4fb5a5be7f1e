"""The hardest Markdown texts the limits accept, one per way a renderer can be made to work hard:
each is as long as a text may be and sits at a limit (nesting, table rows and cells) or repeats
a construct that was quadratic in the old renderer (runs of brackets, emphasis, unclosed tags).

`make bench` times them ("worst accepted text: render time"); a test checks that every one is
accepted and renders formatted. A new limit or renderer change should add its worst case here.
"""

from ..rules.text_limits import (
    MAX_CHARS,
    MAX_DEPTH,
    MAX_ELEMENTS,
    MAX_TABLE_CELLS,
    MAX_TABLE_ROWS,
)


def _fill(unit: str, elements: int = 1) -> str:
    """`unit`, which makes `elements` HTML elements, repeated up to the length limit or the
    element limit, whichever comes first (a few elements spare for the enclosing ones)."""
    by_elements = (MAX_ELEMENTS - 4) // elements if elements else MAX_CHARS
    return unit * min(MAX_CHARS // len(unit), by_elements)


def _table() -> str:
    columns = MAX_TABLE_CELLS // MAX_TABLE_ROWS
    width = (MAX_CHARS // MAX_TABLE_ROWS - columns - 2) // columns
    cell = "*" + "x" * (width - 2) + "*"
    row = "|" + "|".join([cell] * columns) + "|\n"
    head = "|" + "|".join(["h"] * columns) + "|\n" + "|" + "|".join(["-"] * columns) + "|\n"
    return head + row * (MAX_TABLE_ROWS - 1)


# Levels of nesting each construct costs in HTML elements: a list level is a list and its item.
_LIST_LEVELS = (MAX_DEPTH - 1) // 2
_QUOTE_LEVELS = MAX_DEPTH - 1

WORST = {
    "a run of [": _fill("[", 0),
    "unclosed links [a](": _fill("[a](", 0),
    "brackets after emphasis *[": _fill("*["),
    "emphasis _a_": _fill("_a_ "),
    "links [a](b)": _fill("[a](b) "),
    "autolinks <a@b.c>": _fill("<a@b.c> "),
    "unclosed tags <a": _fill("<a ", 0),
    "entities &amp;": _fill("&amp; ", 0),
    "backslash escapes": _fill("\\* ", 0),
    "list items": _fill("- a\n"),
    "headings": _fill("# a\n"),
    "rules ***": _fill("***\n"),
    f"lists nested {_LIST_LEVELS} levels": _fill("- " * _LIST_LEVELS + "a\n", 2 * _LIST_LEVELS),
    f"quotes nested {_QUOTE_LEVELS} levels": _fill(
        "> " * _QUOTE_LEVELS + "a\n\n", _QUOTE_LEVELS + 1
    ),
    f"HTML nested {MAX_DEPTH} levels": _fill(
        "<blockquote>" * MAX_DEPTH + "x" + "</blockquote>" * MAX_DEPTH + "\n\n", MAX_DEPTH
    ),
    f"{MAX_TABLE_ROWS} table rows, {MAX_TABLE_CELLS} cells": _table(),
}
