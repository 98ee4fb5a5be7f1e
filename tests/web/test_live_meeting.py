"""The common case first, then the exceptions: everyone present, then who is not; all present
vote for, then who did not. Members who are not in the room are not offered a vote, and every
message names the person."""

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from governance.models import Attendance, Body, Vote
from governance.rules.vocab import UserRole
from governance.services import attendance, meetings, motions, records
from governance.services.actors import SYSTEM

from ..conftest import fresh
from .forms_on_page import form_posting_to
from .test_board_workflows import post, signed_in, token

START = datetime.now(UTC).replace(microsecond=0) - timedelta(hours=1)


@pytest.fixture
def session_open(web_make):
    body, members = web_make.board(seats=5, name="Board of Directors")
    web_make.user(UserRole.SECRETARY, email="secretary@example.org")
    alan = web_make.user(UserRole.DIRECTOR, person=members[0], email="alan@example.org")
    meeting = web_make.meeting(body, starts_at=START, tz="UTC", title="Board call")
    meetings.set_status(web_make.db, SYSTEM, meeting.id, "in_session")
    return meeting, members, alan


def test_everyone_present_then_the_exceptions(app, web_make, session_open):
    meeting, members, _alan = session_open
    sec = signed_in(app, "secretary@example.org")
    url = f"/secretariat/meetings/{meeting.id}/roll-call"
    assert "5 of 5 members not recorded yet" in sec.get(url).get_data(as_text=True)
    post(sec, f"{url}/everyone", presence="remote")
    lines = fresh(web_make.db).scalars(select(Attendance)).all()
    assert len(lines) == 5 and {a.presence.value for a in lines} == {"remote"}
    fields = form_posting_to(sec.get(url).get_data(as_text=True))
    fields[f"presence_{members[4].id}"] = "absent"
    left = START + timedelta(minutes=30)
    fields[f"departed_at_{members[3].id}"] = left.strftime("%Y-%m-%dT%H:%M")
    fields["csrf_token"] = token(sec, url)
    assert sec.post(url, data=fields).status_code == 302
    page = sec.get(f"/board/meetings/{meeting.id}").get_data(as_text=True)
    assert "quorum: 3 of 5 seated present; 3 needed" in page


def test_all_present_vote_for_then_the_exceptions(app, web_make, session_open):
    meeting, members, alan = session_open
    attendance.everyone_present(web_make.db, SYSTEM, meeting.id, "in_person")
    attendance.record_attendance(web_make.db, SYSTEM, meeting.id, members[4].id, "absent")
    motion = web_make.open_motion(meeting, text="Adopt the budget.")
    motions.cast_vote(web_make.db, alan, motion.id, "abstain", "conflict of timing")
    sec = signed_in(app, "secretary@example.org")
    page = sec.get(f"/secretariat/motions/{motion.id}").get_data(as_text=True)
    assert "needs more for than against (1 for, with 0 against); so far 0 for" in page
    assert f'{members[4].name}</td><td colspan="3">absent — cannot vote now' in page
    post(sec, f"/secretariat/motions/{motion.id}/votes/all", choice="for")
    votes = {v.person_id: v for v in fresh(web_make.db).scalars(select(Vote))}
    assert sorted(votes) == sorted(m.id for m in members[:4])  # the absent member: no vote
    assert votes[members[0].id].choice.value == "abstain"  # Alan's own vote stands
    assert not votes[members[0].id].recorded_by_secretary
    url = f"/secretariat/motions/{motion.id}"
    fields = form_posting_to(sec.get(url).get_data(as_text=True), f"{url}/votes")
    fields[f"choice_{members[3].id}"] = "against"
    fields["csrf_token"] = token(sec, url)
    assert sec.post(f"{url}/votes", data=fields).status_code == 302
    page = sec.get(url).get_data(as_text=True)
    assert "so far 2 for, 1 against, 1 abstention" in page


def test_a_vote_for_someone_who_left_names_them_and_the_time(app, web_make, session_open):
    meeting, members, _alan = session_open
    attendance.everyone_present(web_make.db, SYSTEM, meeting.id, "in_person")
    left = START + timedelta(minutes=10)
    attendance.record_attendance(
        web_make.db, SYSTEM, meeting.id, members[2].id, "in_person", None, left
    )
    motion = web_make.open_motion(meeting, text="Adopt the budget.")
    sec = signed_in(app, "secretary@example.org")
    response = post(
        sec,
        f"/secretariat/motions/{motion.id}/votes",
        **{f"choice_{members[2].id}": "for", f"version_{members[2].id}": "0"},
    )
    text = response.get_data(as_text=True)
    assert response.status_code == 422
    when = left.strftime("%H:%M")
    assert f"{members[2].name} left at {left.day} {left:%B %Y} {when} UTC and cannot vote" in text


