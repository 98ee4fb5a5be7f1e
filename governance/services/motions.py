"""Motions from proposal to result, and the votes cast on them."""

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..models import AgendaItem, Attendance, Body, Meeting, Minutes, Motion, Person, Vote
from ..models.base import utcnow
from ..rules import closing
from ..rules.clock import format_local
from ..rules.disclosure import Part, public_from
from ..rules.quorum import Stint, present_at
from ..rules.releases import Disclosed
from ..rules.transitions import (
    check_accepts_votes,
    check_minutes_transition,
    check_motion_transition,
)
from ..rules.vocab import (
    Capacity,
    MinutesStatus,
    MotionStatus,
    Presence,
    Threshold,
    UserRole,
    VoteChoice,
    VoteMethod,
)
from . import audit, between, motion_effects, outbox, validate
from .access import require, require_staff, voting_members
from .actors import Actor, has_role
from .attached import attached_disclosure, item_of_meeting
from .errors import Conflict, Invalid
from .meetings import check_release_move, local_instant
from .transaction import state_change

NOT_PRESENT_AT_THAT_MEETING = "not present at that meeting"


def _locked_motion(db: Session, motion_id) -> Motion:
    """The motion, its row locked: no vote may slip in while it is being closed, and the reverse."""
    return validate.locked(db, Motion, motion_id, "motion_id")


def _stints(db: Session, meeting_id: int) -> list[Stint]:
    lines = db.scalars(
        select(Attendance).where(
            Attendance.meeting_id == meeting_id, Attendance.capacity == Capacity.MEMBER
        )
    )
    return [Stint(a.person_id, a.presence, a.arrived_at, a.departed_at) for a in lines]


def _seated(db: Session, meeting: Meeting) -> frozenset[int]:
    return voting_members(db, meeting.body_id, meeting.starts_at.date())


def _check_mover_seconder(db: Session, seated: frozenset[int], mover_id, seconder_id) -> None:
    validate.mover_and_seconder(
        db,
        seated,
        ("mover_id", mover_id),
        ("seconder_id", seconder_id),
        "must be a voting member of the body",
        "the mover cannot second their own motion",
    )


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
    disclosure=None,
    disclosed_at=None,
    approves_minutes_of_id=None,
    more_public_than_item=False,
    open_at_once=False,
) -> Motion:
    """A motion starts with its agenda item's disclosure (an executive-session item's motion is
    confidential) unless `disclosure` is given. `open_at_once`: moved, seconded and put to the
    vote in one step, as a chair does in a live meeting."""
    require_staff(actor)
    meeting = validate.record(db, Meeting, meeting_id, "meeting_id")
    body = db.get(Body, meeting.body_id)
    _check_mover_seconder(db, _seated(db, meeting), mover_id, seconder_id)
    item = item_of_meeting(db, meeting, agenda_item_id)
    disclosed = attached_disclosure(meeting, item, disclosure, disclosed_at, more_public_than_item)
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
        disclosure=disclosed.disclosure,
        disclosed_at=disclosed.disclosed_at,
        approves_minutes_of_id=earlier.id if earlier else None,
    )
    db.add(motion)
    audit.record(db, actor, "motion.propose", motion)
    outbox.release_changed(db, meeting)
    if open_at_once:
        before = audit.snapshot(motion)
        motion.status, motion.opened_at = MotionStatus.OPEN, utcnow()
        audit.record(db, actor, "motion.open", motion, before=before)
        outbox.motion_opened(db, motion)
    return motion


@state_change
def update_motion(
    db: Session,
    actor: Actor,
    motion_id,
    text,
    mover_id=None,
    seconder_id=None,
    threshold=None,
    disclosure=None,
    disclosed_at=None,
    more_public_than_item=False,
    release_now=False,
    retraction_reason=None,
) -> Motion:
    """Correct a motion: its wording, mover, seconder and threshold until it opens; its disclosure
    at any time, but showing it to the public at once needs `release_now`, and hiding it once the
    public has seen it is a retraction with a public `retraction_reason`."""
    require_staff(actor)
    motion = _locked_motion(db, motion_id)
    meeting = db.get(Meeting, motion.meeting_id)
    item = db.get(AgendaItem, motion.agenda_item_id) if motion.agenda_item_id else None
    before = audit.snapshot(motion)
    text = validate.text(text, "text", 5000)
    threshold = validate.choice(Threshold, threshold or motion.threshold, "threshold")
    wording = (text, mover_id, seconder_id, threshold)
    if wording != (motion.text, motion.mover_id, motion.seconder_id, motion.threshold):
        if motion.status != MotionStatus.PROPOSED:
            raise Conflict(
                "text", f"the motion is {motion.status.value}: its wording is part of the record"
            )
        _check_mover_seconder(db, _seated(db, meeting), mover_id, seconder_id)
        motion.text, motion.mover_id, motion.seconder_id, motion.threshold = wording
    disclosed = attached_disclosure(meeting, item, disclosure, disclosed_at, more_public_than_item)
    if disclosed != Disclosed(motion.disclosure, motion.disclosed_at):
        was_public_from = _public_from(meeting, motion)
        motion.disclosure, motion.disclosed_at = disclosed.disclosure, disclosed.disclosed_at
        check_release_move(
            db,
            actor,
            meeting,
            was_public_from,
            _public_from(meeting, motion),
            "disclosed_at",
            release_now,
            retraction_reason,
        )
    if audit.snapshot(motion) == before:
        return motion
    after = audit.snapshot(motion) | {"retraction_reason": retraction_reason}
    audit.record(db, actor, "motion.update", motion, before=before, after=after)
    outbox.release_changed(db, meeting)
    return motion


