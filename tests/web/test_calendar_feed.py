"""Each user's private calendar link: shown once, stored hashed, replaceable and revocable; the
feed holds what its user may see at the moment it is read, and a dead link is a plain 404."""

import hashlib
import re
from datetime import UTC, datetime, timedelta

from sqlalchemy import select

from governance import visibility
from governance.models import AuditEvent, CalendarFeed
from governance.rules.vocab import ItemKind
from governance.services import accounts, between, meetings
from governance.services.actors import SYSTEM

from ..conftest import fresh
from .conftest import csrf_token

FEED = re.compile(r"(/calendar/[A-Za-z0-9_-]+\.ics)")


def _issue(client, path="/notifications/calendar-feed") -> str:
    token = csrf_token(client, "/notifications/preferences")
    page = client.post(path, data={"csrf_token": token}).get_data(as_text=True)
    return FEED.search(page).group(1)


def _world(web_make):
    board, members = web_make.board(seats=2, name="Board of Directors")
    committee = web_make.body("Election Committee")
    director = web_make.user(person=members[0], email="dir@example.org")
    outsider = web_make.user(person=web_make.seat(committee), email="out@example.org")
    soon = datetime.now(UTC).replace(microsecond=0) + timedelta(days=3)
    board_meeting = web_make.meeting(
        board, starts_at=soon.replace(tzinfo=None), tz="UTC", title="Budget mkboardonly call"
    )
    web_make.item(board_meeting, title="Item", kind=ItemKind.DECISION)
    agenda_at = soon - timedelta(days=1)
    meetings.publish_agenda(web_make.db, SYSTEM, board_meeting.id, agenda_at)
    between.open_action(
        web_make.db,
        SYSTEM,
        board.id,
        "e_ballot",
        "Hire the mkconfdecision auditor",
        datetime.now(UTC) - timedelta(minutes=5),
        soon + timedelta(days=1),
        "UTC",
        "confidential",
    )
    return director, outsider, board_meeting


def test_a_director_gets_a_link_shown_once_and_stored_only_hashed(client, auth, web_make, app_db):
    director, _, _ = _world(web_make)
    auth.login("dir@example.org")
    path = _issue(client)
    raw = path.removeprefix("/calendar/").removesuffix(".ics")
    db = fresh(app_db)
    feed = db.scalar(select(CalendarFeed).where(CalendarFeed.user_id == director.id))
    assert feed.token_hash == hashlib.sha256(raw.encode()).hexdigest()
    assert raw not in db.scalar(select(AuditEvent.after).order_by(AuditEvent.id.desc()).limit(1))
    # Shown once: the preferences page after it says a link exists, never the link again.
    again = client.get("/notifications/preferences").get_data(as_text=True)
    assert raw not in again and "calendar link" in again.lower()
    # No session and no CSRF token needed to read it: a calendar program has neither.
    response = client.application.test_client().get(path)
    assert response.status_code == 200 and response.mimetype == "text/calendar"
    assert response.headers["Cache-Control"] == "private, no-store"
    text = response.get_data(as_text=True).replace("\r\n ", "")
    assert "mkboardonly" in text and "mkconfdecision" in text


def test_a_director_of_another_body_sees_only_what_the_public_does(client, auth, web_make):
    _world(web_make)
    auth.login("out@example.org")
    path = _issue(client)
    text = client.application.test_client().get(path).get_data(as_text=True)
    assert "mkconfdecision" not in text.replace("\r\n ", "")


def test_a_replaced_or_revoked_link_answers_like_an_unknown_one(client, auth, web_make):
    _world(web_make)
    auth.login("dir@example.org")
    first = _issue(client)
    second = _issue(client)
    reader = client.application.test_client()
    unknown = reader.get("/calendar/" + "x" * 43 + ".ics")
    assert unknown.status_code == 404
    assert reader.get(first).status_code == 404
    assert reader.get(first).get_data() == unknown.get_data()
    assert reader.get(second).status_code == 200
    token = csrf_token(client, "/notifications/preferences")
    client.post("/notifications/calendar-feed/revoke", data={"csrf_token": token})
    assert reader.get(second).status_code == 404


def test_the_feed_follows_the_user_at_each_request(client, auth, web_make, app_db):
    director, _, _ = _world(web_make)
    auth.login("dir@example.org")
    path = _issue(client)
    reader = client.application.test_client()
    accounts.set_active(web_make.db, SYSTEM, director.id, False)
    assert reader.get(path).status_code == 404


def test_the_feed_shows_another_body_its_meeting_from_the_agenda_release_on(
    client, auth, web_make, monkeypatch
):
    _, _, board_meeting = _world(web_make)
    auth.login("out@example.org")
    path = _issue(client)
    reader = client.application.test_client()
    release = board_meeting.agenda_released_at
    monkeypatch.setattr(visibility, "now", lambda: release - timedelta(seconds=1))
    assert "mkboardonly" not in reader.get(path).get_data(as_text=True)
    monkeypatch.setattr(visibility, "now", lambda: release)
    assert "mkboardonly" in reader.get(path).get_data(as_text=True)
