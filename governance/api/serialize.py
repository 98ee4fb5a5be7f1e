"""Records as the JSON the schemas describe."""

from datetime import date, datetime
from enum import Enum

from .schemas import RESOURCES


def _plain(value):
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime):
        return value.isoformat().replace("+00:00", "Z")
    if isinstance(value, date):
        return value.isoformat()
    return value


def fields(obj, names: list[str]) -> dict:
    return {name: _plain(getattr(obj, name)) for name in names}


def _as(schema: str):
    """A serializer for a resource: exactly the fields its schema declares, in one place."""
    names = RESOURCES[schema]["required"]
    return lambda obj: fields(obj, names)


body = _as("Body")
membership = _as("Membership")
meeting = _as("Meeting")
agenda_item = _as("AgendaItem")
attendance = _as("Attendance")
motion = _as("Motion")
vote = _as("Vote")
motion_effect = _as("MotionEffect")
action_item = _as("ActionItem")
minutes = _as("Minutes")
commentary = _as("Commentary")
between_signature = _as("BetweenSignature")


def person(p) -> dict:
    return {
        **fields(p, ["id", "slug", "name"]),
        "organization": p.organization.name if p.organization else None,
    }


def summary(s, meeting_obj) -> dict:
    return {
        **fields(s, ["meeting_id", "body", "status"]),
        "release_at": _plain(meeting_obj.summary_release_at),
    }


def instant(value: datetime) -> str:
    return _plain(value)
