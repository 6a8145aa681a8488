"""commitment identity, sources and corrections

Revision ID: 0003
Revises: 0002

Adds to commitments what identity and corrections need, a table of the reports (sources)
that support each commitment, a table of people's corrections, a partial index for the
due-date scan, and the analysts' views (documented in sql/views.sql).
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

OPEN = "status NOT IN ('cancelled', 'occurred', 'dismissed', 'merged')"
VIEWS = ("upcoming_commitments", "commitment_changes", "commitment_sources")


# The analysts' views. sql/views.sql holds the same statements with every column explained;
# a test checks that the two agree.
VIEW_STATEMENTS = (
    """CREATE VIEW upcoming_commitments AS
SELECT c.id, c.due_on, c.status, c.kind, c.what, c.actors, c.previous_due_on, c.confidence,
       c.version, c.confirmed_by,
       (SELECT COUNT(*) FROM sources AS s WHERE s.commitment_id = c.id) AS source_count,
       a.url AS latest_source_url, c.first_seen_at, c.updated_at
FROM commitments AS c
LEFT JOIN articles AS a ON a.id = c.article_id
WHERE c.due_on IS NOT NULL
  AND c.status NOT IN ('cancelled', 'occurred', 'dismissed', 'merged')""",
    """CREATE VIEW commitment_changes AS
SELECT h.commitment_id, h.version, h.change, h.changed_at, h.old_due_on, h.new_due_on,
       h.old_status, h.new_status, h.previous_due_on,
       COALESCE(h.changed_by, 'extractor') AS changed_by,
       h.note, h.evidence, c.kind, c.what, h.article_id, a.title AS article_title,
       a.url AS article_url, f.name AS feed_name
FROM commitment_history AS h
JOIN commitments AS c ON c.id = h.commitment_id
LEFT JOIN articles AS a ON a.id = h.article_id
LEFT JOIN feeds AS f ON f.id = a.feed_id""",
    """CREATE VIEW commitment_sources AS
SELECT s.commitment_id, s.id AS source_id, s.seen_at, s.reported_due_on, s.reported_status,
       s.date_text, s.confidence, s.sentence, s.article_id, a.title AS article_title,
       a.url AS article_url, a.published_at, f.name AS feed_name
