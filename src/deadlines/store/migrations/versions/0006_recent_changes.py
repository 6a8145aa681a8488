"""history found newest first

The Commitments view shows the latest changes of any commitment on its index page; an index
of the history by the instant of each change answers that without sorting the whole history.

Revision ID: 0006
Revises: 0005
"""

from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_history_changed", "commitment_history", ["changed_at", "id"])


def downgrade() -> None:
    op.drop_index("ix_history_changed", table_name="commitment_history")
