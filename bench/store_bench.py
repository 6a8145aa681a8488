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
import hashlib
import json
import os
import random
import sqlite3
import statistics
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, text
from sqlalchemy.orm import Session

from deadlines.extract import Commitment as Found
from deadlines.store import make_engine, migrate
from deadlines.store.commitments import due_between, record_commitments
from deadlines.store.db import SQLITE_PRAGMAS
from deadlines.store.identity import identity_of, new_key, slug, subject_words
from deadlines.store.models.commitments import OPEN_PREDICATE

PG_ADMIN = os.environ.get("DEADLINES_BENCH_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
KINDS = ("tariff", "truce", "meeting", "rule", "deadline", "sanction", "vote", "ruling", "other")
STATUSES = ("scheduled",) * 6 + ("expected", "postponed", "cancelled", "occurred")
WORDS = [f"w{n:03d}" for n in range(600)]
ACTORS = [f"Party {n:04d}" for n in range(3000)]
FIRST_DAY, DAYS = date(1995, 1, 1), 40 * 365  # due dates spread over forty years
TODAY = date(2025, 10, 26)
NOW = datetime(2025, 10, 26, 12, tzinfo=UTC)
LEADS = (timedelta(days=7), timedelta(days=1))
ARTICLES = 2000
SCAN_RUNS = 300
UPSERT_ROUNDS = 3


def commitment(number: int, rng: random.Random) -> dict[str, Any]:
    """A synthetic stored commitment, keyed the way the product keys it."""
    kind = KINDS[number % len(KINDS)]
    actors = sorted(rng.sample(ACTORS, 2))
    subject = f"{rng.choice(WORDS)} {rng.choice(WORDS)} {kind}"
    words = subject_words(kind, subject)
    identity = identity_of(kind, actors, subject)
    return {
        "key": new_key(identity, words, set()) + f"#{number}",
        "identity": identity,
        "kind": kind,
        "subject": subject,
        "subject_words": slug(words).replace("-", " "),
        "what": f"{subject} falls due",
        "due_on": FIRST_DAY + timedelta(days=rng.randrange(DAYS)),
        "status": rng.choice(STATUSES),
        "actors": actors,
        "evidence": f"The {subject} falls due, officials of {actors[0]} said.",
        "confidence": round(rng.uniform(0.5, 0.95), 2),
    }


def found_from(row: dict[str, Any], due: date, evidence: str) -> Found:
    return Found(
        what=row["what"], due=due, date_text=due.isoformat(), status="scheduled",
        previous_due=None, actors=tuple(row["actors"]), evidence=evidence,
        confidence=0.8, kind=row["kind"], subject=row["subject"],
    )  # fmt: skip


def batch(
    stored: list[dict[str, Any]], rng: random.Random, size: int, tag: str
) -> list[tuple[Found, dict[str, Any]]]:
    """``size`` extracted commitments: half change a stored one's date, half are new."""
    changed = [
        (found_from(row, row["due_on"] + timedelta(days=30), f"{tag}: moved {row['key']}"), row)
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


def window(run: int) -> tuple[date, date]:
    today = TODAY + timedelta(days=run % 60)
    return today, (datetime.combine(today, datetime.min.time()) + max(LEADS)).date()


# ----------------------------------------------------------------------------- loading
def rows_for_load(count: int, seed: int) -> Iterator[dict[str, Any]]:
    rng = random.Random(seed)
    for number in range(count):
        yield commitment(number, rng)


COLUMNS = (
    "key", "identity", "kind", "subject", "subject_words", "what", "due_on", "status", "actors",
    "evidence", "confidence", "version", "first_seen_at", "updated_at", "last_seen_at",
    "due_corrected", "status_corrected",
)  # fmt: skip


def load_values(row: dict[str, Any], at: datetime) -> tuple[Any, ...]:
    return (
        row["key"], row["identity"], row["kind"], row["subject"], row["subject_words"],
        row["what"], row["due_on"], row["status"], json.dumps(row["actors"]), row["evidence"],
        row["confidence"], 1, at, at, at, False, False,
    )  # fmt: skip


def add_articles(engine: Engine) -> list[int]:
    with engine.begin() as connection:
        connection.execute(
            text("INSERT INTO feeds (name, url, tags, poll_interval_s, consecutive_failures) "
                 "VALUES ('bench', 'http://127.0.0.1:9/bench.xml', '[]', 900, 0)")
        )  # fmt: skip
        connection.execute(
            text("INSERT INTO articles (feed_id, guid, url, title, text, fetched_at, content_hash) "
                 "VALUES (1, :guid, :url, 'a report', '...', :at, :hash)"),
            [
                {"guid": f"g{n}", "url": f"http://127.0.0.1:9/{n}", "at": NOW, "hash": f"{n:064d}"}
                for n in range(ARTICLES)
            ],
        )  # fmt: skip
        return list(connection.execute(text("SELECT id FROM articles ORDER BY id")).scalars())


def load_postgres(engine: Engine, count: int) -> list[dict[str, Any]]:
    stored, at = [], NOW - timedelta(days=365)
    raw: Any = engine.raw_connection()
    try:
        cursor = raw.cursor()
        with cursor.copy(f"COPY commitments ({', '.join(COLUMNS)}) FROM STDIN") as copy:
            for row in rows_for_load(count, 1):
                copy.write_row(load_values(row, at))
                if len(stored) < 200_000:
                    stored.append(row)
        cursor.execute(
            "INSERT INTO commitment_history (commitment_id, version, changed_at, new_due_on, "
            "new_status, evidence, change) SELECT id, 1, first_seen_at, due_on, status, "
            "evidence, 'new' FROM commitments"
        )
        cursor.execute(
            "INSERT INTO sources (commitment_id, sentence, sentence_hash, confidence, "
            "reported_due_on, reported_status, seen_at) SELECT id, evidence, md5(evidence), "
            "confidence, due_on, status, first_seen_at FROM commitments"
        )
        raw.commit()
    finally:
        raw.close()
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        connection.execute(text("VACUUM ANALYZE"))
    return stored


def load_sqlite(engine: Engine, path: Path, count: int) -> list[dict[str, Any]]:
    stored, at = [], (NOW - timedelta(days=365)).isoformat(sep=" ")
    connection = sqlite3.connect(path)
    placeholders = ", ".join("?" for _ in COLUMNS)
    with connection:
        connection.executemany(
            f"INSERT INTO commitments ({', '.join(COLUMNS)}) VALUES ({placeholders})",
            (
                tuple(str(v) if isinstance(v, date) else v for v in load_values(row, at))  # type: ignore[arg-type]
                for row in _keep(rows_for_load(count, 1), stored)
            ),
        )
        connection.execute(
            "INSERT INTO commitment_history (commitment_id, version, changed_at, new_due_on, "
            "new_status, evidence, change) SELECT id, 1, first_seen_at, due_on, status, "
            "evidence, 'new' FROM commitments"
        )
        connection.execute(
            "INSERT INTO sources (commitment_id, sentence, sentence_hash, confidence, "
            "reported_due_on, reported_status, seen_at) SELECT id, evidence, 'h' || id, "
            "confidence, due_on, status, first_seen_at FROM commitments"
        )
    connection.execute("ANALYZE")
    connection.close()
    return stored


def _keep(rows: Iterator[dict[str, Any]], stored: list[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    for row in rows:
        if len(stored) < 200_000:
            stored.append(row)
        yield row


# ----------------------------------------------------------------------------- measuring
# The same scan as the planner's: the same columns, the same partial index.
FLOOR_SCAN = (
    "SELECT id, kind, what, due_on, status, previous_due_on, actors, evidence, confidence, "
    "article_id, version "
    f"FROM commitments WHERE due_on >= {{p}} AND due_on <= {{p}} AND {OPEN_PREDICATE} "
    "ORDER BY due_on, id"
)


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


def _floor_rows(reports: list[tuple[Found, dict[str, Any]]], articles: list[int]) -> list[tuple]:
    rows = []
    for n, (found, row) in enumerate(reports):
        rows.append((
            row["key"], row["identity"], row["kind"], row["subject"], row["subject_words"],
            found.what, found.due, found.status, json.dumps(list(found.actors)), found.evidence,
            found.confidence, articles[n % len(articles)],
            hashlib.sha256(found.evidence.encode()).hexdigest(),
        ))  # fmt: skip
    return rows


FLOOR_COLUMNS = (
    "key text, identity text, kind text, subject text, subject_words text, what text, "
    "due_on date, status text, actors text, evidence text, confidence float8, article_id int, "
    "sentence_hash text"
)
PG_UPSERT = """
  INSERT INTO commitments AS c (key, identity, kind, subject, subject_words, what, due_on,
      status, actors, evidence, confidence, article_id, version, first_seen_at, updated_at,
      last_seen_at, due_corrected, status_corrected)
  SELECT key, identity, kind, subject, subject_words, what, due_on, status, actors::json,
      evidence, confidence, article_id, 1, %(now)s, %(now)s, %(now)s, false, false
  FROM incoming
  ON CONFLICT (key) DO UPDATE SET previous_due_on = c.due_on, due_on = EXCLUDED.due_on,
      evidence = EXCLUDED.evidence, article_id = EXCLUDED.article_id,
      version = c.version + 1, updated_at = EXCLUDED.updated_at,
      last_seen_at = EXCLUDED.last_seen_at
"""
PG_MERGE = f"""
WITH up AS (
  {PG_UPSERT.strip()}
  RETURNING c.id, c.key, c.version, c.due_on, c.previous_due_on, c.status
), history AS (
  INSERT INTO commitment_history (commitment_id, version, changed_at, article_id, old_due_on,
      new_due_on, new_status, evidence, change)
  SELECT up.id, up.version, %(now)s, i.article_id, up.previous_due_on, up.due_on, up.status,
      i.evidence, CASE WHEN up.version = 1 THEN 'new' ELSE 'moved' END
  FROM up JOIN incoming AS i USING (key)
)
INSERT INTO sources (commitment_id, article_id, sentence, sentence_hash, confidence,
    reported_due_on, reported_status, seen_at)
SELECT up.id, i.article_id, i.evidence, i.sentence_hash, i.confidence, i.due_on, i.status,
    %(now)s
FROM up JOIN incoming AS i USING (key)
"""


def floor_upsert_postgres(engine: Engine, rows: list[tuple], merge: str = PG_MERGE) -> float:
    raw: Any = engine.raw_connection()
    try:
        cursor = raw.cursor()
        started = time.perf_counter()
        cursor.execute(f"CREATE TEMPORARY TABLE incoming ({FLOOR_COLUMNS}) ON COMMIT DROP")
        with cursor.copy("COPY incoming FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)
        cursor.execute(merge, {"now": NOW})
        raw.commit()
        return time.perf_counter() - started
    finally:
        raw.close()


def plain_sqlite(path: Path) -> sqlite3.Connection:
    """A plain driver connection with the same settings as the product's connections."""
    connection = sqlite3.connect(path)
    for pragma in SQLITE_PRAGMAS:
        connection.execute(pragma)
    return connection


def floor_upsert_sqlite(path: Path, rows: list[tuple], history: bool = True) -> float:
    connection = plain_sqlite(path)
    now = NOW.isoformat(sep=" ")
    started = time.perf_counter()
    with connection:
        connection.executemany(
            "INSERT INTO commitments AS c (key, identity, kind, subject, subject_words, what, "
            "due_on, status, actors, evidence, confidence, article_id, version, first_seen_at, "
            "updated_at, last_seen_at, due_corrected, status_corrected) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, 0, 0) "
            "ON CONFLICT (key) DO UPDATE SET previous_due_on = c.due_on, "
            "due_on = excluded.due_on, evidence = excluded.evidence, "
            "article_id = excluded.article_id, version = c.version + 1, "
            "updated_at = excluded.updated_at, last_seen_at = excluded.last_seen_at",
            [(*row[:6], str(row[6]), *row[7:12], now, now, now) for row in rows],
        )
        if history:
            keys = {row[0]: row for row in rows}
            found = []
            key_list = list(keys)
            for start in range(0, len(key_list), 900):
                chunk = key_list[start : start + 900]
                found += connection.execute(
                    "SELECT id, key, version, due_on, previous_due_on, status FROM commitments "
                    f"WHERE key IN ({', '.join('?' for _ in chunk)})",
                    chunk,
                ).fetchall()
            connection.executemany(
                "INSERT INTO commitment_history (commitment_id, version, changed_at, article_id, "
                "old_due_on, new_due_on, new_status, evidence, change) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (i, v, now, keys[k][11], p, d, s, keys[k][9], "new" if v == 1 else "moved")
                    for i, k, v, d, p, s in found
                ],
            )
            connection.executemany(
                "INSERT INTO sources (commitment_id, article_id, sentence, sentence_hash, "
                "confidence, reported_due_on, reported_status, seen_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (i, keys[k][11], keys[k][9], keys[k][12], keys[k][10], d, s, now)
                    for i, k, v, d, p, s in found
                ],
            )
    elapsed = time.perf_counter() - started
    connection.close()
    return elapsed


def floor_scan_postgres(engine: Engine) -> tuple[Callable[[int], list[Any]], Callable[[], None]]:
    raw: Any = engine.raw_connection()
    cursor = raw.cursor()
    sql = FLOOR_SCAN.format(p="%s")

    def scan(run: int) -> list[Any]:
        cursor.execute(sql, window(run))
        rows = cursor.fetchall()
        raw.rollback()
        return rows

    return scan, raw.close


def floor_scan_sqlite(path: Path) -> tuple[Callable[[int], list[Any]], Callable[[], None]]:
    connection = plain_sqlite(path)
    sql = FLOOR_SCAN.format(p="?")

    def scan(run: int) -> list[Any]:
        first, last = window(run)
        return connection.execute(sql, (first.isoformat(), last.isoformat())).fetchall()

    return scan, connection.close


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
        figures["upsert_floor"].append(floor_upsert(_floor_rows(reports, articles)))
    # For scale: the commitments table alone, no history and no sources, in one statement.
    reports = batch(stored[90_000:100_000], rng, 10_000, "bare")
    checkpoint(engine)
    figures["upsert_bare"] = bare_upsert(_floor_rows(reports, articles))
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
