"""What a state change owes in mail, written to the outbox inside the change's own transaction.

Each service makes one call here. A row names its recipient, its kind and the record it is about,
and is due when the recipient may first see that record: the worker (`governance.notify`) renders
the text when it sends, through the disclosure policy, so nothing here decides what anyone reads.

The dedup key is (kind, recipient, object, window): writing the same message twice changes
nothing, and moving a release before the message went out moves the message with it.
"""

from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ..models import (
    ActionItem,
    AgendaItem,
    AuditEvent,
    Body,
    Meeting,
    Minutes,
    Motion,
    OfficialSummary,
    OutboxMessage,
    User,
)
from ..models.base import utcnow
from ..models.between import BetweenAction
from ..rules.digest import next_digest
from ..rules.disclosure import Part, public_from
from ..rules.seating import seated_on, voting_seated_on
from ..rules.vocab import Disclosure, MeetingStatus, OutboxStatus, SummaryStatus, UserRole
from . import audit, validate
from .access import body_terms, require_admin
from .actors import Actor
from .errors import Conflict
from .transaction import state_change


class Kind:
    """The kinds of mail; each has a renderer in governance.notify.render."""

    AGENDA_PUBLISHED = "agenda_published"
    MOTION_OPENED = "motion_opened"
    MOTION_CLOSED = "motion_closed"
    MINUTES_CIRCULATED = "minutes_circulated"
    MINUTES_APPROVED = "minutes_approved"
    ACTION_ASSIGNED = "action_assigned"
    MEETING_INVITATION = "meeting_invitation"  # an iCalendar REQUEST or CANCEL
    SUMMARY_RELEASED = "summary_released"  # to the public list
    EMBARGO_LIFTED = "embargo_lifted"  # to the public list
    ACTION_DUE = "action_due"  # reminder, derived by the worker
    MOTION_REMINDER = "motion_reminder"  # reminder, derived by the worker
    # Decisions between meetings: opened, closing within a day (derived), decided.
    BETWEEN_OPENED = "between_opened"
    BETWEEN_REMINDER = "between_reminder"
    BETWEEN_CLOSED = "between_closed"
    # One message a day gathering what a user takes as a digest (governance.notify.digest).
    DIGEST = "digest"
    # Account mail, owed by the administration services (renderers registered there).
    INVITATION = "invitation"
    PASSWORD_RESET = "password_reset"  # noqa: S105 - a kind of mail, not a secret


# What a user may turn off (account mail, which they asked for, always goes).
USER_KINDS = (
    Kind.AGENDA_PUBLISHED,
    Kind.MOTION_OPENED,
    Kind.MOTION_REMINDER,
    Kind.MOTION_CLOSED,
    Kind.MINUTES_CIRCULATED,
    Kind.MINUTES_APPROVED,
    Kind.ACTION_ASSIGNED,
    Kind.ACTION_DUE,
    Kind.MEETING_INVITATION,
    Kind.BETWEEN_OPENED,
    Kind.BETWEEN_REMINDER,
    Kind.BETWEEN_CLOSED,
)


def _key(kind: str, recipient: str, object_id, window) -> str:
    return f"{kind}:{recipient}:{object_id if object_id is not None else '-'}:{window or '-'}"


def owe(
    db: Session,
    kind: str,
    due_at: datetime,
    *,
    user_id: int | None = None,
    list_body_id: int | None = None,
    object_id: int | None = None,
    window: str = "",
    revive: bool = True,
) -> OutboxMessage:
    """Owe one message, once. A message not yet sent follows a moved instant (and a withheld
    one becomes due again, unless `revive` is off: a reminder withheld stays so); one already
    sent is never sent twice."""
    recipient = f"u{user_id}" if user_id is not None else f"l{list_body_id}"
    key = _key(kind, recipient, object_id, window)
    row = db.scalar(select(OutboxMessage).where(OutboxMessage.dedup_key == key))
    if row is None:
        row = OutboxMessage(
            kind=kind,
            user_id=user_id,
            list_body_id=list_body_id,
            object_id=object_id,
            dedup_key=key,
            due_at=due_at,
            next_attempt_at=due_at,
            status=OutboxStatus.PENDING,
            attempts=0,
        )
        try:
            with db.begin_nested():
                db.add(row)
        except IntegrityError:
            # Another transaction owed the same message first: that one stands.
            return db.scalar(select(OutboxMessage).where(OutboxMessage.dedup_key == key))
        return row
    if row.status == OutboxStatus.PENDING or (revive and row.status == OutboxStatus.WITHHELD):
        row.status = OutboxStatus.PENDING
        row.due_at = due_at
        row.next_attempt_at = due_at
    return row


