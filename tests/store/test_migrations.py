"""The schema upgrades from empty and from every earlier revision, on SQLite and PostgreSQL."""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import Engine, create_engine, inspect, text
from sqlalchemy.orm import Session

from deadlines.store import make_engine, migrate
from deadlines.store.commitments import due_query
from deadlines.store.db import _alembic_config, current_revision, head_revision

PG_ADMIN_URL = os.environ.get(
    "DEADLINES_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
)
VIEWS = {"upcoming_commitments", "commitment_changes", "commitment_sources"}
EARLIER = [None, "0001", "0002", "0003", "0004"]


@pytest.fixture(params=["sqlite", "postgres"])
def fresh_engine(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Callable[[], Engine]]:
    """A factory of empty databases on each backend (PostgreSQL ones are dropped after)."""
    made: list[tuple[Engine, str | None]] = []

    def make() -> Engine:
        if request.param == "sqlite":
            engine = make_engine(f"sqlite:///{tmp_path / f'{uuid.uuid4().hex}.db'}")
            made.append((engine, None))
            return engine
        request.getfixturevalue("postgres_url")  # skips when PostgreSQL does not answer
        name = f"deadlines_mig_{uuid.uuid4().hex[:10]}"
        admin = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
        with admin.connect() as connection:
            connection.execute(text(f'CREATE DATABASE "{name}"'))
        admin.dispose()
        engine = make_engine(PG_ADMIN_URL.rsplit("/", 1)[0] + f"/{name}")
        made.append((engine, name))
        return engine

    yield make
    for engine, name in made:
        engine.dispose()
        if name:
            admin = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
            with admin.connect() as connection:
                connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            admin.dispose()


def _old_commitment(engine: Engine) -> None:
    """A commitment as the first schema stored it, with one history entry."""
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO commitments (key, kind, subject, what, due_on, status, actors, "
                "evidence, confidence, version, first_seen_at, updated_at) VALUES "
                "('truce:tariff-truce', 'truce', 'tariff truce', 'truce expires', :due, "
                "'scheduled', '[]', 'The truce expires.', 0.8, 1, :at, :at)"
            ),
            {"due": date(2025, 11, 10), "at": "2025-10-26 12:00:00+00:00"},
        )
        connection.execute(
            text(
                "INSERT INTO commitment_history (commitment_id, version, changed_at, new_due_on, "
                "new_status) VALUES (1, 1, :at, :due, 'scheduled')"
            ),
            {"due": date(2025, 11, 10), "at": "2025-10-26 12:00:00+00:00"},
        )


@pytest.mark.parametrize("start", EARLIER, ids=lambda r: f"from-{r or 'empty'}")
def test_upgrade_from_every_earlier_revision(
    fresh_engine: Callable[[], Engine], start: str | None
) -> None:
    engine = fresh_engine()
    if start is not None:
        migrate(engine, start)
        _old_commitment(engine)
    migrate(engine)
    assert current_revision(engine) == head_revision(engine)
    names = inspect(engine)
    assert VIEWS <= set(names.get_view_names())
    assert {"sources", "corrections"} <= set(names.get_table_names())
    assert "ix_commitments_open_due" in {i["name"] for i in names.get_indexes("commitments")}
    with engine.connect() as connection:
        for view in sorted(VIEWS):
            rows = connection.execute(text(f"SELECT * FROM {view}")).all()
            # Rows stored before 0003 get their first source from the migration.
            expected = (
                0
                if start is None or (start in ("0003", "0004") and view == "commitment_sources")
                else 1
            )
            assert len(rows) == expected, view
        if start in ("0001", "0002"):
            identity, change = connection.execute(
                text(
                    "SELECT c.identity, h.change FROM commitments AS c "
                    "JOIN commitment_history AS h ON h.commitment_id = c.id"
                )
            ).one()
            assert (identity, change) == ("truce:tariff-truce", "new")


