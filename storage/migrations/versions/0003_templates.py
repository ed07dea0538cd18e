"""templates: saved texts of panel accounts (encrypted)

Revision ID: 0003
Revises: 0001
Create Date: 2026-12-01 11:29:44.748303
"""

from alembic import op
import sqlalchemy as sa


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('templates',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('account_chat_id', sa.BigInteger(), autoincrement=False, nullable=False),
    sa.Column('name', sa.String(length=64), nullable=False),
    sa.Column('text_token', sa.Text(), nullable=False),
    sa.Column('created_by', sa.BigInteger(), autoincrement=False, nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('account_chat_id', 'name', name='uq_template_name')
    )


def downgrade() -> None:
    op.drop_table('templates')
