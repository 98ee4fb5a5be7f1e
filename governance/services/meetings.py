"""Meetings: scheduling, publishing the agenda, setting the official summary release."""

from datetime import datetime

from sqlalchemy.orm import Session

from ..models import Body, Meeting, Person
from ..models.base import utcnow
from ..rules import clock
from ..rules.vocab import MeetingKind, MeetingStatus
from . import audit, validate
from .access import require_staff
from .actors import Actor
from .errors import Conflict, Invalid
from .transaction import state_change


def local_instant(value, zone_name: str, field: str, required: bool = True) -> datetime | None:
    """Accept an aware instant, or a wall-clock reading in the meeting's zone."""
    if value is None:
        if required:
            raise Invalid(field, "is required")
        return None
    if not isinstance(value, datetime):
        raise Invalid(field, "must be a date and time")
    return clock.to_utc(value, zone_name, field)


@state_change
def create_meeting(
    db: Session,
    actor: Actor,
    body_id,
    title,
    starts_at,
    timezone,
    kind=MeetingKind.CALL,
    location=None,
    chair_id=None,
) -> Meeting:
    """`starts_at` is a wall-clock time in `timezone` (or an aware instant)."""
    require_staff(actor)
    body = validate.record(db, Body, body_id, "body_id")
    title = validate.text(title, "title", 200)
    clock.zone(timezone if isinstance(timezone, str) else "", "timezone")
    chair = validate.record(db, Person, chair_id, "chair_id", required=False)
    meeting = Meeting(
        body_id=body.id,
        title=title,
        starts_at=local_instant(starts_at, timezone, "starts_at"),
        timezone=timezone,
        kind=validate.choice(MeetingKind, kind, "kind"),
        location=validate.text(location, "location", 200, required=False),
        chair_id=chair.id if chair else None,
        status=MeetingStatus.SCHEDULED,
    )
    db.add(meeting)
    audit.record(db, actor, "meeting.create", meeting)
    return meeting


def _editable(meeting: Meeting) -> None:
    if meeting.status == MeetingStatus.CANCELLED:
        raise Conflict("meeting", "the meeting was cancelled")


@state_change
def publish_agenda(db: Session, actor: Actor, meeting_id, at=None) -> Meeting:
    """From `at` (default: now) the public sees the open-session item titles."""
    require_staff(actor)
    meeting = validate.record(db, Meeting, meeting_id, "meeting_id")
    _editable(meeting)
    before = audit.snapshot(meeting)
    meeting.agenda_released_at = (
        local_instant(at, meeting.timezone, "agenda_released_at") if at is not None else utcnow()
    )
    audit.record(db, actor, "meeting.publish_agenda", meeting, before=before)
    return meeting


def set_release(db: Session, actor: Actor, meeting: Meeting, release_at) -> None:
    """Set the official summary date inside the caller's transaction."""
    release = local_instant(release_at, meeting.timezone, "summary_release_at")
    if release < meeting.starts_at:
        raise Invalid("summary_release_at", "the summary cannot be released before the meeting")
    before = audit.snapshot(meeting)
    meeting.summary_release_at = release
    audit.record(db, actor, "meeting.set_summary_release", meeting, before=before)


@state_change
def set_summary_release(db: Session, actor: Actor, meeting_id, release_at) -> Meeting:
    """The official summary date: wall-clock in the meeting's zone, stored in UTC."""
    require_staff(actor)
    meeting = validate.record(db, Meeting, meeting_id, "meeting_id")
    _editable(meeting)
    set_release(db, actor, meeting, release_at)
    return meeting


_STATUS_NEXT = {
    MeetingStatus.SCHEDULED: {MeetingStatus.IN_SESSION, MeetingStatus.CANCELLED},
    MeetingStatus.IN_SESSION: {MeetingStatus.ADJOURNED},
    MeetingStatus.ADJOURNED: set(),
    MeetingStatus.CANCELLED: set(),
}


@state_change
def set_status(db: Session, actor: Actor, meeting_id, status) -> Meeting:
    require_staff(actor)
    meeting = validate.record(db, Meeting, meeting_id, "meeting_id")
    status = validate.choice(MeetingStatus, status, "status")
    if status not in _STATUS_NEXT[meeting.status]:
        raise Conflict("status", f"a {meeting.status.value} meeting cannot become {status.value}")
    before = audit.snapshot(meeting)
    meeting.status = status
    audit.record(db, actor, "meeting.set_status", meeting, before=before)
    return meeting
