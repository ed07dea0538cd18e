"""user settings: the own mobile number for test sends (sealed)

Revision ID: 0009_user_settings
Revises: 0008_job3_batch_texts
Create Date: 2026-12-01 14:30:00.000000
"""

from alembic import op
import sqlalchemy as sa


revision = '0009_user_settings'
down_revision = '0008_job3_batch_texts'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'user_settings',
        sa.Column('user_id', sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column('own_number_token', sa.Text(), nullable=True),
        sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint('user_id'),
    )


def downgrade() -> None:
    op.drop_table('user_settings')