def withhold(db: Session, kind: str, object_id: int, keep=(), **recipient) -> None:
    """Messages of this kind to this recipient (`user_id=` or `list_body_id=`) about this record
    that are no longer owed (their instant moved, a newer version replaced them, the record went
    back to draft) are withheld, unless their window is in `keep`."""
    [(column, recipient_id)] = recipient.items()
    rows = db.scalars(
        select(OutboxMessage).where(
            OutboxMessage.kind == kind,
            getattr(OutboxMessage, column) == recipient_id,
            OutboxMessage.object_id == object_id,
            OutboxMessage.status == OutboxStatus.PENDING,
        )
    )
    prefix = "u" if column == "user_id" else "l"
    kept = {_key(kind, f"{prefix}{recipient_id}", object_id, w) for w in keep}
    for row in rows:
        if row.dedup_key not in kept:
            row.status = OutboxStatus.WITHHELD


def to_user(
    db: Session, kind: str, user_id: int, object_id=None, due_at=None, window=""
) -> OutboxMessage:
    """Mail to one account (an invitation, a password reset): due now unless told."""
    return owe(db, kind, due_at or utcnow(), user_id=user_id, object_id=object_id, window=window)


def owe_digest(db: Session, user_id: int, zone: str, hour: int, now: datetime) -> OutboxMessage:
    """The user's next digest (one per local day, at `hour` o'clock in `zone`), locked: a
    message joins it only while it is still to be sent; one a worker has claimed or sent is past
    joining, and the next day's is owed instead."""
    at = now
    for _ in range(3):
        day, due_at = next_digest(at, zone, hour)
        row = owe(db, Kind.DIGEST, due_at, user_id=user_id, window=day.isoformat(), revive=False)
        db.refresh(row, with_for_update=True)
        if row.status == OutboxStatus.PENDING:
            return row
        at = due_at + timedelta(seconds=1)
    raise Conflict("digest", "no digest of the next days is open")


# --- recipients ---------------------------------------------------------------------------


def directors(db: Session, person_ids) -> list[int]:
    if not person_ids:
        return []
    return list(
        db.scalars(
            select(User.id)
            .where(
                User.person_id.in_(sorted(person_ids)),
                User.role == UserRole.DIRECTOR,
                User.active.is_(True),
            )
            .order_by(User.id)
        )
    )


def members(db: Session, body_id: int, voting_only: bool = False, on=None) -> list[int]:
    """Accounts of the directors seated on the body today (or on the date `on`)."""
    seated = voting_seated_on if voting_only else seated_on
    return directors(db, seated(body_terms(db, body_id), on or utcnow().date()))


def _to_members(db, kind, meeting: Meeting, object_id, due_at=None, voting_only=False) -> None:
    for user_id in members(db, meeting.body_id, voting_only):
        owe(db, kind, due_at or utcnow(), user_id=user_id, object_id=object_id)


# --- one call per service -----------------------------------------------------------------


def agenda_published(db: Session, meeting: Meeting) -> None:
    _to_members(db, Kind.AGENDA_PUBLISHED, meeting, meeting.id, meeting.agenda_released_at)


def motion_opened(db: Session, motion: Motion) -> None:
    meeting = db.get(Meeting, motion.meeting_id)
    _to_members(db, Kind.MOTION_OPENED, meeting, motion.id, voting_only=True)


def motion_closed(db: Session, motion: Motion) -> None:
    meeting = db.get(Meeting, motion.meeting_id)
    _to_members(db, Kind.MOTION_CLOSED, meeting, motion.id)


def minutes_circulated(db: Session, minutes: Minutes) -> None:
    meeting = db.get(Meeting, minutes.meeting_id)
    _to_members(db, Kind.MINUTES_CIRCULATED, meeting, minutes.id)


def minutes_approved(db: Session, minutes: Minutes) -> None:
    meeting = db.get(Meeting, minutes.meeting_id)
    _to_members(db, Kind.MINUTES_APPROVED, meeting, minutes.id)


def owners(db: Session, action: ActionItem) -> list[int]:
    if action.owner_person_id is not None:
        return directors(db, {action.owner_person_id})
    return members(db, action.owner_body_id)


def action_assigned(db: Session, action: ActionItem) -> None:
    for user_id in owners(db, action):
        owe(db, Kind.ACTION_ASSIGNED, utcnow(), user_id=user_id, object_id=action.id)
    release_changed(db, db.get(Meeting, action.meeting_id))


def between_opened(db: Session, action: BetweenAction) -> None:
    """Each voting member is owed the action when it opens, and everyone seated its result at
    the close (moved earlier by `between_decided` when it is decided before)."""
    db.flush()
    on = max(action.opens_at, utcnow()).date()
    for user_id in members(db, action.body_id, voting_only=True, on=on):
        owe(db, Kind.BETWEEN_OPENED, action.opens_at, user_id=user_id, object_id=action.id)
    between_decided(db, action, action.closes_at)


