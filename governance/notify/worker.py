"""The worker: claim what is due, render it for its recipient now, send it, record the outcome.

Claiming is one short write transaction that marks rows `sending` with a lease (PostgreSQL: rows
other workers hold are skipped, `FOR UPDATE SKIP LOCKED`; SQLite: the transaction takes the write
lock up front, so claims queue). Sending happens outside any transaction, so a slow SMTP server
never holds a lock the web app needs; a worker that dies mid-send leaves a claim that lapses and
is taken over (the Message-ID stays the same, so a receiver can drop the rare repeat).
"""

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from email.message import EmailMessage

from flask import Flask
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from ..db import Database
from ..models import Body, NotificationPreference, OutboxMessage, User
from ..models.base import utcnow
from ..rules.disclosure import PUBLIC
from ..rules.vocab import OutboxStatus
from ..services import outbox
from ..services.access import viewer_for
from ..services.preferences import DIGEST_KINDS, digest_of
from ..visibility import Policy
from . import account_mail, between_mail, digest, reminders, smtp  # noqa: F401 - renderers register
from .compose import Recipient, compose
from .render import RENDERERS, Mail, Wait, Withhold

log = logging.getLogger(__name__)

LEASE = timedelta(minutes=5)
MAX_BACKOFF = timedelta(hours=6)


@dataclass
class Tally:
    sent: int = 0
    waiting: int = 0
    withheld: int = 0
    retried: int = 0
    failed: int = 0
    digested: int = 0
    errors: list[str] = field(default_factory=list)

    def add(self, other: "Tally") -> None:
        for name in ("sent", "waiting", "withheld", "retried", "failed", "digested"):
            setattr(self, name, getattr(self, name) + getattr(other, name))


def claim(database: Database, now: datetime, limit: int) -> list[int]:
    """Mark up to `limit` due messages as ours for one lease; no other worker gets them."""
    with database.session(write=True) as db:
        due = (
            select(OutboxMessage.id)
            .where(
                OutboxMessage.status.in_([OutboxStatus.PENDING, OutboxStatus.SENDING]),
                OutboxMessage.next_attempt_at <= now,
            )
            .order_by(OutboxMessage.next_attempt_at, OutboxMessage.id)
            .limit(limit)
        )
        if db.get_bind().dialect.name == "postgresql":
            due = due.with_for_update(skip_locked=True)
        ids = list(db.scalars(due))
        if ids:
            db.execute(
                update(OutboxMessage)
                .where(OutboxMessage.id.in_(ids))
                .values(status=OutboxStatus.SENDING, next_attempt_at=now + LEASE)
            )
        db.commit()
        return ids


def _recipient(db: Session, msg: OutboxMessage, now: datetime):
    """Who gets it and as whom the policy sees them, or the reason nobody does."""
    if msg.list_body_id is not None:
        body = db.get(Body, msg.list_body_id)
        if not body.list_address:
            return Withhold("the body has no list address")
        return Recipient(body.list_address, body), Policy(PUBLIC, now)
    user = db.get(User, msg.user_id)
    if user is None or not user.active:
        return Withhold("the account is disabled")
    chosen = db.get(NotificationPreference, (user.id, msg.kind))
    if chosen is not None and not chosen.enabled:
        return Withhold("the recipient turned this kind of mail off")
    return Recipient(user.email), Policy(viewer_for(db, user), now)


@dataclass(frozen=True)
class Fold:
    """Renders now, but its recipient takes this kind in their daily digest."""

    zone: str
    hour: int


def _digested(db: Session, msg: OutboxMessage) -> bool:
    if msg.user_id is None or msg.kind not in DIGEST_KINDS:
        return False
    chosen = db.get(NotificationPreference, (msg.user_id, msg.kind))
    return chosen is not None and chosen.digest


def prepare(app: Flask, db: Session, msg: OutboxMessage, now: datetime):
    """The message to send, or why it waits, is withheld or joins a digest. Reads only."""
    found = _recipient(db, msg, now)
    if isinstance(found, Withhold):
        return found
    recipient, policy = found
    renderer = RENDERERS.get(msg.kind)
    if renderer is None:
        return Withhold(f"no renderer for {msg.kind}")
    outcome = renderer(db, msg, policy)
    if isinstance(outcome, Mail) and _digested(db, msg):
        schedule = digest_of(db, msg.user_id)
        return Fold(schedule.timezone, schedule.hour)
    if isinstance(outcome, Mail):
        return compose(app, msg, outcome, recipient, now)
    return outcome


