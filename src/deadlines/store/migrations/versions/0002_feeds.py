"""feed state and article revisions

Revision ID: 0002
Revises: 0001

Columns are only added (and, going down, dropped) in place: on SQLite, rebuilding the
articles or feeds table would run the ON DELETE actions of the tables that refer to them.
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

FEED_COLUMNS = ("next_poll_at", "redirect_url", "body_hash", "last_status")
ARTICLE_COLUMNS = ("entry", "revision", "story", "copy_of")


def upgrade() -> None:
    op.add_column("feeds", sa.Column("next_poll_at", sa.DateTime(timezone=True), nullable=True))
    op.add_column("feeds", sa.Column("redirect_url", sa.Text(), nullable=True))
    op.add_column("feeds", sa.Column("body_hash", sa.String(length=64), nullable=True))
    op.add_column("feeds", sa.Column("last_status", sa.Integer(), nullable=True))

    op.add_column(
        "articles",
        sa.Column("entry", sa.String(length=1000), nullable=False, server_default=""),
    )
    op.add_column(
        "articles", sa.Column("revision", sa.Integer(), nullable=False, server_default="1")
    )
    op.add_column("articles", sa.Column("story", sa.String(length=64), nullable=True))
    op.add_column("articles", sa.Column("copy_of", sa.Integer(), nullable=True))
    op.execute("UPDATE articles SET entry = guid")
    op.create_index("ix_articles_entry", "articles", ["feed_id", "entry"], unique=False)
    op.create_index("ix_articles_story", "articles", ["story"], unique=False)


def downgrade() -> None:
    # Later revisions of an entry have no place in the old schema: keep the first only.
    op.execute("DELETE FROM articles WHERE revision > 1")
    op.drop_index("ix_articles_story", table_name="articles")
    op.drop_index("ix_articles_entry", table_name="articles")
    for column in ARTICLE_COLUMNS:
        op.drop_column("articles", column)
    for column in FEED_COLUMNS:
        op.drop_column("feeds", column)
