"""vote versions and corrections, frozen tallies, summary retractions

An action item arising from an agenda item carries that item's disclosure. A vote carries a version so that a stale form cannot overwrite it, and who corrected a director's
own vote and why. A closed motion keeps its tally as data. A released summary that is taken back
keeps the instant and public reason of its withdrawal; a cancelled meeting keeps its reason.

Revision ID: 20261126_0005
Revises: 20261125_0004
Create Date: 2026-11-26
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from governance.models.base import UTCDateTime

revision: str = "20261126_0005"
down_revision: str | None = "20261125_0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("vote") as batch:
        batch.add_column(sa.Column("version", sa.Integer(), server_default="1", nullable=False))
        batch.add_column(sa.Column("corrected_by_id", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("corrected_at", UTCDateTime(), nullable=True))
        batch.add_column(sa.Column("correction_reason", sa.String(length=300), nullable=True))
        batch.create_foreign_key(
            op.f("fk_vote_corrected_by_id_user_account"),
            "user_account",
            ["corrected_by_id"],
            ["id"],
        )
    # Plain ADD/DROP COLUMN (SQLite >= 3.35 has both): a batch copy of motion or meeting would
    # have to drop the tables their full-text triggers are attached to.
    op.add_column("motion", sa.Column("tally", sa.Text(), nullable=True))
    op.add_column("motion", sa.Column("attendance_corrected_at", UTCDateTime(), nullable=True))
    op.add_column("meeting", sa.Column("summary_withdrawn_at", UTCDateTime(), nullable=True))
    op.add_column(
        "meeting", sa.Column("summary_withdrawn_reason", sa.String(length=500), nullable=True)
    )
    op.create_index(op.f("ix_meeting_summary_withdrawn_at"), "meeting", ["summary_withdrawn_at"])
    op.add_column("meeting", sa.Column("cancellation_reason", sa.String(length=500), nullable=True))
    with op.batch_alter_table("action_item") as batch:
        batch.add_column(sa.Column("agenda_item_id", sa.Integer(), nullable=True))
        batch.add_column(
            sa.Column("disclosure", sa.String(length=12), server_default="public", nullable=False)
        )
        batch.add_column(sa.Column("disclosed_at", UTCDateTime(), nullable=True))
        batch.create_foreign_key(
            op.f("fk_action_item_agenda_item_id_agenda_item"),
            "agenda_item",
            ["agenda_item_id"],
            ["id"],
            ondelete="SET NULL",
        )
        batch.create_check_constraint(
            op.f("ck_action_item_action_item_disclosure"),
            "disclosure IN ('public', 'embargoed', 'confidential')",
        )
        batch.create_check_constraint(
            op.f("ck_action_item_embargo_instant"),
            "(disclosure = 'embargoed') = (disclosed_at IS NOT NULL)",
        )


def downgrade() -> None:
    with op.batch_alter_table("action_item") as batch:
        batch.drop_constraint(op.f("ck_action_item_embargo_instant"), type_="check")
        batch.drop_constraint(op.f("ck_action_item_action_item_disclosure"), type_="check")
        batch.drop_constraint(op.f("fk_action_item_agenda_item_id_agenda_item"), type_="foreignkey")
        batch.drop_column("disclosed_at")
        batch.drop_column("disclosure")
        batch.drop_column("agenda_item_id")
    op.drop_column("meeting", "cancellation_reason")
    op.drop_index(op.f("ix_meeting_summary_withdrawn_at"), table_name="meeting")
    op.drop_column("meeting", "summary_withdrawn_reason")
    op.drop_column("meeting", "summary_withdrawn_at")
    op.drop_column("motion", "attendance_corrected_at")
    op.drop_column("motion", "tally")
    with op.batch_alter_table("vote") as batch:
        batch.drop_constraint(op.f("fk_vote_corrected_by_id_user_account"), type_="foreignkey")
        batch.drop_column("correction_reason")
        batch.drop_column("corrected_at")
        batch.drop_column("corrected_by_id")
        batch.drop_column("version")