def test_after_adjournment_the_quorum_is_given_at_each_vote(app, web_make, session_open):
    meeting, members, _alan = session_open
    attendance.everyone_present(web_make.db, SYSTEM, meeting.id, "in_person")
    first = web_make.open_motion(meeting, text="First.")
    motions.record_all_present(web_make.db, SYSTEM, first.id, "for")
    motions.close_motion(web_make.db, SYSTEM, first.id)
    for person in members[2:]:
        attendance.record_attendance(
            web_make.db, SYSTEM, meeting.id, person.id, "in_person", None, datetime.now(UTC)
        )
    second = web_make.open_motion(meeting, text="Second.")
    motions.record_all_present(web_make.db, SYSTEM, second.id, "for")
    motions.close_motion(web_make.db, SYSTEM, second.id)
    meetings.set_status(web_make.db, SYSTEM, meeting.id, "adjourned")
    page = signed_in(app, "secretary@example.org").get(f"/board/meetings/{meeting.id}")
    text = page.get_data(as_text=True)
    assert "Motion 1: 5 of 5 present, 3 needed" in text
    assert "Motion 2: 2 of 5 present, 3 needed — no quorum" in text


def test_a_director_is_told_what_awaits_them(app, web_make, session_open):
    meeting, members, alan = session_open
    attendance.everyone_present(web_make.db, SYSTEM, meeting.id, "in_person")
    web_make.open_motion(meeting, text="Adopt the budget.")
    records.save_minutes(web_make.db, SYSTEM, meeting.id, "Draft minutes.")
    records.circulate_minutes(web_make.db, SYSTEM, meeting.id)
    page = signed_in(app, "alan@example.org").get("/board/").get_data(as_text=True)
    assert "1 motion awaits your vote." in page
    assert "Minutes circulated for your approval" in page and "Board call" in page


def test_a_failed_submit_leads_with_a_focused_summary_linking_each_field(app, session_open):
    sec = signed_in(app, "secretary@example.org")
    response = post(sec, "/secretariat/meetings/new", title="", starts_at="", timezone="UTC")
    text = response.get_data(as_text=True)
    assert response.status_code == 422
    assert 'class="form-errors" role="alert" tabindex="-1" autofocus' in text
    assert '<a href="#title">Title: This field is required.</a>' in text


def test_a_non_voting_member_is_on_the_roll_call_and_not_offered_a_vote(
    app, web_make, session_open
):
    meeting, members, _alan = session_open
    body = web_make.db.get(Body, meeting.body_id)
    executive = web_make.seat(
        body, web_make.person("Jonathan Bryce"), role="non_voting", seat_class="ex_officio"
    )
    sec = signed_in(app, "secretary@example.org")
    url = f"/secretariat/meetings/{meeting.id}/roll-call"
    page = sec.get(url).get_data(as_text=True)
    assert "6 of 6 members not recorded yet" in page
    row = page.split(f'id="member-{executive.id}"', 1)[1].split("</th>", 1)[0]
    assert "non-voting" in row
    fields = form_posting_to(page)
    for m in members:
        fields[f"presence_{m.id}"] = "absent" if m in members[:3] else "in_person"
    fields[f"presence_{executive.id}"] = "in_person"
    fields["csrf_token"] = token(sec, url)
    assert sec.post(url, data=fields).status_code == 302
    record = sec.get(f"/board/meetings/{meeting.id}").get_data(as_text=True)
    assert "quorum: 2 of 5 seated present; 3 needed" in record
    assert 'Jonathan Bryce <small class="badge">non-voting</small>' in record
    motion = motions.propose_motion(web_make.db, SYSTEM, meeting.id, "That we adjourn.")
    motions.open_motion(web_make.db, SYSTEM, motion.id)
    vote_page = sec.get(f"/secretariat/motions/{motion.id}").get_data(as_text=True)
    assert "Jonathan Bryce" not in vote_page
    web_make.summary(meeting, (START + timedelta(minutes=5)).replace(tzinfo=None), schedule=True)
    public = app.test_client().get(f"/meetings/{meeting.id}").get_data(as_text=True)
    assert 'Jonathan Bryce <small class="badge">non-voting</small>' in public
