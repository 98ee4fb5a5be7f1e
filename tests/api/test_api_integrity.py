"""Through the API as through the pages: stale vote writes are refused with 409 naming the
member, a director's own vote changes only by a correction, motions inherit their item's
disclosure, and releases are never silent."""

from datetime import UTC, datetime

import pytest

from governance import visibility
from governance.models import Body, Vote
from governance.rules.vocab import Disclosure, ItemKind, UserRole
from governance.services import motions

from ..conftest import fresh

START = datetime(2013, 10, 3, 9, 0)


@pytest.fixture
def live(api_make, staff):
    body, members = api_make.board(seats=3, name="Board of Directors")
    alan = api_make.user(UserRole.DIRECTOR, person=members[0])
    meeting = api_make.meeting(body, starts_at=START)
    api_make.present(meeting, members)
    motion = api_make.open_motion(meeting)
    return members, alan, meeting, motion


def test_a_roll_call_entry_with_a_stale_version_is_a_409_naming_the_member(
    api_as, api_make, staff, live
):
    members, alan, _meeting, motion = live
    sec = api_as(staff)
    motions.cast_vote(api_make.db, alan, motion.id, "for")
    response = sec.put(
        f"/motions/{motion.id}/votes",
        {"entries": [{"person_id": members[0].id, "choice": "against", "version": 0}]},
    )
    problem = response.get_json()
    assert response.status_code == 409
    assert problem["field"] == f"choice_{members[0].id}"
    assert f"{members[0].name}'s vote was changed by the member" in problem["detail"]
    assert "now for" in problem["detail"]


def test_without_a_version_an_existing_vote_is_not_replaced(api_as, api_make, staff, live):
    members, _alan, _meeting, motion = live
    sec = api_as(staff)
    first = sec.put(
        f"/motions/{motion.id}/votes",
        {"entries": [{"person_id": members[1].id, "choice": "for"}]},
    )
    assert first.status_code == 200 and first.get_json()["items"][0]["version"] == 1
    blind = sec.put(
        f"/motions/{motion.id}/votes",
        {"entries": [{"person_id": members[1].id, "choice": "against"}]},
    )
    assert blind.status_code == 409 and "give that version" in blind.get_json()["detail"]
    informed = sec.put(
        f"/motions/{motion.id}/votes",
        {"entries": [{"person_id": members[1].id, "choice": "against", "version": 1}]},
    )
    assert informed.status_code == 200 and informed.get_json()["items"][0]["version"] == 2


def test_the_secretary_records_others_and_leaves_a_directors_own_vote(
    api_as, api_make, staff, live
):
    members, alan, _meeting, motion = live
    own = motions.cast_vote(api_make.db, alan, motion.id, "for")
    sec = api_as(staff)
    response = sec.put(
        f"/motions/{motion.id}/votes",
        {"entries": [{"person_id": p.id, "choice": "against"} for p in members[1:]]},
    )
    assert response.status_code == 200
    kept = fresh(api_make.db).get(Vote, own.id)
    assert (kept.recorded_by_id, kept.cast_at, kept.version) == (alan.id, own.cast_at, 1)
    assert not kept.recorded_by_secretary
    overwrite = sec.put(
        f"/motions/{motion.id}/votes",
        {"entries": [{"person_id": members[0].id, "choice": "against", "version": own.version}]},
    )
    assert overwrite.status_code == 409
    assert "cast this vote themselves" in overwrite.get_json()["detail"]


def test_a_correction_through_the_api_keeps_who_cast_it(api_as, api_make, staff, live):
    members, alan, _meeting, motion = live
    own = motions.cast_vote(api_make.db, alan, motion.id, "for")
    sec = api_as(staff)
    url = f"/motions/{motion.id}/votes/{members[0].id}/correction"
    missing = sec.post(url, {"choice": "against", "correction_reason": "", "version": own.version})
    assert missing.status_code == 422 and missing.get_json()["field"] == "correction_reason"
    assert (
        api_as(alan)
        .post(url, {"choice": "against", "correction_reason": "x", "version": own.version})
        .status_code
        == 403
    )
    corrected = sec.post(
        url, {"choice": "against", "correction_reason": "misclick", "version": own.version}
    )
    vote = corrected.get_json()
    assert corrected.status_code == 200
    assert vote["choice"] == "against" and vote["correction_reason"] == "misclick"
    assert vote["recorded_by_secretary"] is False and vote[
        "cast_at"
    ] == own.cast_at.isoformat().replace("+00:00", "Z")
    stale = sec.post(url, {"choice": "for", "correction_reason": "again", "version": own.version})
    assert stale.status_code == 409


