"""No leaks, proven by crawling: at each instant of a meeting's life, everything an anonymous
visitor can reach — every page linked from the index, the feed, the calendar, the sitemap and what
it lists, search for every marker, the text of every linked PDF — shows each marker exactly when
DESIGN.md's disclosure table allows, and guessed URLs of hidden things answer the very 404 of an
id that does not exist. Every response along the way may be cached only until the next change."""

import html
import re
from datetime import UTC, datetime, timedelta
from urllib.parse import urlsplit

import pytest
from sqlalchemy import true

from governance import visibility
from governance.services import calendar_feeds
from governance.web.calendar_feed import PAST

from ..integration.public_scene import (
    CHANGES,
    INSTANTS,
    VISIBLE_FROM,
    build_public_scene,
    expected_visible,
    pdf_text,
)

LINK = re.compile(r'href="([^"]+)"')
LOC = re.compile(r"<loc>([^<]+)</loc>")
SKIP = ("/static/", "/login", "/logout")
# Search covers titles, notes, motions and documents; roll-call details are read on their pages.
NOT_SEARCHED = {"mkguest", "mkabstainreason"}


ECHO = re.compile(r'<form.*?</form>|<p role="status">.*?</p>', re.S)


def text_of(path: str, response) -> str:
    """What a reader (or a feed reader, or a calendar) would read in the response; on a search
    page, less the search box and the line that repeat the query back."""
    if response.mimetype == "application/pdf":
        return pdf_text(response.data)
    body = response.get_data(as_text=True)
    if path.startswith("/search"):
        body = ECHO.sub("", body)
    if response.mimetype == "text/calendar":
        body = body.replace("\r\n ", "")  # unfold
    return html.unescape(body)


def max_age(response) -> int:
    match = re.search(r"max-age=(\d+)", response.headers["Cache-Control"])
    assert match, response.headers["Cache-Control"]
    return int(match.group(1))


def crawl(client, base_url: str, now, extra=()) -> dict[str, str]:
    """Every public URL reachable from the index and the documents, with what it shows."""
    seen: dict[str, str] = {}
    queue = ["/", "/feed.atom", "/calendar.ics", "/sitemap.xml", *extra]
    while queue:
        path = queue.pop()
        if path in seen:
            continue
        response = client.get(path)
        assert response.status_code == 200, f"{path} linked but answers {response.status_code}"
        assert response.headers["Cache-Control"].startswith("public, max-age=")
        assert "Cookie" in response.headers["Vary"]
        ahead = [c for c in CHANGES if c > now]
        if ahead:
            assert max_age(response) <= (ahead[0] - now).total_seconds(), path
        seen[path] = text_of(path, response)
        body = response.get_data(as_text=True) if response.mimetype != "application/pdf" else ""
        for link in LINK.findall(body) + LOC.findall(body):
            link = html.unescape(link).split("#")[0]
            if link.startswith(base_url):
                link = link[len(base_url) :] or "/"
            if link.startswith("/") and not link.startswith("//") and not link.startswith(SKIP):
                queue.append(link)
        assert len(seen) < 400, "the crawl does not end"
    return seen


@pytest.fixture
def scene(web_make):
    return build_public_scene(web_make)


@pytest.mark.parametrize("moment", list(INSTANTS))
def test_every_marker_shows_exactly_when_the_policy_allows(moment, client, app, scene, monkeypatch):
    now = INSTANTS[moment]
    monkeypatch.setattr(visibility, "now", lambda: now)
    searches = [f"/search?q={marker}" for marker in VISIBLE_FROM]
    pages = crawl(client, app.config["BASE_URL"], now, searches)
    for marker in VISIBLE_FROM:
        where = [path for path, text in pages.items() if marker in text]
        if expected_visible(marker, now):
            assert where, f"{marker} should be public {moment} but appears nowhere"
            if marker not in NOT_SEARCHED:
                assert f"/search?q={marker}" in where, f"search misses {marker} {moment}"
        else:
            assert not where, f"{marker} leaks {moment} at {where}"


def guessed_hidden_urls(scene, now) -> list[str]:
    m, later, third = scene.meeting, scene.later, scene.third
    urls = [
        f"/meetings/{later.id}",
        f"/meetings/{later.id}/summary.pdf",
        f"/meetings/{m.id}/board.pdf",
        f"/motions/{scene.motions['confidential'].id}",
        f"/meetings/{third.id}/summary.pdf",
    ]
    if not expected_visible("mkmeetingtitle", now):
        urls.append(f"/meetings/{m.id}")
    if not expected_visible("mksummary", now):
        urls += [
            f"/meetings/{m.id}/summary.pdf",
            f"/meetings/{m.id}/minutes.pdf",
            f"/motions/{scene.motions['public'].id}",
            f"/motions/{scene.motions['exec_vote'].id}",
        ]
    if not expected_visible("mkthirdtitle", now):
        urls.append(f"/meetings/{third.id}")
    if not expected_visible("mkembmotion", now):
        urls.append(f"/motions/{scene.motions['embargoed'].id}")
    urls.append(f"/decisions/{scene.decisions['confidential'].id}")
    if not expected_visible("mkdecpub", now):
        urls.append(f"/decisions/{scene.decisions['public'].id}")
    if not expected_visible("mkdecemb", now):
        urls.append(f"/decisions/{scene.decisions['embargoed'].id}")
    return urls


