"""Motions from proposal to result, and the votes cast on them."""

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..models import AgendaItem, Attendance, Body, Meeting, Minutes, Motion, Person, Vote
from ..models.base import utcnow
from ..rules.disclosure import check_disclosure
from ..rules.quorum import Stint, present_at, quorum_at
from ..rules.thresholds import decide
from ..rules.transitions import (
    check_accepts_votes,
    check_minutes_transition,
    check_motion_transition,
)
from ..rules.vocab import (
    Capacity,
    Disclosure,
    MinutesStatus,
    MotionStatus,
    Presence,
    Threshold,
    UserRole,
    VoteChoice,
    VoteMethod,
)
from . import audit, validate
from .access import require, require_staff, voting_members
from .actors import Actor, has_role
from .errors import Invalid
from .meetings import local_instant
from .transaction import state_change

NOT_PRESENT_AT_THAT_MEETING = "not present at that meeting"


def _locked_motion(db: Session, motion_id) -> Motion:
    """The motion, its row locked: no vote may slip in while it is being closed, and the reverse."""
    validate.record(db, Motion, motion_id, "motion_id")
    return db.scalars(
        select(Motion)
        .where(Motion.id == motion_id)
        .with_for_update()
        .execution_options(populate_existing=True)
    ).one()


def _stints(db: Session, meeting_id: int) -> list[Stint]:
    lines = db.scalars(
        select(Attendance).where(
            Attendance.meeting_id == meeting_id, Attendance.capacity == Capacity.MEMBER
        )
    )
    return [Stint(a.person_id, a.presence, a.arrived_at, a.departed_at) for a in lines]


def _seated(db: Session, meeting: Meeting) -> frozenset[int]:
    return voting_members(db, meeting.body_id, meeting.starts_at.date())


@state_change
def propose_motion(
    db: Session,
    actor: Actor,
    meeting_id,
    text,
    mover_id=None,
    seconder_id=None,
    agenda_item_id=None,
    threshold=None,
    method=VoteMethod.BALLOT,
    disclosure=Disclosure.PUBLIC,
    disclosed_at=None,
    approves_minutes_of_id=None,
) -> Motion:
    require_staff(actor)
    meeting = validate.record(db, Meeting, meeting_id, "meeting_id")
    body = db.get(Body, meeting.body_id)
    seated = _seated(db, meeting)
    for field, ident in (("mover_id", mover_id), ("seconder_id", seconder_id)):
        if ident is not None:
            validate.record(db, Person, ident, field)
            if ident not in seated:
                raise Invalid(field, "must be a voting member of the body")
    if mover_id is not None and mover_id == seconder_id:
        raise Invalid("seconder_id", "the mover cannot second their own motion")
    item = validate.record(db, AgendaItem, agenda_item_id, "agenda_item_id", required=False)
    if item is not None and item.meeting_id != meeting.id:
        raise Invalid("agenda_item_id", "the agenda item belongs to another meeting")
    disclosure = validate.choice(Disclosure, disclosure, "disclosure")
    disclosed_at = local_instant(disclosed_at, meeting.timezone, "disclosed_at", required=False)
    check_disclosure(disclosure, disclosed_at, meeting.starts_at)
    earlier = validate.record(
        db, Meeting, approves_minutes_of_id, "approves_minutes_of_id", required=False
    )
    if earlier is not None:
        minutes = db.scalar(select(Minutes).where(Minutes.meeting_id == earlier.id))
        if earlier.body_id != meeting.body_id or earlier.starts_at >= meeting.starts_at:
            raise Invalid("approves_minutes_of_id", "must be an earlier meeting of the same body")
        if minutes is None or not minutes.body.strip():
            raise Invalid("approves_minutes_of_id", "that meeting has no minutes to approve")
        if minutes.status == MinutesStatus.APPROVED:
            raise Invalid("approves_minutes_of_id", "those minutes are already approved")
    position = len(db.scalars(select(Motion.id).where(Motion.meeting_id == meeting.id)).all())
    motion = Motion(
        meeting_id=meeting.id,
        agenda_item_id=item.id if item else None,
        position=position + 1,
        text=validate.text(text, "text", 5000),
        mover_id=mover_id,
        seconder_id=seconder_id,
        threshold=validate.choice(Threshold, threshold or body.default_threshold, "threshold"),
        method=validate.choice(VoteMethod, method, "method"),
        status=MotionStatus.PROPOSED,
        disclosure=disclosure,
        disclosed_at=disclosed_at,
        approves_minutes_of_id=earlier.id if earlier else None,
    )
    db.add(motion)
    audit.record(db, actor, "motion.propose", motion)
    return motion