def test_article_links_survive_the_upgrade_from_the_first_schema(
    fresh_engine: Callable[[], Engine],
) -> None:
    """No migration may rebuild a table that others refer to: on SQLite that would run
    their ON DELETE actions and cut commitments and history off their articles."""
    engine = fresh_engine()
    migrate(engine, "0001")
    _old_commitment(engine)
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO feeds (name, url, tags, poll_interval_s, consecutive_failures) "
                "VALUES ('wire', 'http://127.0.0.1:9/wire.xml', '[]', 900, 0)"
            )
        )
        connection.execute(
            text(
                "INSERT INTO articles (feed_id, guid, text, fetched_at, content_hash) "
                "VALUES (1, 'g1', 'The truce expires.', :at, 'h')"
            ),
            {"at": "2025-10-26 12:00:00+00:00"},
        )
        connection.execute(text("UPDATE commitments SET article_id = 1"))
        connection.execute(text("UPDATE commitment_history SET article_id = 1"))
    migrate(engine)
    with engine.connect() as connection:
        links = connection.execute(
            text("SELECT article_id, feed_name FROM commitment_sources")
        ).one()
        assert tuple(links) == (1, "wire")


def test_downgrade_to_the_previous_revision_and_back(fresh_engine: Callable[[], Engine]) -> None:
    engine = fresh_engine()
    migrate(engine, "0002")
    _old_commitment(engine)
    migrate(engine)
    config = _alembic_config(engine)
    command.downgrade(config, "0002")
    names = inspect(engine)
    assert not VIEWS & set(names.get_view_names())
    assert "sources" not in names.get_table_names()
    assert "identity" not in {c["name"] for c in names.get_columns("commitments")}
    migrate(engine)
    with engine.connect() as connection:
        assert connection.execute(text("SELECT COUNT(*) FROM commitment_sources")).scalar() == 1


def test_the_due_scan_uses_the_partial_index(engine: Engine) -> None:
    query = due_query(date(2025, 10, 26), date(2025, 11, 2))
    with Session(engine) as session:
        connection = session.connection()
        compiled = query.compile(dialect=engine.dialect, compile_kwargs={"literal_binds": True})
        if engine.dialect.name == "sqlite":
            plan = connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {compiled}").all()
        else:
            connection.exec_driver_sql("SET LOCAL enable_seqscan = off")
            plan = connection.exec_driver_sql(f"EXPLAIN {compiled}").all()
    assert "ix_commitments_open_due" in " ".join(str(row) for row in plan)


def test_commitments_are_found_by_key_ranges_after_0005_and_not_before(
    fresh_engine: Callable[[], Engine],
) -> None:
    engine = fresh_engine()
    migrate(engine, "0004")
    _old_commitment(engine)
    migrate(engine)
    names = inspect(engine)
    assert "ix_commitments_identity" not in {i["name"] for i in names.get_indexes("commitments")}
    sources = {i["name"]: i["column_names"] for i in names.get_indexes("sources")}
    assert sources["uq_sources_report"] == ["article_id", "sentence_hash", "commitment_id"]
    assert sources["ix_sources_commitment"] == ["commitment_id"]
    if engine.dialect.name == "postgresql":
        # Ranges of keys follow byte order only under the "C" collation.
        assert _key_collation(engine) == "C"
    command.downgrade(_alembic_config(engine), "0004")
    names = inspect(engine)
    assert "ix_commitments_identity" in {i["name"] for i in names.get_indexes("commitments")}
    assert "ix_sources_article" in {i["name"] for i in names.get_indexes("sources")}
    if engine.dialect.name == "postgresql":
        assert _key_collation(engine) is None
    migrate(engine)
    with engine.connect() as connection:
        assert connection.execute(text("SELECT COUNT(*) FROM upcoming_commitments")).scalar() == 1


def _key_collation(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return connection.execute(
            text(
                "SELECT collation_name FROM information_schema.columns "
                "WHERE table_name = 'commitments' AND column_name = 'key'"
            )
        ).scalar()