FROM sources AS s
LEFT JOIN articles AS a ON a.id = s.article_id
LEFT JOIN feeds AS f ON f.id = a.feed_id""",
)


# Columns added to commitments. They are added and dropped with plain ALTER TABLE (no batch
# copy): on SQLite a batch copy drops the old table, and with foreign keys on, that deletes
# the rows that reference it (history, alerts) by cascade.
def _commitment_columns() -> list[sa.Column[object]]:
    false = sa.false()
    return [
        sa.Column("identity", sa.String(300), nullable=False, server_default=""),
        sa.Column("subject_words", sa.Text(), nullable=False, server_default=""),
        sa.Column("last_seen_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("due_corrected", sa.Boolean(), nullable=False, server_default=false),
        sa.Column("status_corrected", sa.Boolean(), nullable=False, server_default=false),
        sa.Column("confirmed_by", sa.String(200), nullable=True),
        sa.Column("merged_into_id", sa.Integer(), nullable=True),
    ]


def upgrade() -> None:
    _commitments_and_history()
    _sources_and_corrections()
    for statement in VIEW_STATEMENTS:
        op.execute(statement)


def _commitments_and_history() -> None:
    for column in _commitment_columns():
        op.add_column("commitments", column)
    if op.get_bind().dialect.name == "postgresql":
        op.create_foreign_key(
            "fk_commitments_merged_into", "commitments", "commitments", ["merged_into_id"], ["id"],
            ondelete="SET NULL",
        )  # fmt: skip
    op.drop_index("ix_commitments_due", table_name="commitments")
    op.execute("UPDATE commitments SET identity = key, last_seen_at = updated_at")
    op.create_index("ix_commitments_identity", "commitments", ["identity"])
    op.create_index(
        "ix_commitments_open_due",
        "commitments",
        ["due_on", "id"],
        sqlite_where=sa.text(OPEN),
        postgresql_where=sa.text(OPEN),
    )

    with op.batch_alter_table("commitment_history") as batch:
        batch.add_column(
            sa.Column("change", sa.String(20), nullable=False, server_default="changed")
        )
        batch.add_column(sa.Column("previous_due_on", sa.Date(), nullable=True))
        batch.add_column(sa.Column("changed_by", sa.String(200), nullable=True))
        batch.add_column(sa.Column("note", sa.Text(), nullable=True))
        batch.drop_constraint("uq_history_version", type_="unique")
    op.execute("UPDATE commitment_history SET change = 'new' WHERE old_status IS NULL")
    op.create_index("ix_history_commitment", "commitment_history", ["commitment_id", "version"])


def _sources_and_corrections() -> None:
    op.create_table(
        "sources",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("commitment_id", sa.Integer(), nullable=False),
        sa.Column("article_id", sa.Integer(), nullable=True),
        sa.Column("sentence", sa.Text(), nullable=False),
        sa.Column("sentence_hash", sa.String(64), nullable=False),
        sa.Column("confidence", sa.Float(), nullable=False),
        sa.Column("reported_due_on", sa.Date(), nullable=True),
        sa.Column("reported_status", sa.String(20), nullable=False),
        sa.Column("date_text", sa.Text(), nullable=True),
        sa.Column("seen_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["commitment_id"], ["commitments.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["article_id"], ["articles.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint(
            "commitment_id", "article_id", "sentence_hash", name="uq_sources_report"
        ),
    )
    op.create_index("ix_sources_article", "sources", ["article_id"])
    # Every commitment already stored keeps its last report as its first source.
    op.execute(
        "INSERT INTO sources (commitment_id, article_id, sentence, sentence_hash, confidence, "
        "reported_due_on, reported_status, date_text, seen_at) "
        "SELECT id, article_id, evidence, 'migrated-' || CAST(id AS VARCHAR(20)), confidence, "
        "due_on, status, date_text, updated_at FROM commitments"
    )

    op.create_table(
        "corrections",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("commitment_id", sa.Integer(), nullable=False),
        sa.Column("action", sa.String(20), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("status", sa.String(20), nullable=True),
        sa.Column("merged_id", sa.Integer(), nullable=True),
        sa.Column("made_by", sa.String(200), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("made_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["commitment_id"], ["commitments.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_corrections_commitment", "corrections", ["commitment_id"])


def downgrade() -> None:
    for view in reversed(VIEWS):
        op.execute(f"DROP VIEW IF EXISTS {view}")
    op.drop_index("ix_corrections_commitment", table_name="corrections")
    op.drop_table("corrections")
    op.drop_index("ix_sources_article", table_name="sources")
    op.drop_table("sources")
    op.drop_index("ix_history_commitment", table_name="commitment_history")
    with op.batch_alter_table("commitment_history") as batch:
        batch.drop_column("note")
        batch.drop_column("changed_by")
        batch.drop_column("previous_due_on")
        batch.drop_column("change")
    # Confirmations share a version with the change before them; keep one entry per version.
    op.execute(
        "DELETE FROM commitment_history WHERE id NOT IN "
        "(SELECT MIN(id) FROM commitment_history GROUP BY commitment_id, version)"
    )
    with op.batch_alter_table("commitment_history") as batch:
        batch.create_unique_constraint("uq_history_version", ["commitment_id", "version"])
    op.drop_index("ix_commitments_open_due", table_name="commitments")
    op.drop_index("ix_commitments_identity", table_name="commitments")
    if op.get_bind().dialect.name == "postgresql":
        op.drop_constraint("fk_commitments_merged_into", "commitments", type_="foreignkey")
    for column in reversed(_commitment_columns()):
        op.drop_column("commitments", column.name)
    op.create_index("ix_commitments_due", "commitments", ["due_on", "status"])
