"""Fresh, empty stores on demand: a new SQLite file or a new PostgreSQL database each time.

For tests that need a store no process has touched yet (concurrent migrations, concurrent
runs). PostgreSQL databases are made on the test server and dropped afterwards; under
CI=true a server that does not answer fails the test instead of skipping it.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from tests.conftest import PG_ADMIN_URL, _postgres_reachable


class FreshStores:
    """``new()`` gives the URL of an empty store of ``backend``."""

    def __init__(self, backend: str, folder: Path) -> None:
        self.backend, self.folder = backend, folder
        self.databases: list[str] = []

    def new(self) -> str:
        if self.backend == "sqlite":
            return f"sqlite:///{self.folder / f'store-{uuid.uuid4().hex[:8]}.db'}"
        name = f"deadlines_test_{uuid.uuid4().hex[:10]}"
        admin = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
        with admin.connect() as connection:
            connection.execute(text(f'CREATE DATABASE "{name}"'))
        admin.dispose()
        self.databases.append(name)
        return PG_ADMIN_URL.rsplit("/", 1)[0] + f"/{name}"

    def drop_all(self) -> None:
        if not self.databases:
            return
        admin = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
        with admin.connect() as connection:
            for name in self.databases:
                connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(params=["sqlite", "postgres"])
def fresh_stores(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[FreshStores]:
    """New empty stores on each backend, as many as a test asks for."""
    if request.param == "postgres":
        problem = _postgres_reachable()
        if problem and os.environ.get("CI") == "true":
            pytest.fail(f"PostgreSQL on 127.0.0.1:5432 is required in CI: {problem}")
        if problem:
            pytest.skip(f"PostgreSQL on 127.0.0.1:5432 does not answer: {problem}")
    stores = FreshStores(request.param, tmp_path)
    try:
        yield stores
    finally:
        stores.drop_all()
