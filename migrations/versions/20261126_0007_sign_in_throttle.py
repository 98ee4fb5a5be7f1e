"""sign-in throttle

Failed sign-ins counted per account name and per client address (each stored only as a hash),
so that every worker and app server on the database shares one back-off.

Revision ID: 20261126_0007
Revises: 20261126_0006
Create Date: 2026-11-26
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from governance.models.base import UTCDateTime

revision: str = "20261126_0007"
down_revision: str | None = "20261126_0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "sign_in_throttle",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column(
            "scope",
            sa.Enum(
                "account",
                "address",
                name="throttle_scope",
                native_enum=False,
                create_constraint=True,
                length=7,
            ),
            nullable=False,
        ),
        sa.Column("key_hash", sa.String(length=64), nullable=False),
        sa.Column("failures", sa.Integer(), nullable=False),
        sa.Column("last_failure_at", UTCDateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sign_in_throttle")),
        sa.UniqueConstraint("scope", "key_hash", name=op.f("uq_sign_in_throttle_scope_key_hash")),
    )
    op.create_index(
        op.f("ix_sign_in_throttle_last_failure_at"),
        "sign_in_throttle",
        ["last_failure_at"],
        unique=False,
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_sign_in_throttle_last_failure_at"), table_name="sign_in_throttle")
    op.drop_table("sign_in_throttle")
