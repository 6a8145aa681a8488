"""Benchmark of a calendar URL's answer over a store of many commitments.

It fills a SQLite store as the UI bench does (most commitments with an article, a few
dismissed or merged, some undated), makes two tokens (every commitment; one kind), and
times :func:`deadlines.calendars.feed.answer`, the function both servers call: a first
answer (200, the body built by icalendar), a repeat without a validator (200, the body
from the cache by ETag) and a repeat with its ETag (304, no body built or sent). Prints
median and worst, and the body's size.

Run:  python bench/calendar_bench.py [--rows 5000] [--runs 5]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session

sys.path.insert(0, str(Path(__file__).resolve().parent))
from deadlines.calendars.feed import BodyCache, answer  # noqa: E402
from deadlines.calendars.tokens import TokenFilters, add_token  # noqa: E402
from deadlines.store import make_engine, migrate  # noqa: E402
from store_data import add_articles, load_sqlite  # noqa: E402
from ui_bench import mark  # noqa: E402

LEADS = (timedelta(days=7), timedelta(days=1))


def measure(engine: Engine, secret: str, runs: int, label: str) -> None:
    first = answer(engine, secret, lead_times=LEADS)
    etag = first.headers["ETag"]
    for name, header, status, fresh in (
        ("200 built ", None, 200, True),
        ("200 cached", None, 200, False),
        ("304       ", etag, 304, False),
    ):
        samples = []
        for _ in range(runs):
            cache = {"cache": BodyCache()} if fresh else {}
            started = time.perf_counter()
            found = answer(engine, secret, if_none_match=header, lead_times=LEADS, **cache)
            samples.append(time.perf_counter() - started)
            assert found.status == status
        print(
            f"{label:17} {name}: median {statistics.median(samples) * 1000:7.1f} ms, "
            f"worst {max(samples) * 1000:7.1f} ms ({len(first.body) // 1024} KiB, "
            f"{first.body.count(b'BEGIN:VEVENT')} events)"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=5_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    print(f"{args.rows} commitments, {args.runs} runs per answer, SQLite")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "calendar.db"
        engine = make_engine(f"sqlite:///{path}")
        migrate(engine)
        add_articles(engine)
        load_sqlite(engine, path, args.rows)
        mark(engine)
        now = datetime.now(UTC)
        with Session(engine) as session, session.begin():
            every = add_token(session, "everyone", TokenFilters(), now=now)
            tariffs = add_token(session, "tariffs", TokenFilters.of(kinds=["tariff"]), now=now)
        measure(engine, every.secret, args.runs, "every commitment")
        measure(engine, tariffs.secret, args.runs, "kind tariff")
        engine.dispose()


if __name__ == "__main__":
    main()
