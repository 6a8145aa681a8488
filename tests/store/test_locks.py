"""Store-wide locks: a second writer of a step waits for the first; migrations run once."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import Engine, func, inspect, select
from sqlalchemy.exc import OperationalError
from tests.stores import FreshStores, fresh_stores  # noqa: F401  (a fixture)

from deadlines.store import make_engine, migrate
from deadlines.store.db import current_revision, head_revision
from deadlines.store.locks import lock_key, take_lock
from deadlines.store.models import Base


def _held_elsewhere(engine: Engine, name: str) -> bool:
    """Whether another connection holds the lock ``name`` right now (no waiting)."""
    with engine.connect() as connection:
        if connection.dialect.name == "postgresql":
            query = select(func.pg_try_advisory_xact_lock(lock_key(name)))
            return not connection.execute(query).scalar()
        connection.exec_driver_sql("PRAGMA busy_timeout=0")
        try:
            connection.exec_driver_sql("BEGIN IMMEDIATE")
        except OperationalError as exc:
            assert "locked" in str(exc)
            return True
        connection.exec_driver_sql("ROLLBACK")
        return False


def test_a_lock_is_held_until_its_transaction_ends(engine: Engine) -> None:
    assert not _held_elsewhere(engine, "extract")
    with engine.connect() as connection, connection.begin():
        take_lock(connection, "extract")
        assert _held_elsewhere(engine, "extract")
    assert not _held_elsewhere(engine, "extract")
    assert lock_key("extract") == lock_key("extract") != lock_key("poll")


def _migrate_together(engines: list[Engine]) -> list[BaseException]:
    """Migrate with every engine at the same moment, each from its own thread."""
    start = threading.Barrier(len(engines))
    errors: list[BaseException] = []

    def upgrade(engine: Engine) -> None:
        start.wait()
        try:
            migrate(engine)
        except BaseException as exc:  # reported with the others
            errors.append(exc)

    threads = [threading.Thread(target=upgrade, args=(engine,)) for engine in engines]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return errors


def test_migrations_started_together_run_once(fresh_stores: FreshStores) -> None:  # noqa: F811
    """Three processes' worth of connections migrate a new store at the same moment, ten
    times over: none fails (on SQLite, not even while the new file is switched to WAL),
    and the schema is whole and current."""
    for _ in range(10):
        engines = [make_engine(url) for url in [fresh_stores.new()] * 3]
        assert _migrate_together(engines) == []
        engine = engines[0]
        assert current_revision(engine) == head_revision(engine)
        assert set(Base.metadata.tables) <= set(inspect(engine).get_table_names())
        for each in engines:
            each.dispose()


@pytest.mark.parametrize("name", ["poll", "extract", "migrations"])
def test_lock_keys_are_signed_64_bit(name: str) -> None:
    assert -(2**63) <= lock_key(name) < 2**63
