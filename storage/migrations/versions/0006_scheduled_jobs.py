"""scheduled sends: the due time of a send job

Revision ID: 0006_scheduled
Revises: 0005
Create Date: 2026-12-01 12:40:00.000000
"""

import sqlalchemy as sa
from alembic import op

revision = "0006_scheduled"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("send_jobs", schema=None) as batch_op:
        batch_op.add_column(sa.Column("due_at", sa.DateTime(timezone=True), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("send_jobs", schema=None) as batch_op:
        batch_op.drop_column("due_at")
