"""Odd input through the API is a 4xx problem naming the field on both databases, never a 500,
and nothing of it is stored (issue 11, section 6)."""

import json
from datetime import UTC, datetime

import pytest
from sqlalchemy import select

from governance.models import Meeting, Motion, Vote
from governance.rules.vocab import Disclosure, UserRole
from governance.services import meetings
from governance.services.actors import SYSTEM

from ..conftest import fresh


@pytest.fixture
def scene(api_make, staff):
    board, members = api_make.board(seats=3)
    meeting = api_make.meeting(board)
    api_make.present(meeting, members)
    motion = api_make.open_motion(meeting)
    director = api_make.user(UserRole.DIRECTOR, person=members[0], email="d@example.org")
    return board, meeting, motion, director


def _refused(response, field, status=422):
    assert response.status_code == status, response.get_data(as_text=True)
    assert response.mimetype == "application/problem+json"
    if field is not None:
        assert response.get_json()["field"] == field
    return response.get_json()["detail"]


@pytest.mark.parametrize(
    ("reason", "says"),
    [("\ud800", "surrogate"), ("a\x00b", "NUL"), ("bell\x07", "control")],
)
def test_a_vote_reason_no_database_can_store_is_refused_naming_it(
    api_as, scene, app_db, reason, says
):
    _, _, motion, director = scene
    response = api_as(director).post(
        f"/motions/{motion.id}/vote", {"choice": "abstain", "reason": reason}
    )
    assert says in _refused(response, "reason")
    assert fresh(app_db).scalar(select(Vote.id)) is None


@pytest.mark.parametrize(
    ("path", "body", "field"),
    [
        ("/meetings/{m}/agenda-items", {"title": "a\x00b"}, "title"),
        ("/meetings/{m}/agenda-items", {"title": "ok", "notes": "x\x00"}, "notes"),
        ("/meetings/{m}/motions", {"text": "That\x1b[2J"}, "text"),
        ("/meetings/{m}/guests", {"name": "\udc80"}, "name"),
        ("/meetings/{m}/minutes", {"body": "# Minutes\x00"}, "body"),
        ("/tokens", {"name": "bot\x00"}, "name"),
    ],
)
def test_nul_surrogates_and_controls_are_refused_by_every_text_field(
    api_as, scene, staff, path, body, field
):
    _, meeting, _, _ = scene
    response = api_as(staff).post(
        path.format(m=meeting.id), body, method="put" if "minutes" in path else "post"
    )
    _refused(response, field)


def test_text_is_stored_in_nfc_with_newlines(api_as, scene, staff, app_db):
    _, meeting, _, _ = scene
    response = api_as(staff).post(
        f"/meetings/{meeting.id}/agenda-items",
        {"title": "Cafe\u0301 report", "notes": "line one\r\nline two"},
    )
    assert response.status_code == 201
    assert response.get_json()["title"] == "Caf\u00e9 report"
    assert response.get_json()["notes"] == "line one\nline two"


def test_json_nested_fifty_thousand_deep_is_a_400_problem(api_as, scene, staff):
    _, meeting, _, _ = scene
    client = api_as(staff)
    response = client.client.post(
        f"/api/v1/meetings/{meeting.id}/agenda-items",
        data="[" * 50_000 + "]" * 50_000,
        content_type="application/json",
        headers=client.headers,
    )
    assert "nested too deeply" in _refused(response, None, 400)


def test_a_body_over_the_size_limit_is_a_413_problem(app, api_as, scene, staff):
    _, meeting, _, _ = scene
    client = api_as(staff)
    huge = json.dumps({"body": "x" * (app.config["MAX_CONTENT_LENGTH"] + 1)})
    response = client.client.put(
        f"/api/v1/meetings/{meeting.id}/minutes",
        data=huge,
        content_type="application/json",
        headers=client.headers,
    )
    _refused(response, None, 413)


READINGS = [
    "0001-01-01T00:00",
    "0001-01-01T00:00:00+14:00",
    "9999-12-31T23:59",
    "9999-12-31T23:59:59-12:00",
    "1899-12-31T23:59",
    "2201-01-01T00:00",
]


@pytest.mark.parametrize("reading", READINGS)
def test_instants_outside_the_supported_range_are_refused_naming_the_field(
    api_as, scene, staff, app_db, reading
):
    board, meeting, _, _ = scene
    client = api_as(staff)
    new = {
        "body_id": board.id,
        "title": "Call",
        "starts_at": reading,
        "timezone": "America/Los_Angeles",
    }
    assert "between 1900 and 2200" in _refused(client.post("/meetings", new), "starts_at")
    embargo = {"text": "That.", "disclosure": "embargoed", "disclosed_at": reading}
    _refused(client.post(f"/meetings/{meeting.id}/motions", embargo), "disclosed_at")
    summary = {"body": "The board met.", "release_at": reading}
    _refused(client.put(f"/meetings/{meeting.id}/summary", summary), "release_at")
    roll = {"entries": [{"person_id": 1, "presence": "in_person", "arrived_at": reading}]}
    _refused(client.put(f"/meetings/{meeting.id}/attendance", roll), "entries[0].arrived_at")
    assert fresh(app_db).scalar(select(Meeting.id).where(Meeting.id != meeting.id)) is None


@pytest.mark.parametrize("day", ["0001-01-01", "9999-12-31", "2201-01-01"])
def test_dates_outside_the_supported_range_are_refused_naming_the_field(api_as, scene, staff, day):
    _, meeting, _, _ = scene
    body = {"title": "Book the venue", "owner_person_id": 1, "due_on": day}
    _refused(api_as(staff).post(f"/meetings/{meeting.id}/action-items", body), "due_on")


@pytest.mark.parametrize("zone", ["localtime", "Factory", "posixrules"])
def test_zone_database_files_that_are_not_places_are_refused(api_as, scene, staff, zone):
    board, _, _, _ = scene
    new = {"body_id": board.id, "title": "Call", "starts_at": "2013-10-03T09:00", "timezone": zone}
    _refused(api_as(staff).post("/meetings", new), "timezone")


def test_a_hidden_motion_costs_what_a_missing_one_does(app, api_as, scene, api_make):
    """Visibility is decided in the query: a hidden motion is never loaded, so its 404 runs the
    same statements as a missing one's and cannot be told apart by timing."""
    from sqlalchemy import event

    _, meeting, motion, _ = scene
    hidden = api_make.db.get(Motion, motion.id)
    assert hidden.disclosure != Disclosure.PUBLIC or meeting.summary_release_at is None
    engine = app.extensions["governance.db"].engine
    client = api_as()

    def statements(path):
        seen = []
        listener = lambda *a: seen.append(a[2])  # noqa: E731
        event.listen(engine, "before_cursor_execute", listener)
        try:
            assert client.get(path).status_code == 404
        finally:
            event.remove(engine, "before_cursor_execute", listener)
        return [s for s in seen if not s.startswith(("BEGIN", "ROLLBACK", "SAVEPOINT"))]

    missing = statements("/motions/2147483000")
    assert statements(f"/motions/{motion.id}") == missing
    assert len(missing) == 1
    assert statements(f"/motions/{motion.id}/votes") == statements("/motions/2147483000/votes")
    meetings.set_summary_release(api_make.db, SYSTEM, meeting.id, datetime(2099, 1, 1, tzinfo=UTC))
    assert statements(f"/meetings/{meeting.id}") == statements("/meetings/2147483000")