def _public_from(meeting: Meeting, motion: Motion):
    return public_from(motion.disclosure, meeting.release, Part.CONTENT, motion.disclosed_at)


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
    outbox.motion_opened(db, motion)
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
    """Decide the motion by the rules at the instant its vote closes; the record then freezes,
    the tally with it."""
    require_staff(actor)
    motion = _locked_motion(db, motion_id)
    meeting = db.get(Meeting, motion.meeting_id)
    if motion.status != MotionStatus.OPEN:
        check_motion_transition(motion.status, MotionStatus.CARRIED)
    closed_at = _when(meeting, at, "closed_at")
    votes = db.scalars(select(Vote).where(Vote.motion_id == motion.id)).all()
    body = db.get(Body, meeting.body_id)
    result = closing.close(
        motion.threshold,
        {v.person_id: v.choice for v in votes},
        _seated(db, meeting),
        _stints(db, meeting.id),
        closed_at,
        body.recused_count_for_quorum,
    )
    before = audit.snapshot(motion)
    motion.status = MotionStatus.CARRIED if result.carried else MotionStatus.FAILED
    motion.closed_at = closed_at
    motion.result = result.explanation
    motion.tally = result.to_json()
    audit.record(db, actor, "motion.close", motion, before=before)
    motion_effects.apply_on_close(db, actor, motion)
    outbox.motion_closed(db, motion)
    if result.carried and motion.approves_minutes_of_id is not None:
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
    between.ratify_listed(db, actor, db.get(Meeting, minutes.meeting_id))
    outbox.minutes_approved(db, minutes)


def _person_name(db: Session, person_id: int) -> str:
    person = db.get(Person, person_id)
    return person.name if person else f"member {person_id}"


def _check_version(db: Session, vote: Vote | None, person_id: int, expected) -> None:
    """A write based on what the writer saw: version 0 means "no vote yet". Refused, naming the
    member and the vote as it now stands, when someone else wrote in between."""
    if expected is None and vote is not None:
        raise Conflict(
            "version",
            f"{_person_name(db, person_id)} already has a vote ({vote.choice.value}, version "
            f"{vote.version}): give that version to replace it",
        )
    expected = expected or 0
    if isinstance(expected, bool) or not isinstance(expected, int) or expected < 0:
        raise Invalid("version", "must be the vote's version as you saw it (0 for no vote)")
    current = vote.version if vote is not None else 0
    if expected == current:
        return
    name = _person_name(db, person_id)
    if vote is None:
        raise Conflict("choice", f"{name}'s vote was withdrawn after you opened this page")
    who = "the member" if not vote.recorded_by_secretary else "someone else"
    raise Conflict(
        "choice",
        f"{name}'s vote was changed by {who} after you opened this page: now {vote.choice.value}",
    )


def _present_voter(db: Session, meeting: Meeting, person_id: int, when: datetime) -> None:
    if person_id not in _seated(db, meeting):
        raise Invalid("person_id", "only a seated voting member of the body may vote")
    stint = next((s for s in _stints(db, meeting.id) if s.person_id == person_id), None)
    if stint is None or not stint.present_at(when):
        name = _person_name(db, person_id)
        why = _absence(stint, meeting, when)
        raise Invalid("person_id", f"{name} {why} and cannot vote on this motion")


def _absence(stint: Stint | None, meeting: Meeting, when: datetime) -> str:
    """Why a member is not in the room at `when`, in the meeting's own time."""
    if stint is None:
        return "is not on the roll call"
    if stint.presence == Presence.ABSENT:
        return "is recorded absent"
    if stint.departed_at is not None and when >= stint.departed_at:
        return f"left at {format_local(stint.departed_at, meeting.timezone)}"
    return f"arrived only at {format_local(stint.arrived_at, meeting.timezone)}"


def _vote_input(choice, reason) -> tuple[VoteChoice, str | None]:
    choice = validate.choice(VoteChoice, choice, "choice")
    reason = validate.text(reason, "reason", 300, required=False)
    if choice == VoteChoice.RECUSED and reason is None:
        raise Invalid("reason", "a recusal needs a reason (e.g. a conflict of interest)")
    return choice, reason


