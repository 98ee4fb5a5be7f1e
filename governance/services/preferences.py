"""A user's choice of which kinds of mail they receive."""

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..models import NotificationPreference, NotificationSchedule, User
from ..rules.clock import zone
from ..rules.digest import check_hour
from . import audit, validate
from .access import is_admin, require
from .actors import Actor
from .errors import Invalid
from .outbox import USER_KINDS, Kind
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


# A calendar invitation is an attachment its calendar program acts on: never folded into a digest.
DIGEST_KINDS = tuple(k for k in USER_KINDS if k != Kind.MEETING_INVITATION)
DEFAULT_ZONE, DEFAULT_HOUR = "UTC", 8


@dataclass(frozen=True)
class DigestChoice:
    kinds: frozenset[str]  # the kinds gathered into the daily digest
    timezone: str
    hour: int


def digest_of(db: Session, user_id: int) -> DigestChoice:
    rows = db.scalars(
        select(NotificationPreference.kind).where(
            NotificationPreference.user_id == user_id, NotificationPreference.digest.is_(True)
        )
    )
    schedule = db.get(NotificationSchedule, user_id)
    return DigestChoice(
        frozenset(k for k in rows if k in DIGEST_KINDS),
        schedule.timezone if schedule else DEFAULT_ZONE,
        schedule.digest_hour if schedule else DEFAULT_HOUR,
    )


def preferences_of(db: Session, user_id: int) -> dict[str, bool]:
    """Every kind a user can receive, on unless turned off."""
    rows = db.scalars(
        select(NotificationPreference).where(NotificationPreference.user_id == user_id)
    )
    chosen = {row.kind: row.enabled for row in rows}
    return {kind: chosen.get(kind, True) for kind in USER_KINDS}


@state_change
def set_preferences(
    db: Session, actor: Actor, user_id, choices: dict, digest=None, timezone=None, hour=None
) -> User:
    """Kinds on or off — and, when given, which of them come in a daily digest and at which
    hour of which zone — for oneself (or by an admin), in one change. The unsubscribe link acts
    as the user its signed token names."""
    user = validate.record(db, User, user_id, "user_id")
    require(getattr(actor, "id", None) == user.id or is_admin(actor), "not your preferences")
    for kind in choices:
        if kind not in USER_KINDS:
            raise Invalid("kind", f"{kind!r} is not a kind of mail")
    for kind in digest or {}:
        if kind not in DIGEST_KINDS:
            raise Invalid("digest", f"{kind!r} cannot come in a digest")
    if timezone is not None or hour is not None:
        zone(timezone if isinstance(timezone, str) else "", "digest_timezone")
        check_hour(hour)
    before = _state(db, user.id)
    for kind in set(choices) | set(digest or {}):
        row = db.get(NotificationPreference, (user.id, kind))
        if row is None:
            row = NotificationPreference(user_id=user.id, kind=kind, enabled=True, digest=False)
            db.add(row)
        if kind in choices:
            row.enabled = bool(choices[kind])
        if digest is not None and kind in digest:
            row.digest = bool(digest[kind])
    if timezone is not None:
        schedule = db.get(NotificationSchedule, user.id)
        if schedule is None:
            schedule = NotificationSchedule(user_id=user.id)
            db.add(schedule)
        schedule.timezone, schedule.digest_hour = timezone, hour
    db.flush()
    after = _state(db, user.id)
    if after != before:
        audit.record(db, actor, "notification.preferences", user, before=before, after=after)
    return user


def _state(db: Session, user_id: int) -> dict:
    chosen = digest_of(db, user_id)
    return preferences_of(db, user_id) | {
        "digest": sorted(chosen.kinds),
        "digest_timezone": chosen.timezone,
        "digest_hour": chosen.hour,
    }
