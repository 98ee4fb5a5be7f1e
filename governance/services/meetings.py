"""Meetings: scheduling, publishing the agenda, setting the official summary release."""

from datetime import datetime

from sqlalchemy.orm import Session

from ..models import Body, Meeting, Person
from ..models.base import utcnow
from ..rules import clock, releases
from ..rules.releases import ReleaseMove
from ..rules.transitions import NEEDS_REASON, check_meeting_editable, check_meeting_transition
from ..rules.vocab import MeetingKind, MeetingStatus
from . import audit, outbox, validate
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
    outbox.meeting_changed(db, meeting)
    return meeting


def check_releasable(meeting: Meeting) -> None:
    """A cancelled meeting releases nothing more: no agenda, no summary date, no summary."""
    if meeting.status == MeetingStatus.CANCELLED:
        raise Conflict("meeting", "the meeting was cancelled")


def check_release_move(
    db: Session,
    actor: Actor,
    meeting: Meeting,
    old: datetime | None,
    new: datetime | None,
    field: str,
    release_now=False,
    retraction_reason=None,
) -> ReleaseMove:
    """Refuse a silent release or retraction; a retraction is staff's, with a public reason."""
    reason = validate.text(retraction_reason, "retraction_reason", 500, required=False)
    move = releases.check_move(
        old, new, utcnow(), meeting.timezone, field, bool(release_now), reason
    )
    if move == ReleaseMove.RETRACT:
        require_staff(actor)
    return move


@state_change
def publish_agenda(
    db: Session, actor: Actor, meeting_id, at=None, release_now=False, retraction_reason=None
) -> Meeting:
    """From `at` (default: now, which is itself the explicit "release now") the public sees the
    open-session item titles."""
    require_staff(actor)
    meeting = validate.record(db, Meeting, meeting_id, "meeting_id")
    check_releasable(meeting)
    before = audit.snapshot(meeting)
    when = local_instant(at, meeting.timezone, "agenda_released_at") if at is not None else None
    check_release_move(
        db,
        actor,
        meeting,
        meeting.agenda_released_at,
        when or utcnow(),
        "agenda_released_at",
        release_now or when is None,
        retraction_reason,
    )
    meeting.agenda_released_at = when or utcnow()
    after = audit.snapshot(meeting) | {"retraction_reason": retraction_reason}
    audit.record(db, actor, "meeting.publish_agenda", meeting, before=before, after=after)
    outbox.agenda_published(db, meeting)
    return meeting


def set_release(
    db: Session,
    actor: Actor,
    meeting: Meeting,
    release_at,
    release_now=False,
    retraction_reason=None,
) -> None:
    """Set the official summary date inside the caller's transaction. An instant already passed
    publishes at once (needs `release_now`); moving a passed instant later withdraws what the
    public has seen (needs a public `retraction_reason`, shown where the record was).

    `was_public_from`/`public_from_after` let a caller whose record also depends on something else
    (the summary: on being scheduled) say when it was and will be public; by default the
    instant itself."""
    check_releasable(meeting)
    release = local_instant(release_at, meeting.timezone, "summary_release_at")
    if release < meeting.starts_at:
        raise Invalid("summary_release_at", "the summary cannot be released before the meeting")
    move = check_release_move(
        db,
        actor,
        meeting,
        meeting.summary_release_at,
        release,
        "summary_release_at",
        release_now,
        retraction_reason,
    )
    before = audit.snapshot(meeting)
    meeting.summary_release_at = release
    if move == ReleaseMove.RETRACT:
        mark_withdrawn(meeting, retraction_reason)
    if audit.snapshot(meeting) != before:
        audit.record(db, actor, "meeting.set_summary_release", meeting, before=before)


def mark_withdrawn(meeting: Meeting, reason: str) -> None:
    """What the public sees where the record was: when it was withdrawn, and why."""
    meeting.summary_withdrawn_at = utcnow()
    meeting.summary_withdrawn_reason = reason.strip()


@state_change
def set_summary_release(
    db: Session, actor: Actor, meeting_id, release_at, release_now=False, retraction_reason=None
) -> Meeting:
    """The official summary date: wall-clock in the meeting's zone, stored in UTC."""
    require_staff(actor)
    meeting = validate.record(db, Meeting, meeting_id, "meeting_id")
    set_release(db, actor, meeting, release_at, release_now, retraction_reason)
    outbox.release_changed(db, meeting)
    return meeting


@state_change
def set_status(db: Session, actor: Actor, meeting_id, status, reason=None) -> Meeting:
    """Open, adjourn, cancel (with a reason the record keeps) or reinstate a cancelled meeting."""
    require_staff(actor)
    meeting = validate.record(db, Meeting, meeting_id, "meeting_id")
    status = validate.choice(MeetingStatus, status, "status")
    check_meeting_transition(meeting.status, status)
    reason = validate.text(reason, "reason", 500, required=status in NEEDS_REASON)
    before = audit.snapshot(meeting)
    if status == MeetingStatus.CANCELLED:
        meeting.cancellation_reason = reason
    elif meeting.status == MeetingStatus.CANCELLED:
        meeting.cancellation_reason = None
    meeting.status = status
    after = audit.snapshot(meeting) | {"reason": reason}
    audit.record(db, actor, "meeting.set_status", meeting, before=before, after=after)
    outbox.meeting_changed(db, meeting)
    return meeting


@state_change
def update_meeting(
    db: Session,
    actor: Actor,
    meeting_id,
    title,
    starts_at,
    timezone,
    kind=MeetingKind.CALL,
    location=None,
    chair_id=None,
) -> Meeting:
    """Correct a meeting's title, time, zone, place, kind or chair until it is adjourned."""
    require_staff(actor)
    meeting = validate.record(db, Meeting, meeting_id, "meeting_id")
    check_meeting_editable(meeting.status)
    before = audit.snapshot(meeting)
    clock.zone(timezone if isinstance(timezone, str) else "", "timezone")
    chair = validate.record(db, Person, chair_id, "chair_id", required=False)
    meeting.title = validate.text(title, "title", 200)
    meeting.starts_at = local_instant(starts_at, timezone, "starts_at")
    meeting.timezone = timezone
    meeting.kind = validate.choice(MeetingKind, kind, "kind")
    meeting.location = validate.text(location, "location", 200, required=False)
    meeting.chair_id = chair.id if chair else None
    if meeting.summary_release_at is not None and meeting.summary_release_at < meeting.starts_at:
        raise Invalid("starts_at", "the official summary would then be released before it")
    if audit.snapshot(meeting) != before:
        audit.record(db, actor, "meeting.update", meeting, before=before)
        outbox.meeting_changed(db, meeting)
    return meeting
