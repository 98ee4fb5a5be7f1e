"""The secretary runs a meeting and directors vote, through the pages (no JavaScript)."""

import re
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from governance.models import AgendaItem, Attendance, Meeting, Minutes, Motion, Vote
from governance.rules.vocab import ItemKind, UserRole
from governance.services import agenda, directory, meetings, records
from governance.services.actors import SYSTEM

from ..conftest import PASSWORD, fresh


def token(client, path="/login") -> str:
    page = client.get(path).get_data(as_text=True)
    return re.search(r'name="csrf_token" type="hidden" value="([^"]+)"', page).group(1)


def signed_in(app, email):
    client = app.test_client()
    client.post(
        "/login",
        data={"email": email, "password": PASSWORD, "next": "", "csrf_token": token(client)},
    )
    return client


def post(client, url, **data):
    data["csrf_token"] = token(client)
    return client.post(url, data=data)


@pytest.fixture
def board(web_make):
    body, members = web_make.board(seats=3, name="Board of Directors")
    web_make.user(UserRole.SECRETARY, email="secretary@example.org")
    web_make.user(UserRole.DIRECTOR, person=members[0], email="alan@example.org")
    web_make.user(UserRole.DIRECTOR, person=members[1], email="mark@example.org")
    return body, members


def test_a_bad_meeting_form_keeps_what_was_typed_and_names_the_field(app, board, app_db):
    client = signed_in(app, "secretary@example.org")
    response = post(
        client,
        "/secretariat/meetings/new",
        body_id=board[0].id,
        title="October board call",
        starts_at="2013-03-10T02:30",
        timezone="America/Los_Angeles",
        kind="call",
        location="",
        chair_id="0",
    )
    page = response.get_data(as_text=True)
    assert response.status_code == 422
    assert re.search(r'id="starts_at-error">[^<]*does not exist in America/Los_Angeles', page)
    assert 'value="October board call"' in page
    assert fresh(app_db).scalar(select(Meeting.id)) is None


def test_an_unlisted_field_is_refused_not_applied(app, board, app_db):
    client = signed_in(app, "secretary@example.org")
    response = post(
        client,
        "/secretariat/meetings/new",
        body_id=board[0].id,
        title="Call",
        starts_at="2013-10-03T09:00",
        timezone="America/Los_Angeles",
        kind="call",
        chair_id="0",
        summary_release_at="2013-10-03T09:00",
    )
    assert response.status_code == 422
    assert "unexpected fields refused: summary_release_at" in response.get_data(as_text=True)
    assert fresh(app_db).scalar(select(Meeting.id)) is None


def test_a_director_cannot_vote_for_someone_else(app, board, web_make):
    body, members = board
    meeting = web_make.meeting(body)
    web_make.present(meeting, members)
    motion = web_make.open_motion(meeting)
    client = signed_in(app, "mark@example.org")
    response = post(
        client,
        f"/board/motions/{motion.id}/vote",
        **{f"m{motion.id}-choice": "for", "person_id": str(members[0].id)},
    )
    assert response.status_code == 422
    assert fresh(web_make.db).scalar(select(Vote.id)) is None


