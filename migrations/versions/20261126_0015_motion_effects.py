"""a motion's effect on the seats (appointment or early end of a term), and the motion a
membership was made by

Revision ID: 20261126_0015
Revises: 20261126_0014
Create Date: 2026-11-26
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from governance.models.base import UTCDateTime

revision: str = "20261126_0015"
down_revision: str | None = "20261126_0014"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _enum(name: str, *values: str) -> sa.Enum:
    return sa.Enum(*values, name=name, native_enum=False, create_constraint=True)


def upgrade() -> None:
    op.create_table(
        "motion_effect",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("motion_id", sa.Integer(), nullable=False),
        sa.Column("kind", _enum("effect_kind", "appoint", "end_term"), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("body_id", sa.Integer(), nullable=False),
        sa.Column(
            "seat_class",
            _enum("effect_seat_class", "platinum", "gold", "individual", "ex_officio"),
            nullable=True,
        ),
        sa.Column(
            "role",
            _enum("effect_role", "chair", "vice_chair", "member", "non_voting"),
            nullable=True,
        ),
        sa.Column("effective_on", sa.Date(), nullable=False),
        sa.Column("term_end", sa.Date(), nullable=True),
        sa.Column("membership_id", sa.Integer(), nullable=True),
        sa.Column("applied_at", UTCDateTime(), nullable=True),
        sa.Column("not_applied_reason", sa.Text(), nullable=True),
        sa.CheckConstraint(
            "kind = 'end_term' OR (seat_class IS NOT NULL AND role IS NOT NULL)",
            name=op.f("ck_motion_effect_appointment_seat"),
        ),
        sa.CheckConstraint(
            "applied_at IS NULL OR not_applied_reason IS NULL",
            name=op.f("ck_motion_effect_one_outcome"),
        ),
        sa.ForeignKeyConstraint(
            ["motion_id"],
            ["motion.id"],
            name=op.f("fk_motion_effect_motion_id_motion"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_motion_effect_person_id_person")
        ),
        sa.ForeignKeyConstraint(
            ["body_id"], ["body.id"], name=op.f("fk_motion_effect_body_id_body")
        ),
        sa.ForeignKeyConstraint(
            ["membership_id"],
            ["membership.id"],
            name=op.f("fk_motion_effect_membership_id_membership"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_motion_effect")),
        sa.UniqueConstraint("motion_id", name=op.f("uq_motion_effect_motion_id")),
    )
    op.create_index(
        op.f("ix_motion_effect_person_id"), "motion_effect", ["person_id"], unique=False
    )
    with op.batch_alter_table("membership") as batch:
        batch.add_column(sa.Column("source_motion_id", sa.Integer(), nullable=True))
        batch.create_foreign_key(
            op.f("fk_membership_source_motion_id_motion"),
            "motion",
            ["source_motion_id"],
            ["id"],
            ondelete="SET NULL",
        )
        batch.create_index(
            batch.f("ix_membership_source_motion_id"), ["source_motion_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("membership") as batch:
        batch.drop_index(batch.f("ix_membership_source_motion_id"))
        batch.drop_constraint(op.f("fk_membership_source_motion_id_motion"), type_="foreignkey")
        batch.drop_column("source_motion_id")
    op.drop_index(op.f("ix_motion_effect_person_id"), table_name="motion_effect")
    op.drop_table("motion_effect")
