"""Alembic environment: runs on the connection (or engine) deadlines.store.db.migrate hands
over."""

from alembic import context
from sqlalchemy import Connection

from deadlines.store.models import Base

config = context.config
engine = config.attributes["engine"]


def run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=connection.dialect.name == "sqlite",
    )
    with context.begin_transaction():
        context.run_migrations()


# migrate() hands over a connection inside its transaction, under the migrations lock.
given = config.attributes.get("connection")
if given is not None:
    run(given)
else:
    with engine.begin() as connection:
        run(connection)
