"""The roll call: seated members present or absent, guests and observers, comings and goings."""

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..models import Attendance, Meeting, Motion, Person
from ..models.base import utcnow
from ..rules.quorum import Stint
from ..rules.seating import seated_on, voting_seated_on
from ..rules.vocab import Capacity, Presence
from . import audit, validate
from .access import body_terms, require_staff
from .actors import Actor
from .errors import Invalid
from .meetings import local_instant
from .transaction import state_change


@dataclass(frozen=True)
class Seated:
    """Who may be on the roll call (every seat) and whose presence counts (voting seats)."""

    everyone: frozenset[int]
    voting: frozenset[int]


def _record_line(
    db: Session,
    actor: Actor,
    meeting: Meeting,
    seated: Seated,
    entry: dict,
    suffix: str = "",
) -> Attendance:
    """One seated member's roll-call line (voting or not); `suffix` makes error fields name the
    form row."""

    def field(name: str) -> str:
        return name + suffix

    person = validate.record(db, Person, entry.get("person_id"), field("person_id"))
    presence = validate.choice(Presence, entry.get("presence"), field("presence"))
    if person.id not in seated.everyone:
        raise Invalid(field("person_id"), f"{person.name} holds no seat on this body then")
    arrived = local_instant(entry.get("arrived_at"), meeting.timezone, field("arrived_at"), False)
    departed = local_instant(
        entry.get("departed_at"), meeting.timezone, field("departed_at"), False
    )
    if arrived and departed and departed <= arrived:
        raise Invalid(field("departed_at"), "must be after the arrival")
    if presence == Presence.ABSENT and (arrived or departed):
        raise Invalid(field("presence"), "an absent member has no arrival or departure")
    line = db.scalar(
        select(Attendance).where(
            Attendance.meeting_id == meeting.id, Attendance.person_id == person.id
        )
    )
    before = audit.snapshot(line) if line else None
    old = _stint(line)
    if line is None:
        line = Attendance(meeting_id=meeting.id, person_id=person.id, capacity=Capacity.MEMBER)
        db.add(line)
    line.presence = presence
    line.arrived_at = arrived
    line.departed_at = departed
    line.reason = validate.text(entry.get("reason"), field("reason"), 200, required=False)
    if before is not None and audit.snapshot(line) == before:
        return line
    audit.record(db, actor, "attendance.record", line, before=before)
    if person.id in seated.voting:
        # A non-voting member's presence never entered a result: nothing to flag.
        _flag_closed_votes(db, actor, meeting, old, _stint(line))
    return line


def _stint(line: Attendance | None) -> Stint:
    if line is None:
        return Stint(0, Presence.ABSENT)
    return Stint(line.person_id, line.presence, line.arrived_at, line.departed_at)


def _flag_closed_votes(db: Session, actor: Actor, meeting: Meeting, old: Stint, new: Stint):
    """An announced result stands as announced (its tally is frozen); where the correction
    changes who was present at a closed vote, the record says so beside the result."""
    closed = db.scalars(
        select(Motion).where(
            Motion.meeting_id == meeting.id,
            Motion.tally.is_not(None),
            Motion.attendance_corrected_at.is_(None),
        )
    )
    for motion in closed:
        if old.present_at(motion.closed_at) == new.present_at(motion.closed_at):
            continue
        before = audit.snapshot(motion)
        motion.attendance_corrected_at = utcnow()
        audit.record(db, actor, "motion.flag_attendance_corrected", motion, before=before)


def _seated(db: Session, meeting: Meeting) -> Seated:
    terms, on = body_terms(db, meeting.body_id), meeting.starts_at.date()
    return Seated(seated_on(terms, on), voting_seated_on(terms, on))


@state_change
def record_attendance(
    db: Session,
    actor: Actor,
    meeting_id,
    person_id,
    presence,
    arrived_at=None,
    departed_at=None,
    reason=None,
) -> Attendance:
    """Record (or correct) one seated member's line of the roll call."""
    require_staff(actor)
    meeting = validate.record(db, Meeting, meeting_id, "meeting_id")
    entry = dict(
        person_id=person_id,
        presence=presence,
        arrived_at=arrived_at,
        departed_at=departed_at,
        reason=reason,
    )
    return _record_line(db, actor, meeting, _seated(db, meeting), entry)


@state_change
def take_roll_call(db: Session, actor: Actor, meeting_id, entries: list[dict]) -> list:
    """The whole roll call at once: every line is written, or none is. Error fields carry the
    person's id (`presence_12`) so that a form can put the message beside that row."""
    require_staff(actor)
    meeting = validate.record(db, Meeting, meeting_id, "meeting_id")
    if not isinstance(entries, list) or not entries:
        raise Invalid("entries", "the roll call has no lines")
    seated = _seated(db, meeting)
    return [
        _record_line(db, actor, meeting, seated, entry, f"_{entry.get('person_id')}")
        for entry in entries
    ]


@state_change
def everyone_present(db: Session, actor: Actor, meeting_id, presence=Presence.IN_PERSON) -> list:
    """The usual start of a roll call: every seated member not yet recorded is present (in person
    or remotely); the exceptions are then marked one by one. Recorded lines stay as they are."""
    require_staff(actor)
    meeting = validate.record(db, Meeting, meeting_id, "meeting_id")
    presence = validate.choice(Presence, presence, "presence")
    if presence == Presence.ABSENT:
        raise Invalid("presence", "mark absent members one by one")
    seated = _seated(db, meeting)
    recorded = set(
        db.scalars(
            select(Attendance.person_id).where(
                Attendance.meeting_id == meeting.id, Attendance.capacity == Capacity.MEMBER
            )
        )
    )
    return [
        _record_line(db, actor, meeting, seated, {"person_id": pid, "presence": presence})
        for pid in sorted(seated.everyone - recorded)
    ]


@state_change
def add_guest(db: Session, actor: Actor, meeting_id, name, capacity=Capacity.GUEST, note=None):
    require_staff(actor)
    meeting = validate.record(db, Meeting, meeting_id, "meeting_id")
    capacity = validate.choice(Capacity, capacity, "capacity")
    if capacity == Capacity.MEMBER:
        raise Invalid("capacity", "members are recorded through the roll call")
    line = Attendance(
        meeting_id=meeting.id,
        guest_name=validate.text(name, "name", 200),
        capacity=capacity,
        presence=Presence.IN_PERSON,
        reason=validate.text(note, "note", 200, required=False),
    )
    db.add(line)
    audit.record(db, actor, "attendance.add_guest", line)
    return line