def test_a_motion_on_a_confidential_item_is_confidential_unless_said_otherwise(
    api_as, api_make, staff, live
):
    _members, _alan, meeting, _motion = live
    sec = api_as(staff)
    item = api_make.item(
        meeting,
        title="Gold applicants",
        kind=ItemKind.EXECUTIVE_SESSION,
        disclosure=Disclosure.CONFIDENTIAL,
    )
    created = sec.post(
        f"/meetings/{meeting.id}/motions", {"text": "Admit X.", "agenda_item_id": item.id}
    )
    assert created.status_code == 201 and created.get_json()["disclosure"] == "confidential"
    refused = sec.post(
        f"/meetings/{meeting.id}/motions",
        {"text": "Admit Y.", "agenda_item_id": item.id, "disclosure": "public"},
    )
    assert refused.status_code == 422 and refused.get_json()["field"] == "disclosure"
    explicit = sec.post(
        f"/meetings/{meeting.id}/motions",
        {
            "text": "Admit Z.",
            "agenda_item_id": item.id,
            "disclosure": "public",
            "more_public_than_item": True,
        },
    )
    assert explicit.status_code == 201 and explicit.get_json()["disclosure"] == "public"
    motion_id = explicit.get_json()["id"]
    edited = sec.post(f"/motions/{motion_id}", {"disclosure": "confidential"}, method="patch")
    assert edited.status_code == 200 and edited.get_json()["disclosure"] == "confidential"
    wording = sec.post(f"/motions/{_motion.id}", {"text": "Something else."}, method="patch")
    assert wording.status_code == 409 and wording.get_json()["field"] == "text"


def test_a_summary_release_in_the_past_needs_release_now_through_the_api(
    api_as, api_make, staff, live
):
    _members, _alan, meeting, _motion = live
    sec = api_as(staff)
    body = {"body": "The board met.", "schedule": True, "release_at": "2013-10-10T09:00"}
    refused = sec.put(f"/meetings/{meeting.id}/summary", body)
    assert refused.status_code == 422 and refused.get_json()["field"] == "summary_release_at"
    assert "10 October 2013 09:00 PDT has already passed" in refused.get_json()["detail"]
    assert (
        sec.put(f"/meetings/{meeting.id}/summary", body | {"release_now": True}).status_code == 200
    )
    later = body | {"release_at": "2099-10-10T09:00"}
    retract = sec.put(f"/meetings/{meeting.id}/summary", later)
    assert retract.status_code == 422 and retract.get_json()["field"] == "retraction_reason"
    done = sec.put(f"/meetings/{meeting.id}/summary", later | {"retraction_reason": "Too early"})
    assert done.status_code == 200
    public = api_as().get(f"/meetings/{meeting.id}").get_json()
    assert public["summary_withdrawn_reason"] == "Too early"


def test_openapi_documents_versions_and_conflicts(app):
    spec = app.test_client().get("/api/openapi.json").get_json()
    entry = spec["components"]["schemas"]["RollCallVote"]["properties"]["entries"]["items"]
    assert "version" in entry["properties"]
    assert "409" in spec["paths"]["/api/v1/motions/{motion_id}/votes"]["put"]["responses"]
    assert "/api/v1/motions/{motion_id}/votes/{person_id}/correction" in spec["paths"]


def test_action_items_follow_their_agenda_item_in_the_public_api(
    api_as, api_make, staff, live, monkeypatch
):
    members, _alan, meeting, _motion = live
    sec = api_as(staff)
    secret = api_make.item(
        meeting, title="Applicants", kind=ItemKind.EXECUTIVE_SESSION, disclosure="confidential"
    )
    embargo = datetime(2099, 1, 1, 9, 0)
    deal = api_make.item(meeting, title="Deal", disclosure="embargoed", disclosed_at=embargo)
    for item, title in ((secret, "Call applicant mkconfaction"), (deal, "Sign mkembaction")):
        created = sec.post(
            f"/meetings/{meeting.id}/action-items",
            {"title": title, "owner_person_id": members[0].id, "agenda_item_id": item.id},
        )
        assert created.status_code == 201
        assert created.get_json()["disclosure"] == item.disclosure.value
    sec.put(
        f"/meetings/{meeting.id}/summary",
        {"body": "S", "schedule": True, "release_at": "2013-10-10T09:00", "release_now": True},
    )
    public = api_as()
    listed = public.get(f"/meetings/{meeting.id}/action-items").get_data(as_text=True)
    assert "mkconfaction" not in listed and "mkembaction" not in listed
    after = datetime(2099, 1, 1, 17, 0, tzinfo=UTC)
    monkeypatch.setattr(visibility, "now", lambda: after)
    listed = public.get(f"/meetings/{meeting.id}/action-items").get_data(as_text=True)
    assert "mkembaction" in listed and "mkconfaction" not in listed


def test_meeting_corrections_through_the_api(api_as, api_make, staff, live):
    _members, _alan, meeting, _motion = live
    sec = api_as(staff)
    body = api_make.db.get(Body, meeting.body_id)
    later = api_make.meeting(body, starts_at=datetime(2099, 1, 5, 9, 0), title="Typo")
    first = api_make.item(later, title="One")
    second = api_make.item(later, title="Two")
    edited = sec.post(f"/meetings/{later.id}", {"title": "January call"}, method="patch")
    assert edited.status_code == 200 and edited.get_json()["title"] == "January call"
    order = sec.put(f"/meetings/{later.id}/agenda-order", {"order": [second.id, first.id]})
    assert [i["title"] for i in order.get_json()["items"]] == ["Two", "One"]
    assert sec.post(f"/agenda-items/{first.id}", method="delete").status_code == 200
    refused = sec.post(f"/meetings/{later.id}/status", {"status": "cancelled"})
    assert refused.status_code == 422 and refused.get_json()["field"] == "reason"
    cancelled = sec.post(
        f"/meetings/{later.id}/status", {"status": "cancelled", "reason": "Venue lost"}
    )
    assert cancelled.get_json()["status"] == "cancelled"
    back = sec.post(f"/meetings/{later.id}/status", {"status": "scheduled"})
    assert back.status_code == 200 and back.get_json()["status"] == "scheduled"
