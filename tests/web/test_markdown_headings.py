"""A heading inside minutes or a summary never competes with the page's own: `# Decisions` sits
below the section it appears in, on the pages and in the PDFs."""

import re
from datetime import datetime

import pytest

from governance.render.markdown import render
from governance.rules.vocab import UserRole
from governance.services import records
from governance.services.actors import SYSTEM
from governance.web import public_docs

from .test_board_workflows import signed_in

TEXT = "# Decisions\n\nThe board decided.\n\n##### Detail\n\n###### Deepest\n\n`<h1>` stays text"


def headings(html: str) -> list[str]:
    return re.findall(r"<(h[1-6])\b[^>]*>\s*([^<]*)", html)


@pytest.mark.parametrize(("under", "top"), [(0, "h1"), (1, "h2"), (2, "h3"), (5, "h6"), (6, "h6")])
def test_headings_move_below_the_level_they_sit_under_and_stop_at_h6(under, top):
    html = str(render(TEXT, under))
    assert (top, "Decisions") in headings(html)
    assert ("h6", "Deepest") in headings(html)
    assert "&lt;h1&gt;" in html, "text that looks like a tag is left as text"


@pytest.fixture
def meeting(web_make, monkeypatch):
    body, _ = web_make.board(seats=2)
    web_make.user(UserRole.SECRETARY, email="secretary@example.org")
    meeting = web_make.meeting(body, starts_at=datetime(2013, 8, 6, 9, 0))
    records.save_minutes(web_make.db, SYSTEM, meeting.id, TEXT)
    web_make.summary(meeting, datetime(2013, 8, 13, 9, 0), schedule=True, body=TEXT)
    printed = []
    monkeypatch.setattr(public_docs, "print_pdf", lambda html, *a: printed.append(html) or b"%PDF")
    return meeting, printed


def _only_one_h1_and_the_text_below(html: str, level: str) -> None:
    found = headings(html)
    assert [h for h, _ in found].count("h1") == 1, found
    assert (level, "Decisions") in found


def test_minutes_and_summary_headings_sit_below_the_page_heading(app, meeting):
    meeting, printed = meeting
    public = app.test_client()
    _only_one_h1_and_the_text_below(
        public.get(f"/meetings/{meeting.id}").get_data(as_text=True), "h3"
    )
    public.get(f"/meetings/{meeting.id}/summary.pdf")
    _only_one_h1_and_the_text_below(printed[-1], "h2")
    staff = signed_in(app, "secretary@example.org")
    _only_one_h1_and_the_text_below(
        staff.get(f"/board/meetings/{meeting.id}").get_data(as_text=True), "h3"
    )
    staff.get(f"/meetings/{meeting.id}/board.pdf")
    _only_one_h1_and_the_text_below(printed[-1], "h3")
