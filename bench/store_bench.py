"""Benchmark of the commitments store at a million rows, on PostgreSQL and then SQLite.

For each database it loads N commitments (with one history entry and one source each), then
measures:

* the due-date scan as the alert planner runs it (``due_between`` over today .. today + the
  longest lead time), against the floor: the same query, the same columns and the same
  partial index, in plain SQL on a raw driver connection (on SQLite, one with the same
  settings as the product's connections);
* 10,000 freshly extracted commitments (half new, half changing the date of a stored one)
  recorded through the product's write path (``record_commitments``, history and sources
  included), against the floor: on PostgreSQL, COPY into a temporary table and one merge
  statement (INSERT .. ON CONFLICT, writing history and sources in the same statement); on
  SQLite, one executemany upsert and two executemany inserts in one transaction. Three
  rounds of each, alternating, each on rows no other round touched, each after a
  checkpoint (untimed) so that none pays for the writes the load or the round before left
  pending; the median counts.

The rows the bench keeps to build its batches are moved out of the garbage collector's
reach (``gc.freeze``) before anything is timed: they are the bench's, not the pipeline's.
It creates a dedicated PostgreSQL database and drops it at the end, and removes its SQLite
file. Run:  python bench/store_bench.py [--rows 1000000] [--skip-sqlite] [--skip-postgres]
"""

from __future__ import annotations

import argparse
import gc
import random
import statistics
import tempfile
import time
import uuid
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, text
from sqlalchemy.orm import Session

from deadlines.extract import Commitment as Found
from deadlines.store import make_engine, migrate
from deadlines.store.commitments import due_between, record_commitments
from deadlines.store.identity import identity_of
from store_data import (
    ACTORS,
    NOW,
    PG_ADMIN,
    add_articles,
    commitment,
    load_postgres,
    load_sqlite,
)
from store_floors import (
    PG_UPSERT,
    floor_scan_postgres,
    floor_scan_sqlite,
    floor_upsert_postgres,
    floor_upsert_sqlite,
    floor_values,
    window,
)

SCAN_RUNS = 300
UPSERT_ROUNDS = 3


def found_from(row: dict[str, Any], due: date, evidence: str, *, moved: bool = False) -> Found:
    """A report of ``row`` due on ``due``; ``moved``: it tells that the date moved there."""
    return Found(
        what=row["what"], due=due, date_text=due.isoformat(),
        status="postponed" if moved else "scheduled",
        previous_due=row["due_on"] if moved else None, actors=tuple(row["actors"]),
        evidence=evidence, confidence=0.8, kind=row["kind"], subject=row["subject"],
        cue="postponed to" if moved else None,
    )  # fmt: skip


