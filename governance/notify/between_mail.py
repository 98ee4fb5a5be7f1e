"""Decisions between meetings in mail: opened, closing within a day unsigned, decided.

Each is read through `reads.between.action_record` for its recipient at the instant of sending,
so a count appears only where `Policy.between_result` shows it: the result once closed, and a
running count never (members read that on the page when the action allows it)."""

from sqlalchemy.orm import Session

from ..models import OutboxMessage, User
from ..reads import between as between_reads
from ..rules.clock import format_local
from ..rules.vocab import ActionKind, ActionStanding
from ..services import between
from ..services.outbox import Kind
from ..visibility import Policy
from .links import Link
from .render import Mail, Outcome, Section, Wait, Withhold, register

LABEL = {ActionKind.WRITTEN_CONSENT: "Written consent", ActionKind.E_BALLOT: "E-ballot"}
SIGN = Link("Your decisions to sign", "between.board")


def _record(db: Session, msg: OutboxMessage, policy: Policy):
    record = between_reads.action_record(db, policy, msg.object_id)
    if record is None:
        return None, Withhold("the recipient may not see this action")
    return record, None


def _closes(action) -> str:
    return format_local(action.closes_at, action.timezone)


def _to_sign(db: Session, msg: OutboxMessage, policy: Policy, reminder: bool) -> Outcome:
    record, refused = _record(db, msg, policy)
    if refused is not None:
        return refused
    action, standing = record.action, record.result.standing
    if standing == ActionStanding.DRAFT:
        return Wait(action.opens_at)
    if standing.closed:
        return Withhold("the action is already decided")
    label = LABEL[action.kind]
    if reminder:
        person_id = db.get(User, msg.user_id).person_id
        if person_id in between.standing_at(db, action, policy.now):
            return Withhold("the member has signed")
        subject = f"Reminder: unsigned, closes {_closes(action)}"
    else:
        subject = f"{label} open: {action.body.name}"
    intro = f"A {label.lower()} of {action.body.name} is open for your signature until " + (
        f"{_closes(action)}."
    )
    return Mail(subject, intro, [Section("Text", action.text)], [SIGN])


@register(Kind.BETWEEN_OPENED)
def opened(db: Session, msg: OutboxMessage, policy: Policy) -> Outcome:
    return _to_sign(db, msg, policy, reminder=False)


@register(Kind.BETWEEN_REMINDER)
def reminder(db: Session, msg: OutboxMessage, policy: Policy) -> Outcome:
    return _to_sign(db, msg, policy, reminder=True)


@register(Kind.BETWEEN_CLOSED)
def closed(db: Session, msg: OutboxMessage, policy: Policy) -> Outcome:
    record, refused = _record(db, msg, policy)
    if refused is not None:
        return refused
    action = record.action
    if not record.result.closed:
        return Wait(action.closes_at)
    if record.explanation is None:
        return Withhold("the recipient may not see this result")
    label = LABEL[action.kind]
    return Mail(
        f"{label} decided, {record.result.standing.value}: {action.body.name}",
        f"A {label.lower()} of {action.body.name} was decided.",
        [Section("Text", action.text), Section("Result", record.explanation)],
        [SIGN],
    )