@pytest.mark.parametrize("moment", list(INSTANTS))
def test_hidden_things_answer_the_same_404_as_missing_ones(moment, client, scene, monkeypatch):
    now = INSTANTS[moment]
    monkeypatch.setattr(visibility, "now", lambda: now)
    missing = {
        "page": client.get("/meetings/999999"),
        "pdf": client.get("/meetings/999999/summary.pdf"),
        "motion": client.get("/motions/999999"),
        "decision": client.get("/decisions/999999"),
    }
    for url in guessed_hidden_urls(scene, now):
        response = client.get(url)
        kind = "motion" if url.startswith("/motions") else "pdf" if url.endswith("pdf") else "page"
        kind = "decision" if url.startswith("/decisions") else kind
        assert response.status_code == 404, f"{url} answers {response.status_code} {moment}"
        assert response.data == missing[kind].data, url
        assert response.headers["Cache-Control"] == missing[kind].headers["Cache-Control"]


def test_the_crawl_notices_a_leak(client, app, scene, monkeypatch):
    """The crawl is able to fail: a page that printed the confidential notes would be caught."""
    now = INSTANTS["after everything"]
    monkeypatch.setattr(visibility, "now", lambda: now)
    pages = crawl(client, app.config["BASE_URL"], now)
    assert not any("mkconfnotes" in text for text in pages.values())
    for rule in ("sql_item_title", "sql_item_content"):
        monkeypatch.setattr(visibility.Policy, rule, lambda self: true())
    # A changed policy is new code, i.e. a restart: the rendered-page cache starts empty.
    app.extensions["governance.page_cache"].entries.clear()
    leaked = crawl(client, app.config["BASE_URL"], now)
    assert any("mkconfnotes" in text for text in leaked.values())


def test_the_crawl_reaches_every_public_surface(client, app, scene, monkeypatch):
    now = INSTANTS["after everything"]
    monkeypatch.setattr(visibility, "now", lambda: now)
    pages = crawl(client, app.config["BASE_URL"], now)
    m = scene.meeting
    for path in (
        f"/meetings/{m.id}",
        f"/meetings/{m.id}/summary.pdf",
        f"/meetings/{m.id}/minutes.pdf",
        f"/motions/{scene.motions['public'].id}",
        f"/people/{scene.members[0].slug}",
        f"/bodies/{scene.board.slug}",
        f"/decisions/{scene.decisions['public'].id}",
    ):
        assert path in pages
    assert {urlsplit(p).path for p in pages} >= {"/feed.atom", "/calendar.ics", "/sitemap.xml"}


def test_after_a_retraction_nothing_released_with_the_summary_is_left(
    client, app, scene, monkeypatch, web_make
):
    """The record was public; the secretary takes it back with a reason. Crawled afterwards,
    nothing released at the summary instant shows anywhere, and the meeting says why."""
    from governance.services import meetings
    from governance.services.actors import SYSTEM

    from ..integration.public_scene import SUMMARY, la

    meetings.set_summary_release(
        web_make.db,
        SYSTEM,
        scene.meeting.id,
        la(2099, 1, 1, 0, 0),  # after the services' own clock too: a real retraction
        retraction_reason="Released before the board approved it mkwithdrawn",
    )
    now = INSTANTS["after everything"]
    monkeypatch.setattr(visibility, "now", lambda: now)
    pages = crawl(client, app.config["BASE_URL"], now, [f"/search?q={m}" for m in VISIBLE_FROM])
    for marker, start in VISIBLE_FROM.items():
        # mkthirdtitle: another meeting; mkdec*: decisions between meetings, released on their own
        other = marker == "mkthirdtitle" or marker.startswith("mkdec")
        if start is not None and start >= SUMMARY and not other:
            where = [path for path, text in pages.items() if marker in text]
            assert not where, f"{marker} still public after the retraction at {where}"
    assert "mkwithdrawn" in pages[f"/meetings/{scene.meeting.id}"]
    # Feed readers are told once the withdrawal has happened (on the services' own clock).
    later = datetime.now(UTC) + timedelta(minutes=1)
    monkeypatch.setattr(visibility, "now", lambda: later)
    feed = client.get("/feed.atom").get_data(as_text=True)
    assert "mkwithdrawn" in feed and "mksummary" not in feed


def _private_calendar(app, db, user, now) -> str:
    """What `user`'s private calendar link shows at `now` (read with no session at all)."""
    _, raw = calendar_feeds.issue_feed(db, user)
    response = app.test_client().get(f"/calendar/{raw}.ics")
    assert response.status_code == 200
    assert response.headers["Cache-Control"] == "private, no-store"
    return text_of("/calendar", response)


@pytest.mark.parametrize("moment", list(INSTANTS))
def test_a_private_calendar_of_another_body_shows_only_what_the_public_may_see(
    moment, app, scene, web_make, monkeypatch
):
    """The outsider sits on another body: their own calendar link is, for this board, the
    public's view — every marker in it exactly when the table allows, and never a hidden one.
    The board's own director sees the board edition from the start (confidential included)."""
    now = INSTANTS[moment]
    monkeypatch.setattr(visibility, "now", lambda: now)
    outsider = _private_calendar(app, web_make.db, scene.outsider, now)
    for marker in VISIBLE_FROM:
        if marker in outsider:
            assert expected_visible(marker, now), f"{marker} leaks {moment} to another body"
    director = _private_calendar(app, web_make.db, scene.director, now)
    since = now - PAST  # a calendar carries the recent past and everything ahead
    assert ("mkmeetingtitle" in director) is (scene.meeting.starts_at >= since)
    decision = scene.decisions["confidential"]
    assert ("mkdecconf" in director) is (decision.closes_at >= since)
