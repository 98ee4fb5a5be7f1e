"""indexes on every instant at which something public can change (visibility.next_change)

Every public response asks for the earliest of these still ahead; without an index each asks
by reading the whole agenda_item and motion tables (17-34 ms a request on the 20-year record).

Revision ID: 20261126_0011
Revises: 20261126_0010
Create Date: 2026-11-26
"""

from collections.abc import Sequence

from alembic import op

revision: str = "20261126_0011"
down_revision: str | None = "20261126_0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

INDEXES = (
    ("agenda_item", "disclosed_at"),
    ("motion", "disclosed_at"),
    ("action_item", "disclosed_at"),
    ("commentary", "publish_at"),
    ("between_action", "disclosed_at"),
    ("between_action", "opens_at"),
    ("between_action", "closes_at"),
)


def upgrade() -> None:
    for table, column in INDEXES:
        with op.batch_alter_table(table) as batch:
            batch.create_index(f"ix_{table}_{column}", [column], unique=False)


def downgrade() -> None:
    for table, column in reversed(INDEXES):
        with op.batch_alter_table(table) as batch:
            batch.drop_index(f"ix_{table}_{column}")
