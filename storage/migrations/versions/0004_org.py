"""company features: staff names, shared accounts, approvals, alerts, delivery tallies

Revision ID: 0004_org
Revises: 0001
Create Date: 2026-12-01 11:26:46.738210
"""

from alembic import op
import sqlalchemy as sa


revision = '0004_org'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('account_choices',
    sa.Column('chat_id', sa.BigInteger(), autoincrement=False, nullable=False),
    sa.Column('user_id', sa.BigInteger(), autoincrement=False, nullable=False),
    sa.Column('account_key', sa.String(length=32), nullable=False),
    sa.PrimaryKeyConstraint('chat_id', 'user_id')
    )
    op.create_table('alert_settings',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('admin_chat_id', sa.BigInteger(), nullable=True),
    sa.Column('credit_threshold_rials', sa.BigInteger(), nullable=True),
    sa.Column('summary_hour', sa.Integer(), nullable=True),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('approval_requests',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('account_key', sa.String(length=32), nullable=False),
    sa.Column('chat_id', sa.BigInteger(), autoincrement=False, nullable=False),
    sa.Column('requested_by', sa.BigInteger(), autoincrement=False, nullable=False),
    sa.Column('operation', sa.String(length=16), nullable=False),
    sa.Column('recipient_count', sa.Integer(), nullable=False),
    sa.Column('cost_rials', sa.BigInteger(), nullable=False),
    sa.Column('payload_token', sa.Text(), nullable=False),
    sa.Column('state', sa.String(length=16), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('expires_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('decided_by', sa.BigInteger(), nullable=True),
    sa.Column('decided_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('reason_token', sa.Text(), nullable=True),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('approval_requests', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_approval_requests_account_key'), ['account_key'], unique=False)
        batch_op.create_index(batch_op.f('ix_approval_requests_state'), ['state'], unique=False)

    op.create_table('approval_rules',
    sa.Column('account_key', sa.String(length=32), nullable=False),
    sa.Column('every_send', sa.Boolean(), nullable=False),
    sa.Column('above_recipients', sa.Integer(), nullable=True),
    sa.Column('above_cost_rials', sa.BigInteger(), nullable=True),
    sa.Column('ttl_minutes', sa.Integer(), nullable=False),
    sa.Column('set_by', sa.BigInteger(), autoincrement=False, nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('account_key')
    )
    op.create_table('credit_alert_states',
    sa.Column('account_key', sa.String(length=32), nullable=False),
    sa.Column('below', sa.Boolean(), nullable=False),
    sa.Column('checked_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('account_key')
    )
    op.create_table('delivery_counts',
    sa.Column('bulk_id', sa.String(length=64), nullable=False),
    sa.Column('total', sa.Integer(), nullable=False),
    sa.Column('delivered', sa.Integer(), nullable=False),
    sa.Column('failed', sa.Integer(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('bulk_id')
    )
    op.create_table('shared_accounts',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=64), nullable=False),
    sa.Column('username_token', sa.Text(), nullable=False),
    sa.Column('password_token', sa.Text(), nullable=False),
    sa.Column('sender', sa.String(length=32), nullable=True),
    sa.Column('source_chat_id', sa.BigInteger(), autoincrement=False, nullable=False),
    sa.Column('created_by', sa.BigInteger(), autoincrement=False, nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('revoked_at', sa.DateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('staff_profiles',
    sa.Column('user_id', sa.BigInteger(), autoincrement=False, nullable=False),
    sa.Column('first_name', sa.String(length=64), nullable=False),
    sa.Column('last_name', sa.String(length=64), nullable=True),
    sa.Column('username', sa.String(length=32), nullable=True),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('user_id')
    )
    op.create_table('account_grants',
    sa.Column('account_id', sa.Integer(), nullable=False),
    sa.Column('grantee_kind', sa.String(length=8), nullable=False),
    sa.Column('grantee_id', sa.BigInteger(), autoincrement=False, nullable=False),
    sa.Column('granted_by', sa.BigInteger(), autoincrement=False, nullable=False),
    sa.Column('granted_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['account_id'], ['shared_accounts.id'], ),
    sa.PrimaryKeyConstraint('account_id', 'grantee_kind', 'grantee_id')
    )


def downgrade() -> None:
    op.drop_table('account_grants')
    op.drop_table('staff_profiles')
    op.drop_table('shared_accounts')
    op.drop_table('delivery_counts')
    op.drop_table('credit_alert_states')
    op.drop_table('approval_rules')
    with op.batch_alter_table('approval_requests', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_approval_requests_state'))
        batch_op.drop_index(batch_op.f('ix_approval_requests_account_key'))

    op.drop_table('approval_requests')
    op.drop_table('alert_settings')
    op.drop_table('account_choices')
