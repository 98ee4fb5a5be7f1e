"""Decisions between meetings through the API: staff open, directors sign with their own token,
the deadline holds, the public reads only what the policy releases, and the minutes list them."""

import hashlib
from datetime import UTC, datetime, timedelta

import pytest

from governance import visibility
from governance.rules.vocab import UserRole

OPENS = datetime(2014, 3, 10, 9, 0, tzinfo=UTC)
CLOSES = datetime(2014, 3, 17, 9, 0, tzinfo=UTC)
SECOND = timedelta(seconds=1)
TEXT = "RESOLVED, that the Board joins the Open Source Initiative."


@pytest.fixture
def clock(monkeypatch):
    state = {"now": OPENS - timedelta(days=1)}
    monkeypatch.setattr(visibility, "now", lambda: state["now"])
    return state


@pytest.fixture
def board(api_make, clock):
    body, members = api_make.board(seats=3, name="Board of Directors")
    directors = [api_make.user(UserRole.DIRECTOR, person=m) for m in members]
    return body, members, directors


def _open(api, body, **fields):
    return api.post(
        "/decisions",
        {
            "body_id": body.id,
            "kind": "e_ballot",
            "text": TEXT,
            "opens_at": "2014-03-10T09:00",
            "closes_at": "2014-03-17T09:00",
            "timezone": "UTC",
            "disclosure": "public",
            "release_at": "2014-03-18T09:00",
            **fields,
        },
    )


def test_the_api_flow_from_opening_to_the_public_result(api_as, staff, board, clock, api_make):
    body, members, directors = board
    opened = _open(api_as(staff), body)
    assert opened.status_code == 201, opened.get_json()
    action = opened.get_json()
    assert action["status"] == "draft"
    assert action["text_sha256"] == hashlib.sha256(TEXT.encode()).hexdigest()
    clock["now"] = OPENS
    for director in directors[:2]:
        signed = api_as(director).post(
            f"/decisions/{action['id']}/signatures",
            {"choice": "for", "text_sha256": action["text_sha256"]},
        )
        assert signed.status_code == 201, signed.get_json()
        assert signed.get_json()["person_id"] in {m.id for m in members}
    clock["now"] = CLOSES
    late = api_as(directors[2]).post(f"/decisions/{action['id']}/signatures", {"choice": "for"})
    assert late.status_code == 409
    assert late.get_json()["field"] == "action"
    public = api_as()
    assert public.get(f"/decisions/{action['id']}").status_code == 404  # released at 18 March
    clock["now"] = datetime(2014, 3, 18, 9, 0, tzinfo=UTC)
    shown = public.get(f"/decisions/{action['id']}").get_json()
    assert shown["status"] == "carried"
    assert shown["result"].startswith("Carried by e-ballot 2–0–0")
    assert [a["id"] for a in public.get("/export").get_json()["between_actions"]] == [action["id"]]
    assert [a["id"] for a in public.get("/decisions").get_json()["items"]] == [action["id"]]


def test_the_api_refuses_what_the_pages_refuse(api_as, staff, board, clock):
    body, members, directors = board
    assert _open(api_as(directors[0]), body).status_code == 403
    refused = _open(api_as(staff), body, threshold="majority_of_votes_cast")
    assert refused.status_code == 422
    assert refused.get_json()["field"] == "threshold"
    assert _open(api_as(staff), body, role="admin").status_code == 422  # an unlisted field
    action = _open(api_as(staff), body, disclosure="confidential", release_at=None).get_json()
    clock["now"] = OPENS
    assert api_as().get(f"/decisions/{action['id']}").status_code == 404
    wrong = api_as(directors[0]).post(
        f"/decisions/{action['id']}/signatures", {"choice": "for", "text_sha256": "0" * 64}
    )
    assert wrong.status_code == 409
    anonymous = api_as().post(f"/decisions/{action['id']}/signatures", {"choice": "for"})
    assert anonymous.status_code == 401


def test_the_openapi_document_describes_the_decision_endpoints(api_as):
    document = api_as().client.get("/api/openapi.json").get_json()
    assert {
        "/api/v1/decisions",
        "/api/v1/decisions/{action_id}",
        "/api/v1/decisions/{action_id}/signatures",
        "/api/v1/meetings/{meeting_id}/minutes/decisions-section",
    } <= set(document["paths"])
