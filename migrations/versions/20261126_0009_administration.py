"""administration: affiliation history, body settings, term history, one-time account links

Revision ID: 20261126_0009
Revises: 20261126_0008
Create Date: 2026-11-26
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from governance.models.base import UTCDateTime

revision: str = "20261126_0009"
down_revision: str | None = "20261126_0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "affiliation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("organization_id", sa.Integer(), nullable=True),
        sa.Column("start_on", sa.Date(), nullable=True),
        sa.Column("end_on", sa.Date(), nullable=True),
        sa.CheckConstraint(
            "end_on IS NULL OR start_on IS NULL OR end_on >= start_on",
            name=op.f("ck_affiliation_order"),
        ),
        sa.ForeignKeyConstraint(
            ["organization_id"],
            ["organization.id"],
            name=op.f("fk_affiliation_organization_id_organization"),
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_affiliation_person_id_person")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_affiliation")),
    )
    with op.batch_alter_table("affiliation") as batch:
        batch.create_index(batch.f("ix_affiliation_person_id"), ["person_id"], unique=False)
        batch.create_index(
            batch.f("ix_affiliation_organization_id"), ["organization_id"], unique=False
        )
    op.create_table(
        "account_link",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column(
            "purpose",
            sa.Enum(
                "invitation",
                "password_reset",
                name="link_purpose",
                native_enum=False,
                create_constraint=True,
                length=14,
            ),
            nullable=False,
        ),
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("expires_at", UTCDateTime(), nullable=False),
        sa.Column("used_at", UTCDateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["user_account.id"],
            name=op.f("fk_account_link_user_id_user_account"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_account_link")),
        sa.UniqueConstraint("token_hash", name=op.f("uq_account_link_token_hash")),
    )
    with op.batch_alter_table("account_link") as batch:
        batch.create_index(batch.f("ix_account_link_user_id"), ["user_id"], unique=False)
    # Plain ADD/DROP COLUMN (SQLite >= 3.35 has both): a batch copy of body would have to drop
    # a table that meetings and memberships point at.
    op.add_column("body", sa.Column("summary_due_days", sa.Integer(), nullable=True))
    op.add_column("body", sa.Column("timezone", sa.String(length=64), nullable=True))
    op.add_column("body", sa.Column("description", sa.Text(), nullable=True))
    op.add_column("body", sa.Column("charter_url", sa.String(length=500), nullable=True))
    with op.batch_alter_table("membership") as batch:
        batch.add_column(sa.Column("replaces_id", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("end_reason", sa.String(length=200), nullable=True))
        batch.create_foreign_key(
            op.f("fk_membership_replaces_id_membership"), "membership", ["replaces_id"], ["id"]
        )


def downgrade() -> None:
    with op.batch_alter_table("membership") as batch:
        batch.drop_constraint(op.f("fk_membership_replaces_id_membership"), type_="foreignkey")
        batch.drop_column("end_reason")
        batch.drop_column("replaces_id")
    for column in ("charter_url", "description", "timezone", "summary_due_days"):
        op.drop_column("body", column)
    with op.batch_alter_table("account_link") as batch:
        batch.drop_index(batch.f("ix_account_link_user_id"))
    op.drop_table("account_link")
    with op.batch_alter_table("affiliation") as batch:
        batch.drop_index(batch.f("ix_affiliation_organization_id"))
        batch.drop_index(batch.f("ix_affiliation_person_id"))
    op.drop_table("affiliation")
