"""Benchmark of the Commitments view's index page over a store of 100,000 commitments.

It fills a SQLite store (and, with ``--postgres``, a dedicated PostgreSQL database, dropped
at the end) with N commitments as the store bench does (one history entry and one source
each, most with their article), dismisses and merges a few, then asks the plugin's app for
the index page through a test client, as Airflow's API server would serve it (the login is
replaced by a fixed user), and prints the page's time: median, 95th percentile and worst
of the runs, for the first page and for a page deep into the upcoming group.

Run:  python bench/ui_bench.py [--rows 100000] [--runs 30] [--postgres]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

from sqlalchemy import Engine, create_engine, text

sys.path.insert(0, str(Path(__file__).resolve().parent))
from deadlines.store import make_engine, migrate  # noqa: E402
from store_data import PG_ADMIN, add_articles, load_postgres, load_sqlite  # noqa: E402

NOW = "2025-10-26"


def mark(engine: Engine) -> None:
    """Tie most commitments to an article; dismiss and merge some, as people would."""
    with engine.begin() as connection:
        connection.execute(
            text("UPDATE commitments SET article_id = (id % 2000) + 1 WHERE id % 10 <> 0")
        )
        connection.execute(text("UPDATE commitments SET status = 'dismissed' WHERE id % 97 = 0"))
        connection.execute(
            text(
                "UPDATE commitments SET status = 'merged', merged_into_id = id - 1 WHERE id % 89 = 0"
            )
        )
        connection.execute(text("UPDATE commitments SET due_on = NULL WHERE id % 50 = 1"))


def measure(engine: Engine, runs: int, label: str) -> None:
    from airflow.api_fastapi.core_api.security import get_user
    from fastapi.testclient import TestClient

    from deadlines_airflow.ui import app as view

    view.engine = lambda: engine  # type: ignore[assignment]
    view.app.dependency_overrides[get_user] = lambda: None
    client = TestClient(view.app)
    for name, params in (
        ("first page", {"now": NOW}),
        ("upcoming, row 5000", {"now": NOW, "upcoming": 5000}),
    ):
        for _ in range(3):  # warm-up: connections, compiled statements, page cache
            assert client.get("/", params=params).status_code == 200
        samples = []
        for _ in range(runs):
            started = time.perf_counter()
            answer = client.get("/", params=params)
            samples.append(time.perf_counter() - started)
            assert answer.status_code == 200 and "Upcoming deadlines" in answer.text
        cuts = statistics.quantiles(samples, n=20, method="inclusive")
        print(
            f"{label:10} index page, {name:19}: median {statistics.median(samples) * 1000:6.1f} ms, "
            f"p95 {cuts[18] * 1000:6.1f} ms, worst {max(samples) * 1000:6.1f} ms "
            f"({len(answer.content) // 1024} KiB)"
        )
    view.app.dependency_overrides.clear()


def on_sqlite(rows: int, runs: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "ui.db"
        engine = make_engine(f"sqlite:///{path}")
        migrate(engine)
        add_articles(engine)
        load_sqlite(engine, path, rows)
        mark(engine)
        measure(engine, runs, "SQLite")
        engine.dispose()


def on_postgres(rows: int, runs: int) -> None:
    name = f"deadlines_ui_bench_{uuid.uuid4().hex[:8]}"
    admin = create_engine(PG_ADMIN, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        engine = make_engine(admin.url.set(database=name).render_as_string(hide_password=False))
        migrate(engine)
        add_articles(engine)
        load_postgres(engine, rows)
        mark(engine)
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
            connection.execute(text("ANALYZE"))
        measure(engine, runs, "PostgreSQL")
        engine.dispose()
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--postgres", action="store_true", help="also on PostgreSQL")
    args = parser.parse_args()
    print(f"{args.rows} commitments, {args.runs} runs per page")
    on_sqlite(args.rows, args.runs)
    if args.postgres:
        on_postgres(args.rows, args.runs)


if __name__ == "__main__":
    main()
