"""The synthetic store of the store and view benches: commitments keyed the way the product
keys them, loaded in bulk into PostgreSQL (COPY) or SQLite (executemany), with one history
entry and one source each, and the articles they cite."""

from __future__ import annotations

import json
import os
import random
import sqlite3
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, text

from deadlines.model import Kind
from deadlines.store.identity import identity_of, new_key, slug, subject_words

PG_ADMIN = os.environ.get("DEADLINES_BENCH_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
KINDS = tuple(str(kind) for kind in Kind)
STATUSES = ("scheduled",) * 6 + ("expected", "postponed", "cancelled", "occurred")
WORDS = [f"w{n:03d}" for n in range(600)]
ACTORS = [f"Party {n:04d}" for n in range(3000)]
FIRST_DAY, DAYS = date(1995, 1, 1), 40 * 365  # due dates spread over forty years
NOW = datetime(2025, 10, 26, 12, tzinfo=UTC)
ARTICLES = 2000


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
