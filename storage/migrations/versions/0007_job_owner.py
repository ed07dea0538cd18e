"""send jobs record their account and the staff member who confirmed them

Revision ID: 0007_job_owner
Revises: 0006_scheduled
Create Date: 2026-12-01 12:40:00.000000
"""

from alembic import op
import sqlalchemy as sa


revision = '0007_job_owner'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('send_jobs') as batch:
        batch.add_column(sa.Column('account_key', sa.String(length=32), nullable=True))
        batch.add_column(sa.Column('confirmed_by', sa.BigInteger(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('send_jobs') as batch:
        batch.drop_column('confirmed_by')
        batch.drop_column('account_key')
