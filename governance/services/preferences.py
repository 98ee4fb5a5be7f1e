"""A user's choice of which kinds of mail they receive."""

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..models import NotificationPreference, User
from . import audit, validate
from .access import is_admin, require
from .actors import Actor
from .errors import Invalid
from .outbox import USER_KINDS
from .transaction import state_change


def preferences_of(db: Session, user_id: int) -> dict[str, bool]:
    """Every kind a user can receive, on unless turned off."""
    rows = db.scalars(
        select(NotificationPreference).where(NotificationPreference.user_id == user_id)
    )
    chosen = {row.kind: row.enabled for row in rows}
    return {kind: chosen.get(kind, True) for kind in USER_KINDS}


@state_change
def set_preference(db: Session, actor: Actor, user_id, kind, enabled: bool) -> User:
    """One kind on or off, for oneself (or by an admin). The unsubscribe link acts as the user
    its signed token names."""
    user = validate.record(db, User, user_id, "user_id")
    require(getattr(actor, "id", None) == user.id or is_admin(actor), "not your preferences")
    if kind not in USER_KINDS:
        raise Invalid("kind", "is not a kind of mail")
    row = db.get(NotificationPreference, (user.id, kind))
    before = {"kind": kind, "enabled": row.enabled if row else True}
    if row is None:
        row = NotificationPreference(user_id=user.id, kind=kind, enabled=bool(enabled))
        db.add(row)
    row.enabled = bool(enabled)
    after = {"kind": kind, "enabled": row.enabled}
    audit.record(db, actor, "notification.preference", user, before=before, after=after)
    return user
