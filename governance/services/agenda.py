"""Building a meeting's agenda."""

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..models import ActionItem, AgendaItem, Meeting, Motion
from ..rules.disclosure import Part, check_disclosure, public_from
from ..rules.vocab import Disclosure, ItemKind, ItemOutcome
from . import audit, outbox, validate
from .access import require_staff
from .actors import Actor
from .errors import Conflict, Invalid
from .markdown_input import markdown_text
from .meetings import check_release_move, local_instant
from .transaction import state_change


def _disclosure(meeting: Meeting, disclosure, disclosed_at):
    disclosure = validate.choice(Disclosure, disclosure, "disclosure")
    when = local_instant(disclosed_at, meeting.timezone, "disclosed_at", required=False)
    check_disclosure(disclosure, when, meeting.starts_at)
    return disclosure, when


def _fill(
    meeting: Meeting,
    item: AgendaItem,
    title,
    kind,
    presenters,
    notes,
    disclosure,
    disclosed_at,
    public_topic,
) -> None:
    """The editable fields of an item, validated as one: adding and editing share the rules."""
    kind = validate.choice(ItemKind, kind, "kind")
    disclosure, disclosed_at = _disclosure(meeting, disclosure, disclosed_at)
    if kind == ItemKind.EXECUTIVE_SESSION and disclosure != Disclosure.CONFIDENTIAL:
        raise Invalid("disclosure", "an executive session is confidential")
    item.title = validate.text(title, "title", 200)
    item.kind = kind
    item.presenters = validate.text(presenters, "presenters", 400, required=False) or ""
    item.notes = markdown_text(notes, "notes", required=False) or ""
    item.disclosure = disclosure
    item.disclosed_at = disclosed_at
    item.public_topic = validate.text(public_topic, "public_topic", 200, required=False)


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
    carried = validate.record(db, AgendaItem, carried_from_id, "carried_from_id", required=False)
    if carried is not None and carried.outcome != ItemOutcome.POSTPONED:
        raise Invalid("carried_from_id", "only a postponed item carries over")
    last = db.scalar(
        select(func.max(AgendaItem.position)).where(AgendaItem.meeting_id == meeting.id)
    )
    item = AgendaItem(
        meeting_id=meeting.id,
        position=(last or 0) + 1,
        carried_from_id=carried.id if carried else None,
    )
    _fill(meeting, item, title, kind, presenters, notes, disclosure, disclosed_at, public_topic)
    db.add(item)
    audit.record(db, actor, "agenda_item.create", item)
    outbox.release_changed(db, meeting)
    return item


@state_change
def update_item(
    db: Session,
    actor: Actor,
    item_id,
    title,
    kind,
    presenters="",
    notes="",
    disclosure=Disclosure.PUBLIC,
    disclosed_at=None,
    public_topic=None,
    release_now=False,
    retraction_reason=None,
) -> AgendaItem:
    """Edit an item. A disclosure change that shows the public its content at once, or hides
    content the public has seen, must be said explicitly (release now / a public reason)."""
    require_staff(actor)
    item = validate.record(db, AgendaItem, item_id, "item_id")
    meeting = db.get(Meeting, item.meeting_id)
    before = audit.snapshot(item)
    was_public_from = _public_from(meeting, item)
    _fill(meeting, item, title, kind, presenters, notes, disclosure, disclosed_at, public_topic)
    check_release_move(
        db,
        actor,
        meeting,
        was_public_from,
        _public_from(meeting, item),
        "disclosed_at",
        release_now,
        retraction_reason,
    )
    after = audit.snapshot(item) | {"retraction_reason": retraction_reason}
    audit.record(db, actor, "agenda_item.update", item, before=before, after=after)
    outbox.release_changed(db, meeting)
    return item


def _public_from(meeting: Meeting, item: AgendaItem):
    return public_from(item.disclosure, meeting.release, Part.CONTENT, item.disclosed_at)


