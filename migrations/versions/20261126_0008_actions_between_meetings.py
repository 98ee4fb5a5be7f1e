"""actions between meetings: written consents and e-ballots, and their signatures

Status and result are not stored: they are computed from the signatures and `now`. Signatures are
append-only rows (a change or withdrawal is a new row) carrying the SHA-256 of the text signed.

Revision ID: 20261126_0008
Revises: 20261126_0007
Create Date: 2026-11-26
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from governance.models.base import UTCDateTime


revision: str = "20261126_0008"
down_revision: str | None = "20261126_0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "between_action",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("body_id", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "written_consent",
                "e_ballot",
                name="action_kind",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("text_sha256", sa.String(length=64), nullable=False),
        sa.Column("proposer_id", sa.Integer(), nullable=True),
        sa.Column("seconder_id", sa.Integer(), nullable=True),
        sa.Column("opens_at", UTCDateTime(), nullable=False),
        sa.Column("closes_at", UTCDateTime(), nullable=False),
        sa.Column("timezone", sa.String(length=64), nullable=False),
        sa.Column(
            "threshold",
            sa.Enum(
                "majority_of_votes_cast",
                "majority_of_present",
                "two_thirds_of_votes_cast",
                "majority_of_seated",
                "majority_not_abstaining",
                "unanimous",
                name="action_threshold",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("turnout_quorum", sa.Boolean(), nullable=False),
        sa.Column("objection_limit", sa.Integer(), nullable=True),
        sa.Column("show_running", sa.Boolean(), nullable=False),
        sa.Column(
            "disclosure",
            sa.Enum(
                "public",
                "embargoed",
                "confidential",
                name="action_disclosure",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("disclosed_at", UTCDateTime(), nullable=True),
        sa.Column("release_at", UTCDateTime(), nullable=True),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("ratified_at", UTCDateTime(), nullable=True),
        sa.Column("ratified_in_meeting_id", sa.Integer(), nullable=True),
        sa.CheckConstraint(
            "(disclosure = 'embargoed') = (disclosed_at IS NOT NULL)",
            name=op.f("ck_between_action_embargo_instant"),
        ),
        sa.CheckConstraint("closes_at > opens_at", name=op.f("ck_between_action_window")),
        sa.CheckConstraint(
            "objection_limit IS NULL OR objection_limit > 0",
            name=op.f("ck_between_action_objection_limit_positive"),
        ),
        sa.ForeignKeyConstraint(
            ["body_id"], ["body.id"], name=op.f("fk_between_action_body_id_body")
        ),
        sa.ForeignKeyConstraint(
            ["proposer_id"], ["person.id"], name=op.f("fk_between_action_proposer_id_person")
        ),
        sa.ForeignKeyConstraint(
            ["ratified_in_meeting_id"],
            ["meeting.id"],
            name=op.f("fk_between_action_ratified_in_meeting_id_meeting"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["seconder_id"], ["person.id"], name=op.f("fk_between_action_seconder_id_person")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_between_action")),
    )
    with op.batch_alter_table("between_action", schema=None) as batch_op:
        batch_op.create_index(
            "ix_between_action_body_closes", ["body_id", "closes_at"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_between_action_release_at"), ["release_at"], unique=False
        )

    op.create_table(
        "between_signature",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("action_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column(
            "choice",
            sa.Enum(
                "for",
                "against",
                "abstain",
                "object",
                "withdraw",
                name="ballot_choice",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("reason", sa.String(length=300), nullable=True),
        sa.Column("text_sha256", sa.String(length=64), nullable=False),
        sa.Column("signed_at", UTCDateTime(), nullable=False),
        sa.Column("recorded_by_id", sa.Integer(), nullable=True),
        sa.CheckConstraint(
            "choice NOT IN ('abstain', 'object') OR (reason IS NOT NULL AND reason <> '')",
            name=op.f("ck_between_signature_reason_given"),
        ),
        sa.ForeignKeyConstraint(
            ["action_id"],
            ["between_action.id"],
            name=op.f("fk_between_signature_action_id_between_action"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_between_signature_person_id_person")
        ),
        sa.ForeignKeyConstraint(
            ["recorded_by_id"],
            ["user_account.id"],
            name=op.f("fk_between_signature_recorded_by_id_user_account"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_between_signature")),
    )
    with op.batch_alter_table("between_signature", schema=None) as batch_op:
        batch_op.create_index(
            "ix_between_signature_action_person", ["action_id", "person_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_between_signature_person_id"), ["person_id"], unique=False
        )


def downgrade() -> None:
    op.drop_table("between_signature")  # its indexes go with it
    op.drop_table("between_action")
