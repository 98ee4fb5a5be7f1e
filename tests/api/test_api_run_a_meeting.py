"""The secretary runs a whole meeting through the API, a director votes through it, and the
public reads the result only once it is released."""

from datetime import UTC, datetime, timedelta

import pytest

from governance import visibility
from governance.rules.vocab import UserRole

from ..conftest import fresh

RELEASE = datetime(2099, 10, 10, 17, 0, tzinfo=UTC)  # 10:00 PDT, the summary's release


@pytest.fixture
def clock(monkeypatch):
    """Pin the public side's clock."""

    def set_to(instant):
        monkeypatch.setattr(visibility, "now", lambda: instant)

    return set_to


def test_a_meeting_run_entirely_through_the_api(api_as, api_make, staff, clock):
    board, members = api_make.board(seats=3, name="Board of Directors")
    director = api_make.user(UserRole.DIRECTOR, person=members[0])
    sec, alan, public = api_as(staff), api_as(director), api_as()

    meeting = sec.post(
        "/meetings",
        {
            "body_id": board.id,
            "title": "October 3rd call",
            "starts_at": "2099-10-03T09:00",
            "timezone": "America/Los_Angeles",
            "kind": "call",
        },
    ).get_json()
    assert meeting["starts_at"] == "2099-10-03T16:00:00Z"
    mid = meeting["id"]
    item = sec.post(
        f"/meetings/{mid}/agenda-items",
        {"title": "Election system", "kind": "decision", "notes": "Todd's **report**"},
    ).get_json()
    secret = sec.post(
        f"/meetings/{mid}/agenda-items",
        {
            "title": "Gold member applicant X",
            "kind": "executive_session",
            "disclosure": "confidential",
            "public_topic": "Membership applications",
        },
    ).get_json()
    assert sec.post(f"/meetings/{mid}/publish-agenda").status_code == 200
    assert sec.post(f"/meetings/{mid}/status", {"status": "in_session"}).status_code == 200
    roll = sec.put(
        f"/meetings/{mid}/attendance",
        {"entries": [{"person_id": p.id, "presence": "remote"} for p in members]},
    )
    assert roll.status_code == 200 and len(roll.get_json()["items"]) == 3
    motion = sec.post(
        f"/meetings/{mid}/motions",
        {
            "text": "That the election system not change this cycle.",
            "agenda_item_id": item["id"],
            "mover_id": members[0].id,
            "seconder_id": members[1].id,
        },
    ).get_json()
    assert sec.post(f"/motions/{motion['id']}/open").get_json()["status"] == "open"

    own = alan.post(f"/motions/{motion['id']}/vote", {"choice": "for"})
    assert own.status_code == 200 and own.get_json()["recorded_by_secretary"] is False
    recorded = sec.put(
        f"/motions/{motion['id']}/votes",
        {
            "entries": [
                {"person_id": members[1].id, "choice": "for"},
                {"person_id": members[2].id, "choice": "against"},
            ]
        },
    )
    assert recorded.status_code == 200
    closed = sec.post(f"/motions/{motion['id']}/close").get_json()
    assert closed["status"] == "carried"
    assert closed["result"].startswith("Carried — 2 for, 1 against, 0 abstentions")
    assert sec.post(f"/meetings/{mid}/status", {"status": "adjourned"}).status_code == 200

    assert sec.put(f"/meetings/{mid}/minutes", {"body": "# Minutes"}).status_code == 200
    summary = sec.put(
        f"/meetings/{mid}/summary",
        {
            "body": "The board kept the election system.",
            "release_at": "2099-10-10T10:00",
            "schedule": True,
        },
    ).get_json()
    assert summary["release_at"] == "2099-10-10T17:00:00Z" and summary["status"] == "scheduled"
    fresh(api_make.db)

    clock(RELEASE - timedelta(seconds=1))
    assert public.get(f"/meetings/{mid}").status_code == 200  # its agenda is published
    assert public.get(f"/motions/{motion['id']}").status_code == 404
    assert public.get(f"/meetings/{mid}/summary").status_code == 404
    agenda = public.get(f"/meetings/{mid}/agenda-items").get_json()["items"]
    # Listed as the meeting page lists it: the executive session a withheld line, its topic shown.
    assert [i["title"] for i in agenda] == ["Election system", None]
    assert [i["withheld"] for i in agenda] == [False, True]
    assert agenda[0]["notes"] is None and agenda[1]["public_topic"] == "Membership applications"
    export = public.get("/export").get_json()
    assert export["motions"] == [] and export["summaries"] == []

    clock(RELEASE)
    released = public.get(f"/motions/{motion['id']}")
    assert released.status_code == 200 and released.get_json()["result"] == closed["result"]
    votes = public.get(f"/motions/{motion['id']}/votes").get_json()["items"]
    assert sorted(v["choice"] for v in votes) == ["against", "for", "for"]
    assert public.get(f"/meetings/{mid}/summary").get_json()["body"].startswith("The board")
    agenda = public.get(f"/meetings/{mid}/agenda-items").get_json()["items"]
    assert agenda[0]["notes"] == "Todd's **report**"
    assert agenda[1]["withheld"] and agenda[1]["title"] is None and agenda[1]["notes"] is None
    body = str(public.get("/export").get_json())
    assert "Gold member applicant X" not in body and "election system" in body
    assert secret["id"] in [i["id"] for i in agenda]


def test_lists_page_with_a_stable_cursor(api_as, api_make):
    for n in range(5):
        api_make.body(f"Committee {n}")
    public = api_as()
    first = public.get("/bodies?limit=2").get_json()
    assert len(first["items"]) == 2 and first["next"]
    second = public.client.get(first["next"]).get_json()
    third = public.client.get(second["next"]).get_json()
    ids = [b["id"] for page in (first, second, third) for b in page["items"]]
    assert ids == sorted(ids) and len(set(ids)) == 5 and third["next"] is None
    assert public.get("/bodies?limit=0").status_code == 422
