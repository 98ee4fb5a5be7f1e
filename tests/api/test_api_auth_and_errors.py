"""Tokens, CSRF for cookie sessions, and problem details with the right status."""

import re
from datetime import datetime

from governance.rules.vocab import UserRole
from governance.services import motions, records, tokens
from governance.services.actors import SYSTEM

from ..conftest import PASSWORD, fresh
from ..integration.scene import database_state


def test_a_write_without_a_token_is_401_before_its_input_is_read(api_as):
    response = api_as().post("/meetings", {"nonsense": True})
    assert response.status_code == 401
    assert response.mimetype == "application/problem+json"
    assert response.headers["WWW-Authenticate"].startswith("Bearer")


def test_a_revoked_or_unknown_token_is_401(api_as, api_make, staff):
    token, raw = tokens.create_token(api_make.db, staff, "bot")
    tokens.revoke_token(api_make.db, staff, token.id)
    for bad in (raw, "gov_not-a-token", "Basic abc"):
        client = api_as()
        client.headers = {"Authorization": bad if bad.startswith("Basic") else f"Bearer {bad}"}
        assert client.post("/meetings", {}).status_code == 401


def test_tokens_are_stored_only_as_a_hash(api_make, staff):
    token, raw = tokens.create_token(api_make.db, staff, "bot")
    assert raw not in repr(fresh(api_make.db).get(type(token), token.id).__dict__)
    assert token.token_hash == tokens.digest(raw)


def test_a_cookie_session_write_needs_a_csrf_token_and_a_token_write_does_not(app, api_make, staff):
    board, _ = api_make.board(seats=3)
    body = {
        "body_id": board.id,
        "title": "Call",
        "starts_at": "2013-10-03T09:00",
        "timezone": "America/Los_Angeles",
    }
    browser = app.test_client()
    page = browser.get("/login").get_data(as_text=True)
    csrf = re.search(r'name="csrf_token" type="hidden" value="([^"]+)"', page).group(1)
    browser.post(
        "/login", data={"email": staff.email, "password": PASSWORD, "next": "", "csrf_token": csrf}
    )
    # Signing in starts a new session, so the form token is read again afterwards.
    page = browser.get("/").get_data(as_text=True)
    csrf = re.search(r'name="csrf_token" type="hidden" value="([^"]+)"', page).group(1)
    refused = browser.post("/api/v1/meetings", json=body)
    assert refused.status_code == 400 and "CSRF" in refused.get_json()["detail"]
    accepted = browser.post("/api/v1/meetings", json=body, headers={"X-CSRFToken": csrf})
    assert accepted.status_code == 201


def test_statuses_name_the_problem(api_as, api_make, staff):
    board, members = api_make.board(seats=3)
    other, _ = api_make.board(seats=2)
    outsider = api_make.user(UserRole.DIRECTOR, person=api_make.seat(other))
    director = api_make.user(UserRole.DIRECTOR, person=members[0])
    meeting = api_make.meeting(board)
    api_make.present(meeting, members)
    motion = api_make.open_motion(meeting)
    secretary = api_as(staff)

    bad_json = secretary.client.post(
        "/api/v1/meetings",
        data="{not json",
        content_type="application/json",
        headers=secretary.headers,
    )
    assert bad_json.status_code == 400

    invalid = secretary.post(
        f"/meetings/{meeting.id}/agenda-items", {"title": "Plan", "disclosure": "embargoed"}
    )
    assert invalid.status_code == 422 and invalid.get_json()["field"] == "disclosed_at"

    unlisted = api_as(director).post(
        f"/motions/{motion.id}/vote", {"choice": "for", "person_id": members[1].id}
    )
    assert unlisted.status_code == 422 and unlisted.get_json()["field"] == "person_id"

    assert (
        api_as(director)
        .post(
            "/meetings",
            {"body_id": board.id, "title": "x", "starts_at": "2013-10-03T09:00", "timezone": "UTC"},
        )
        .status_code
        == 403
    )
    hidden = api_as(outsider).post(f"/motions/{motion.id}/vote", {"choice": "for"})
    missing = api_as(outsider).post("/motions/999999/vote", {"choice": "for"})
    assert hidden.status_code == missing.status_code == 404
    assert hidden.get_json() == missing.get_json()

    motions.close_motion(api_make.db, SYSTEM, motion.id)
    closed = api_as(director).post(f"/motions/{motion.id}/vote", {"choice": "for"})
    assert closed.status_code == 409 and "not open for voting" in closed.get_json()["detail"]

    records.save_minutes(api_make.db, SYSTEM, meeting.id, "Minutes")
    records.circulate_minutes(api_make.db, SYSTEM, meeting.id)
    later = api_make.meeting(board, title="Next", starts_at=datetime(2013, 9, 1, 9, 0))
    api_make.present(later, members)
    approval = api_make.open_motion(later, approves_minutes_of_id=meeting.id)
    for person in members:
        motions.record_vote(api_make.db, SYSTEM, approval.id, person.id, "for")
    motions.close_motion(api_make.db, SYSTEM, approval.id)
    again = secretary.put(f"/meetings/{meeting.id}/minutes", {"body": "Edited"})
    assert again.status_code == 409 and "approved minutes" in again.get_json()["detail"]


def test_a_bad_request_changes_nothing(api_as, api_make, staff):
    board, members = api_make.board(seats=3)
    meeting = api_make.meeting(board)
    before = database_state(api_make.db)
    secretary = api_as(staff)
    before = database_state(api_make.db)
    response = secretary.put(
        f"/meetings/{meeting.id}/attendance",
        {
            "entries": [
                {"person_id": members[0].id, "presence": "in_person"},
                {"person_id": members[1].id, "presence": "teleported"},
            ]
        },
    )
    assert response.status_code == 422
    assert response.get_json()["field"] == "entries[1].presence"
    assert database_state(api_make.db) == before


def test_the_openapi_document_describes_every_api_route_and_nothing_else(app):
    document = app.test_client().get("/api/openapi.json").get_json()
    assert document["openapi"].startswith("3.1")
    documented = {
        (path, method.upper()) for path, ops in document["paths"].items() for method in ops
    }
    routed = set()
    for rule in app.url_map.iter_rules():
        if rule.rule.startswith("/api/v1"):
            path = re.sub(r"<int:(\w+)>", r"{\1}", rule.rule)
            routed |= {(path, m) for m in rule.methods - {"HEAD", "OPTIONS"}}
    assert documented == routed


def test_every_request_and_response_schema_is_defined_with_an_example(app):
    document = app.test_client().get("/api/openapi.json").get_json()
    text = str(document["paths"])
    for name in re.findall(r"#/components/schemas/(\w+)", text):
        assert name in document["components"]["schemas"]
    for path, ops in document["paths"].items():
        for op in ops.values():
            if "requestBody" in op:
                ref = op["requestBody"]["content"]["application/json"]["schema"]["$ref"]
                assert document["components"]["schemas"][ref.rsplit("/", 1)[1]]["examples"], path


def test_commentary_scheduled_over_a_draft_summary_is_a_422_naming_publish_at(api_as, api_make):
    board, members = api_make.board(seats=3)
    director = api_make.user(person=members[0])
    meeting = api_make.meeting(board)
    api_make.summary(meeting, datetime(2013, 8, 13, 9, 0))
    response = api_as(director).put(
        f"/meetings/{meeting.id}/commentary", {"body": "My view.", "publish": True}
    )
    assert response.status_code == 422
    problem = response.get_json()
    assert "the official summary is still a draft" in str(problem)
    assert "publish_at" in str(problem)
