"""bot heartbeat and encryption key fingerprints

Revision ID: 0005
Revises: 0004_org
Create Date: 2026-12-01 11:40:00
"""

from alembic import op
import sqlalchemy as sa


revision = '0005'
down_revision = '0004_org'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('bot_heartbeat',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('instance', sa.String(length=128), nullable=False),
    sa.Column('started_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('beat_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('encryption_keys',
    sa.Column('fingerprint', sa.String(length=16), nullable=False),
    sa.Column('last_used_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('fingerprint')
    )


def downgrade() -> None:
    op.drop_table('encryption_keys')
    op.drop_table('bot_heartbeat')
