"""The outbox: mail owed to someone, written in the same transaction as the change that owes it.

A row holds ids and kinds only, never text: the worker renders the content when it sends, through
the disclosure policy for its recipient, so nothing queued can hold what the recipient may not
yet see.
"""

from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, Index, Integer, String, Text, false
from sqlalchemy.orm import Mapped, mapped_column

from ..rules.vocab import OutboxStatus
from .accounts import User
from .base import Base, enum_column, intpk, utcnow
from .people import Body, rel


class OutboxMessage(Base):
    __tablename__ = "outbox_message"
    __table_args__ = (
        CheckConstraint("(user_id IS NULL) <> (list_body_id IS NULL)", name="one_recipient"),
        # The worker's claim: what is pending (or whose claim lapsed) and due, oldest first.
        Index("ix_outbox_message_status_next", "status", "next_attempt_at"),
    )

    id: Mapped[intpk]
    kind: Mapped[str] = mapped_column(String(40))
    # The recipient: a user, or the public mailing list of a body (its address read at send time).
    user_id: Mapped[int | None] = mapped_column(
        ForeignKey("user_account.id", ondelete="CASCADE"), index=True
    )
    list_body_id: Mapped[int | None] = mapped_column(
        ForeignKey("body.id", ondelete="CASCADE"), index=True
    )
    # What the message is about; its kind says which table the id is of.
    object_id: Mapped[int | None] = mapped_column(Integer)
    # One per (recipient, event, object, window): a rerun or a second worker cannot add another.
    dedup_key: Mapped[str] = mapped_column(String(200), unique=True)
    due_at: Mapped[datetime]
    status: Mapped[OutboxStatus] = mapped_column(
        enum_column(OutboxStatus, "outbox_status"), default=OutboxStatus.PENDING
    )
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    # Pending: the next try. Sending: when the claim lapses and another worker may take it over.
    next_attempt_at: Mapped[datetime]
    last_error: Mapped[str | None] = mapped_column(Text)
    sent_at: Mapped[datetime | None]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    # Set when the recipient takes this kind in a daily digest: the digest message that gathers
    # it (this row is then withheld on its own; the digest renders it afresh when it is sent).
    digest_id: Mapped[int | None] = mapped_column(Integer, index=True)

    user: Mapped[User | None] = rel()
    list_body: Mapped[Body | None] = rel()


class NotificationPreference(Base):
    """A user's choice for one kind of mail; no row means the kind's default (on)."""

    __tablename__ = "notification_preference"

    user_id: Mapped[int] = mapped_column(
        ForeignKey("user_account.id", ondelete="CASCADE"), primary_key=True
    )
    kind: Mapped[str] = mapped_column(String(40), primary_key=True)
    enabled: Mapped[bool] = mapped_column(default=True)
    # Gathered into one message a day instead of sent at once (see NotificationSchedule).
    digest: Mapped[bool] = mapped_column(default=False, server_default=false())


class NotificationSchedule(Base):
    """When a user's daily digest goes: at `digest_hour` o'clock in their own time zone. No row
    means 08:00 UTC."""

    __tablename__ = "notification_schedule"

    user_id: Mapped[int] = mapped_column(
        ForeignKey("user_account.id", ondelete="CASCADE"), primary_key=True
    )
    timezone: Mapped[str] = mapped_column(String(64))
    digest_hour: Mapped[int] = mapped_column(Integer)
