"""full-text search of decisions between meetings: their text, indexed like a motion's

Revision ID: 20261126_0014
Revises: 20261126_0011
Create Date: 2026-11-26
"""

from collections.abc import Sequence

from alembic import op

revision: str = "20261126_0014"
down_revision: str | None = "20261126_0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Frozen here (not imported) so that this migration means the same thing forever.
TABLE, COLUMN = "between_action", "text"


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        op.execute(
            f"CREATE VIRTUAL TABLE {TABLE}_fts USING fts5({COLUMN}, content='{TABLE}', "
            f"content_rowid='id', tokenize='unicode61')"
        )
        op.execute(
            f"CREATE TRIGGER {TABLE}_fts_insert AFTER INSERT ON {TABLE} BEGIN "
            f"INSERT INTO {TABLE}_fts(rowid, {COLUMN}) VALUES (new.id, new.{COLUMN}); END"
        )
        op.execute(
            f"CREATE TRIGGER {TABLE}_fts_delete AFTER DELETE ON {TABLE} BEGIN "
            f"INSERT INTO {TABLE}_fts({TABLE}_fts, rowid, {COLUMN}) "
            f"VALUES ('delete', old.id, old.{COLUMN}); END"
        )
        op.execute(
            f"CREATE TRIGGER {TABLE}_fts_update AFTER UPDATE ON {TABLE} BEGIN "
            f"INSERT INTO {TABLE}_fts({TABLE}_fts, rowid, {COLUMN}) "
            f"VALUES ('delete', old.id, old.{COLUMN}); "
            f"INSERT INTO {TABLE}_fts(rowid, {COLUMN}) VALUES (new.id, new.{COLUMN}); END"
        )
        op.execute(f"INSERT INTO {TABLE}_fts({TABLE}_fts) VALUES ('rebuild')")
    elif dialect == "postgresql":
        op.execute(
            f"CREATE INDEX ix_fts_{TABLE}_{COLUMN} ON {TABLE} USING gin "
            f"(to_tsvector('simple', coalesce({COLUMN}, '')))"
        )


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for event in ("insert", "delete", "update"):
            op.execute(f"DROP TRIGGER IF EXISTS {TABLE}_fts_{event}")
        op.execute(f"DROP TABLE IF EXISTS {TABLE}_fts")
    elif dialect == "postgresql":
        op.execute(f"DROP INDEX IF EXISTS ix_fts_{TABLE}_{COLUMN}")
