"""send batches may carry their own text (personalised sends: each rendered text is a batch)

Revision ID: 0008_job3_batch_texts
Revises: 0007_job_owner
Create Date: 2026-12-01 14:50:00.000000
"""

from alembic import op
import sqlalchemy as sa


revision = '0008_job3_batch_texts'
down_revision = '0007_job_owner'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('send_batches') as batch:
        batch.add_column(sa.Column('text_token', sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('send_batches') as batch:
        batch.drop_column('text_token')
