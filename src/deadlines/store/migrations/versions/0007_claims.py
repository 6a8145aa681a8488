"""every report kept as a claim; disputed commitments

A commitment's date and status are derived from all its reports (deadlines.store.truth):
each source now keeps the change words its report used, the old date and the shift it gave.
A commitment whose feeds give other dates than its own is marked disputed, with those dates.
The analysts' views show both (documented in sql/views.sql).

Revision ID: 0007
Revises: 0006
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

VIEWS = ("upcoming_commitments", "commitment_changes", "commitment_sources")

# The analysts' views as they are from this revision on; sql/views.sql holds the same
# statements with every column explained, and a test checks that the two agree.
VIEW_STATEMENTS = (
    """CREATE VIEW upcoming_commitments AS
SELECT c.id, c.due_on, c.status, c.kind, c.what, c.actors, c.previous_due_on, c.confidence,
       c.version, c.confirmed_by,
       (SELECT COUNT(*) FROM sources AS s WHERE s.commitment_id = c.id) AS source_count,
       a.url AS latest_source_url, c.first_seen_at, c.updated_at, c.disputed, c.dissent
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
       s.change_cue, s.reported_previous_due_on, s.reported_shift,
       s.date_text, s.confidence, s.sentence, s.article_id, a.title AS article_title,
       a.url AS article_url, a.published_at, f.name AS feed_name
FROM sources AS s
LEFT JOIN articles AS a ON a.id = s.article_id
LEFT JOIN feeds AS f ON f.id = a.feed_id""",
)

# The views as 0003 made them, for the way down.
_OLD_UPCOMING = """CREATE VIEW upcoming_commitments AS
SELECT c.id, c.due_on, c.status, c.kind, c.what, c.actors, c.previous_due_on, c.confidence,
       c.version, c.confirmed_by,
       (SELECT COUNT(*) FROM sources AS s WHERE s.commitment_id = c.id) AS source_count,
       a.url AS latest_source_url, c.first_seen_at, c.updated_at
FROM commitments AS c
LEFT JOIN articles AS a ON a.id = c.article_id
WHERE c.due_on IS NOT NULL
  AND c.status NOT IN ('cancelled', 'occurred', 'dismissed', 'merged')"""
_OLD_SOURCES = """CREATE VIEW commitment_sources AS
SELECT s.commitment_id, s.id AS source_id, s.seen_at, s.reported_due_on, s.reported_status,
       s.date_text, s.confidence, s.sentence, s.article_id, a.title AS article_title,
       a.url AS article_url, a.published_at, f.name AS feed_name
FROM sources AS s
LEFT JOIN articles AS a ON a.id = s.article_id
LEFT JOIN feeds AS f ON f.id = a.feed_id"""


def _drop_views() -> None:
    for view in reversed(VIEWS):
        op.execute(f"DROP VIEW IF EXISTS {view}")


def upgrade() -> None:
    _drop_views()
    op.add_column("sources", sa.Column("change_cue", sa.Text(), nullable=True))
    op.add_column("sources", sa.Column("reported_previous_due_on", sa.Date(), nullable=True))
    op.add_column("sources", sa.Column("reported_shift", sa.String(20), nullable=True))
    op.add_column(
        "commitments",
        sa.Column("disputed", sa.Boolean(), nullable=False, server_default=sa.false()),
    )
    op.add_column("commitments", sa.Column("dissent", sa.JSON(), nullable=True))
    for statement in VIEW_STATEMENTS:
        op.execute(statement)


def downgrade() -> None:
    _drop_views()
    # plain ALTER TABLE (no batch copy): on SQLite a copy would cascade-delete history
    op.drop_column("commitments", "dissent")
    op.drop_column("commitments", "disputed")
    op.drop_column("sources", "reported_shift")
    op.drop_column("sources", "reported_previous_due_on")
    op.drop_column("sources", "change_cue")
    op.execute(_OLD_UPCOMING)
    op.execute(VIEW_STATEMENTS[1])
    op.execute(_OLD_SOURCES)