def between_decided(db: Session, action: BetweenAction, at: datetime) -> None:
    """The result is owed at `at`: the close, or the signature that decided it early."""
    on = max(action.opens_at, utcnow()).date()
    for user_id in members(db, action.body_id, on=on):
        owe(db, Kind.BETWEEN_CLOSED, at, user_id=user_id, object_id=action.id)


# Every change a calendar must see as a new version of the event.
INVITATION_CHANGES = ("meeting.update", "meeting.set_status")


def invitation_sequence(db: Session, meeting_id: int) -> int:
    """The invitation's SEQUENCE: how often the meeting changed since it was created. It only
    ever rises, because the audit trail is append-only."""
    return db.scalar(
        select(func.count()).where(
            AuditEvent.entity_type == "meeting",
            AuditEvent.entity_id == meeting_id,
            AuditEvent.action.in_(INVITATION_CHANGES),
        )
    )


def meeting_changed(db: Session, meeting: Meeting) -> None:
    """Created, rescheduled, cancelled or reinstated: each seated director is owed the meeting's
    current invitation (a REQUEST, or a CANCEL), replacing one not yet sent."""
    if meeting.status not in (MeetingStatus.SCHEDULED, MeetingStatus.CANCELLED):
        return
    db.flush()
    version = str(invitation_sequence(db, meeting.id))
    for user_id in members(db, meeting.body_id):
        owe(
            db,
            Kind.MEETING_INVITATION,
            utcnow(),
            user_id=user_id,
            object_id=meeting.id,
            window=version,
        )
        withhold(db, Kind.MEETING_INVITATION, meeting.id, keep=(version,), user_id=user_id)


def _embargo_instants(db: Session, meeting: Meeting) -> set[datetime]:
    """The instants after the summary at which more of the meeting becomes public."""
    instants = set()
    for model in (AgendaItem, Motion, ActionItem):
        disclosed = db.scalars(
            select(model.disclosed_at).where(
                model.meeting_id == meeting.id, model.disclosure == Disclosure.EMBARGOED
            )
        )
        for at in disclosed:
            instants.add(public_from(Disclosure.EMBARGOED, meeting.release, Part.CONTENT, at))
    summary = meeting.summary_release_at
    return {i for i in instants if i is not None and summary is not None and i > summary}


def release_changed(db: Session, meeting: Meeting) -> None:
    """The meeting's release instants, its summary or a disclosure changed: the public list is
    owed the official summary at its release instant and each embargo at its own."""
    db.flush()
    body = db.get(Body, meeting.body_id)
    if body.list_address is None:
        return
    summary = db.scalar(select(OfficialSummary).where(OfficialSummary.meeting_id == meeting.id))
    scheduled = summary is not None and summary.status == SummaryStatus.SCHEDULED
    release = meeting.summary_release_at
    if scheduled and release is not None:
        owe(db, Kind.SUMMARY_RELEASED, release, list_body_id=body.id, object_id=meeting.id)
        instants = _embargo_instants(db, meeting)
    else:
        withhold(db, Kind.SUMMARY_RELEASED, meeting.id, list_body_id=body.id)
        instants = set()
    windows = {i.isoformat() for i in instants}
    for instant in instants:
        owe(
            db,
            Kind.EMBARGO_LIFTED,
            instant,
            list_body_id=body.id,
            object_id=meeting.id,
            window=instant.isoformat(),
        )
    withhold(db, Kind.EMBARGO_LIFTED, meeting.id, keep=windows, list_body_id=body.id)


@state_change
def retry(db: Session, actor: Actor, message_id) -> OutboxMessage:
    """An admin sends a failed or withheld message again (after fixing the mail settings, say):
    it is due now and rendered afresh, so the policy still decides what it says."""
    require_admin(actor)
    msg = validate.record(db, OutboxMessage, message_id, "message_id")
    if msg.status not in (OutboxStatus.FAILED, OutboxStatus.WITHHELD):
        raise Conflict("message_id", f"a {msg.status.value} message is not tried again")
    before = audit.snapshot(msg)
    msg.status = OutboxStatus.PENDING
    msg.attempts = 0
    msg.next_attempt_at = utcnow()
    audit.record(db, actor, "outbox.retry", msg, before=before)
    return msg


def list_address_set(db: Session, body: Body) -> None:
    """A body's list has a new address: it is owed what is still ahead - each scheduled summary
    (and its embargoes) not yet released - and nothing already public, which the list would
    otherwise receive as a flood of old mail."""
    ahead = db.scalars(
        select(Meeting).where(Meeting.body_id == body.id, Meeting.summary_release_at > utcnow())
    )
    for meeting in ahead:
        release_changed(db, meeting)
