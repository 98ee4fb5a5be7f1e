"""The live record against its history: every row of the tables that hold decisions must be in
the state that its last audit event's `after` snapshot says it has. A row changed behind the
services' back (`UPDATE vote …` on a closed motion), a row inserted or deleted without an event,
is reported by table and id.

Only the columns present in the snapshot are compared, so a column added later (which older
events do not mention) does not make old records differ.
"""

import json
from datetime import date, datetime

from sqlalchemy import Date, DateTime, func, select
from sqlalchemy.orm import Session

from ..models import (
    Attendance,
    AuditEvent,
    Meeting,
    Minutes,
    Motion,
    OfficialSummary,
    Vote,
)
from ..models.base import UTCDateTime
from .audit import plain

# Meetings carry the release instants; motions their status, result and tally.
REPLAYED = (Meeting, Attendance, Motion, Vote, Minutes, OfficialSummary)
MAX_REPORTED = 50


def _same(column, live, recorded) -> bool:
    if live is None or recorded is None:
        return live is None and recorded is None
    if isinstance(column.type, UTCDateTime | DateTime):
        return live == datetime.fromisoformat(recorded)
    if isinstance(column.type, Date):
        return live == date.fromisoformat(recorded)
    return plain(live) == recorded


def _last_events(db: Session, table: str) -> dict[int, tuple[int, dict | None]]:
    last = (
        select(func.max(AuditEvent.id))
        .where(AuditEvent.entity_type == table)
        .group_by(AuditEvent.entity_id)
    )
    rows = db.execute(
        select(AuditEvent.entity_id, AuditEvent.id, AuditEvent.after).where(AuditEvent.id.in_(last))
    )
    return {
        entity_id: (event_id, json.loads(after) if after else None)
        for entity_id, event_id, after in rows
    }


def _differences(table, row, snapshot: dict) -> list[str]:
    diffs = []
    for column in table.columns:
        if column.name in snapshot and not _same(column, row[column.name], snapshot[column.name]):
            diffs.append(
                f"{column.name}: {plain(row[column.name])!r} in the table, "
                f"{snapshot[column.name]!r} in the event"
            )
    return diffs


def compare_live(db: Session) -> list[str]:
    """Each row that is not as its last audit event says, by table and id (up to MAX_REPORTED)."""
    problems: list[str] = []
    for model in REPLAYED:
        table = model.__table__
        events = _last_events(db, table.name)
        seen = set()
        for row in db.execute(select(table).order_by(table.c.id)).mappings():
            seen.add(row["id"])
            last = events.get(row["id"])
            if last is None:
                problems.append(f"{table.name} {row['id']} has no audit event (written directly)")
            elif last[1] is None:
                problems.append(
                    f"{table.name} {row['id']} exists though its last audit event {last[0]} "
                    "removed it"
                )
            else:
                diffs = _differences(table, row, last[1])
                if diffs:
                    problems.append(
                        f"{table.name} {row['id']} differs from its last audit event {last[0]} "
                        f"({'; '.join(diffs)})"
                    )
        for entity_id, (event_id, after) in sorted(events.items()):
            if entity_id not in seen and after is not None:
                problems.append(
                    f"{table.name} {entity_id} is missing though its last audit event {event_id} "
                    "says it exists (deleted directly)"
                )
    if len(problems) > MAX_REPORTED:
        more = len(problems) - MAX_REPORTED
        problems = problems[:MAX_REPORTED] + [f"… and {more} more rows"]
    return problems