def test_the_secretary_runs_a_meeting_and_directors_vote(app, board, app_db):
    body, members = board
    sec = signed_in(app, "secretary@example.org")
    response = post(
        sec,
        "/secretariat/meetings/new",
        body_id=body.id,
        title="October 3rd call",
        starts_at="2013-10-03T09:00",
        timezone="America/Los_Angeles",
        kind="call",
        location="",
        chair_id=str(members[0].id),
    )
    assert response.status_code == 302
    meeting = fresh(app_db).scalar(select(Meeting))
    assert meeting.starts_at == datetime(2013, 10, 3, 16, 0, tzinfo=meeting.starts_at.tzinfo)

    post(
        sec,
        f"/secretariat/meetings/{meeting.id}/items/new",
        title="Election system report",
        kind="decision",
        presenters="Todd Moore",
        notes="The **committee** reported.",
        disclosure="public",
    )
    post(
        sec,
        f"/secretariat/meetings/{meeting.id}/items/new",
        title="Gold member applications",
        kind="executive_session",
        disclosure="confidential",
        public_topic="Membership",
    )
    response = post(
        sec,
        f"/secretariat/meetings/{meeting.id}/items/new",
        title="Secret plan",
        kind="discussion",
        disclosure="embargoed",
    )
    assert response.status_code == 422
    assert "an embargo needs a disclosure date" in response.get_data(as_text=True)
    items = fresh(app_db).scalars(select(AgendaItem).order_by(AgendaItem.position)).all()
    assert [i.title for i in items] == ["Election system report", "Gold member applications"]

    post(sec, f"/secretariat/items/{items[1].id}/move", direction="up")
    assert [
        i.title for i in fresh(app_db).scalars(select(AgendaItem).order_by(AgendaItem.position))
    ] == ["Gold member applications", "Election system report"]

    post(sec, f"/secretariat/meetings/{meeting.id}/publish", confirm="y")
    post(sec, f"/secretariat/meetings/{meeting.id}/status", status="in_session")
    roll = {f"presence_{m.id}": "in_person" for m in members}
    roll[f"presence_{members[2].id}"] = "absent"
    response = post(sec, f"/secretariat/meetings/{meeting.id}/roll-call", **roll)
    assert response.status_code == 302
    assert len(fresh(app_db).scalars(select(Attendance)).all()) == 3
    page = sec.get(f"/board/meetings/{meeting.id}").get_data(as_text=True)
    assert "quorum: 2 of 3 seated present; 2 needed" in page

    response = post(
        sec,
        f"/secretariat/meetings/{meeting.id}/motions/new",
        text="That the election system not change this cycle.",
        agenda_item_id=str(items[0].id),
        mover_id=str(members[0].id),
        seconder_id=str(members[1].id),
        threshold="majority_of_votes_cast",
        method="ballot",
        approves_minutes_of_id="0",
        disclosure="public",
    )
    motion = fresh(app_db).scalar(select(Motion))
    post(sec, f"/secretariat/motions/{motion.id}/open")

    alan, mark = signed_in(app, "alan@example.org"), signed_in(app, "mark@example.org")
    assert "That the election system not change" in alan.get("/board/ballot").get_data(as_text=True)
    post(alan, f"/board/motions/{motion.id}/vote", **{f"m{motion.id}-choice": "for"})
    response = post(mark, f"/board/motions/{motion.id}/vote", **{f"m{motion.id}-choice": "recused"})
    assert response.status_code == 422
    assert "a recusal needs a reason" in response.get_data(as_text=True)
    post(
        mark,
        f"/board/motions/{motion.id}/vote",
        **{f"m{motion.id}-choice": "abstain", f"m{motion.id}-reason": "not briefed"},
    )

    response = post(sec, f"/secretariat/motions/{motion.id}/close")
    page = sec.get(f"/secretariat/motions/{motion.id}").get_data(as_text=True)
    assert (
        "Carried — 1 for, 0 against, 1 abstention; majority of votes cast; quorum 2 of 3 present."
    ) in page
    assert "not briefed" in page and "by the member" in page
    response = post(alan, f"/board/motions/{motion.id}/vote", **{f"m{motion.id}-choice": "against"})
    assert response.status_code == 302  # back to the ballot, where the motion is gone
    ballot = alan.get("/board/ballot").get_data(as_text=True)
    assert (
        "Your vote was not recorded: motion: the motion is carried, not open for voting" in ballot
    )
    assert fresh(app_db).scalar(select(Vote).where(Vote.person_id == members[0].id)).choice == "for"


def test_the_secretary_records_a_roll_call_vote_marked_as_such(app, board, web_make):
    body, members = board
    meeting = web_make.meeting(body)
    web_make.present(meeting, members)
    motion = web_make.open_motion(meeting)
    sec = signed_in(app, "secretary@example.org")
    response = post(
        sec,
        f"/secretariat/motions/{motion.id}/votes",
        **{
            f"choice_{members[0].id}": "for",
            f"choice_{members[1].id}": "against",
            f"choice_{members[2].id}": "recused",
            f"reason_{members[2].id}": "",
        },
    )
    assert response.status_code == 422
    assert "a recusal needs a reason" in response.get_data(as_text=True)
    assert fresh(web_make.db).scalar(select(Vote.id)) is None
    post(
        sec,
        f"/secretariat/motions/{motion.id}/votes",
        **{
            f"choice_{members[0].id}": "for",
            f"choice_{members[1].id}": "against",
            f"choice_{members[2].id}": "recused",
            f"reason_{members[2].id}": "employer involved",
        },
    )
    votes = fresh(web_make.db).scalars(select(Vote)).all()
    assert len(votes) == 3 and all(v.recorded_by_secretary for v in votes)


def test_minutes_preview_is_sanitized_and_saves_nothing(app, board, web_make):
    meeting = web_make.meeting(board[0])
    sec = signed_in(app, "secretary@example.org")
    response = post(
        sec,
        f"/secretariat/meetings/{meeting.id}/minutes",
        body="**Roll call** <script>alert(1)</script>",
        preview="y",
    )
    page = response.get_data(as_text=True)
    assert "<strong>Roll call</strong>" in page and "<script>alert(1)" not in page
    assert fresh(web_make.db).scalar(select(Minutes.id)) is None
    post(sec, f"/secretariat/meetings/{meeting.id}/minutes", body="The minutes.")
    assert fresh(web_make.db).scalar(select(Minutes.body)) == "The minutes."


