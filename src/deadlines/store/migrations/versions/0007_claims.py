"""every report kept as a claim; disputed commitments

A commitment's date and status are derived from all its reports (deadlines.store.truth):
each source now keeps the change words its report used, the old date and the shift it gave.
A commitment whose feeds give other dates than its own is marked disputed, with those dates.
The analysts' views show both (documented in sql/views.sql).

Revision ID: 0007
Revises: 0006
"""

import importlib.util
from pathlib import Path

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

VIEWS = ("upcoming_commitments", "commitment_changes", "commitment_sources")


def _views_of_0003() -> tuple[str, ...]:
    """The views as revision 0003 made them: the way down, and the one this keeps."""
    path = Path(__file__).with_name("0003_commitments.py")
    spec = importlib.util.spec_from_file_location("deadlines_migration_0003", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return tuple(module.VIEW_STATEMENTS)


_OLD = _views_of_0003()

# The analysts' views as they are from this revision on; sql/views.sql holds the same
# statements with every column explained, and a test checks that the two agree.
VIEW_STATEMENTS = (
    _OLD[0].replace(
        "c.first_seen_at, c.updated_at\n", "c.first_seen_at, c.updated_at, c.disputed, c.dissent\n"
    ),
    _OLD[1],
    _OLD[2].replace(
        "s.reported_status,\n",
        "s.reported_status,\n       s.change_cue, s.reported_previous_due_on, s.reported_shift,\n",
    ),
)
assert VIEW_STATEMENTS[0] != _OLD[0] and VIEW_STATEMENTS[2] != _OLD[2]


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
    for statement in _OLD:
        op.execute(statement)