def _save_vote(
    db: Session,
    actor: Actor,
    motion: Motion,
    person_id: int,
    choice,
    reason,
    at,
    by_secretary,
    expected_version=None,
) -> Vote:
    check_accepts_votes(motion.status)
    meeting = db.get(Meeting, motion.meeting_id)
    choice, reason = _vote_input(choice, reason)
    when = _when(meeting, at, "cast_at")
    _present_voter(db, meeting, person_id, when)
    vote = db.scalar(select(Vote).where(Vote.motion_id == motion.id, Vote.person_id == person_id))
    if by_secretary:
        _check_version(db, vote, person_id, expected_version)
        if vote is not None and not vote.recorded_by_secretary:
            raise Conflict(
                "choice",
                f"{_person_name(db, person_id)} cast this vote themselves: the secretary may "
                "only correct it, with a reason",
            )
    before = audit.snapshot(vote) if vote else None
    if vote is None:
        vote = Vote(motion_id=motion.id, person_id=person_id, version=0)
        db.add(vote)
    vote.choice = choice
    vote.reason = reason
    vote.recorded_by_id = getattr(actor, "id", None)
    vote.recorded_by_secretary = by_secretary
    vote.cast_at = when
    vote.version = (vote.version or 0) + 1
    vote.corrected_by_id = vote.corrected_at = vote.correction_reason = None
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
def record_vote(
    db: Session, actor: Actor, motion_id, person_id, choice, reason=None, at=None, version=None
):
    """A roll-call or voice vote entered by the secretary on a member's behalf. `version` is the
    vote's version as the secretary saw it (0 or None: there was none)."""
    require_staff(actor)
    motion = _locked_motion(db, motion_id)
    validate.record(db, Person, person_id, "person_id")
    return _save_vote(db, actor, motion, person_id, choice, reason, at, True, version)


@state_change
def record_roll_call(
    db: Session, actor: Actor, motion_id, entries: list[dict], at=None, everyone_else=None
):
    """A roll-call vote entered in one go: all votes are recorded, or none. Each entry carries the
    version of the vote it replaces (none: a new vote). Error fields carry the person's id
    (`choice_12`) so that a form can show the message on that member's row. With
    `everyone_else`, each member present who still has no vote then gets that choice, in the
    same transaction (a voice vote's common answer with its exceptions)."""
    require_staff(actor)
    motion = _locked_motion(db, motion_id)
    if not isinstance(entries, list) or not (entries or everyone_else):
        raise Invalid("entries", "no votes to record")
    votes = []
    for entry in entries:
        if not isinstance(entry, dict):
            raise Invalid("entries", "each entry must be an object")
        person_id = entry.get("person_id")
        validate.record(db, Person, person_id, f"person_id_{person_id}")
        try:
            votes.append(
                _save_vote(
                    db,
                    actor,
                    motion,
                    person_id,
                    entry.get("choice"),
                    entry.get("reason"),
                    at,
                    True,
                    entry.get("version"),
                )
            )
        except (Invalid, Conflict) as exc:
            raise type(exc)(f"{exc.field}_{person_id}", exc.message) from exc
    if everyone_else:
        votes += _vote_for_present_without_vote(db, actor, motion, everyone_else, at)
    return votes


@state_change
def record_all_present(db: Session, actor: Actor, motion_id, choice, at=None) -> list[Vote]:
    """A voice vote's common answer: every member present who has no vote yet gets `choice`;
    the exceptions are then entered one by one. Votes already cast are left as they are."""
    require_staff(actor)
    return _vote_for_present_without_vote(db, actor, _locked_motion(db, motion_id), choice, at)


def _vote_for_present_without_vote(
    db: Session, actor: Actor, motion: Motion, choice, at
) -> list[Vote]:
    check_accepts_votes(motion.status)
    meeting = db.get(Meeting, motion.meeting_id)
    when = _when(meeting, at, "cast_at")
    present = present_at(_stints(db, meeting.id), _seated(db, meeting), when)
    db.flush()  # votes just recorded in this transaction count as cast
    voted = set(db.scalars(select(Vote.person_id).where(Vote.motion_id == motion.id)))
    return [
        _save_vote(db, actor, motion, person_id, choice, None, at, True)
        for person_id in sorted(present - voted)
    ]


@state_change
def correct_vote(
    db: Session, actor: Actor, motion_id, person_id, choice, reason, correction_reason, version
) -> Vote:
    """The secretary changes a vote a director cast (a misclick reported at the meeting): who cast
    it and when stay on the record, beside who corrected it and why."""
    require_staff(actor)
    motion = _locked_motion(db, motion_id)
    check_accepts_votes(motion.status)
    validate.record(db, Person, person_id, "person_id")
    vote = db.scalar(select(Vote).where(Vote.motion_id == motion.id, Vote.person_id == person_id))
    if vote is None:
        raise Invalid("person_id", f"{_person_name(db, person_id)} has no vote to correct")
    _check_version(db, vote, person_id, version)
    choice, reason = _vote_input(choice, reason)
    correction_reason = validate.text(correction_reason, "correction_reason", 300)
    before = audit.snapshot(vote)
    vote.choice, vote.reason = choice, reason
    vote.corrected_by_id = getattr(actor, "id", None)
    vote.corrected_at = utcnow()
    vote.correction_reason = correction_reason
    vote.version += 1
    audit.record(db, actor, "vote.correct", vote, before=before)
    return vote


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
