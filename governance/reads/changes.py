"""What a write touched, read from the audit events it wrote: the records they name, as keys.

A cached public page carries the keys of the records it was rendered from (`meeting:12`,
`person:3`, ...); a write evicts every page carrying a key its events name. This module is the
one mapping from an event to its keys, taken from the data (the row's own id and the ids it
holds), never decided service by service:
* anything recorded in a meeting (agenda item, motion, vote, attendance, minutes, summary,
  commentary, action item) names its meeting — a vote through its motion;
* a row that belongs to a person (attendance, vote, seat) names the person, whose page lists it;
* a meeting or a seat names its body, whose page lists its meetings and members; an action
  between meetings names itself and its body;
* a person, body, organization or affiliation row is named, by name and link, on every page
  that shows it: such a change touches EVERYTHING (an admin's edit, never a meeting's);
* accounts, tokens, mail and sign-in throttles are shown on no public page: they touch nothing;
* anything else, or a row that names nothing, touches EVERYTHING: a new kind of record is
  safe before anyone maps it.
Every event that touches anything also touches PUBLIC, the key of the pages that list across
the record (index, search, feeds, calendar, sitemap).
"""

import json
from collections import defaultdict
from collections.abc import Iterable

from sqlalchemy import Connection, select, union
from sqlalchemy.orm import Session

from ..models import Attendance, AuditEvent, Base, Motion, MotionEffect, Vote

PUBLIC = "public"
EVERYTHING = "*"


def meeting(ident: int) -> str:
    return f"meeting:{ident}"


def person(ident: int) -> str:
    return f"person:{ident}"


def body(ident: int) -> str:
    return f"body:{ident}"


def action(ident: int) -> str:
    return f"action:{ident}"


# A column holding the id of a record that has pages, and that record's key.
NAMES = {
    "meeting_id": meeting,
    "approves_minutes_of_id": meeting,
    "ratified_in_meeting_id": meeting,
    "person_id": person,
    "body_id": body,
    "action_id": action,
}
# A column naming a row that is itself inside a record: a vote's motion names the meeting.
PARENTS = {"motion_id": "motion"}
# Rows that are themselves a record with pages.
OWN = {"meeting": meeting, "between_action": action}
SHOWN_EVERYWHERE = frozenset({"person", "body", "organization", "affiliation"})
PRIVATE = frozenset(
    {
        "user_account",
        "api_token",
        "account_link",
        "sign_in_throttle",
        "outbox_message",
        "notification_preference",
    }
)


def _json(text: str | None) -> dict:
    try:
        data = json.loads(text) if text else {}
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}


def _ids(row, columns) -> Iterable[tuple[str, int]]:
    for column in columns:
        value = row.get(column)
        if isinstance(value, int) and not isinstance(value, bool):
            yield column, value


def _live_rows(conn: Connection, wanted: dict[str, set[int]]) -> dict[tuple[str, int], dict]:
    """The id-holding columns of the rows as they stand now, one query per table."""
    found = {}
    for name, idents in wanted.items():
        table = Base.metadata.tables[name]
        columns = [c for c in table.c if c.key in NAMES or c.key in PARENTS]
        if not columns:
            continue
        rows = conn.execute(select(table.c.id, *columns).where(table.c.id.in_(sorted(idents))))
        for row in rows.mappings():
            found[(name, row["id"])] = dict(row)
    return found


def touched(conn: Connection, event_ids: list[int]) -> set[str]:
    """The keys named by these audit events (the live rows they name and the values the events
    recorded before and after, so that a deleted row or a moved one still names its record)."""
    events = conn.execute(
        select(
            AuditEvent.entity_type, AuditEvent.entity_id, AuditEvent.before, AuditEvent.after
        ).where(AuditEvent.id.in_(event_ids))
    ).all()
    keys: set[str] = set()
    named = []  # (table, entity id, values recorded in the event)
    wanted: dict[str, set[int]] = defaultdict(set)
    for kind, ident, before, after in events:
        if kind in PRIVATE:
            continue
        if kind in SHOWN_EVERYWHERE or kind not in Base.metadata.tables:
            return {EVERYTHING}
        named.append((kind, ident, _json(before) | _json(after), _json(before)))
        if ident is not None:
            wanted[kind].add(ident)
    live = _live_rows(conn, wanted)
    parents: dict[str, set[int]] = defaultdict(set)
    pending = []  # (event's keys, parent rows it names)
    for kind, ident, recorded, earlier in named:
        own: set[str] = {OWN[kind](ident)} if kind in OWN and ident is not None else set()
        refs = []
        for values in (recorded, earlier, live.get((kind, ident), {})):
            own.update(NAMES[c](v) for c, v in _ids(values, NAMES))
            for column, value in _ids(values, PARENTS):
                parents[PARENTS[column]].add(value)
                refs.append((PARENTS[column], value))
        pending.append((own, refs))
    parent_rows = _live_rows(conn, parents)
    for own, refs in pending:
        for ref in refs:
            if ref not in parent_rows:
                return {EVERYTHING}  # its record is gone: which pages showed it is not known
            own.update(NAMES[c](v) for c, v in _ids(parent_rows[ref], NAMES))
        if not own:
            return {EVERYTHING}  # nothing to go by: every page may show it
        keys |= own
    return keys | {PUBLIC} if keys else keys


def meetings_of_person(db: Session, person_id: int) -> set[str]:
    """Every meeting a person's own page may list a line of: those they have an attendance line
    or a vote in, or whose motion appointed them or ended their term, shown or not yet (a
    release or a disclosure there changes what it shows)."""
    attended = select(Attendance.meeting_id).where(Attendance.person_id == person_id)
    voted = (
        select(Motion.meeting_id)
        .join(Vote, Vote.motion_id == Motion.id)
        .where(Vote.person_id == person_id)
    )
    seated_by = (
        select(Motion.meeting_id)
        .join(MotionEffect, MotionEffect.motion_id == Motion.id)
        .where(MotionEffect.person_id == person_id)
    )
    return {meeting(ident) for ident in db.scalars(union(attended, voted, seated_by))}
