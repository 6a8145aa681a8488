"""The store bench's floors: the same scan and the same upsert as the product's, in plain
SQL on a raw driver connection (on SQLite, one with the product's settings)."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Engine

from deadlines.extract import Commitment as Found
from deadlines.store.db import SQLITE_PRAGMAS
from deadlines.store.models.commitments import OPEN_PREDICATE
from store_data import NOW

LEADS = (timedelta(days=7), timedelta(days=1))
TODAY = date(2025, 10, 26)


def window(run: int) -> tuple[date, date]:
    today = TODAY + timedelta(days=run % 60)
    return today, (datetime.combine(today, datetime.min.time()) + max(LEADS)).date()


FLOOR_SCAN = (
    "SELECT id, kind, what, due_on, status, previous_due_on, actors, evidence, confidence, "
    "article_id, version "
    f"FROM commitments WHERE due_on >= {{p}} AND due_on <= {{p}} AND {OPEN_PREDICATE} "
    "ORDER BY due_on, id"
)


def floor_values(reports: list[tuple[Found, dict[str, Any]]], articles: list[int]) -> list[tuple]:
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
