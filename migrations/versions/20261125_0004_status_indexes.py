"""status indexes for the staff dashboard

Open motions and minutes awaiting approval are a handful of rows in a record of decades; the
dashboard finds them by status.

Revision ID: 20261125_0004
Revises: 20261125_0003
Create Date: 2026-11-25
"""

from collections.abc import Sequence

from alembic import op

revision: str = "20261125_0004"
down_revision: str | None = "20261125_0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index(op.f("ix_motion_status"), "motion", ["status"])
    op.create_index(op.f("ix_minutes_status"), "minutes", ["status"])


def downgrade() -> None:
    op.drop_index(op.f("ix_minutes_status"), table_name="minutes")
    op.drop_index(op.f("ix_motion_status"), table_name="motion")
