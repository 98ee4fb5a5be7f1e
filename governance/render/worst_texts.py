"""The hardest Markdown texts the limits accept, one per way a renderer can be made to work hard:
each is as long as a text may be and sits at a limit (nesting, table rows and cells) or repeats
a construct that was quadratic in the old renderer (runs of brackets, emphasis, unclosed tags).

`make bench` times them ("worst accepted text: render time"); a test checks that every one is
accepted and renders formatted. A new limit or renderer change should add its worst case here.
"""

from ..rules.text_limits import MAX_CHARS, MAX_DEPTH, MAX_TABLE_CELLS, MAX_TABLE_ROWS


def _fill(unit: str) -> str:
    """`unit` repeated up to the length limit, cut at a whole unit."""
    return unit * (MAX_CHARS // len(unit))


def _table() -> str:
    columns = MAX_TABLE_CELLS // MAX_TABLE_ROWS
    width = (MAX_CHARS // MAX_TABLE_ROWS - columns - 2) // columns
    cell = "*x* " * (width // 4)
    row = "|" + "|".join([cell] * columns) + "|\n"
    head = "|" + "|".join(["h"] * columns) + "|\n" + "|" + "|".join(["-"] * columns) + "|\n"
    return head + row * (MAX_TABLE_ROWS - 1)


# Levels of nesting each construct costs in HTML elements: a list level is a list and its item.
_LIST_LEVELS = (MAX_DEPTH - 1) // 2
_QUOTE_LEVELS = MAX_DEPTH - 1

WORST = {
    "a run of [": _fill("["),
    "unclosed links [a](": _fill("[a]("),
    "brackets after emphasis *[": _fill("*["),
    "emphasis _a_": _fill("_a_ "),
    "links [a](b)": _fill("[a](b) "),
    "autolinks <a@b.c>": _fill("<a@b.c> "),
    "unclosed tags <a": _fill("<a "),
    "entities &amp;": _fill("&amp; "),
    "backslash escapes": _fill("\\* "),
    "list items": _fill("- a\n"),
    "headings": _fill("# a\n"),
    "rules ***": _fill("***\n"),
    f"lists nested {_LIST_LEVELS} levels": _fill("- " * _LIST_LEVELS + "a\n"),
    f"quotes nested {_QUOTE_LEVELS} levels": _fill("> " * _QUOTE_LEVELS + "a\n"),
    f"HTML nested {MAX_DEPTH} levels": _fill(
        "<blockquote>" * MAX_DEPTH + "x" + "</blockquote>" * MAX_DEPTH + "\n\n"
    ),
    f"{MAX_TABLE_ROWS} table rows, {MAX_TABLE_CELLS} cells": _table(),
}
