"""The Markdown limits as pure rules: what `measure` counts in rendered HTML, and what each
limit refuses, naming the field."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from governance.rules.errors import RuleViolation
from governance.rules.text_limits import (
    MAX_CHARS,
    MAX_DEPTH,
    MAX_ELEMENTS,
    MAX_TABLE_CELLS,
    MAX_TABLE_ROWS,
    Shape,
    check_length,
    check_shape,
    measure,
)


@pytest.mark.parametrize(
    ("html", "shape"),
    [
        ("", Shape(0, 0, 0, 0)),
        ("<p>a</p><p>b</p>", Shape(1, 0, 0, 2)),
        ("<ul><li><p>a<br>b<hr></p></li></ul>", Shape(3, 0, 0, 5)),
        ("<blockquote><blockquote>x</blockquote></blockquote>", Shape(2, 0, 0, 2)),
        # Written by hand: a start tag never closed is a level, as a parser would open it.
        ("<div><div><div>x", Shape(3, 0, 0, 3)),
        ("<a <b <c", Shape(3, 0, 0, 3)),
        ("</p></p><p>x</p>", Shape(1, 0, 0, 1)),  # stray end tags do not buy depth
        ("<P><Em>x</eM></p>", Shape(2, 0, 0, 2)),
        ("&lt;p&gt;&lt;p&gt;", Shape(0, 0, 0, 0)),  # escaped text is text
        (
            "<table><thead><tr><th>a</th><th>b</th></tr></thead>"
            "<tbody><tr><td>1</td><td>2</td></tr></tbody></table>",
            Shape(4, 2, 4, 9),
        ),
    ],
)
def test_measure_counts_nesting_rows_and_cells(html, shape):
    assert measure(html) == shape


@given(st.lists(st.sampled_from(["<b>", "</b>", "<br>", "x", "<i>", "</i>"])))
def test_depth_is_the_deepest_run_of_unclosed_start_tags(parts):
    depth = deepest = 0
    for part in parts:
        if part in ("<b>", "<i>"):
            depth += 1
            deepest = max(deepest, depth)
        elif part.startswith("</"):
            depth = max(depth - 1, 0)
    assert measure("".join(parts)).depth == deepest


@pytest.mark.parametrize(
    ("shape", "words"),
    [
        (Shape(MAX_DEPTH + 1, 0, 0), "nested too deeply"),
        (Shape(1, MAX_TABLE_ROWS + 1, 0), "table rows"),
        (Shape(1, 10, MAX_TABLE_CELLS + 1), "table cells"),
        (Shape(1, 0, 0, MAX_ELEMENTS + 1), "formatted parts"),
    ],
)
def test_each_limit_is_refused_naming_the_field(shape, words):
    with pytest.raises(RuleViolation) as refused:
        check_shape(shape, "notes")
    assert refused.value.field == "notes" and words in refused.value.message


def test_a_shape_at_every_limit_is_accepted():
    check_shape(Shape(MAX_DEPTH, MAX_TABLE_ROWS, MAX_TABLE_CELLS, MAX_ELEMENTS), "body")
    check_length("x" * MAX_CHARS, "body")


def test_one_character_past_the_length_limit_is_refused():
    with pytest.raises(RuleViolation, match="at most 100,000 characters"):
        check_length("x" * (MAX_CHARS + 1), "body")
