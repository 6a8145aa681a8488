"""Store-wide locks: one writer at a time for a step whose writes depend on what it read.

Two processes may run the same step at once: a manual run beside the scheduler, two
workers, two ``deadlines run``. A step that reads, decides and writes (the feeds brought in
line with the feeds file, articles stored against the revisions known, commitments matched
against the stored ones, the schema migrated) takes its lock as the first statement of its
transaction. A second process waits for the first to commit, then reads what the first
wrote and finds nothing left to do, where without the lock both would insert the same
rows and one would fail on a unique key.

- PostgreSQL: a transaction-level advisory lock (``pg_advisory_xact_lock``) per name,
  released at commit or rollback; readers and the other steps go on meanwhile.
- SQLite: ``BEGIN IMMEDIATE``, the database's write lock taken before the transaction
  reads; a second writer waits for it (the connection's ``busy_timeout``).
"""

from __future__ import annotations

import hashlib

from sqlalchemy import Connection, func, select
from sqlalchemy.orm import Session

__all__ = ["lock_key", "take_lock"]


def lock_key(name: str) -> int:
    """The advisory lock's number for ``name``: a signed 64-bit value, the same in every
    process."""
    digest = hashlib.sha256(f"deadlines:{name}".encode()).digest()
    return int.from_bytes(digest[:8], "big", signed=True)


def take_lock(bind: Session | Connection, name: str) -> None:
    """Hold the store's lock ``name`` until the current transaction ends, waiting for the
    process that holds it. Call it first in the transaction: on SQLite a transaction that
    has already written holds the write lock and goes on, but reads made before the lock
    may be stale."""
    connection = bind.connection() if isinstance(bind, Session) else bind
    dialect = connection.dialect.name
    if dialect == "postgresql":
        connection.execute(select(func.pg_advisory_xact_lock(lock_key(name))))
    elif dialect == "sqlite":
        driver_connection = connection.connection.driver_connection
        if not getattr(driver_connection, "in_transaction", True):
            connection.exec_driver_sql("BEGIN IMMEDIATE")
