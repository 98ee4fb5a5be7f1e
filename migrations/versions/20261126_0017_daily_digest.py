"""daily digests: a preference per kind, each user's hour and zone, and the digest a message joins

Revision ID: 20261126_0017
Revises: 20261126_0016
Create Date: 2026-11-26
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "20261126_0017"
down_revision: str | None = "20261126_0016"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Plain ADD/DROP COLUMN: a batch copy would rebuild tables for nothing.
    op.add_column(
        "notification_preference",
        sa.Column("digest", sa.Boolean(), nullable=False, server_default=sa.false()),
    )
    op.add_column("outbox_message", sa.Column("digest_id", sa.Integer(), nullable=True))
    op.create_index(op.f("ix_outbox_message_digest_id"), "outbox_message", ["digest_id"])
    op.create_table(
        "notification_schedule",
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("timezone", sa.String(length=64), nullable=False),
        sa.Column("digest_hour", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["user_account.id"],
            name=op.f("fk_notification_schedule_user_id_user_account"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("user_id", name=op.f("pk_notification_schedule")),
    )


def downgrade() -> None:
    op.drop_table("notification_schedule")
    op.drop_index(op.f("ix_outbox_message_digest_id"), table_name="outbox_message")
    op.drop_column("outbox_message", "digest_id")
    op.drop_column("notification_preference", "digest")