@state_change
def move_item(db: Session, actor: Actor, item_id, direction) -> AgendaItem:
    """Swap an item with its neighbour above ("up") or below ("down")."""
    require_staff(actor)
    item = validate.record(db, AgendaItem, item_id, "item_id")
    if direction not in ("up", "down"):
        raise Invalid("direction", "must be up or down")
    siblings = db.scalars(
        select(AgendaItem)
        .where(AgendaItem.meeting_id == item.meeting_id)
        .order_by(AgendaItem.position, AgendaItem.id)
    ).all()
    index = siblings.index(item)
    other = index - 1 if direction == "up" else index + 1
    if not 0 <= other < len(siblings):
        raise Invalid("direction", f"the item is already at the {'top' if other < 0 else 'end'}")
    neighbour = siblings[other]
    before = audit.snapshot(item)
    item.position, neighbour.position = neighbour.position, item.position
    if item.position == neighbour.position:  # equal positions from old data: make them distinct
        item.position += -1 if direction == "up" else 1
    audit.record(db, actor, "agenda_item.move", item, before=before)
    return item


@state_change
def delete_item(db: Session, actor: Actor, item_id) -> int:
    """Take an item off an agenda nobody outside has seen; once the agenda is published the item
    is withdrawn instead (an outcome), so that the record keeps it."""
    require_staff(actor)
    item = validate.record(db, AgendaItem, item_id, "item_id")
    meeting = db.get(Meeting, item.meeting_id)
    if meeting.agenda_released_at is not None:
        raise Conflict(
            "item_id", "the agenda is published: mark the item withdrawn instead of deleting it"
        )
    attached = db.scalar(select(func.count()).where(Motion.agenda_item_id == item.id)) or 0
    attached += db.scalar(select(func.count()).where(ActionItem.agenda_item_id == item.id)) or 0
    if attached:
        raise Conflict("item_id", "motions or action items refer to this item: withdraw it")
    audit.record(db, actor, "agenda_item.delete", item, before=audit.snapshot(item), after={})
    later = db.scalars(
        select(AgendaItem).where(
            AgendaItem.meeting_id == meeting.id, AgendaItem.position > item.position
        )
    ).all()
    db.delete(item)
    db.flush()
    for other in later:
        moved = audit.snapshot(other)
        other.position -= 1
        audit.record(db, actor, "agenda_item.move", other, before=moved)
    return meeting.id


@state_change
def reorder_items(db: Session, actor: Actor, meeting_id, order) -> list[AgendaItem]:
    """Put a whole agenda in a new order in one step: `order` lists every item's id, first to
    last."""
    require_staff(actor)
    meeting = validate.record(db, Meeting, meeting_id, "meeting_id")
    items = db.scalars(select(AgendaItem).where(AgendaItem.meeting_id == meeting.id)).all()
    by_id = {i.id: i for i in items}
    if not isinstance(order, list) or sorted(order, key=str) != sorted(by_id, key=str):
        raise Invalid("order", "list every item of this meeting's agenda exactly once")
    for position, item_id in enumerate(order, start=1):
        item = by_id[item_id]
        if item.position != position:
            before = audit.snapshot(item)
            item.position = position
            audit.record(db, actor, "agenda_item.move", item, before=before)
    return [by_id[i] for i in order]


def postponed_from_previous(db: Session, meeting: Meeting) -> list[AgendaItem]:
    """Items the body postponed at its previous meeting and that no later agenda carries yet."""
    previous = db.scalar(
        select(Meeting)
        .where(Meeting.body_id == meeting.body_id, Meeting.starts_at < meeting.starts_at)
        .order_by(Meeting.starts_at.desc())
        .limit(1)
    )
    if previous is None:
        return []
    carried = select(AgendaItem.carried_from_id).where(AgendaItem.carried_from_id.is_not(None))
    return list(
        db.scalars(
            select(AgendaItem)
            .where(
                AgendaItem.meeting_id == previous.id,
                AgendaItem.outcome == ItemOutcome.POSTPONED,
                AgendaItem.id.not_in(carried),
            )
            .order_by(AgendaItem.position)
        )
    )


@state_change
def set_outcome(db: Session, actor: Actor, item_id, outcome) -> AgendaItem:
    require_staff(actor)
    item = validate.record(db, AgendaItem, item_id, "item_id")
    before = audit.snapshot(item)
    item.outcome = validate.optional_choice(ItemOutcome, outcome, "outcome")
    audit.record(db, actor, "agenda_item.set_outcome", item, before=before)
    return item
