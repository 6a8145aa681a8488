import pytest
from sqlalchemy import Engine, inspect

from deadlines.errors import ConfigError
from deadlines.store import make_engine, migrate
from deadlines.store.db import current_revision, head_revision

TABLES = {"feeds", "articles", "commitments", "commitment_history", "alerts"}


def test_migrations_create_every_table_and_run_twice(engine: Engine) -> None:
    assert TABLES <= set(inspect(engine).get_table_names())
    migrate(engine)
    assert current_revision(engine) == head_revision(engine)


def test_postgresql_urls_use_psycopg() -> None:
    engine = make_engine("postgresql://postgres@127.0.0.1:5432/test")
    assert engine.dialect.driver == "psycopg"


def test_other_databases_are_refused_plainly() -> None:
    with pytest.raises(ConfigError, match="sqlite:/// or postgresql://"):
        make_engine("mysql://root@127.0.0.1/test")


def test_sqlite_readers_do_not_hold_up_the_pipelines_writes(sqlite_engine: Engine) -> None:
    # With write-ahead logging a reader in the middle of a read keeps its snapshot while a
    # writer commits; with a rollback journal the commit would fail as "database is locked".
    with sqlite_engine.connect() as writer, sqlite_engine.connect() as reader:
        assert writer.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert writer.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        reader.exec_driver_sql("PRAGMA busy_timeout=0")
        writer.exec_driver_sql("PRAGMA busy_timeout=0")
        reading = reader.connection.driver_connection
        assert reading is not None
        reading.execute("BEGIN")  # the driver opens none for a plain SELECT
        assert reading.execute("SELECT COUNT(*) FROM feeds").fetchone() == (0,)
        writer.exec_driver_sql(
            "INSERT INTO feeds (name, url, tags, poll_interval_s, consecutive_failures) "
            "VALUES ('f', 'http://127.0.0.1:9/f', '[]', 900, 0)"
        )
        writer.commit()  # while the reader's transaction is still open
        assert reading.execute("SELECT COUNT(*) FROM feeds").fetchone() == (0,)
        reading.execute("COMMIT")
        assert reading.execute("SELECT COUNT(*) FROM feeds").fetchone() == (1,)
