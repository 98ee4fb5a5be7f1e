"""Proving the audit trail: the chain from its first event to its head, each event's keyed MAC,
and the heads recorded outside the database (checkpoint files, published heads).

What each check finds:
- an event edited in place: its hash no longer matches its content;
- an event removed from the middle: the next event no longer follows the one before it;
- an event forged by the public recipe, appended or re-hashed along with every later one: its MAC
  (which needs the key, kept outside the database) does not match, or it has none;
- events removed from the end, or all of them: a checkpoint records more events, or a head that
  is no longer in the trail.

Events written before the key existed carry no MAC. They are vouched for by the first keyed
event after them (its MAC covers their head through its prev_hash) or by a checkpoint; until
either exists, verification says so.
"""

import json
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..models import AuditEvent
from ..models.base import utcnow
from .audit import GENESIS, event_hash, keyed, session_key

CHECKPOINT_FORMAT = "governance-audit-head"


@dataclass(frozen=True)
class Head:
    """The chain's last event as of some instant: what a checkpoint file and the public export
    and feed carry. `mac` is set on checkpoints this instance wrote; a head copied from a public
    page has none and is taken as the operator's own trusted copy."""

    id: int
    hash: str
    count: int
    at: str
    mac: str | None = None
    source: str = "head"

    def signed_part(self) -> str:
        return json.dumps([CHECKPOINT_FORMAT, self.id, self.hash, self.count, self.at])

    def public(self) -> dict:
        return {"id": self.id, "hash": self.hash, "count": self.count, "at": self.at}


def head(db: Session, as_of: datetime | None = None) -> Head | None:
    """The last event written at or before `as_of` (default: the last one), with its position."""
    query = select(AuditEvent.id, AuditEvent.hash).order_by(AuditEvent.id.desc()).limit(1)
    if as_of is not None:
        # By the instant's index, not by walking ids down from the end of a long trail.
        query = (
            select(AuditEvent.id, AuditEvent.hash)
            .where(AuditEvent.occurred_at <= as_of)
            .order_by(AuditEvent.occurred_at.desc(), AuditEvent.id.desc())
            .limit(1)
        )
    row = db.execute(query).first()
    if row is None:
        return None
    count = db.scalar(select(func.count(AuditEvent.id)).where(AuditEvent.id <= row.id))
    at = (as_of or utcnow()).isoformat()
    return Head(row.id, row.hash, count, at)


def signed_head(db: Session) -> Head | None:
    current = head(db)
    if current is None:
        return None
    return Head(
        current.id,
        current.hash,
        current.count,
        current.at,
        keyed(session_key(db), current.signed_part()),
    )


class CheckpointUnreadable(Exception):
    pass


def write_checkpoint(db: Session, directory: str | Path) -> tuple[Path, Head]:
    """The chain's head, signed, in a new file of `directory` (never overwriting one)."""
    current = signed_head(db)
    if current is None:
        raise CheckpointUnreadable("the audit trail is empty: there is no head to record")
    folder = Path(directory)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = current.at.replace(":", "").replace("-", "").split(".")[0].split("+")[0]
    path = folder / f"audit-head-{stamp}-{current.id}.json"
    body = {"format": CHECKPOINT_FORMAT, **current.public(), "mac": current.mac}
    with open(path, "x", encoding="utf-8") as out:
        json.dump(body, out, indent=1)
        out.write("\n")
    return path, current


