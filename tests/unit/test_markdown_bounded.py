"""Rendering is bounded work whatever the text, and one bad text affects only itself."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from governance.render import markdown
from governance.render.markdown import check, render
from governance.render.worst_texts import WORST
from governance.rules.errors import RuleViolation
from governance.rules.text_limits import MAX_CHARS, MAX_DEPTH, MAX_TABLE_ROWS

# The attack run's inputs (issue 11): Python-Markdown raised RecursionError on the first and
# then dropped paragraphs from every later text; the others were slow, or broke the PDF.
DEEP_LIST = "\n".join("    " * level + "- item" for level in range(490))
DEEP_MARKERS = "- " * 1000 + "x"
QUOTE_151 = ">" * 150 + "x"
TABLE_15000 = "|a|\n|-|\n" + "|a|\n" * 15_000  # 60,000 characters: within today's length
OVER_LIMITS = {
    "a list nested 490 levels by indentation": DEEP_LIST,
    "a list nested 1000 levels by markers": DEEP_MARKERS,
    "a 151-character nested blockquote": QUOTE_151,
    "a 15,000-row table": TABLE_15000,
    "one character too long": "x" * (MAX_CHARS + 1),
}


@pytest.fixture(autouse=True)
def nothing_kept():
    markdown.forget()
    yield
    markdown.forget()


@pytest.mark.parametrize("text", OVER_LIMITS.values(), ids=OVER_LIMITS.keys())
def test_a_text_over_a_limit_renders_unformatted_and_later_texts_keep_their_paragraphs(text):
    shown = str(render(text))
    assert shown.startswith('<pre class="unformatted">')
    later = str(render("Fresh first paragraph.\n\nFresh second paragraph."))
    assert later == "<p>Fresh first paragraph.</p>\n<p>Fresh second paragraph.</p>\n"


@pytest.mark.parametrize("text", OVER_LIMITS.values(), ids=OVER_LIMITS.keys())
def test_checking_a_text_over_a_limit_names_the_field(text):
    with pytest.raises(RuleViolation) as refused:
        check(text, "body")
    assert refused.value.field == "body"


def test_unformatted_text_is_escaped():
    text = "<script>alert(1)</script>\n\n" + "> " * (MAX_DEPTH + 1) + "x"
    shown = str(render(text))
    assert "<script" not in shown and "&lt;script&gt;" in shown


def test_runs_of_brackets_are_ordinary_text():
    assert str(render("[" * 16_000)) == "<p>" + "[" * 16_000 + "</p>\n"


@pytest.fixture
def conversions(monkeypatch):
    calls = []
    real = markdown._convert

    def counting(text):
        calls.append(len(text))
        return real(text)

    monkeypatch.setattr(markdown, "_convert", counting)
    return calls


def test_texts_of_any_length_are_converted_once(conversions):
    commentary = "An 18 KB commentary with *emphasis* and [a link](https://example.org).\n\n" * 260
    assert len(commentary) > 18_000
    first = render(commentary)
    assert render(commentary) == first and render(str(commentary)) == first
    assert conversions == [len(commentary)]


def test_a_checked_text_is_kept_so_reading_it_converts_nothing(conversions):
    text = "Minutes\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n" * 300
    check(text, "body")
    render(text)
    assert len(conversions) == 1


@pytest.mark.parametrize("name", WORST)
def test_every_worst_accepted_text_is_accepted_and_renders_formatted(name):
    text = WORST[name]
    assert len(text) <= MAX_CHARS
    html = str(check(text, "body"))
    assert html and 'class="unformatted"' not in html and render(text) == html


def test_the_worst_table_sits_on_the_row_limit():
    table = next(t for n, t in WORST.items() if "table rows" in n)
    assert str(check(table, "body")).count("<tr>") == MAX_TABLE_ROWS


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from("[]()<>*_`#->|\\!a \n\t\0\ud800"), max_size=400))
def test_any_text_renders_safely_and_never_raises(text):
    html = str(render(text))
    assert "<script" not in html
    try:
        assert check(text, "body") == render(text)
    except RuleViolation:
        assert 'class="unformatted"' in html
