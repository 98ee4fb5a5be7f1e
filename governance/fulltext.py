"""Full-text matching in the database's own engine: SQLite FTS5 tables kept by triggers, and
PostgreSQL tsvector expressions backed by GIN indexes (both created by migration).

`matches(column, q)` is one WHERE-clause predicate, so search composes with the disclosure
policy's SQL filters exactly as a LIKE did: a match in a column the viewer may not see never
counts, because the policy and the match sit in the same clause.
"""

import re

from sqlalchemy import Column, false
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.expression import ColumnElement, bindparam
from sqlalchemy.types import Boolean

# table → the columns that are searched (and indexed).
SEARCHABLE = {
    "meeting": ("title",),
    "agenda_item": ("title", "presenters", "notes", "public_topic"),
    "motion": ("text",),
    "official_summary": ("body",),
    "minutes": ("body",),
    "commentary": ("body",),
}
TS_CONFIG = "simple"  # no stemming: board records mix languages and proper names


def words(q: str) -> list[str]:
    return re.findall(r"\w+", q.lower())


class FullTextMatch(ColumnElement):
    type = Boolean()
    inherit_cache = False

    def __init__(self, column: Column, q: str):
        self.column = column
        self.q = q


def matches(column: Column, q: str) -> ColumnElement[bool]:
    if column.table.name not in SEARCHABLE or column.name not in SEARCHABLE[column.table.name]:
        raise ValueError(f"{column} is not full-text indexed")
    if not words(q):
        return false()
    return FullTextMatch(column, q)


@compiles(FullTextMatch, "postgresql")
def _postgresql(element, compiler, **kw):
    column = compiler.process(element.column, **kw)
    query = compiler.process(bindparam(None, element.q, unique=True), **kw)
    return (
        f"to_tsvector('{TS_CONFIG}', coalesce({column}, '')) "
        f"@@ plainto_tsquery('{TS_CONFIG}', {query})"
    )


@compiles(FullTextMatch, "sqlite")
def _sqlite(element, compiler, **kw):
    table = element.column.table.name
    phrase = " ".join(f'"{w}"' for w in words(element.q))
    expression = f"{element.column.name} : ({phrase})"
    query = compiler.process(bindparam(None, expression, unique=True), **kw)
    key = compiler.process(element.column.table.c.id, **kw)
    # The table name comes from SEARCHABLE (checked in matches); the query is a bound parameter.
    return f"{key} IN (SELECT rowid FROM {table}_fts WHERE {table}_fts MATCH {query})"  # noqa: S608


@compiles(FullTextMatch)
def _other(element, compiler, **kw):
    """Any other database: every word as a substring (correct, not indexed)."""
    column = compiler.process(element.column, **kw)
    parts = [
        f"lower({column}) LIKE "
        + compiler.process(  # noqa: S608 - bound parameters
            bindparam(None, f"%{w}%", unique=True), **kw
        )
        for w in words(element.q)
    ]
    return "(" + " AND ".join(parts) + ")"


def is_index_object(name: str | None) -> bool:
    """FTS tables, their shadow tables and the GIN indexes: made by migration, not by models."""
    return bool(name) and ("_fts" in name or name.startswith("ix_fts_"))
