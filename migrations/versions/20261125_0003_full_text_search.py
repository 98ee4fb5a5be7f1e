"""full-text search: FTS5 tables with triggers on SQLite, GIN tsvector indexes on PostgreSQL

Revision ID: 20261125_0003
Revises: 20261125_0002
Create Date: 2026-11-25
"""

from collections.abc import Sequence

from alembic import op

revision: str = "20261125_0003"
down_revision: str | None = "20261125_0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Frozen here (not imported) so that this migration means the same thing forever.
SEARCHABLE = {
    "meeting": ("title",),
    "agenda_item": ("title", "presenters", "notes", "public_topic"),
    "motion": ("text",),
    "official_summary": ("body",),
    "minutes": ("body",),
    "commentary": ("body",),
}


def _sqlite_up(table, cols):
    listed = ", ".join(cols)
    new = ", ".join(f"new.{c}" for c in cols)
    old = ", ".join(f"old.{c}" for c in cols)
    op.execute(f"CREATE VIRTUAL TABLE {table}_fts USING fts5({listed}, content='{table}', "
               f"content_rowid='id', tokenize='unicode61')")
    op.execute(f"CREATE TRIGGER {table}_fts_insert AFTER INSERT ON {table} BEGIN "
               f"INSERT INTO {table}_fts(rowid, {listed}) VALUES (new.id, {new}); END")
    op.execute(f"CREATE TRIGGER {table}_fts_delete AFTER DELETE ON {table} BEGIN "
               f"INSERT INTO {table}_fts({table}_fts, rowid, {listed}) "
               f"VALUES ('delete', old.id, {old}); END")
    op.execute(f"CREATE TRIGGER {table}_fts_update AFTER UPDATE ON {table} BEGIN "
               f"INSERT INTO {table}_fts({table}_fts, rowid, {listed}) "
               f"VALUES ('delete', old.id, {old}); "
               f"INSERT INTO {table}_fts(rowid, {listed}) VALUES (new.id, {new}); END")
    op.execute(f"INSERT INTO {table}_fts({table}_fts) VALUES ('rebuild')")


def _sqlite_down(table):
    for event in ("insert", "delete", "update"):
        op.execute(f"DROP TRIGGER IF EXISTS {table}_fts_{event}")
    op.execute(f"DROP TABLE IF EXISTS {table}_fts")


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    for table, cols in SEARCHABLE.items():
        if dialect == "sqlite":
            _sqlite_up(table, cols)
        elif dialect == "postgresql":
            for col in cols:
                op.execute(f"CREATE INDEX ix_fts_{table}_{col} ON {table} USING gin "
                           f"(to_tsvector('simple', coalesce({col}, '')))")


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    for table, cols in SEARCHABLE.items():
        if dialect == "sqlite":
            _sqlite_down(table)
        elif dialect == "postgresql":
            for col in cols:
                op.execute(f"DROP INDEX IF EXISTS ix_fts_{table}_{col}")