def batch(
    stored: list[dict[str, Any]], rng: random.Random, size: int, tag: str
) -> list[tuple[Found, dict[str, Any]]]:
    """``size`` extracted commitments: half move a stored one's date (told with change words,
    as a postponement is), half are new."""
    changed = [
        (
            found_from(
                row, row["due_on"] + timedelta(days=30), f"{tag}: moved {row['key']}", moved=True
            ),
            row,
        )
        for row in rng.sample(stored, size // 2)
    ]
    fresh = []
    for number in range(size - size // 2):
        row = commitment(number, rng)
        row["actors"] = sorted([f"Newcomer {tag} {number}", rng.choice(ACTORS)])
        row["identity"] = identity_of(row["kind"], row["actors"], row["subject"])
        row["key"] = f"{row['identity']}/{tag}-{number}"
        fresh.append((found_from(row, row["due_on"], f"{tag}: new {number}"), row))
    mixed = changed + fresh
    rng.shuffle(mixed)
    return mixed


def percentiles(samples: list[float]) -> dict[str, float]:
    cuts = statistics.quantiles(samples, n=100, method="inclusive")
    return {"p50": cuts[49] * 1000, "p95": cuts[94] * 1000, "p99": cuts[98] * 1000}


def timed(runs: int, call: Callable[[int], Any]) -> tuple[list[float], int]:
    samples, rows = [], 0
    for run in range(runs):
        started = time.perf_counter()
        rows = len(call(run))
        samples.append(time.perf_counter() - started)
    return samples, rows


# ----------------------------------------------------------------------------- measuring
# The same scan as the planner's: the same columns, the same partial index.
def product_scan(engine: Engine) -> Callable[[int], list[Any]]:
    def scan(run: int) -> list[Any]:
        first, last = window(run)
        with Session(engine) as session:
            return due_between(session, first, last)

    return scan


def product_upsert(
    engine: Engine, reports: list[tuple[Found, dict[str, Any]]], articles: list[int]
) -> float:
    pairs = [(found, articles[n % len(articles)]) for n, (found, _) in enumerate(reports)]
    started = time.perf_counter()
    with Session(engine) as session, session.begin():
        events = record_commitments(session, pairs, now=NOW)
    elapsed = time.perf_counter() - started
    new = sum(1 for e in events if e.reason == "new")
    assert new == len(reports) - len(reports) // 2, f"expected half new, got {new}"
    assert len(events) == len(reports), f"expected {len(reports)} changes, got {len(events)}"
    return elapsed


# ----------------------------------------------------------------------------- report
def report(name: str, count: int, figures: dict[str, Any]) -> None:
    product, floor = figures["scan"], figures["scan_floor"]
    print(f"\n== {name}: {count:,} commitments (+1 history entry and 1 source each) ==")
    print(f"load: {figures['load']:.1f} s")
    print(f"due-within-lead-time scan ({figures['scan_rows']} rows per run, {SCAN_RUNS} runs)")
    print("  product  due_between         p50 {p50:6.2f} ms  p95 {p95:6.2f} ms  p99 {p99:6.2f} ms"
          .format(**product))  # fmt: skip
    print("  floor    plain SQL, raw driver p50 {p50:6.2f} ms  p95 {p95:6.2f} ms  p99 {p99:6.2f} ms"
          .format(**floor))  # fmt: skip
    ratio = product["p95"] / floor["p95"]
    verdict = "met" if ratio <= 2 and product["p95"] < 10 else "NOT met"
    print(f"  p95 ratio {ratio:.2f}x (target: within 2x and under 10 ms: {verdict})")
    upsert, upsert_floor = figures["upsert"], figures["upsert_floor"]
    print(f"10,000 upserts (5,000 new, 5,000 moved), history and sources included, "
          f"{len(upsert)} rounds: median (each round)")  # fmt: skip
    for name, method, rounds in (
        ("product", "record_commitments", upsert),
        ("floor", figures["floor_method"], upsert_floor),
    ):
        each = ", ".join(f"{value:.3f}" for value in rounds)
        print(f"  {name:<8} {method:<22}{statistics.median(rounds):6.3f} s  ({each})")
    print(f"  (the floor's upsert of the commitments table alone, without history and "
          f"sources: {figures['upsert_bare']:.3f} s)")  # fmt: skip
    ratio = statistics.median(upsert) / statistics.median(upsert_floor)
    verdict = "met" if ratio <= 3 and statistics.median(upsert) < 1 else "NOT met"
    print(f"  ratio {ratio:.2f}x (target: within 3x and under 1 s: {verdict})")


def checkpoint(engine: Engine) -> None:
    """Write out what earlier work left in the database's memory and log (untimed), so that
    each timed write starts as a batch of the pipeline does, minutes after the last one,
    instead of paying for the load's or the previous round's deferred writes."""
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        if engine.dialect.name == "postgresql":
            connection.exec_driver_sql("CHECKPOINT")
        else:
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")


def measure(engine: Engine, stored: list[dict[str, Any]], floor_scan: Any, floor_upsert: Any,
            bare_upsert: Any, articles: list[int]) -> dict[str, Any]:  # fmt: skip
    figures: dict[str, Any] = {}
    # The bench keeps 200,000 stored rows at hand to build its batches: without this every
    # garbage collection during a timed call would walk them, a cost that belongs to the
    # bench, not to the pipeline's processes.
    gc.collect()
    gc.freeze()
    rng = random.Random(7)
    scan = product_scan(engine)
    timed(20, scan)  # warm the pool and the caches
    samples, rows = timed(SCAN_RUNS, scan)
    figures["scan"], figures["scan_rows"] = percentiles(samples), rows
    floor, close = floor_scan
    timed(20, floor)
    samples, floor_rows = timed(SCAN_RUNS, floor)
    close()
    assert floor_rows == rows, (floor_rows, rows)
    figures["scan_floor"] = percentiles(samples)
    # Rounds alternate product and floor, each on its own 30,000 stored rows, so that no
    # round moves a commitment an earlier one moved; the figures are each round's and the
    # median.
    figures["upsert"], figures["upsert_floor"] = [], []
    for number in range(UPSERT_ROUNDS):
        part = slice(number * 30_000, (number + 1) * 30_000)
        reports = batch(stored[:100_000][part], rng, 10_000, f"product{number}")
        checkpoint(engine)
        figures["upsert"].append(product_upsert(engine, reports, articles))
        reports = batch(stored[100_000:][part], rng, 10_000, f"floor{number}")
        checkpoint(engine)
        figures["upsert_floor"].append(floor_upsert(floor_values(reports, articles)))
    # For scale: the commitments table alone, no history and no sources, in one statement.
    reports = batch(stored[90_000:100_000], rng, 10_000, "bare")
    checkpoint(engine)
    figures["upsert_bare"] = bare_upsert(floor_values(reports, articles))
    return figures


def bench_postgres(count: int) -> None:
    name = f"deadlines_bench_{uuid.uuid4().hex[:8]}"
    admin = create_engine(PG_ADMIN, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    engine = make_engine(PG_ADMIN.rsplit("/", 1)[0] + f"/{name}")
    try:
        migrate(engine)
        articles = add_articles(engine)
        started = time.perf_counter()
        stored = load_postgres(engine, count)
        load = time.perf_counter() - started
        figures = measure(
            engine, stored, floor_scan_postgres(engine),
            lambda rows: floor_upsert_postgres(engine, rows),
            lambda rows: floor_upsert_postgres(engine, rows, PG_UPSERT), articles,
        )  # fmt: skip
        figures["load"], figures["floor_method"] = load, "COPY + one merge"
        report("PostgreSQL", count, figures)
    finally:
        engine.dispose()
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def bench_sqlite(count: int) -> None:
    with tempfile.TemporaryDirectory(prefix="deadlines-bench-") as folder:
        path = Path(folder) / "bench.db"
        engine = make_engine(f"sqlite:///{path}")
        try:
            migrate(engine)
            articles = add_articles(engine)
            started = time.perf_counter()
            stored = load_sqlite(engine, path, count)
            load = time.perf_counter() - started
            figures = measure(
                engine, stored, floor_scan_sqlite(path),
                lambda rows: floor_upsert_sqlite(path, rows),
                lambda rows: floor_upsert_sqlite(path, rows, history=False), articles,
            )  # fmt: skip
            figures["load"], figures["floor_method"] = load, "executemany upsert"
            report("SQLite", count, figures)
        finally:
            engine.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--skip-sqlite", action="store_true")
    parser.add_argument("--skip-postgres", action="store_true")
    args = parser.parse_args()
    if args.rows < 210_000:
        parser.error("--rows must be at least 210000 (the upserts sample 200,000 stored rows)")
    if not args.skip_postgres:
        bench_postgres(args.rows)
    if not args.skip_sqlite:
        bench_sqlite(args.rows)


if __name__ == "__main__":
    main()