def test_minutes_approval_offers_absent_members_the_reason(app, board, web_make):
    body, members = board
    earlier = web_make.meeting(body, starts_at=datetime(2013, 6, 27, 9, 0))
    web_make.present(earlier, members[:2])
    records.save_minutes(web_make.db, SYSTEM, earlier.id, "June minutes")
    meeting = web_make.meeting(body)
    web_make.present(meeting, members)
    web_make.open_motion(meeting, approves_minutes_of_id=earlier.id)
    sec = signed_in(app, "secretary@example.org")
    motion = fresh(web_make.db).scalar(select(Motion))
    page = sec.get(f"/secretariat/motions/{motion.id}").get_data(as_text=True)
    assert re.search(
        rf'name="reason_{members[2].id}"[^>]*value="not present at that meeting"', page
    )
    assert not re.search(rf'name="reason_{members[0].id}"[^>]*value="not present', page)


def test_commentary_before_the_summary_is_refused_with_a_clear_message(app, board, web_make):
    body, members = board
    meeting = web_make.meeting(body)
    web_make.summary(meeting, datetime(2013, 8, 13, 9, 0))
    mark = signed_in(app, "mark@example.org")
    # A dated draft releases nothing, so commentary cannot be scheduled against it yet.
    response = post(mark, f"/board/meetings/{meeting.id}/commentary", body="My view.", publish="y")
    assert response.status_code == 422
    assert "the official summary is still a draft" in response.get_data(as_text=True)
    web_make.summary(meeting, datetime(2013, 8, 13, 9, 0), schedule=True)
    response = post(
        mark,
        f"/board/meetings/{meeting.id}/commentary",
        body="My view.",
        publish="y",
        publish_at="2013-08-10T09:00",
    )
    assert response.status_code == 422
    assert "cannot be published before the official summary release" in response.get_data(
        as_text=True
    )
    response = post(mark, f"/board/meetings/{meeting.id}/commentary", body="My view.", publish="y")
    assert response.status_code == 302


def test_postponed_items_are_offered_for_the_next_agenda(app, board, web_make):
    body, _ = board
    earlier = web_make.meeting(body, starts_at=datetime(2013, 10, 3, 9, 0))
    item = web_make.item(earlier, title="Hong Kong logistics", kind=ItemKind.DISCUSSION)
    agenda.set_outcome(web_make.db, SYSTEM, item.id, "postponed")
    later = web_make.meeting(body, starts_at=datetime(2013, 11, 4, 9, 0), tz="Asia/Hong_Kong")
    sec = signed_in(app, "secretary@example.org")
    page = sec.get(f"/secretariat/meetings/{later.id}/items/new").get_data(as_text=True)
    assert "Hong Kong logistics" in page and f"carry={item.id}" in page
    page = sec.get(f"/secretariat/meetings/{later.id}/items/new?carry={item.id}").get_data(
        as_text=True
    )
    assert 'value="Hong Kong logistics"' in page
    post(
        sec,
        f"/secretariat/meetings/{later.id}/items/new",
        title="Hong Kong logistics",
        kind="discussion",
        disclosure="public",
        carried_from_id=str(item.id),
    )
    carried = fresh(web_make.db).scalar(select(AgendaItem).where(AgendaItem.meeting_id == later.id))
    assert carried.carried_from_id == item.id
    page = sec.get(f"/secretariat/meetings/{later.id}/items/new").get_data(as_text=True)
    assert "carry it over" not in page


def test_dashboards_show_what_each_role_has_to_do(app, board, web_make):
    body, members = board
    meeting = web_make.meeting(body, starts_at=datetime(2099, 1, 5, 9, 0), title="Next call")
    records.add_action_item(web_make.db, SYSTEM, meeting.id, "Draft the budget", members[0].id)
    director_page = signed_in(app, "alan@example.org").get("/board/").get_data(as_text=True)
    assert "Next call" in director_page and "Draft the budget" in director_page
    staff_page = signed_in(app, "secretary@example.org").get("/board/").get_data(as_text=True)
    assert "Meetings needing a roll call" in staff_page and "Next call" in staff_page


def test_the_staff_dashboard_lists_each_overdue_summary_with_its_days(app, board, web_make):
    body, _ = board
    directory.update_body(web_make.db, SYSTEM, body.id, summary_due_days=7)
    now = datetime.now(UTC).replace(tzinfo=None, microsecond=0)

    def adjourned(title, days_ago):
        start = now - timedelta(days=days_ago)
        meeting = web_make.meeting(body, starts_at=start, tz="UTC", title=title)
        for status in ("in_session", "adjourned"):
            meetings.set_status(web_make.db, SYSTEM, meeting.id, status)
        return meeting

    late = adjourned("Late summary call", 10)
    on_time = adjourned("Summary on time call", 12)
    web_make.summary(on_time, now - timedelta(days=6), schedule=True)
    adjourned("Recent call", 2)
    page = signed_in(app, "secretary@example.org").get("/board/").get_data(as_text=True)
    section = page.split('id="od-h"', 1)[1].split("</section>", 1)[0]
    assert late.title in section and "3 days overdue" in section
    assert on_time.title not in section
    assert section.count("<li>") == 1
