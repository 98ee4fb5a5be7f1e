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
from sqlalchemy.sql.visitors import InternalTraversal
from sqlalchemy.types import Boolean

# table → the columns that are searched (and indexed).
SEARCHABLE = {
    "meeting": ("title",),
    "agenda_item": ("title", "presenters", "notes", "public_topic"),
    "motion": ("text",),
    "official_summary": ("body",),
    "minutes": ("body",),
    "commentary": ("body",),
    "between_action": ("text",),
}
TS_CONFIG = "simple"  # no stemming: board records mix languages and proper names


def words(q: str) -> list[str]:
    return re.findall(r"\w+", q.lower())


class FullTextMatch(ColumnElement):
    """Every word of `q` in at least one of `columns` (all of one table).

    The query travels in bound parameters made here, one per form a database reads, and they
    and the columns are the element's cache key: a search statement is compiled once and reused
    with the next query's values (compiling it afresh was most of a search's cost).
    """

    type = Boolean()
    inherit_cache = True
    _traverse_internals = [
        ("columns", InternalTraversal.dp_clauseelement_tuple),
        ("query", InternalTraversal.dp_clauseelement),
        ("fts_query", InternalTraversal.dp_clauseelement),
        ("substrings", InternalTraversal.dp_clauseelement_tuple),
    ]
    # A predicate in its own right: without this, databases lacking a boolean type get
    # `... = 1` around it, which hides the full-text index from the planner.
    _is_implicitly_boolean = True

    def __init__(self, columns: tuple[Column, ...], q: str):
        self.columns = columns
        self.query = bindparam(None, q, unique=True)
        phrase = " ".join(f'"{w}"' for w in words(q))
        names = " ".join(column.name for column in columns)
        self.fts_query = bindparam(None, f"{{{names}}} : ({phrase})", unique=True)
        self.substrings = tuple(bindparam(None, f"%{w}%", unique=True) for w in words(q))


def matches(column: Column, q: str) -> ColumnElement[bool]:
    return matches_any((column,), q)


def matches_any(columns: tuple[Column, ...], q: str) -> ColumnElement[bool]:
    """One probe of the index for several columns of a table. Where the policy allows a match
    only in some columns, AND this with the per-column matches: the planner then starts from the
    few rows the index names instead of reading the table."""
    table = columns[0].table
    for column in columns:
        if column.table is not table or column.name not in SEARCHABLE.get(table.name, ()):
            raise ValueError(f"{column} is not full-text indexed")
    if not words(q):
        return false()
    return FullTextMatch(tuple(columns), q)


@compiles(FullTextMatch, "postgresql")
def _postgresql(element, compiler, **kw):
    query = compiler.process(element.query, **kw)
    parts = [
        f"to_tsvector('{TS_CONFIG}', coalesce({compiler.process(column, **kw)}, '')) "
        f"@@ plainto_tsquery('{TS_CONFIG}', {query})"
        for column in element.columns
    ]
    return "(" + " OR ".join(parts) + ")"


@compiles(FullTextMatch, "sqlite")
def _sqlite(element, compiler, **kw):
    table = element.columns[0].table
    query = compiler.process(element.fts_query, **kw)
    key = compiler.process(table.c.id, **kw)
    # The table name comes from SEARCHABLE (checked in matches); the query is a bound parameter.
    return f"{key} IN (SELECT rowid FROM {table.name}_fts WHERE {table.name}_fts MATCH {query})"  # noqa: S608


@compiles(FullTextMatch)
def _other(element, compiler, **kw):
    """Any other database: every word as a substring (correct, not indexed)."""
    per_column = []
    for column in element.columns:
        name = compiler.process(column, **kw)
        parts = [
            f"lower({name}) LIKE " + compiler.process(substring, **kw)  # bound parameters
            for substring in element.substrings
        ]
        per_column.append("(" + " AND ".join(parts) + ")")
    return "(" + " OR ".join(per_column) + ")"


def is_index_object(name: str | None) -> bool:
    """FTS tables, their shadow tables and the GIN indexes: made by migration, not by models."""
    return bool(name) and ("_fts" in name or name.startswith("ix_fts_"))