def _fold(database: Database, msg_id: int, user_id: int, fold: Fold, now: datetime) -> None:
    """The message joins its recipient's next digest (one per local day), if still ours."""
    with database.session(write=True) as db:
        digest = outbox.owe_digest(db, user_id, fold.zone, fold.hour, now)
        db.execute(
            update(OutboxMessage)
            .where(OutboxMessage.id == msg_id, OutboxMessage.status == OutboxStatus.SENDING)
            .values(
                status=OutboxStatus.WITHHELD,
                digest_id=digest.id,
                last_error=f"in the daily digest due {digest.due_at.isoformat()}",
            )
        )
        db.commit()


def _settle(database: Database, msg_id: int, values: dict) -> None:
    """Record the outcome, if the row is still ours (a lapsed claim may have been taken over)."""
    with database.session(write=True) as db:
        db.execute(
            update(OutboxMessage)
            .where(OutboxMessage.id == msg_id, OutboxMessage.status == OutboxStatus.SENDING)
            .values(**values)
        )
        db.commit()


def backoff(attempts: int, base_seconds: float) -> timedelta:
    return min(timedelta(seconds=base_seconds * 2 ** (attempts - 1)), MAX_BACKOFF)


class Worker:
    def __init__(self, app: Flask, send: Callable[[EmailMessage], None] | None = None):
        self.app = app
        self.database: Database = app.extensions["governance.db"]
        self.connection = smtp.Connection(smtp.SmtpSettings.from_config(app.config))
        self.send = send or self.connection.send
        self.batch = app.config["NOTIFY_BATCH"]
        self.max_attempts = app.config["NOTIFY_MAX_ATTEMPTS"]
        self.retry_seconds = app.config["NOTIFY_RETRY_SECONDS"]

    def process(self, msg_id: int, now: datetime) -> Tally:
        tally = Tally()
        with self.database.session() as db, self.app.app_context():
            msg = db.get(OutboxMessage, msg_id)
            attempts, user_id = msg.attempts, msg.user_id
            try:
                outcome = prepare(self.app, db, msg, now)
            except Exception as exc:  # noqa: BLE001 - one bad message must not stop the rest
                log.exception("rendering outbox message %d failed", msg_id)
                outcome = exc
        if isinstance(outcome, Fold):
            tally.digested += 1
            _fold(self.database, msg_id, user_id, outcome, now)
            return tally
        if isinstance(outcome, Exception):
            values = self._failed(outcome, attempts + 1, now, tally)
        elif isinstance(outcome, Wait):
            tally.waiting += 1
            values = {"status": OutboxStatus.PENDING, "next_attempt_at": outcome.until}
        elif isinstance(outcome, Withhold):
            tally.withheld += 1
            values = {"status": OutboxStatus.WITHHELD, "last_error": outcome.reason}
        else:
            values = self._deliver(outcome, attempts + 1, now, tally)
        _settle(self.database, msg_id, values)
        return tally

    def _deliver(self, message: EmailMessage, attempts: int, now: datetime, tally: Tally) -> dict:
        try:
            self.send(message)
        except Exception as exc:  # noqa: BLE001 - every refusal is recorded and retried
            log.warning("sending %s failed (attempt %d): %s", message["Message-ID"], attempts, exc)
            return self._failed(exc, attempts, now, tally)
        tally.sent += 1
        return {"status": OutboxStatus.SENT, "attempts": attempts, "sent_at": now}

    def _failed(self, exc: Exception, attempts: int, now: datetime, tally: Tally) -> dict:
        """Try again later with a growing pause, until the attempts run out."""
        error = f"{type(exc).__name__}: {exc}"[:2000]
        tally.errors.append(error)
        if attempts >= self.max_attempts:
            tally.failed += 1
            return {"status": OutboxStatus.FAILED, "attempts": attempts, "last_error": error}
        tally.retried += 1
        return {
            "status": OutboxStatus.PENDING,
            "attempts": attempts,
            "last_error": error,
            "next_attempt_at": now + backoff(attempts, self.retry_seconds),
        }

    def run_once(self, now: datetime | None = None) -> Tally:
        """Derive reminders, then send everything due at `now`, batch after batch."""
        now = now or utcnow()
        with self.database.session(write=True) as db:
            reminders.derive(db, now)
            db.commit()
        tally = Tally()
        try:
            while ids := claim(self.database, now, self.batch):
                for msg_id in ids:
                    tally.add(self.process(msg_id, now))
        finally:
            self.connection.close()
        return tally

    def run_forever(self, poll_seconds: float) -> None:
        while True:
            tally = self.run_once()
            if tally.sent or tally.failed:
                log.info("sent %d, failed %d", tally.sent, tally.failed)
            time.sleep(poll_seconds)
