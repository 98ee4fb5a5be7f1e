"""Minutes, the official summary, director commentary and action items."""

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..models import ActionItem, Body, Commentary, Meeting, Minutes, OfficialSummary, Person
from ..models.base import utcnow
from ..rules.disclosure import check_commentary_schedule
from ..rules.releases import ReleaseMove
from ..rules.transitions import check_minutes_transition
from ..rules.vocab import ActionStatus, CommentaryStatus, MinutesStatus, SummaryStatus, UserRole
from . import audit, outbox, validate
from .access import member_bodies, require, require_staff
from .actors import Actor, has_role
from .attached import attached_disclosure, item_of_meeting
from .errors import Conflict, Invalid
from .markdown_input import markdown_text
from .meetings import (
    check_releasable,
    check_release_move,
    local_instant,
    mark_withdrawn,
    set_release,
)
from .transaction import state_change


def _one_per_meeting(db: Session, model, meeting: Meeting):
    row = db.scalar(select(model).where(model.meeting_id == meeting.id))
    if row is None:
        row = model(meeting_id=meeting.id, body="")
        db.add(row)
        db.flush()
        return row, None
    return row, audit.snapshot(row)


@state_change
def save_minutes(db: Session, actor: Actor, meeting_id, body) -> Minutes:
    require_staff(actor)
    meeting = validate.record(db, Meeting, meeting_id, "meeting_id")
    text = markdown_text(body, "body")
    minutes, before = _one_per_meeting(db, Minutes, meeting)
    if minutes.status == MinutesStatus.APPROVED:
        raise Conflict("minutes", "approved minutes cannot be edited")
    minutes.body = text
    minutes.status = minutes.status or MinutesStatus.DRAFT
    minutes.updated_at = utcnow()
    audit.record(db, actor, "minutes.save", minutes, before=before)
    return minutes


@state_change
def circulate_minutes(db: Session, actor: Actor, meeting_id) -> Minutes:
    """Send the draft to the body's members ahead of the approving motion."""
    require_staff(actor)
    meeting = validate.record(db, Meeting, meeting_id, "meeting_id")
    minutes = db.scalar(select(Minutes).where(Minutes.meeting_id == meeting.id))
    if minutes is None or not minutes.body.strip():
        raise Invalid("meeting_id", "the meeting has no minutes to circulate")
    check_minutes_transition(minutes.status, MinutesStatus.CIRCULATED)
    before = audit.snapshot(minutes)
    minutes.status = MinutesStatus.CIRCULATED
    audit.record(db, actor, "minutes.circulate", minutes, before=before)
    outbox.minutes_circulated(db, minutes)
    return minutes


@state_change
def save_summary(
    db: Session,
    actor: Actor,
    meeting_id,
    body,
    schedule: bool = False,
    release_at=None,
    release_now=False,
    retraction_reason=None,
):
    """Write the official summary and, if given, its release instant (wall-clock in the meeting's
    zone); scheduling it needs the release instant set. Scheduling a summary whose instant has
    passed publishes it at once, and un-scheduling a public one withdraws it: both must be said
    explicitly, as for the instant itself."""
    require_staff(actor)
    meeting = validate.record(db, Meeting, meeting_id, "meeting_id")
    text = markdown_text(body, "body")
    summary, before = _one_per_meeting(db, OfficialSummary, meeting)
    was_public_from = (
        meeting.summary_release_at if summary.status == SummaryStatus.SCHEDULED else None
    )
    if release_at is not None:
        set_release(db, actor, meeting, release_at, release_now, retraction_reason)
    if schedule:
        check_releasable(meeting)
    if schedule and meeting.summary_release_at is None:
        raise Invalid("summary_release_at", "set the release date before scheduling the summary")
    move = check_release_move(
        db,
        actor,
        meeting,
        was_public_from,
        meeting.summary_release_at if schedule else None,
        "summary_release_at",
        release_now,
        retraction_reason,
    )
    if move == ReleaseMove.RETRACT:
        meeting_before = audit.snapshot(meeting)
        mark_withdrawn(meeting, retraction_reason)
        audit.record(db, actor, "meeting.withdraw_summary", meeting, before=meeting_before)
    summary.body = text
    summary.status = SummaryStatus.SCHEDULED if schedule else SummaryStatus.DRAFT
    summary.updated_at = utcnow()
    audit.record(db, actor, "summary.save", summary, before=before)
    outbox.release_changed(db, meeting)
    return summary


