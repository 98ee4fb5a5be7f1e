"""Public listings stay bounded as the record grows: the index pages its past meetings, the feed
carries the newest summaries, the calendar the recent past and the future."""

import re
from datetime import datetime, timedelta

import pytest

from governance import visibility
from governance.reads import public as q
from governance.rules.vocab import VoteChoice
from governance.services import meetings, motions, records
from governance.services.actors import SYSTEM
from governance.web import public_docs

from ..integration.public_scene import TZ, la

NOW = la(2014, 6, 1, 12, 0)


@pytest.fixture
def released(web_make, monkeypatch):
    """Five meetings a week apart, each with its summary released the next day; a sixth
    meeting whose record is still awaited and a seventh to come."""
    monkeypatch.setattr(visibility, "now", lambda: NOW)
    board, members = web_make.board(seats=3)
    made = []
    for week in range(5):
        start = datetime(2014, 4, 1, 9, 0) + timedelta(weeks=week)
        m = web_make.meeting(board, starts_at=start, tz=TZ, title=f"Week {week} meeting")
        meetings.publish_agenda(
            web_make.db, SYSTEM, m.id, at=start - timedelta(days=3), release_now=True
        )
        web_make.present(m, members)
        motion = web_make.open_motion(m, text=f"Week {week} motion")
        motions.record_vote(
            web_make.db, SYSTEM, motion.id, members[0].id, VoteChoice.FOR, None, start
        )
        motions.close_motion(web_make.db, SYSTEM, motion.id, at=start + timedelta(hours=1))
        records.save_summary(
            web_make.db, SYSTEM, m.id, f"Summary {week}", True, start + timedelta(days=1), True
        )
        made.append(m)
    awaited = web_make.meeting(board, starts_at=datetime(2014, 5, 30, 9, 0), tz=TZ, title="Awaited")
    meetings.publish_agenda(
        web_make.db, SYSTEM, awaited.id, at=datetime(2014, 5, 27, 9, 0), release_now=True
    )
    coming = web_make.meeting(board, starts_at=datetime(2014, 6, 9, 9, 0), tz=TZ, title="Coming")
    meetings.publish_agenda(
        web_make.db, SYSTEM, coming.id, at=datetime(2014, 5, 31, 9, 0), release_now=True
    )
    return board, members[0]


def titles(html: str) -> list[str]:
    return re.findall(r">(Week \d meeting|Awaited|Coming)<", html)


def test_the_index_pages_past_meetings_newest_first(client, released, monkeypatch):
    monkeypatch.setattr(q, "INDEX_PAGE_SIZE", 2)
    first = client.get("/").get_data(as_text=True)
    assert titles(first) == ["Coming", "Awaited", "Week 4 meeting", "Week 3 meeting"]
    assert 'rel="next" href="/?page=2"' in first and 'rel="prev"' not in first
    second = client.get("/?page=2").get_data(as_text=True)
    assert titles(second) == ["Week 2 meeting", "Week 1 meeting"]  # no upcoming, no awaited
    assert 'href="/?page=3"' in second and 'rel="prev" href="/"' in second
    last = client.get("/?page=3").get_data(as_text=True)
    assert titles(last) == ["Week 0 meeting"] and 'rel="next"' not in last


@pytest.mark.parametrize("page", ["0", "-1", "4", "99999"])
def test_a_page_past_either_end_is_not_found(client, released, monkeypatch, page):
    monkeypatch.setattr(q, "INDEX_PAGE_SIZE", 2)
    assert client.get(f"/?page={page}").status_code == 404


def test_the_feed_carries_the_newest_summaries(client, released, monkeypatch):
    monkeypatch.setattr(q, "FEED_ENTRIES", 3)
    feed = client.get("/feed.atom").get_data(as_text=True)
    assert re.findall(r"Official summary: (Week \d meeting)", feed) == [
        "Week 4 meeting",
        "Week 3 meeting",
        "Week 2 meeting",
    ]


def test_the_calendar_holds_the_recent_past_and_the_future(client, released, monkeypatch):
    monkeypatch.setattr(public_docs, "CALENDAR_PAST", timedelta(days=41))
    calendar = client.get("/calendar.ics").get_data(as_text=True)
    # NOW - 41 days is 21 April: the meetings of 22 and 29 April, the awaited one and the next.
    assert re.findall(r"SUMMARY:[^:\r\n]*: (Week \d meeting|Awaited|Coming)", calendar) == [
        "Week 3 meeting",
        "Week 4 meeting",
        "Awaited",
        "Coming",
    ]


def test_a_director_page_pages_attendance_and_votes(client, released, monkeypatch):
    monkeypatch.setattr(q, "PERSON_PAGE_SIZE", 2)
    _, director = released
    first = client.get(f"/people/{director.slug}").get_data(as_text=True)
    assert re.findall(r"Week (\d) motion", first) == ["4", "3"]
    assert f'rel="next" href="/people/{director.slug}?page=2"' in first
    last = client.get(f"/people/{director.slug}?page=3").get_data(as_text=True)
    assert re.findall(r"Week (\d) motion", last) == ["0"] and 'rel="next"' not in last
    assert client.get(f"/people/{director.slug}?page=4").status_code == 404


def test_a_body_page_pages_its_meetings(client, released, monkeypatch):
    monkeypatch.setattr(q, "INDEX_PAGE_SIZE", 3)
    board, _ = released
    first = client.get(f"/bodies/{board.slug}").get_data(as_text=True)
    assert titles(first) == ["Coming", "Awaited", "Week 4 meeting"]
    second = client.get(f"/bodies/{board.slug}?page=2").get_data(as_text=True)
    assert titles(second) == ["Week 3 meeting", "Week 2 meeting", "Week 1 meeting"]
    assert f'rel="prev" href="/bodies/{board.slug}"' in second
    assert client.get(f"/bodies/{board.slug}?page=4").status_code == 404
