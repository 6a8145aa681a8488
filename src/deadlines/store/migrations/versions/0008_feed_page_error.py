"""why the article pages of a full_text feed gave no text

Revision ID: 0008
Revises: 0007

A column added in place (see 0002: the feeds table is not rebuilt on SQLite).
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("feeds", sa.Column("page_error", sa.Text(), nullable=True))


def downgrade() -> None:
    op.drop_column("feeds", "page_error")
