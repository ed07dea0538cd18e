"""initial schema

Revision ID: 0001
Revises: 
Create Date: 2026-11-25 10:55:03.531571
"""

from alembic import op
import sqlalchemy as sa


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('audit_log',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('operation_key', sa.String(length=64), nullable=False),
    sa.Column('chat_id', sa.BigInteger(), autoincrement=False, nullable=False),
    sa.Column('user_id', sa.BigInteger(), autoincrement=False, nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('operation', sa.String(length=16), nullable=False),
    sa.Column('sender', sa.String(length=32), nullable=True),
    sa.Column('recipient_count', sa.Integer(), nullable=True),
    sa.Column('target', sa.String(length=255), nullable=True),
    sa.Column('parts', sa.Integer(), nullable=True),
    sa.Column('batch_index', sa.Integer(), nullable=False),
    sa.Column('batch_total', sa.Integer(), nullable=False),
    sa.Column('text_token', sa.Text(), nullable=True),
    sa.Column('state', sa.String(length=16), nullable=False),
    sa.Column('bulk_id', sa.String(length=64), nullable=True),
    sa.Column('error_code', sa.String(length=32), nullable=True),
    sa.Column('finished_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('follow_up_done', sa.Boolean(), nullable=False),
    sa.Column('settled_at', sa.DateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('operation_key', 'batch_index', name='uq_audit_operation_batch')
    )
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_audit_log_chat_id'), ['chat_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_audit_log_operation_key'), ['operation_key'], unique=False)
        batch_op.create_index(batch_op.f('ix_audit_log_state'), ['state'], unique=False)

    op.create_table('chat_settings',
    sa.Column('chat_id', sa.BigInteger(), autoincrement=False, nullable=False),
    sa.Column('locale', sa.String(length=8), nullable=True),
    sa.PrimaryKeyConstraint('chat_id')
    )
    op.create_table('claimed_operations',
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('chat_id', sa.BigInteger(), autoincrement=False, nullable=False),
    sa.Column('user_id', sa.BigInteger(), autoincrement=False, nullable=False),
    sa.Column('claimed_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('key')
    )
    op.create_table('key_check',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('token', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('panel_accounts',
    sa.Column('chat_id', sa.BigInteger(), autoincrement=False, nullable=False),
    sa.Column('username_token', sa.Text(), nullable=False),
    sa.Column('password_token', sa.Text(), nullable=False),
    sa.Column('sender', sa.String(length=32), nullable=True),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('chat_id')
    )
    op.create_table('ptb_conversations',
    sa.Column('name', sa.String(length=64), nullable=False),
    sa.Column('key', sa.String(length=128), nullable=False),
    sa.Column('state', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('name', 'key')
    )
    op.create_table('ptb_data',
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('owner_id', sa.BigInteger(), autoincrement=False, nullable=False),
    sa.Column('blob', sa.LargeBinary(), nullable=False),
    sa.PrimaryKeyConstraint('kind', 'owner_id')
    )
    op.create_table('staff',
    sa.Column('user_id', sa.BigInteger(), autoincrement=False, nullable=False),
    sa.Column('role', sa.String(length=16), nullable=False),
    sa.Column('added_by', sa.BigInteger(), nullable=True),
    sa.Column('added_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('user_id')
    )


def downgrade() -> None:
    op.drop_table('staff')
    op.drop_table('ptb_data')
    op.drop_table('ptb_conversations')
    op.drop_table('panel_accounts')
    op.drop_table('key_check')
    op.drop_table('claimed_operations')
    op.drop_table('chat_settings')
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_audit_log_state'))
        batch_op.drop_index(batch_op.f('ix_audit_log_operation_key'))
        batch_op.drop_index(batch_op.f('ix_audit_log_chat_id'))

    op.drop_table('audit_log')
