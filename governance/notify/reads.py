"""What the admin's outbox page shows: counts by status, and the messages newest first."""

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..models import Body, OutboxMessage, User
from ..rules.vocab import OutboxStatus

PAGE = 100


@dataclass(frozen=True)
class Line:
    id: int
    kind: str
    recipient: str
    object_id: int | None
    due_at: datetime
    status: OutboxStatus
    attempts: int
    next_attempt_at: datetime
    sent_at: datetime | None
    last_error: str | None

    @property
    def retryable(self) -> bool:
        return self.status in (OutboxStatus.FAILED, OutboxStatus.WITHHELD)


def counts(db: Session) -> dict[OutboxStatus, int]:
    rows = db.execute(select(OutboxMessage.status, func.count()).group_by(OutboxMessage.status))
    found = dict(rows.all())
    return {status: found.get(status, 0) for status in OutboxStatus}


def messages(db: Session, status: OutboxStatus | None = None, limit: int = PAGE) -> list[Line]:
    """The newest messages (of one status), each with whom it is for as a label."""
    query = (
        select(OutboxMessage, User.email, Body.name, Body.list_address)
        .outerjoin(User, User.id == OutboxMessage.user_id)
        .outerjoin(Body, Body.id == OutboxMessage.list_body_id)
        .order_by(OutboxMessage.id.desc())
        .limit(limit)
    )
    if status is not None:
        query = query.where(OutboxMessage.status == status)
    lines = []
    for msg, email, body_name, list_address in db.execute(query):
        recipient = email if msg.user_id else f"{body_name} list <{list_address or 'no address'}>"
        lines.append(
            Line(
                msg.id,
                msg.kind,
                recipient,
                msg.object_id,
                msg.due_at,
                msg.status,
                msg.attempts,
                msg.next_attempt_at,
                msg.sent_at,
                msg.last_error,
            )
        )
    return lines
