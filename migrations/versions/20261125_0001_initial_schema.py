"""initial schema

Revision ID: 20261125_0001
Revises: 
Create Date: 2026-11-25 02:09:43.570505
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import governance.models.base


revision: str = '20261125_0001'
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('body',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('slug', sa.String(length=120), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('kind', sa.Enum('board', 'committee', name='body_kind', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('quorum_rule', sa.Enum('majority_of_seated', name='quorum_rule', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('default_threshold', sa.Enum('majority_of_votes_cast', 'majority_of_present', 'two_thirds_of_votes_cast', 'majority_of_seated', 'majority_not_abstaining', 'unanimous', name='default_threshold', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('member_limit', sa.Integer(), nullable=True),
    sa.Column('per_org_limit', sa.Integer(), nullable=True),
    sa.Column('recused_count_for_quorum', sa.Boolean(), nullable=False),
    sa.CheckConstraint('member_limit IS NULL OR member_limit > 0', name=op.f('ck_body_member_limit_positive')),
    sa.CheckConstraint('per_org_limit IS NULL OR per_org_limit > 0', name=op.f('ck_body_per_org_limit_positive')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_body')),
    sa.UniqueConstraint('slug', name=op.f('uq_body_slug'))
    )
    op.create_table('organization',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_organization')),
    sa.UniqueConstraint('name', name=op.f('uq_organization_name'))
    )
    op.create_table('person',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('slug', sa.String(length=120), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('email', sa.String(length=254), nullable=True),
    sa.Column('organization_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['organization_id'], ['organization.id'], name=op.f('fk_person_organization_id_organization')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_person')),
    sa.UniqueConstraint('slug', name=op.f('uq_person_slug'))
    )
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_person_organization_id'), ['organization_id'], unique=False)

    op.create_table('meeting',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('body_id', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('starts_at', governance.models.base.UTCDateTime(), nullable=False),
    sa.Column('timezone', sa.String(length=64), nullable=False),
    sa.Column('kind', sa.Enum('call', 'in_person', 'hybrid', name='meeting_kind', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('location', sa.String(length=200), nullable=True),
    sa.Column('chair_id', sa.Integer(), nullable=True),
    sa.Column('agenda_released_at', governance.models.base.UTCDateTime(), nullable=True),
    sa.Column('summary_release_at', governance.models.base.UTCDateTime(), nullable=True),
    sa.Column('status', sa.Enum('scheduled', 'in_session', 'adjourned', 'cancelled', name='meeting_status', native_enum=False, create_constraint=True), nullable=False),
    sa.ForeignKeyConstraint(['body_id'], ['body.id'], name=op.f('fk_meeting_body_id_body')),
    sa.ForeignKeyConstraint(['chair_id'], ['person.id'], name=op.f('fk_meeting_chair_id_person')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_meeting'))
    )
    with op.batch_alter_table('meeting', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_meeting_agenda_released_at'), ['agenda_released_at'], unique=False)
        batch_op.create_index('ix_meeting_body_starts', ['body_id', 'starts_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_meeting_starts_at'), ['starts_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_meeting_summary_release_at'), ['summary_release_at'], unique=False)

    op.create_table('membership',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('body_id', sa.Integer(), nullable=False),
    sa.Column('seat_class', sa.Enum('platinum', 'gold', 'individual', 'ex_officio', name='seat_class', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('role', sa.Enum('chair', 'vice_chair', 'member', 'non_voting', name='member_role', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('term_start', sa.Date(), nullable=False),
    sa.Column('term_end', sa.Date(), nullable=True),
    sa.CheckConstraint('term_end IS NULL OR term_end >= term_start', name=op.f('ck_membership_term_order')),
    sa.ForeignKeyConstraint(['body_id'], ['body.id'], name=op.f('fk_membership_body_id_body')),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_membership_person_id_person')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_membership'))
    )
    with op.batch_alter_table('membership', schema=None) as batch_op:
        batch_op.create_index('ix_membership_body_person', ['body_id', 'person_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_membership_person_id'), ['person_id'], unique=False)

    op.create_table('user_account',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('email', sa.String(length=254), nullable=False),
    sa.Column('password_hash', sa.String(length=256), nullable=False),
    sa.Column('role', sa.Enum('admin', 'secretary', 'director', name='user_role', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=True),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('session_generation', sa.Integer(), nullable=False),
    sa.Column('created_at', governance.models.base.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_user_account_person_id_person')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_user_account')),
    sa.UniqueConstraint('email', name=op.f('uq_user_account_email')),
    sa.UniqueConstraint('person_id', name=op.f('uq_user_account_person_id'))
    )
    op.create_table('action_item',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('owner_person_id', sa.Integer(), nullable=True),
    sa.Column('owner_body_id', sa.Integer(), nullable=True),
    sa.Column('due_on', sa.Date(), nullable=True),
    sa.Column('status', sa.Enum('open', 'done', 'cancelled', name='action_status', native_enum=False, create_constraint=True), nullable=False),
    sa.CheckConstraint('(owner_person_id IS NULL) <> (owner_body_id IS NULL)', name=op.f('ck_action_item_one_owner')),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], name=op.f('fk_action_item_meeting_id_meeting'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['owner_body_id'], ['body.id'], name=op.f('fk_action_item_owner_body_id_body')),
    sa.ForeignKeyConstraint(['owner_person_id'], ['person.id'], name=op.f('fk_action_item_owner_person_id_person')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_action_item'))
    )
    with op.batch_alter_table('action_item', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_action_item_meeting_id'), ['meeting_id'], unique=False)
        batch_op.create_index('ix_action_item_owner_status', ['owner_person_id', 'status'], unique=False)

    op.create_table('agenda_item',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('kind', sa.Enum('report', 'discussion', 'decision', 'executive_session', name='item_kind', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('presenters', sa.String(length=400), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('outcome', sa.Enum('discussed', 'decided', 'postponed', 'withdrawn', name='item_outcome', native_enum=False, create_constraint=True), nullable=True),
    sa.Column('disclosure', sa.Enum('public', 'embargoed', 'confidential', name='item_disclosure', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('disclosed_at', governance.models.base.UTCDateTime(), nullable=True),
    sa.Column('public_topic', sa.String(length=200), nullable=True),
    sa.Column('carried_from_id', sa.Integer(), nullable=True),
    sa.CheckConstraint("(disclosure = 'embargoed') = (disclosed_at IS NOT NULL)", name=op.f('ck_agenda_item_embargo_instant')),
    sa.ForeignKeyConstraint(['carried_from_id'], ['agenda_item.id'], name=op.f('fk_agenda_item_carried_from_id_agenda_item'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], name=op.f('fk_agenda_item_meeting_id_meeting'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_agenda_item'))
    )
    with op.batch_alter_table('agenda_item', schema=None) as batch_op:
        batch_op.create_index('ix_agenda_item_meeting_position', ['meeting_id', 'position'], unique=False)

    op.create_table('attendance',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=True),
    sa.Column('guest_name', sa.String(length=200), nullable=True),
    sa.Column('capacity', sa.Enum('member', 'guest', 'observer', name='capacity', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('presence', sa.Enum('in_person', 'remote', 'absent', name='presence', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('reason', sa.String(length=200), nullable=True),
    sa.Column('arrived_at', governance.models.base.UTCDateTime(), nullable=True),
    sa.Column('departed_at', governance.models.base.UTCDateTime(), nullable=True),
    sa.CheckConstraint('(person_id IS NOT NULL) OR (guest_name IS NOT NULL)', name=op.f('ck_attendance_person_or_guest')),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], name=op.f('fk_attendance_meeting_id_meeting'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_attendance_person_id_person')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_attendance')),
    sa.UniqueConstraint('meeting_id', 'person_id', name=op.f('uq_attendance_meeting_id_person_id'))
    )
    with op.batch_alter_table('attendance', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_attendance_person_id'), ['person_id'], unique=False)

    op.create_table('audit_event',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('occurred_at', governance.models.base.UTCDateTime(), nullable=False),
    sa.Column('actor_id', sa.Integer(), nullable=True),
    sa.Column('actor_label', sa.String(length=254), nullable=False),
    sa.Column('action', sa.String(length=80), nullable=False),
    sa.Column('entity_type', sa.String(length=40), nullable=False),
    sa.Column('entity_id', sa.Integer(), nullable=True),
    sa.Column('before', sa.Text(), nullable=True),
    sa.Column('after', sa.Text(), nullable=True),
    sa.Column('prev_hash', sa.String(length=64), nullable=False),
    sa.Column('hash', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['actor_id'], ['user_account.id'], name=op.f('fk_audit_event_actor_id_user_account')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_event')),
    sa.UniqueConstraint('hash', name=op.f('uq_audit_event_hash'))
    )
    with op.batch_alter_table('audit_event', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_audit_event_actor_id'), ['actor_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_audit_event_occurred_at'), ['occurred_at'], unique=False)

    op.create_table('commentary',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('author_id', sa.Integer(), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('status', sa.Enum('draft', 'scheduled', name='commentary_status', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('publish_at', governance.models.base.UTCDateTime(), nullable=True),
    sa.Column('updated_at', governance.models.base.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['author_id'], ['person.id'], name=op.f('fk_commentary_author_id_person')),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], name=op.f('fk_commentary_meeting_id_meeting'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_commentary')),
    sa.UniqueConstraint('meeting_id', 'author_id', name=op.f('uq_commentary_meeting_id_author_id'))
    )
    with op.batch_alter_table('commentary', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_commentary_author_id'), ['author_id'], unique=False)

    op.create_table('official_summary',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('status', sa.Enum('draft', 'scheduled', name='summary_status', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('updated_at', governance.models.base.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], name=op.f('fk_official_summary_meeting_id_meeting'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_official_summary')),
    sa.UniqueConstraint('meeting_id', name=op.f('uq_official_summary_meeting_id'))
    )
    op.create_table('motion',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('agenda_item_id', sa.Integer(), nullable=True),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('mover_id', sa.Integer(), nullable=True),
    sa.Column('seconder_id', sa.Integer(), nullable=True),
    sa.Column('threshold', sa.Enum('majority_of_votes_cast', 'majority_of_present', 'two_thirds_of_votes_cast', 'majority_of_seated', 'majority_not_abstaining', 'unanimous', name='motion_threshold', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('method', sa.Enum('ballot', 'roll_call', 'voice', name='vote_method', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('status', sa.Enum('proposed', 'open', 'carried', 'failed', 'withdrawn', 'postponed', name='motion_status', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('disclosure', sa.Enum('public', 'embargoed', 'confidential', name='motion_disclosure', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('disclosed_at', governance.models.base.UTCDateTime(), nullable=True),
    sa.Column('approves_minutes_of_id', sa.Integer(), nullable=True),
    sa.Column('opened_at', governance.models.base.UTCDateTime(), nullable=True),
    sa.Column('closed_at', governance.models.base.UTCDateTime(), nullable=True),
    sa.Column('result', sa.Text(), nullable=True),
    sa.CheckConstraint("(disclosure = 'embargoed') = (disclosed_at IS NOT NULL)", name=op.f('ck_motion_embargo_instant')),
    sa.ForeignKeyConstraint(['agenda_item_id'], ['agenda_item.id'], name=op.f('fk_motion_agenda_item_id_agenda_item'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['approves_minutes_of_id'], ['meeting.id'], name=op.f('fk_motion_approves_minutes_of_id_meeting')),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], name=op.f('fk_motion_meeting_id_meeting'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['mover_id'], ['person.id'], name=op.f('fk_motion_mover_id_person')),
    sa.ForeignKeyConstraint(['seconder_id'], ['person.id'], name=op.f('fk_motion_seconder_id_person')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_motion'))
    )
    with op.batch_alter_table('motion', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_motion_agenda_item_id'), ['agenda_item_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_motion_meeting_id'), ['meeting_id'], unique=False)

    op.create_table('minutes',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('status', sa.Enum('draft', 'circulated', 'approved', name='minutes_status', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('approved_by_motion_id', sa.Integer(), nullable=True),
    sa.Column('updated_at', governance.models.base.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['approved_by_motion_id'], ['motion.id'], name=op.f('fk_minutes_approved_by_motion_id_motion'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], name=op.f('fk_minutes_meeting_id_meeting'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_minutes')),
    sa.UniqueConstraint('meeting_id', name=op.f('uq_minutes_meeting_id'))
    )
    op.create_table('vote',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('motion_id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('choice', sa.Enum('for', 'against', 'abstain', 'recused', name='vote_choice', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('reason', sa.String(length=300), nullable=True),
    sa.Column('recorded_by_id', sa.Integer(), nullable=True),
    sa.Column('recorded_by_secretary', sa.Boolean(), nullable=False),
    sa.Column('cast_at', governance.models.base.UTCDateTime(), nullable=False),
    sa.CheckConstraint("choice <> 'recused' OR (reason IS NOT NULL AND reason <> '')", name=op.f('ck_vote_recusal_reason')),
    sa.ForeignKeyConstraint(['motion_id'], ['motion.id'], name=op.f('fk_vote_motion_id_motion'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_vote_person_id_person')),
    sa.ForeignKeyConstraint(['recorded_by_id'], ['user_account.id'], name=op.f('fk_vote_recorded_by_id_user_account')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_vote')),
    sa.UniqueConstraint('motion_id', 'person_id', name=op.f('uq_vote_motion_id_person_id'))
    )
    with op.batch_alter_table('vote', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_vote_person_id'), ['person_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('vote', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_vote_person_id'))

    op.drop_table('vote')
    op.drop_table('minutes')
    with op.batch_alter_table('motion', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_motion_meeting_id'))
        batch_op.drop_index(batch_op.f('ix_motion_agenda_item_id'))

    op.drop_table('motion')
    op.drop_table('official_summary')
    with op.batch_alter_table('commentary', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_commentary_author_id'))

    op.drop_table('commentary')
    with op.batch_alter_table('audit_event', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_audit_event_occurred_at'))
        batch_op.drop_index(batch_op.f('ix_audit_event_actor_id'))

    op.drop_table('audit_event')
    with op.batch_alter_table('attendance', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_attendance_person_id'))

    op.drop_table('attendance')
    with op.batch_alter_table('agenda_item', schema=None) as batch_op:
        batch_op.drop_index('ix_agenda_item_meeting_position')

    op.drop_table('agenda_item')
    with op.batch_alter_table('action_item', schema=None) as batch_op:
        batch_op.drop_index('ix_action_item_owner_status')
        batch_op.drop_index(batch_op.f('ix_action_item_meeting_id'))

    op.drop_table('action_item')
    op.drop_table('user_account')
    with op.batch_alter_table('membership', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_membership_person_id'))
        batch_op.drop_index('ix_membership_body_person')

    op.drop_table('membership')
    with op.batch_alter_table('meeting', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_meeting_summary_release_at'))
        batch_op.drop_index(batch_op.f('ix_meeting_starts_at'))
        batch_op.drop_index('ix_meeting_body_starts')
        batch_op.drop_index(batch_op.f('ix_meeting_agenda_released_at'))

    op.drop_table('meeting')
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_person_organization_id'))

    op.drop_table('person')
    op.drop_table('organization')
    op.drop_table('body')
