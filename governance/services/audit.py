"""Writing the hash-chained audit trail: each event hashes the one before it, and a keyed MAC of
its hash (the key is not in the database: see audit_key.py) proves that this instance wrote it.
Verification is in audit_verify.py, the comparison with the live tables in audit_replay.py."""

import hashlib
import hmac
import json
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


def plain(value):
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def snapshot(obj) -> dict:
    """The column values of a model instance, as JSON-ready data."""
    state = inspect(obj)
    return {attr.key: plain(getattr(obj, attr.key)) for attr in state.mapper.column_attrs}


def _dump(data: dict | None) -> str | None:
    return None if data is None else json.dumps(data, sort_keys=True, default=plain)


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


def keyed(key: bytes, message: str) -> str:
    return hmac.new(key, message.encode(), hashlib.sha256).hexdigest()


def session_key(db: Session) -> bytes:
    key = db.info.get("audit_key")
    if not key:
        raise RuntimeError("this session has no audit key (make sessions with db.Database)")
    return key


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
    event.mac = keyed(session_key(db), event.hash)
    db.add(event)
    db.flush()
    return event