def read_checkpoint(path: str | Path) -> Head:
    """A checkpoint file, or a head copied from the export or feed (`{"id", "hash", "count"}`)."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        data = data.get("audit_head", data)
        return Head(
            int(data["id"]),
            str(data["hash"]),
            int(data["count"]),
            str(data.get("at", "")),
            data.get("mac"),
            str(path),
        )
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise CheckpointUnreadable(f"checkpoint {path}: not a readable audit head ({exc})") from exc


def checkpoints_in(directory: str | Path) -> list[Path]:
    folder = Path(directory)
    return sorted(folder.glob("*.json")) if folder.is_dir() else []


@dataclass
class ChainReport:
    checked: int = 0  # events before the first bad one
    total: int = 0
    first_bad_id: int | None = None
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def problem(self) -> str | None:
        return self.problems[0] if self.problems else None


@dataclass
class _Walk:
    report: ChainReport
    key: bytes
    marks: dict[int, tuple[int, str]] = field(default_factory=dict)  # id -> (position, hash)
    unkeyed: int = 0  # events without a MAC before the first one with it
    keyed_seen: bool = False
    last_id: int = 0
    last_hash: str = GENESIS

    def fail(self, event_id: int, problem: str) -> None:
        if self.report.first_bad_id is None:
            self.report.first_bad_id = event_id
            self.report.problems.append(f"audit event {event_id} {problem}")

    def step(self, event, wanted: set[int]) -> None:
        if event.prev_hash != self.last_hash:
            self.fail(event.id, "does not follow the event before it (one was removed?)")
        elif event_hash(event) != event.hash:
            self.fail(event.id, "its content was altered")
        elif event.mac is None:
            if self.keyed_seen:
                self.fail(event.id, "has no MAC: it was not written by this program (forged?)")
            else:
                self.unkeyed += 1
        elif event.mac != keyed(self.key, event.hash):
            self.fail(
                event.id,
                "its MAC does not match: forged, re-hashed, or written under another key",
            )
        else:
            self.keyed_seen = True
        self.report.total += 1
        if self.report.first_bad_id is None:
            self.report.checked += 1
        if event.id in wanted:
            self.marks[event.id] = (self.report.total, event.hash)
        self.last_id, self.last_hash = event.id, event.hash


def _check_head(walk: _Walk, cp: Head) -> str | None:
    name = f"checkpoint {cp.source}"
    if cp.mac is not None and cp.mac != keyed(walk.key, cp.signed_part()):
        return f"{name}: its MAC does not match this instance's key (forged, or another instance's)"
    if cp.id not in walk.marks:
        if walk.report.total == 0:
            return f"the audit trail is empty but {name} recorded {cp.count} events (erased)"
        if cp.id > walk.last_id:
            return (
                f"the audit trail ends at event {walk.last_id} ({walk.report.total} events) but "
                f"{name} recorded {cp.count} events up to event {cp.id}: events were removed "
                "from the end (truncated)"
            )
        return f"event {cp.id}, the head {name} recorded, is missing from the audit trail"
    position, found = walk.marks[cp.id]
    if found != cp.hash:
        return (
            f"event {cp.id} is not the one {name} recorded: the trail was rewritten and re-hashed "
            "up to it"
        )
    if position != cp.count:
        return (
            f"{name} recorded {cp.count} events up to event {cp.id}, the trail holds {position}: "
            "events before it were removed or inserted"
        )
    return None


def verify_chain(db: Session, batch: int = 5000, checkpoints: list[Head] = ()) -> ChainReport:
    walk = _Walk(ChainReport(), session_key(db))
    wanted = {cp.id for cp in checkpoints}
    while True:
        # Plain rows, not ORM objects: a long trail must not pile up in the session.
        events = db.execute(
            select(AuditEvent.__table__)
            .where(AuditEvent.id > walk.last_id)
            .order_by(AuditEvent.id)
            .limit(batch)
        ).all()
        if not events:
            break
        for event in events:
            walk.step(event, wanted)
    report = walk.report
    for cp in checkpoints:
        problem = _check_head(walk, cp)
        if problem:
            report.problems.append(problem)
    if walk.unkeyed and not walk.keyed_seen:
        covered = any(cp.count >= walk.unkeyed and cp.id in walk.marks for cp in checkpoints)
        if not covered:
            report.notes.append(
                f"the {walk.unkeyed} events were written before the audit key existed and "
                "nothing keyed follows them yet: run `flask audit checkpoint` to anchor them"
            )
    return report
