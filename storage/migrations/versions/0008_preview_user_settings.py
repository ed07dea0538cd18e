"""user settings: the own mobile number for test sends (sealed)

Revision ID: 0008_preview_user_settings
Revises: 0007_job_owner
Create Date: 2026-12-01 14:30:00.000000
"""

from alembic import op
import sqlalchemy as sa


revision = '0008_preview_user_settings'
down_revision = '0007_job_owner'
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
