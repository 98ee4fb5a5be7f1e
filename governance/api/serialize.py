"""Records as the JSON the schemas describe."""

from datetime import date, datetime
from enum import Enum


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


def body(b) -> dict:
    return fields(
        b, ["id", "slug", "name", "kind", "default_threshold", "member_limit", "per_org_limit"]
    )


def person(p) -> dict:
    return {
        **fields(p, ["id", "slug", "name"]),
        "organization": p.organization.name if p.organization else None,
    }


def membership(m) -> dict:
    return fields(m, ["id", "person_id", "body_id", "seat_class", "role", "term_start", "term_end"])


def meeting(m) -> dict:
    return fields(
        m,
        [
            "id",
            "body_id",
            "title",
            "starts_at",
            "timezone",
            "kind",
            "location",
            "chair_id",
            "agenda_released_at",
            "summary_release_at",
            "status",
        ],
    )


def agenda_item(i) -> dict:
    return fields(
        i,
        [
            "id",
            "meeting_id",
            "position",
            "title",
            "kind",
            "presenters",
            "notes",
            "outcome",
            "disclosure",
            "disclosed_at",
            "public_topic",
        ],
    )


def attendance(a) -> dict:
    return fields(
        a,
        [
            "id",
            "meeting_id",
            "person_id",
            "guest_name",
            "capacity",
            "presence",
            "reason",
            "arrived_at",
            "departed_at",
        ],
    )


def motion(m) -> dict:
    return fields(
        m,
        [
            "id",
            "meeting_id",
            "agenda_item_id",
            "text",
            "mover_id",
            "seconder_id",
            "threshold",
            "method",
            "status",
            "disclosure",
            "disclosed_at",
            "approves_minutes_of_id",
            "opened_at",
            "closed_at",
            "result",
        ],
    )


def vote(v) -> dict:
    return fields(
        v, ["id", "motion_id", "person_id", "choice", "reason", "recorded_by_secretary", "cast_at"]
    )


def action_item(a) -> dict:
    return fields(
        a, ["id", "meeting_id", "title", "owner_person_id", "owner_body_id", "due_on", "status"]
    )


def minutes(m) -> dict:
    return fields(m, ["meeting_id", "body", "status"])


def summary(s, meeting_obj) -> dict:
    return {
        **fields(s, ["meeting_id", "body", "status"]),
        "release_at": _plain(meeting_obj.summary_release_at),
    }


def commentary(c) -> dict:
    return fields(c, ["meeting_id", "author_id", "body", "status", "publish_at"])


def instant(value: datetime) -> str:
    return _plain(value)
