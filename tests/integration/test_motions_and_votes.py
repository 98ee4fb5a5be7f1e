"""Motions from proposal to a frozen result, votes as the rules allow them."""

from datetime import datetime

import pytest
from sqlalchemy import select

from governance.models import Minutes, Vote
from governance.rules.vocab import MinutesStatus, MotionStatus, Threshold
from governance.services import attendance, motions
from governance.services.actors import SYSTEM
from governance.services.errors import Conflict, Invalid

from .scene import audit_count, build_scene, database_state, vote_as


def test_a_director_casts_their_own_vote_and_may_change_it_while_open(make, db):
    s = build_scene(make)
    vote_as(db, s.director, s.motion, "against")
    vote_as(db, s.director, s.motion, "for")
    votes = db.scalars(select(Vote).where(Vote.motion_id == s.motion.id)).all()
    assert [(v.person_id, v.choice.value, v.recorded_by_secretary) for v in votes] == [
        (s.members[0].id, "for", False)
    ]


def test_closing_decides_by_the_rules_and_freezes_the_record(make, db):
    s = build_scene(make)
    vote_as(db, s.director, s.motion, "for")
    vote_as(db, s.director2, s.motion, "abstain", "not present at that meeting")
    for person in s.members[2:]:
        motions.record_vote(db, SYSTEM, s.motion.id, person.id, "for")
    closed = motions.close_motion(db, SYSTEM, s.motion.id)
    assert closed.status == MotionStatus.CARRIED
    assert closed.result == (
        "Carried — 4 for, 0 against, 1 abstention; majority of votes cast; quorum 5 of 5 present."
    )
    frozen = database_state(db)
    with pytest.raises(Conflict, match="not open for voting"):
        vote_as(db, s.director, s.motion, "against")
    with pytest.raises(Conflict):
        motions.record_vote(db, SYSTEM, s.motion.id, s.members[2].id, "against")
    with pytest.raises(Conflict):
        motions.close_motion(db, SYSTEM, s.motion.id)
    assert database_state(db) == frozen


def test_a_motion_closed_after_quorum_is_lost_fails_and_says_so(make, db):
    s = build_scene(make)
    for person in s.members[:3]:
        motions.record_vote(db, SYSTEM, s.motion.id, person.id, "for")
    leave = datetime(2013, 8, 6, 10, 0)
    for person in s.members[2:]:
        attendance.record_attendance(
            db, SYSTEM, s.meeting.id, person.id, "in_person", departed_at=leave
        )
    closed = motions.close_motion(db, SYSTEM, s.motion.id, at=datetime(2013, 8, 6, 10, 5))
    assert closed.status == MotionStatus.FAILED
    assert closed.result.startswith("Failed — no quorum (3 needed)")
    assert "quorum 2 of 5 present" in closed.result


def test_a_member_who_left_may_not_vote_after_leaving(make, db):
    s = build_scene(make)
    attendance.record_attendance(
        db, SYSTEM, s.meeting.id, s.members[4].id, "remote", departed_at=datetime(2013, 8, 6, 9, 30)
    )
    with pytest.raises(Invalid, match=r"left at .* and cannot vote on this motion"):
        motions.record_vote(
            db, SYSTEM, s.motion.id, s.members[4].id, "for", at=datetime(2013, 8, 6, 9, 45)
        )


def test_an_absent_member_may_not_vote(make, db):
    s = build_scene(make)
    attendance.record_attendance(db, SYSTEM, s.meeting.id, s.members[0].id, "absent")
    with pytest.raises(Invalid) as err:
        vote_as(db, s.director, s.motion, "for")
    assert err.value.field == "person_id"


def test_a_carried_minutes_motion_approves_those_minutes(make, db):
    s = build_scene(make)
    approval = motions.propose_motion(
        db,
        SYSTEM,
        s.meeting.id,
        "Approve the June 27th minutes",
        approves_minutes_of_id=s.earlier.id,
    )
    motions.open_motion(db, SYSTEM, approval.id)
    assert motions.suggested_reason(db, approval, s.members[4].id) == "not present at that meeting"
    assert motions.suggested_reason(db, approval, s.members[0].id) is None
    for person in s.members[:3]:
        motions.record_vote(db, SYSTEM, approval.id, person.id, "for")
    for person in s.members[3:]:
        motions.record_vote(
            db, SYSTEM, approval.id, person.id, "abstain", "not present at that meeting"
        )
    motions.close_motion(db, SYSTEM, approval.id)
    minutes = db.scalar(select(Minutes).where(Minutes.meeting_id == s.earlier.id))
    assert minutes.status == MinutesStatus.APPROVED
    assert minutes.approved_by_motion_id == approval.id
    with pytest.raises(Invalid, match="already approved"):
        motions.propose_motion(
            db, SYSTEM, s.meeting.id, "Again", approves_minutes_of_id=s.earlier.id
        )


def test_the_threshold_defaults_from_the_body(make, db):
    board, members = make.board(seats=3, default_threshold=Threshold.TWO_THIRDS_OF_VOTES_CAST)
    meeting = make.meeting(board)
    motion = motions.propose_motion(db, SYSTEM, meeting.id, "Amend the bylaws")
    assert motion.threshold == Threshold.TWO_THIRDS_OF_VOTES_CAST


def test_every_state_change_writes_one_audit_event(make, db):
    s = build_scene(make)
    before = audit_count(db)
    vote_as(db, s.director, s.motion, "for")
    vote_as(db, s.director, s.motion, "against")
    motions.close_motion(db, SYSTEM, s.motion.id)
    assert audit_count(db) == before + 3


def test_withdrawn_and_postponed_motions_take_no_votes(make, db):
    s = build_scene(make)
    motions.withdraw_motion(db, SYSTEM, s.motion.id)
    with pytest.raises(Conflict):
        vote_as(db, s.director, s.motion, "for")
    other = make.open_motion(s.meeting)
    motions.postpone_motion(db, SYSTEM, other.id)
    with pytest.raises(Conflict):
        vote_as(db, s.director, other, "for")
