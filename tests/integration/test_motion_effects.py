"""Appointments by motion: the effect is set while the motion is proposed and takes place in the
transaction that closes it as carried, with the motion as the source of the term."""

from datetime import date

import pytest
from sqlalchemy import select

from governance.models import AuditEvent, Membership, MotionEffect
from governance.services import directory, motion_effects, motions
from governance.services.access import voting_members
from governance.services.actors import SYSTEM
from governance.services.audit_replay import compare_live
from governance.services.errors import Conflict

SEPT = date(2013, 9, 1)


@pytest.fixture
def scene(make):
    board, members = make.board(seats=3)
    legal = make.body("Legal Affairs Committee", member_limit=2)
    make.seat(legal)
    van = make.person("Van Lindberg")
    meeting = make.meeting(board)
    make.present(meeting, members)
    motion = motions.propose_motion(make.db, SYSTEM, meeting.id, "That Van Lindberg be appointed.")
    return make, members, legal, van, motion


def appoint(db, motion, person, body, **kw):
    return motion_effects.set_effect(
        db,
        SYSTEM,
        motion.id,
        "appoint",
        person.id,
        body.id,
        SEPT,
        kw.pop("seat", "individual"),
        **kw,
    )


def vote_and_close(db, motion, members, choice="for"):
    motions.open_motion(db, SYSTEM, motion.id)
    for m in members:
        motions.record_vote(db, SYSTEM, motion.id, m.id, choice)
    return motions.close_motion(db, SYSTEM, motion.id)


def terms_of(db, person):
    return db.scalars(select(Membership).where(Membership.person_id == person.id)).all()


def test_a_carried_motion_appoints_van_lindberg_with_the_motion_as_source(scene, db):
    make, members, legal, van, motion = scene
    appoint(db, motion, van, legal)
    assert terms_of(db, van) == [], "nothing happens before the vote"
    closed = vote_and_close(db, motion, members)
    assert closed.status.value == "carried"
    [term] = terms_of(db, van)
    assert (term.body_id, term.term_start, term.source_motion_id) == (legal.id, SEPT, motion.id)
    effect = db.scalar(select(MotionEffect))
    assert effect.membership_id == term.id and effect.applied_at is not None
    assert van.id in voting_members(db, legal.id, SEPT)
    actions = db.scalars(select(AuditEvent.action).order_by(AuditEvent.id)).all()
    assert actions[-3:] == ["motion.close", "membership.appoint", "motion_effect.apply"]
    assert compare_live(db) == []


@pytest.mark.parametrize("ending", ["against", "withdraw", "postpone"])
def test_a_failed_withdrawn_or_postponed_motion_creates_nothing(scene, db, ending):
    make, members, legal, van, motion = scene
    appoint(db, motion, van, legal)
    if ending == "against":
        assert vote_and_close(db, motion, members, "against").status.value == "failed"
    else:
        getattr(motions, f"{ending}_motion")(db, SYSTEM, motion.id)
    assert terms_of(db, van) == []
    effect = db.scalar(select(MotionEffect))
    assert effect.applied_at is None and effect.not_applied_reason is None


def test_the_effect_is_fixed_once_the_vote_opens(scene, db):
    make, members, legal, van, motion = scene
    appoint(db, motion, van, legal)
    motions.open_motion(db, SYSTEM, motion.id)
    with pytest.raises(Conflict, match="fixed when the vote opened"):
        motion_effects.clear_effect(db, SYSTEM, motion.id)
    with pytest.raises(Conflict):
        appoint(db, motion, van, legal, seat="gold")


def test_a_limit_reached_before_the_close_leaves_the_effect_not_applied_with_the_reason(scene, db):
    """The board has voted: the motion carries as announced; the seats are not forced past the
    committee's member limit, and the record says why."""
    make, members, legal, van, motion = scene
    appoint(db, motion, van, legal)
    make.seat(legal, make.person("Alan Clark"), start=date(2013, 8, 1))
    closed = vote_and_close(db, motion, members)
    assert closed.status.value == "carried"
    assert terms_of(db, van) == []
    effect = db.scalar(select(MotionEffect))
    assert effect.applied_at is None
    assert "member limit" in effect.not_applied_reason
    assert "Van Lindberg" in effect.not_applied_reason
    assert "Alan Clark" in effect.not_applied_reason
    last = db.scalar(select(AuditEvent.action).order_by(AuditEvent.id.desc()))
    assert last == "motion_effect.not_applied"


def test_a_motion_can_end_a_term_early(scene, db):
    make, members, legal, van, motion = scene
    devin = make.seat(legal, make.person("Devin Carlen"), end=date(2013, 12, 31))
    motion_effects.set_effect(
        db, SYSTEM, motion.id, "end_term", devin.id, legal.id, date(2013, 9, 30)
    )
    vote_and_close(db, motion, members)
    [term] = terms_of(db, devin)
    assert term.term_end == date(2013, 9, 30)
    assert db.scalar(select(MotionEffect.membership_id)) == term.id


def test_setting_the_effect_again_replaces_it_and_removing_it_leaves_none(scene, db):
    make, members, legal, van, motion = scene
    appoint(db, motion, van, legal)
    appoint(db, motion, van, legal, seat="gold", role="chair")
    effect = db.scalar(select(MotionEffect))
    assert (effect.seat_class.value, effect.role.value) == ("gold", "chair")
    motion_effects.clear_effect(db, SYSTEM, motion.id)
    assert db.scalar(select(MotionEffect)) is None
    vote_and_close(db, motion, members)
    assert terms_of(db, van) == []


def test_an_admin_can_still_seat_people_while_an_appointment_is_pending(scene, db):
    make, members, legal, van, motion = scene
    appoint(db, motion, van, legal)
    directory.add_membership(
        db, SYSTEM, van.id, legal.id, "individual", "member", date(2013, 10, 1)
    )
    vote_and_close(db, motion, members)
    effect = db.scalar(select(MotionEffect))
    assert "overlaps" in effect.not_applied_reason
