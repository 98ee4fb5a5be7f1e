"""Building a meeting's agenda."""

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..models import AgendaItem, Meeting
from ..rules.disclosure import check_disclosure
from ..rules.vocab import Disclosure, ItemKind, ItemOutcome
from . import audit, validate
from .access import require_staff
from .actors import Actor
from .errors import Invalid
from .meetings import local_instant
from .transaction import state_change


def _disclosure(meeting: Meeting, disclosure, disclosed_at):
    disclosure = validate.choice(Disclosure, disclosure, "disclosure")
    when = local_instant(disclosed_at, meeting.timezone, "disclosed_at", required=False)
    check_disclosure(disclosure, when, meeting.starts_at)
    return disclosure, when


@state_change
def add_item(
    db: Session,
    actor: Actor,
    meeting_id,
    title,
    kind=ItemKind.DISCUSSION,
    presenters="",
    notes="",
    disclosure=Disclosure.PUBLIC,
    disclosed_at=None,
    public_topic=None,
    carried_from_id=None,
) -> AgendaItem:
    require_staff(actor)
    meeting = validate.record(db, Meeting, meeting_id, "meeting_id")
    kind = validate.choice(ItemKind, kind, "kind")
    disclosure, disclosed_at = _disclosure(meeting, disclosure, disclosed_at)
    if kind == ItemKind.EXECUTIVE_SESSION and disclosure != Disclosure.CONFIDENTIAL:
        raise Invalid("disclosure", "an executive session is confidential")
    carried = validate.record(db, AgendaItem, carried_from_id, "carried_from_id", required=False)
    if carried is not None and carried.outcome != ItemOutcome.POSTPONED:
        raise Invalid("carried_from_id", "only a postponed item carries over")
    last = db.scalar(
        select(func.max(AgendaItem.position)).where(AgendaItem.meeting_id == meeting.id)
    )
    item = AgendaItem(
        meeting_id=meeting.id,
        position=(last or 0) + 1,
        title=validate.text(title, "title", 200),
        kind=kind,
        presenters=validate.text(presenters, "presenters", 400, required=False) or "",
        notes=validate.text(notes, "notes", 100_000, required=False) or "",
        disclosure=disclosure,
        disclosed_at=disclosed_at,
        public_topic=validate.text(public_topic, "public_topic", 200, required=False),
        carried_from_id=carried.id if carried else None,
    )
    db.add(item)
    audit.record(db, actor, "agenda_item.create", item)
    return item


@state_change
def set_outcome(db: Session, actor: Actor, item_id, outcome) -> AgendaItem:
    require_staff(actor)
    item = validate.record(db, AgendaItem, item_id, "item_id")
    before = audit.snapshot(item)
    item.outcome = validate.optional_choice(ItemOutcome, outcome, "outcome")
    audit.record(db, actor, "agenda_item.set_outcome", item, before=before)
    return item
