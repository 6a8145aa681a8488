"""calendar tokens: secret URLs of calendars to subscribe to, kept only as hashes

Revision ID: 0009
Revises: 0008
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "calendar_tokens",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("match_tags", sa.JSON(), nullable=False),
        sa.Column("match_actors", sa.JSON(), nullable=False),
        sa.Column("match_kinds", sa.JSON(), nullable=False),
        sa.Column("min_confidence", sa.Float(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("revoked_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("token_hash"),
    )
    op.create_index("ix_calendar_tokens_name", "calendar_tokens", ["name"])


def downgrade() -> None:
    op.drop_index("ix_calendar_tokens_name", table_name="calendar_tokens")
    op.drop_table("calendar_tokens")
