"""The full board archive (staff backup): every row of every table as JSON, and its restore into
an empty database. The audit chain travels unchanged, so `audit verify` holds after a restore."""

import json
from datetime import date, datetime

from sqlalchemy import Date, DateTime, Engine, func, insert, select
from sqlalchemy.orm import Session

from .db import advance_sequences
from .models import Base
from .models.base import UTCDateTime, record_tables

FORMAT = "governance-archive"
VERSION = 1


def _dump(value):
    if isinstance(value, datetime | date):
        return value.isoformat()
    return getattr(value, "value", value)


def _load(column, value):
    if value is None:
        return None
    if isinstance(column.type, UTCDateTime | DateTime):
        return datetime.fromisoformat(value)
    if isinstance(column.type, Date):
        return date.fromisoformat(value)
    return value


def export(db: Session) -> dict:
    tables = {}
    for table in record_tables(Base.metadata):
        rows = db.execute(select(table).order_by(*table.primary_key.columns)).mappings()
        tables[table.name] = [{k: _dump(v) for k, v in row.items()} for row in rows]
    return {"format": FORMAT, "version": VERSION, "tables": tables}


class ArchiveRefused(Exception):
    pass


def restore(engine: Engine, archive: dict) -> int:
    """Load an archive into an empty database in one transaction; returns the rows written."""
    if archive.get("format") != FORMAT or archive.get("version") != VERSION:
        raise ArchiveRefused("not a governance archive of a version this program reads")
    with engine.begin() as conn:
        for table in record_tables(Base.metadata):
            if conn.scalar(select(func.count()).select_from(table)):
                raise ArchiveRefused(f"the database is not empty (table {table.name})")
        written = 0
        for table in record_tables(Base.metadata):
            rows = archive["tables"].get(table.name, [])
            unknown = {k for row in rows for k in row} - set(table.columns.keys())
            if unknown:
                raise ArchiveRefused(f"{table.name} has unknown columns: {sorted(unknown)}")
            if rows:
                conn.execute(
                    insert(table),
                    [{c.name: _load(c, row.get(c.name)) for c in table.columns} for row in rows],
                )
                written += len(rows)
        advance_sequences(conn, record_tables(Base.metadata))
    return written


def dumps(archive: dict) -> str:
    return json.dumps(archive, ensure_ascii=False, indent=1, sort_keys=True)