@state_change
def save_commentary(db: Session, actor: Actor, meeting_id, body, publish=False, publish_at=None):
    """A director's own write-up. Held as a draft, or scheduled against a scheduled official
    summary and no earlier than its release."""
    require(
        has_role(actor, UserRole.DIRECTOR) and actor.person_id is not None,
        "only a director writes commentary",
    )
    meeting = validate.record(db, Meeting, meeting_id, "meeting_id")
    require(
        meeting.body_id in member_bodies(db, actor.person_id),
        "you may only comment on meetings of your own bodies",
    )
    text = markdown_text(body, "body")
    when = local_instant(publish_at, meeting.timezone, "publish_at", required=False)
    if publish:
        summary = db.scalar(select(OfficialSummary).where(OfficialSummary.meeting_id == meeting.id))
        scheduled = summary is not None and summary.status == SummaryStatus.SCHEDULED
        check_commentary_schedule(when, meeting.release, scheduled)
    elif when is not None:
        raise Invalid("publish_at", "a draft has no publication date")
    row = db.scalar(
        select(Commentary).where(
            Commentary.meeting_id == meeting.id, Commentary.author_id == actor.person_id
        )
    )
    before = audit.snapshot(row) if row else None
    if row is None:
        row = Commentary(meeting_id=meeting.id, author_id=actor.person_id)
        db.add(row)
    row.body = text
    row.status = CommentaryStatus.SCHEDULED if publish else CommentaryStatus.DRAFT
    row.publish_at = when
    row.updated_at = utcnow()
    audit.record(db, actor, "commentary.save", row, before=before)
    return row


@state_change
def add_action_item(
    db: Session,
    actor: Actor,
    meeting_id,
    title,
    owner_person_id=None,
    owner_body_id=None,
    due_on=None,
    agenda_item_id=None,
    disclosure=None,
    disclosed_at=None,
    more_public_than_item=False,
) -> ActionItem:
    """An action arising from an agenda item starts with that item's disclosure."""
    require_staff(actor)
    meeting = validate.record(db, Meeting, meeting_id, "meeting_id")
    item = item_of_meeting(db, meeting, agenda_item_id)
    disclosed = attached_disclosure(meeting, item, disclosure, disclosed_at, more_public_than_item)
    person = validate.record(db, Person, owner_person_id, "owner_person_id", required=False)
    body = validate.record(db, Body, owner_body_id, "owner_body_id", required=False)
    if (person is None) == (body is None):
        raise Invalid("owner_person_id", "give exactly one owner: a person or a body")
    item = ActionItem(
        meeting_id=meeting.id,
        title=validate.text(title, "title", 300),
        owner_person_id=person.id if person else None,
        owner_body_id=body.id if body else None,
        due_on=validate.day(due_on, "due_on", required=False),
        status=ActionStatus.OPEN,
        agenda_item_id=item.id if item else None,
        disclosure=disclosed.disclosure,
        disclosed_at=disclosed.disclosed_at,
    )
    db.add(item)
    audit.record(db, actor, "action_item.create", item)
    outbox.action_assigned(db, item)
    return item


@state_change
def set_action_status(db: Session, actor: Actor, action_item_id, status) -> ActionItem:
    item = validate.record(db, ActionItem, action_item_id, "action_item_id")
    owner = actor.person_id is not None and actor.person_id == item.owner_person_id
    require(
        owner or has_role(actor, UserRole.ADMIN, UserRole.SECRETARY),
        "only the owner or staff may update an action item",
    )
    before = audit.snapshot(item)
    item.status = validate.choice(ActionStatus, status, "status")
    audit.record(db, actor, "action_item.set_status", item, before=before)
    return item
