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