def _when(meeting: Meeting, at, field: str) -> datetime:
    return local_instant(at, meeting.timezone, field) if at is not None else utcnow()


@state_change
def open_motion(db: Session, actor: Actor, motion_id, at=None) -> Motion:
    require_staff(actor)
    motion = _locked_motion(db, motion_id)
    meeting = db.get(Meeting, motion.meeting_id)
    check_motion_transition(motion.status, MotionStatus.OPEN)
    before = audit.snapshot(motion)
    motion.status = MotionStatus.OPEN
    motion.opened_at = _when(meeting, at, "opened_at")
    audit.record(db, actor, "motion.open", motion, before=before)
    return motion


def _set_aside(db: Session, actor: Actor, motion_id, status: MotionStatus) -> Motion:
    require_staff(actor)
    motion = _locked_motion(db, motion_id)
    check_motion_transition(motion.status, status)
    before = audit.snapshot(motion)
    motion.status = status
    motion.closed_at = utcnow()
    audit.record(db, actor, f"motion.{status.value}", motion, before=before)
    return motion


@state_change
def withdraw_motion(db: Session, actor: Actor, motion_id) -> Motion:
    return _set_aside(db, actor, motion_id, MotionStatus.WITHDRAWN)


@state_change
def postpone_motion(db: Session, actor: Actor, motion_id) -> Motion:
    return _set_aside(db, actor, motion_id, MotionStatus.POSTPONED)


@state_change
def close_motion(db: Session, actor: Actor, motion_id, at=None) -> Motion:
    """Decide the motion by the rules at the instant its vote closes; the record then freezes."""
    require_staff(actor)
    motion = _locked_motion(db, motion_id)
    meeting = db.get(Meeting, motion.meeting_id)
    if motion.status != MotionStatus.OPEN:
        check_motion_transition(motion.status, MotionStatus.CARRIED)
    closed_at = _when(meeting, at, "closed_at")
    seated = _seated(db, meeting)
    votes = db.scalars(select(Vote).where(Vote.motion_id == motion.id)).all()
    recused = frozenset(v.person_id for v in votes if v.choice == VoteChoice.RECUSED)
    body = db.get(Body, meeting.body_id)
    stints = _stints(db, meeting.id)
    quorum = quorum_at(stints, seated, closed_at, recused, body.recused_count_for_quorum)
    present = len(present_at(stints, seated, closed_at))
    outcome = decide(motion.threshold, [v.choice for v in votes], quorum, present)
    before = audit.snapshot(motion)
    motion.status = MotionStatus.CARRIED if outcome.carried else MotionStatus.FAILED
    motion.closed_at = closed_at
    motion.result = outcome.explanation
    audit.record(db, actor, "motion.close", motion, before=before)
    if outcome.carried and motion.approves_minutes_of_id is not None:
        _approve_minutes(db, actor, motion)
    return motion


def _approve_minutes(db: Session, actor: Actor, motion: Motion) -> None:
    minutes = db.scalar(
        select(Minutes).where(Minutes.meeting_id == motion.approves_minutes_of_id).with_for_update()
    )
    if minutes is None:
        raise Invalid("approves_minutes_of_id", "that meeting has no minutes to approve")
    check_minutes_transition(minutes.status, MinutesStatus.APPROVED)
    before = audit.snapshot(minutes)
    minutes.status = MinutesStatus.APPROVED
    minutes.approved_by_motion_id = motion.id
    minutes.updated_at = utcnow()
    audit.record(db, actor, "minutes.approve", minutes, before=before)


