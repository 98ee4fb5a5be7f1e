"""The roll call: seated members present or absent, guests and observers, comings and goings."""

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..models import Attendance, Meeting, Person
from ..rules.vocab import Capacity, Presence
from . import audit, validate
from .access import require_staff, voting_members
from .actors import Actor
from .errors import Invalid
from .meetings import local_instant
from .transaction import state_change


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
    person = validate.record(db, Person, person_id, "person_id")
    presence = validate.choice(Presence, presence, "presence")
    if person.id not in voting_members(db, meeting.body_id, meeting.starts_at.date()):
        raise Invalid("person_id", f"{person.name} holds no voting seat on this body then")
    arrived = local_instant(arrived_at, meeting.timezone, "arrived_at", required=False)
    departed = local_instant(departed_at, meeting.timezone, "departed_at", required=False)
    if arrived and departed and departed <= arrived:
        raise Invalid("departed_at", "must be after the arrival")
    if presence == Presence.ABSENT and (arrived or departed):
        raise Invalid("presence", "an absent member has no arrival or departure")
    line = db.scalar(
        select(Attendance).where(
            Attendance.meeting_id == meeting.id, Attendance.person_id == person.id
        )
    )
    before = audit.snapshot(line) if line else None
    if line is None:
        line = Attendance(meeting_id=meeting.id, person_id=person.id, capacity=Capacity.MEMBER)
        db.add(line)
    line.presence = presence
    line.arrived_at = arrived
    line.departed_at = departed
    line.reason = validate.text(reason, "reason", 200, required=False)
    audit.record(db, actor, "attendance.record", line, before=before)
    return line


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
