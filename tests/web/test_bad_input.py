"""Odd input through the pages and the settings is a clear 4xx or a refusal to start, never a
500 and never stored (issue 11, section 6); what was stored before the rule cannot break a feed."""

import re
from datetime import datetime, timedelta
from xml.etree import ElementTree as ET

import pytest
from sqlalchemy import select, update

from governance import visibility
from governance.models import Meeting
from governance.rules.vocab import UserRole
from governance.services import meetings, records
from governance.services.actors import SYSTEM
from governance.web.page_cache import PageCache

from ..conftest import fresh
from ..integration.public_scene import TZ, la
from .test_board_workflows import post, signed_in

NOW = la(2014, 6, 1, 12, 0)


@pytest.fixture
def secretary(app, web_make):
    board, members = web_make.board(seats=3, name="Board of Directors")
    web_make.user(UserRole.SECRETARY, email="secretary@example.org")
    return board, signed_in(app, "secretary@example.org")


@pytest.mark.parametrize(
    "path",
    ["/search?q=a%00b", "/search?q=bell%07", "/people/a%00b", "/bodies/x%00", "/?page=1%00"],
)
def test_a_nul_or_control_character_in_a_path_or_query_is_a_400_naming_it(client, path):
    response = client.get(path)
    assert response.status_code == 400
    assert "must not contain" in response.get_data(as_text=True)


def test_a_nul_in_the_login_form_is_a_400_not_a_database_error(client, web_make):
    from .conftest import csrf_token

    response = client.post(
        "/login",
        data={"email": "a\x00@example.org", "password": "x" * 12, "csrf_token": csrf_token(client)},
    )
    assert response.status_code == 400
    assert "email: must not contain a NUL character" in response.get_data(as_text=True)


@pytest.mark.parametrize(
    ("field", "value"),
    [("title", "Board\x0bcall"), ("title", "Board\x1bcall"), ("location", "Room\x07")],
)
def test_a_control_character_in_a_form_field_is_shown_beside_it(
    app, secretary, app_db, field, value
):
    board, client = secretary
    data = {
        "body_id": board.id,
        "title": "Board call",
        "starts_at": "2013-10-03T09:00",
        "timezone": "America/Los_Angeles",
        "kind": "call",
        "location": "",
        "chair_id": "0",
        field: value,
    }
    response = post(client, "/secretariat/meetings/new", **data)
    assert response.status_code == 422
    page = response.get_data(as_text=True)
    assert re.search(rf'id="{field}-error">[^<]*must not contain control characters', page)
    assert fresh(app_db).scalar(select(Meeting.id)) is None


@pytest.mark.parametrize("reading", ["0001-01-01T00:00", "9999-12-31T23:59", "2201-01-01T00:00"])
def test_a_meeting_outside_the_supported_dates_is_refused_and_the_site_still_serves(
    app, client, secretary, app_db, reading
):
    board, staff = secretary
    response = post(
        staff,
        "/secretariat/meetings/new",
        body_id=board.id,
        title="Year one",
        starts_at=reading,
        timezone="America/Los_Angeles",
        kind="call",
        location="",
        chair_id="0",
    )
    assert response.status_code == 422
    assert re.search(
        r'id="starts_at-error">[^<]*between 1900 and 2200', response.get_data(as_text=True)
    )
    assert fresh(app_db).scalar(select(Meeting.id)) is None
    assert client.get("/").status_code == 200
    assert client.get(f"/bodies/{board.slug}").status_code == 200


def test_a_form_body_over_the_size_limit_is_a_413(app, secretary):
    _, staff = secretary
    response = staff.post(
        "/secretariat/preview",
        data={"body": "x" * (app.config["MAX_CONTENT_LENGTH"] + 1)},
    )
    assert response.status_code == 413
    assert "larger than" in response.get_data(as_text=True)


@pytest.fixture
def released(web_make, monkeypatch):
    monkeypatch.setattr(visibility, "now", lambda: NOW)
    board, _ = web_make.board(seats=3)
    start = datetime(2014, 4, 1, 9, 0)
    m = web_make.meeting(board, starts_at=start, tz=TZ, title="April meeting")
    at = start - timedelta(days=3)
    meetings.publish_agenda(web_make.db, SYSTEM, m.id, at=at, release_now=True)
    release = start + timedelta(days=1)
    records.save_summary(web_make.db, SYSTEM, m.id, "The board met.", True, release, True)
    return m


