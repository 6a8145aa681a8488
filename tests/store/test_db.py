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


def test_sqlite_files_use_write_ahead_logging(sqlite_engine: Engine) -> None:
    # Readers (the UI, analysts) neither wait for the pipeline's writes nor hold them up.
    with sqlite_engine.connect() as writer, sqlite_engine.connect() as reader:
        assert writer.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert writer.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        writer.exec_driver_sql(
            "INSERT INTO feeds (name, url, tags, poll_interval_s, consecutive_failures) "
            "VALUES ('f', 'http://127.0.0.1:9/f', '[]', 900, 0)"
        )  # a write transaction left open
        reader.exec_driver_sql("PRAGMA busy_timeout=0")
        assert reader.exec_driver_sql("SELECT COUNT(*) FROM feeds").scalar() == 0
        writer.commit()
        reader.rollback()
        assert reader.exec_driver_sql("SELECT COUNT(*) FROM feeds").scalar() == 1
