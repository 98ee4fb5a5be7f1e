"""Writing and verifying the hash-chained audit trail."""

import hashlib
import json
from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum

from sqlalchemy import inspect, select, text
from sqlalchemy.orm import Session

from ..models import AuditEvent
from ..models.base import utcnow
from .actors import Actor, actor_label

GENESIS = "0" * 64
# Any constant: PostgreSQL serializes writers of the chain on it, as BEGIN IMMEDIATE does on SQLite.
_CHAIN_LOCK_KEY = 7_243_001


def _plain(value):
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def snapshot(obj) -> dict:
    """The column values of a model instance, as JSON-ready data."""
    state = inspect(obj)
    return {attr.key: _plain(getattr(obj, attr.key)) for attr in state.mapper.column_attrs}


def _dump(data: dict | None) -> str | None:
    return None if data is None else json.dumps(data, sort_keys=True, default=_plain)


def lock_chain(db: Session) -> None:
    """Take the chain's writer lock for the rest of the transaction (re-entrant); the first lock
    of every state change (see `transaction`). SQLite's write sessions already hold it."""
    if db.get_bind().dialect.name == "postgresql":
        db.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _CHAIN_LOCK_KEY})


def event_hash(event: AuditEvent) -> str:
    payload = json.dumps(
        [
            event.prev_hash,
            event.occurred_at.isoformat(),
            event.actor_id,
            event.actor_label,
            event.action,
            event.entity_type,
            event.entity_id,
            event.before,
            event.after,
        ],
        separators=(",", ":"),
    )
    return hashlib.sha256(payload.encode()).hexdigest()


def record(
    db: Session,
    actor: Actor,
    action: str,
    entity,
    before: dict | None = None,
    after: dict | None = None,
) -> AuditEvent:
    """Append one event for `entity` (flushed so that it has an id)."""
    lock_chain(db)
    db.flush()
    tail = db.scalar(select(AuditEvent.hash).order_by(AuditEvent.id.desc()).limit(1))
    event = AuditEvent(
        occurred_at=utcnow(),
        actor_id=getattr(actor, "id", None),
        actor_label=actor_label(actor),
        action=action,
        entity_type=type(entity).__tablename__,
        entity_id=entity.id,
        before=_dump(before),
        after=_dump(after if after is not None else snapshot(entity)),
        prev_hash=tail or GENESIS,
    )
    event.hash = event_hash(event)
    db.add(event)
    db.flush()
    return event


@dataclass(frozen=True)
class ChainReport:
    checked: int
    first_bad_id: int | None = None
    problem: str | None = None

    @property
    def ok(self) -> bool:
        return self.first_bad_id is None


def verify_chain(db: Session, batch: int = 5000) -> ChainReport:
    expected_prev = GENESIS
    checked = 0
    last_id = 0
    while True:
        events = db.scalars(
            select(AuditEvent).where(AuditEvent.id > last_id).order_by(AuditEvent.id).limit(batch)
        ).all()
        if not events:
            return ChainReport(checked)
        for event in events:
            if event.prev_hash != expected_prev:
                return ChainReport(
                    checked, event.id, "does not follow the event before it (one was removed?)"
                )
            if event_hash(event) != event.hash:
                return ChainReport(checked, event.id, "its content was altered")
            expected_prev = event.hash
            checked += 1
            last_id = event.id
