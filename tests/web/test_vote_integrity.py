"""A director's own vote is never overwritten by a stale secretary form, and a correction shows
who cast and who corrected it."""

from datetime import datetime

import pytest
from sqlalchemy import select

from governance.models import AuditEvent, Vote
from governance.rules.vocab import UserRole
from governance.services import meetings, motions
from governance.services.actors import SYSTEM

from ..conftest import fresh
from .forms_on_page import form_posting_to
from .test_board_workflows import signed_in, token


@pytest.fixture
def live(web_make):
    body, members = web_make.board(seats=4, name="Board of Directors")
    web_make.user(UserRole.SECRETARY, email="secretary@example.org")
    alan = web_make.user(UserRole.DIRECTOR, person=members[0], email="alan@example.org")
    meeting = web_make.meeting(body, starts_at=datetime(2013, 10, 3, 9, 0))
    web_make.present(meeting, members)
    motion = web_make.open_motion(meeting, text="Adopt the election system.")
    return members, alan, meeting, motion


def _secretary_page(client, motion):
    page = client.get(f"/secretariat/motions/{motion.id}").get_data(as_text=True)
    return form_posting_to(page, f"/secretariat/motions/{motion.id}/votes")


def _submit(client, motion, fields):
    fields["csrf_token"] = token(client)
    return client.post(f"/secretariat/motions/{motion.id}/votes", data=fields)


def _vote(db, motion, person) -> Vote | None:
    return fresh(db).scalar(
        select(Vote).where(Vote.motion_id == motion.id, Vote.person_id == person.id)
    )


def test_a_vote_cast_after_the_page_was_opened_is_not_overwritten(app, live, web_make):
    members, _alan, _meeting, motion = live
    sec = signed_in(app, "secretary@example.org")
    fields = _secretary_page(sec, motion)
    # Alan votes in his own browser while the secretary's page is open.
    director = signed_in(app, "alan@example.org")
    director.post(
        f"/board/motions/{motion.id}/vote",
        data={f"m{motion.id}-choice": "against", "csrf_token": token(director, "/board/ballot")},
    )
    assert _vote(web_make.db, motion, members[0]).choice.value == "against"
    fields[f"choice_{members[0].id}"] = "for"
    fields[f"choice_{members[1].id}"] = "for"
    response = _submit(sec, motion, fields)
    page = response.get_data(as_text=True)
    assert response.status_code == 422
    name = members[0].name
    assert (
        f"{name}&#39;s vote was changed by the member after you opened this page: now against"
        in (page)
    )
    vote = _vote(web_make.db, motion, members[0])
    assert vote.choice.value == "against" and not vote.recorded_by_secretary
    # All or nothing: the other row was not written either, but the secretary's choice is kept.
    assert _vote(web_make.db, motion, members[1]) is None
    again = form_posting_to(page, f"/secretariat/motions/{motion.id}/votes")
    assert again[f"choice_{members[1].id}"] == "for"
    assert (
        f"choice_{members[0].id}" not in again
    )  # now his own vote: only a correction may change it


def test_a_change_by_the_member_after_a_secretary_entry_is_not_reverted(app, live, web_make):
    members, alan, _meeting, motion = live
    motions.record_vote(web_make.db, SYSTEM, motion.id, members[0].id, "for")
    sec = signed_in(app, "secretary@example.org")
    fields = _secretary_page(sec, motion)
    assert fields[f"version_{members[0].id}"] == "1"
    motions.cast_vote(web_make.db, alan, motion.id, "against")
    fields[f"choice_{members[0].id}"] = "abstain"
    response = _submit(sec, motion, fields)
    assert response.status_code == 422
    assert "now against" in response.get_data(as_text=True)
    assert _vote(web_make.db, motion, members[0]).choice.value == "against"


def test_untouched_rows_write_nothing_and_directors_own_votes_stay_theirs(app, live, web_make):
    members, alan, _meeting, motion = live
    own = motions.cast_vote(web_make.db, alan, motion.id, "for")
    cast_at, version = own.cast_at, own.version
    sec = signed_in(app, "secretary@example.org")
    fields = _secretary_page(sec, motion)
    fields[f"choice_{members[1].id}"] = "for"
    fields[f"choice_{members[2].id}"] = "against"
    response = _submit(sec, motion, fields)
    assert response.status_code == 302
    vote = _vote(web_make.db, motion, members[0])
    assert (vote.recorded_by_id, vote.recorded_by_secretary) == (alan.id, False)
    assert (vote.cast_at, vote.version) == (cast_at, version)
    assert _vote(web_make.db, motion, members[3]) is None  # left at "no vote"
    changes = (
        fresh(web_make.db)
        .scalars(select(AuditEvent.action).where(AuditEvent.action.like("vote.%")))
        .all()
    )
    assert sorted(changes) == ["vote.cast", "vote.cast", "vote.cast"]
    # Submitting the same page again changes nothing.
    fields = _secretary_page(sec, motion)
    assert _submit(sec, motion, fields).status_code == 302
    assert fresh(web_make.db).scalar(select(Vote.version).where(Vote.id == vote.id)) == version


def test_a_correction_keeps_who_cast_and_shows_who_corrected_publicly(app, live, web_make):
    members, alan, meeting, motion = live
    motions.cast_vote(web_make.db, alan, motion.id, "for")
    sec = signed_in(app, "secretary@example.org")
    url = f"/secretariat/motions/{motion.id}/votes/{members[0].id}/correct"
    fields = form_posting_to(sec.get(url).get_data(as_text=True))
    fields.update(choice="against", correction_reason="", csrf_token=token(sec, url))
    refused = sec.post(url, data=fields)
    assert refused.status_code == 422 and "This field is required" in refused.get_data(as_text=True)
    fields.update(correction_reason="Alan said at the meeting he pressed the wrong button")
    assert sec.post(url, data=fields).status_code == 302
    vote = _vote(web_make.db, motion, members[0])
    assert vote.choice.value == "against" and vote.recorded_by_id == alan.id
    assert vote.corrected_by_id is not None and not vote.recorded_by_secretary
    for person in members[1:3]:
        motions.record_vote(web_make.db, SYSTEM, motion.id, person.id, "for")
    motions.close_motion(web_make.db, SYSTEM, motion.id)
    meetings.set_summary_release(
        web_make.db, SYSTEM, meeting.id, datetime(2013, 10, 10, 9, 0), release_now=True
    )
    public = app.test_client().get(f"/motions/{motion.id}").get_data(as_text=True)
    assert "corrected by the secretary: Alan said at the meeting he pressed the wrong button" in (
        public
    )


def test_a_stale_correction_is_refused_naming_the_member(app, live, web_make):
    members, alan, _meeting, motion = live
    motions.cast_vote(web_make.db, alan, motion.id, "for")
    sec = signed_in(app, "secretary@example.org")
    url = f"/secretariat/motions/{motion.id}/votes/{members[0].id}/correct"
    fields = form_posting_to(sec.get(url).get_data(as_text=True))
    motions.cast_vote(web_make.db, alan, motion.id, "abstain")
    fields.update(choice="against", correction_reason="misclick", csrf_token=token(sec, url))
    response = sec.post(url, data=fields)
    assert response.status_code == 422
    assert "now abstain" in response.get_data(as_text=True)
    assert _vote(web_make.db, motion, members[0]).choice.value == "abstain"
