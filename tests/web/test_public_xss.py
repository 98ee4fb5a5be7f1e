"""The XSS corpus through every field that renders Markdown — agenda notes, official summary,
minutes, commentary — on the public and board HTML pages, the Atom feed and every PDF edition."""

import html
import re

import pytest
from sqlalchemy import update

from governance import visibility
from governance.models import AgendaItem, Commentary, Minutes, OfficialSummary

from ..integration.public_scene import FAR, build_public_scene
from ..unit.test_markdown_safety import FORBIDDEN, PAYLOADS
from ..unit.test_pdf_fetcher import inflated
from .conftest import PASSWORD

CORPUS = "\n\n".join(f"Paragraph {i} xsscorpus\n\n{p}" for i, p in enumerate(PAYLOADS))
MAIN = re.compile(r'<main id="main">(.*)</main>', re.S)


@pytest.fixture
def poisoned(web_make, monkeypatch):
    scene = build_public_scene(web_make)
    db = web_make.db
    for model in (AgendaItem, OfficialSummary, Minutes):
        column = model.notes if model is AgendaItem else model.body
        db.execute(update(model).values({column.key: CORPUS}))
    db.execute(update(Commentary).values(body=CORPUS))
    db.commit()
    monkeypatch.setattr(visibility, "now", lambda: FAR)
    return scene


def assert_clean(markup: str, where: str):
    lowered = markup.lower()
    assert "xsscorpus" in lowered, f"the corpus did not reach {where}"
    for needle in FORBIDDEN:
        assert needle not in lowered, f"{needle!r} survived in {where}"


def test_no_payload_survives_on_the_public_pages_or_in_the_feed(client, poisoned):
    meeting = client.get(f"/meetings/{poisoned.meeting.id}").get_data(as_text=True)
    assert_clean(MAIN.search(meeting).group(1), "the public meeting page")
    results = client.get("/search?q=xsscorpus").get_data(as_text=True)
    assert_clean(MAIN.search(results).group(1).split("</form>", 1)[1], "search results")
    feed = client.get("/feed.atom").get_data(as_text=True)
    contents = re.findall(r'<content type="html">(.*?)</content>', feed, re.S)
    # The summaries' entries carry the corpus; a decision's entry is its own plain text.
    summaries = [html.unescape(c) for c in contents if "xsscorpus" in c.lower()]
    assert summaries
    for content in summaries:
        assert_clean(content, "an Atom entry's content")


def test_no_payload_survives_in_the_board_edition(client, auth, poisoned):
    auth.login("secretary@example.org", PASSWORD)
    page = client.get(f"/meetings/{poisoned.meeting.id}").get_data(as_text=True)
    assert "Confidential — board only" in page
    assert_clean(MAIN.search(page).group(1), "the board meeting page")


def assert_pdf_clean(pdf: bytes, where: str):
    assert pdf.startswith(b"%PDF"), where
    content = inflated(pdf).lower()
    for needle in (b"/javascript", b"/js ", b"/embeddedfile", b"/launch", b"javascript:"):
        assert needle not in content, f"{needle!r} in {where}"


def test_no_payload_survives_in_any_pdf(client, auth, poisoned):
    m = poisoned.meeting.id
    for doc in ("summary", "minutes"):
        response = client.get(f"/meetings/{m}/{doc}.pdf")
        assert response.status_code == 200
        assert_pdf_clean(response.data, f"{doc}.pdf")
    auth.login("secretary@example.org", PASSWORD)
    response = client.get(f"/meetings/{m}/board.pdf")
    assert response.status_code == 200
    assert_pdf_clean(response.data, "board.pdf")
