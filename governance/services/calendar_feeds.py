"""A user's private calendar link: issued, replaced and revoked by its owner, stored only as a
hash. The link is a credential for reading only, so it answers nothing once revoked."""

import secrets

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..models import CalendarFeed, User
from ..models.base import utcnow
from . import audit
from .access import require
from .actors import Actor, is_system
from .errors import Conflict
from .tokens import digest
from .transaction import state_change


def _public(feed: CalendarFeed) -> dict:
    data = audit.snapshot(feed)
    data.pop("token_hash")
    return data


def live_feed(db: Session, user_id: int) -> CalendarFeed | None:
    return db.scalar(
        select(CalendarFeed).where(
            CalendarFeed.user_id == user_id, CalendarFeed.revoked_at.is_(None)
        )
    )


def _revoke(db: Session, actor: Actor, feed: CalendarFeed) -> None:
    before = _public(feed)
    feed.revoked_at = utcnow()
    audit.record(db, actor, "calendar_feed.revoke", feed, before=before, after=_public(feed))


def _owner(actor: Actor) -> None:
    require(not is_system(actor) and actor.is_active, "only a signed-in user has a calendar")


@state_change
def issue_feed(db: Session, actor: Actor) -> tuple[CalendarFeed, str]:
    """A new private link for the actor, replacing the one they had (which stops working); the
    token is returned here and never again."""
    _owner(actor)
    old = live_feed(db, actor.id)
    if old is not None:
        _revoke(db, actor, old)
    raw = secrets.token_urlsafe(32)
    feed = CalendarFeed(user_id=actor.id, token_hash=digest(raw))
    db.add(feed)
    audit.record(db, actor, "calendar_feed.issue", feed, after=_public(feed))
    return feed, raw


@state_change
def revoke_feed(db: Session, actor: Actor) -> CalendarFeed:
    _owner(actor)
    feed = live_feed(db, actor.id)
    if feed is None:
        raise Conflict("calendar_feed", "you have no calendar link to revoke")
    _revoke(db, actor, feed)
    return feed


def feed_user(db: Session, raw) -> User | None:
    """The active owner of a live calendar link, or None (unknown, revoked or disabled)."""
    if not isinstance(raw, str) or not 20 <= len(raw) <= 100:
        return None
    feed = db.scalar(
        select(CalendarFeed).where(
            CalendarFeed.token_hash == digest(raw), CalendarFeed.revoked_at.is_(None)
        )
    )
    user = db.get(User, feed.user_id) if feed is not None else None
    return user if user is not None and user.active else None
