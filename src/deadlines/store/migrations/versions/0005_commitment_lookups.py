"""commitments found by key range; sources keyed by article and sentence

Every key begins with its commitment's identity (cut to 292 characters), so the unique index
on keys also finds the commitments of an identity, given that keys compare byte by byte: on
PostgreSQL the column takes the "C" collation, and the index of identities, which every write
had to keep up, goes.

The write path asks which of a batch's (article, sentence) reports are recorded already.
The unique key of sources now leads with the article and the sentence, so it answers that
question itself; the index of articles it replaces goes, and a narrow index of commitments
serves each commitment's sources.

Revision ID: 0005
Revises: 0004
"""

from collections.abc import Iterator
from contextlib import contextmanager

from alembic import op
from sqlalchemy import text

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def _postgres() -> bool:
    return op.get_bind().dialect.name == "postgresql"


@contextmanager
def _views_set_aside() -> Iterator[None]:
    """SQLite changes a table's constraints by building it anew under another name, which
    it refuses while views name the table: the views are dropped and made again after."""
    if _postgres():
        yield
        return
    bind = op.get_bind()
    views = bind.execute(text("SELECT name, sql FROM sqlite_master WHERE type = 'view'")).all()
    for name, _ in views:
        op.execute(f'DROP VIEW "{name}"')
    yield
    for _, statement in views:
        op.execute(statement)


def upgrade() -> None:
    if _postgres():
        op.execute('ALTER TABLE commitments ALTER COLUMN key TYPE VARCHAR(300) COLLATE "C"')
    op.drop_index("ix_commitments_identity", table_name="commitments")
    op.drop_index("ix_sources_article", table_name="sources")
    with _views_set_aside(), op.batch_alter_table("sources") as batch:
        batch.drop_constraint("uq_sources_report", type_="unique")
    op.create_index(
        "uq_sources_report",
        "sources",
        ["article_id", "sentence_hash", "commitment_id"],
        unique=True,
    )
    op.create_index("ix_sources_commitment", "sources", ["commitment_id"])


def downgrade() -> None:
    op.drop_index("ix_sources_commitment", table_name="sources")
    op.drop_index("uq_sources_report", table_name="sources")
    with _views_set_aside(), op.batch_alter_table("sources") as batch:
        batch.create_unique_constraint(
            "uq_sources_report", ["commitment_id", "article_id", "sentence_hash"]
        )
    op.create_index("ix_sources_article", "sources", ["article_id"])
    op.create_index("ix_commitments_identity", "commitments", ["identity"])
    if _postgres():
        op.execute('ALTER TABLE commitments ALTER COLUMN key TYPE VARCHAR(300) COLLATE "default"')