def _save_vote(
    db: Session, actor: Actor, motion: Motion, person_id: int, choice, reason, at, by_secretary
) -> Vote:
    check_accepts_votes(motion.status)
    meeting = db.get(Meeting, motion.meeting_id)
    choice = validate.choice(VoteChoice, choice, "choice")
    reason = validate.text(reason, "reason", 300, required=False)
    if choice == VoteChoice.RECUSED and reason is None:
        raise Invalid("reason", "a recusal needs a reason (e.g. a conflict of interest)")
    if person_id not in _seated(db, meeting):
        raise Invalid("person_id", "only a seated voting member of the body may vote")
    when = _when(meeting, at, "cast_at")
    stints = _stints(db, meeting.id)
    if person_id not in present_at(stints, frozenset({person_id}), when):
        raise Invalid("person_id", "only a member present at the meeting may vote")
    vote = db.scalar(select(Vote).where(Vote.motion_id == motion.id, Vote.person_id == person_id))
    before = audit.snapshot(vote) if vote else None
    if vote is None:
        vote = Vote(motion_id=motion.id, person_id=person_id)
        db.add(vote)
    vote.choice = choice
    vote.reason = reason
    vote.recorded_by_id = getattr(actor, "id", None)
    vote.recorded_by_secretary = by_secretary
    vote.cast_at = when
    audit.record(db, actor, "vote.cast" if before is None else "vote.change", vote, before=before)
    return vote


@state_change
def cast_vote(db: Session, actor: Actor, motion_id, choice, reason=None) -> Vote:
    """A director's own vote. The voter is always the signed-in user's person."""
    require(
        has_role(actor, UserRole.DIRECTOR) and actor.person_id is not None,
        "only a director may cast a vote",
    )
    motion = _locked_motion(db, motion_id)
    return _save_vote(db, actor, motion, actor.person_id, choice, reason, None, False)


@state_change
def record_vote(db: Session, actor: Actor, motion_id, person_id, choice, reason=None, at=None):
    """A roll-call or voice vote entered by the secretary on a member's behalf."""
    require_staff(actor)
    motion = _locked_motion(db, motion_id)
    validate.record(db, Person, person_id, "person_id")
    return _save_vote(db, actor, motion, person_id, choice, reason, at, True)


@state_change
def record_roll_call(db: Session, actor: Actor, motion_id, entries: list[dict], at=None):
    """A roll-call vote entered in one go: all votes are recorded, or none. Error fields carry the
    person's id (`choice_12`) so that a form can show the message on that member's row."""
    require_staff(actor)
    motion = _locked_motion(db, motion_id)
    if not isinstance(entries, list) or not entries:
        raise Invalid("entries", "no votes to record")
    votes = []
    for entry in entries:
        person_id = entry.get("person_id")
        validate.record(db, Person, person_id, f"person_id_{person_id}")
        try:
            votes.append(
                _save_vote(
                    db, actor, motion, person_id, entry.get("choice"), entry.get("reason"), at, True
                )
            )
        except Invalid as exc:
            raise Invalid(f"{exc.field}_{person_id}", exc.message) from exc
    return votes


def suggested_reason(db: Session, motion: Motion, person_id: int) -> str | None:
    """For a minutes approval, members absent from the earlier meeting are offered a reason."""
    if motion.approves_minutes_of_id is None:
        return None
    present = db.scalar(
        select(Attendance.id).where(
            Attendance.meeting_id == motion.approves_minutes_of_id,
            Attendance.person_id == person_id,
            Attendance.presence != Presence.ABSENT,
        )
    )
    return None if present else NOT_PRESENT_AT_THAT_MEETING
