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

KIND_LABELS = {
    "agenda_published": "An agenda is published",
    "motion_opened": "A vote opens",
    "motion_reminder": "Reminder: a vote you have not cast is still open",
    "motion_closed": "A vote closes",
    "minutes_circulated": "Minutes are circulated",
    "minutes_approved": "Minutes are approved",
    "action_assigned": "An action item is assigned to you",
    "action_due": "Reminder: an action item of yours is due",
    "meeting_invitation": "Calendar invitations to your body's meetings",
    "between_opened": "A decision between meetings opens for your signature",
    "between_reminder": "Reminder: a decision between meetings closes within a day, unsigned",
    "between_closed": "A decision between meetings is decided",
}


def preferences_of(db: Session, user_id: int) -> dict[str, bool]:
    """Every kind a user can receive, on unless turned off."""
    rows = db.scalars(
        select(NotificationPreference).where(NotificationPreference.user_id == user_id)
    )
    chosen = {row.kind: row.enabled for row in rows}
    return {kind: chosen.get(kind, True) for kind in USER_KINDS}


@state_change
def set_preferences(db: Session, actor: Actor, user_id, choices: dict) -> User:
    """Kinds on or off, for oneself (or by an admin), in one change. The unsubscribe link acts
    as the user its signed token names."""
    user = validate.record(db, User, user_id, "user_id")
    require(getattr(actor, "id", None) == user.id or is_admin(actor), "not your preferences")
    for kind in choices:
        if kind not in USER_KINDS:
            raise Invalid("kind", f"{kind!r} is not a kind of mail")
    before = preferences_of(db, user.id)
    for kind, enabled in choices.items():
        row = db.get(NotificationPreference, (user.id, kind))
        if row is None:
            row = NotificationPreference(user_id=user.id, kind=kind)
            db.add(row)
        row.enabled = bool(enabled)
    db.flush()
    after = preferences_of(db, user.id)
    if after != before:
        audit.record(db, actor, "notification.preferences", user, before=before, after=after)
    return user