def parse_ics(text: str) -> list[tuple[str, str]]:
    """RFC 5545 content lines, unfolded; fails on anything a calendar client would refuse."""
    assert text.endswith("\r\n") and "\n" not in text.replace("\r\n", "")
    unfolded = re.sub(r"\r\n[ \t]", "", text)
    lines = []
    for line in unfolded.split("\r\n")[:-1]:
        assert not re.search(r"[\x00-\x08\x0a-\x1f\x7f]", line), repr(line)
        name, _, value = line.partition(":")
        assert re.fullmatch(r"[A-Z-]+(;[^:]*)?", name), repr(line)
        lines.append((name, value))
    assert lines[0] == ("BEGIN", "VCALENDAR") and lines[-1] == ("END", "VCALENDAR")
    return lines


def test_a_title_stored_before_the_rule_cannot_break_the_feed_or_the_calendar(
    client, released, web_make
):
    web_make.db.execute(
        update(Meeting).where(Meeting.id == released.id).values(title="April\x0b\x1bmeeting")
    )
    web_make.db.commit()
    feed = client.get("/feed.atom")
    assert feed.status_code == 200
    root = ET.fromstring(feed.get_data())  # noqa: S314 - our own feed, parsed to prove it is XML
    assert any("April" in (e.text or "") for e in root.iter())
    calendar = client.get("/calendar.ics")
    assert calendar.status_code == 200
    assert any("April" in v for _, v in parse_ics(calendar.get_data(as_text=True)))


def test_the_page_cache_is_bounded_by_bytes_not_entries(app, client, released):
    cache = app.extensions["governance.page_cache"] = PageCache(max_bytes=10**9)
    assert client.get("/search?q=meeting+word0").status_code == 200
    budget = int(cache.entries.weight * 3.5)  # room for three pages of this size
    cache = app.extensions["governance.page_cache"] = PageCache(max_bytes=budget)
    for n in range(1, 20):
        assert client.get(f"/search?q=meeting+word{n}").status_code == 200
        assert cache.entries.weight <= budget
    assert 2 <= len(cache.entries) <= 3
    assert client.get("/search?q=meeting+word19").get_data() == cache.entries.items()[-1][1].body


STRONG_KEY = "kV3q9-Zt0pW_xR7mN2bL8cY4hJ6fD1sA5gE"


@pytest.mark.parametrize(
    ("env", "key", "says"),
    [
        ("production", "", "SECRET_KEY must be set"),
        ("production", None, "SECRET_KEY must be set"),
        ("production", "dev-only-not-secret", "development default"),
        ("production", "secret", "too weak"),
        ("production", "a" * 64, "too weak"),
        ("Production", STRONG_KEY, "GOVERNANCE_ENV must be one of development, production"),
        ("prod", STRONG_KEY, "not 'prod'"),
        ("", STRONG_KEY, "GOVERNANCE_ENV"),
    ],
)
def test_the_app_refuses_to_start_on_a_weak_secret_or_an_unknown_environment(
    monkeypatch, database_url, env, key, says
):
    from governance import create_app

    monkeypatch.setenv("GOVERNANCE_ENV", env)
    if key is None:
        monkeypatch.delenv("SECRET_KEY", raising=False)
    else:
        monkeypatch.setenv("SECRET_KEY", key)
    with pytest.raises(RuntimeError, match=re.escape(says)):
        create_app({"DATABASE_URL": database_url})


def test_production_starts_with_a_strong_secret(monkeypatch, database_url):
    from governance import create_app

    monkeypatch.setenv("GOVERNANCE_ENV", "production")
    monkeypatch.setenv("SECRET_KEY", STRONG_KEY)
    monkeypatch.setenv("AUDIT_KEY", STRONG_KEY[::-1])
    app = create_app({"DATABASE_URL": database_url})
    try:
        assert app.config["PRODUCTION"]
        assert app.test_client().get("/").status_code == 200
    finally:
        app.extensions["governance.db"].dispose()


def test_search_spells_the_query_as_stored_text_is_spelt(client, released, web_make):
    records.save_summary(
        web_make.db, SYSTEM, released.id, "The caf\u00e9 budget.", True, None, True
    )
    found = client.get("/search?q=cafe%CC%81").get_data(as_text=True)  # e + combining acute
    assert "April meeting" in found.split("<h1", 1)[1].split("</main>")[0]
