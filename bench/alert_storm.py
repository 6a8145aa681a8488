"""Benchmark of one truth per commitment: a few dozen commitments told by 1,000 feeds.

The reports come from bench/storm_corpus.py: agreeing copies in varied words, a one-off
slip by a day, copies of the old date published after a change, syndicated copies of each
real change (told with change words), all with a known truth. They arrive in a shuffled
order, in runs of the extract step (one run per half day of publication by default; the
alerts queued by a run are taken as delivered before the next), through the real store.

Printed: rows per true commitment (goal 1.00), alerts per true event (a new commitment or
a real change; goal at most 1.05), commitments whose end state is wrong (goal 0), and the
time of the extract runs. ``--time-only`` prints the time alone, so that the same articles
can be timed through an earlier version of the extract step.

Run:  python bench/alert_storm.py [--commitments 24] [--feeds 1000] [--runs 6] [--seed 7]
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

from sqlalchemy import Engine, select, update
from sqlalchemy.orm import Session

sys.path.insert(0, str(Path(__file__).resolve().parent))
from deadlines import jobs  # noqa: E402
from deadlines.store import make_engine, migrate  # noqa: E402
from deadlines.store.models import Alert, Article, Commitment, Feed  # noqa: E402
from deadlines.store.models.commitments import Source  # noqa: E402
from storm_corpus import Report, Storm, Truth, generate  # noqa: E402


def add_reports(engine: Engine, reports: list[Report], feed_ids: dict[str, int]) -> None:
    with Session(engine) as session, session.begin():
        for report in reports:
            if report.feed not in feed_ids:
                feed = Feed(name=report.feed, url=f"http://127.0.0.1:9/{report.feed}.xml", tags=[])
                session.add(feed)
                session.flush()
                feed_ids[report.feed] = feed.id
            session.add(
                Article(
                    feed_id=feed_ids[report.feed],
                    guid=report.guid,
                    url=f"http://127.0.0.1:9/{report.guid}.html",
                    title=report.title,
                    text=report.text,
                    published_at=report.published,
                    fetched_at=report.published,
                    content_hash=report.guid.rjust(64, "0"),
                )  # fmt: skip
            )


def deliver(engine: Engine) -> None:
    """Take every queued alert as sent, as the alerts DAG would between two runs."""
    with Session(engine) as session, session.begin():
        session.execute(update(Alert).where(Alert.state == "queued").values(state="sent"))


def play(engine: Engine, storm: Storm, runs: int, seed: int) -> float:
    """Deliver the storm in ``runs`` chunks of publication time, each chunk's articles in a
    shuffled order; returns the seconds spent in the extract step."""
    reports = sorted(storm.reports, key=lambda r: r.published)
    first, last = reports[0].published, reports[-1].published
    span = (last - first) / runs
    rng = random.Random(seed)
    feed_ids: dict[str, int] = {}
    spent = 0.0
    for run in range(runs):
        end = first + span * (run + 1)
        chunk = [
            r for r in reports if (r.published <= end) and (run == 0 or r.published > end - span)
        ]
        if run == runs - 1:
            chunk = [r for r in reports if r.published > end - span]
        rng.shuffle(chunk)
        add_reports(engine, chunk, feed_ids)
        started = time.perf_counter()
        jobs.extract(engine, now=last)
        spent += time.perf_counter() - started
        if run < runs - 1:
            deliver(engine)
    return spent


def _truth_of(guid: str) -> str:
    return guid.split("-")[0]


def measure(engine: Engine, storm: Storm) -> dict[str, float]:
    truths = {t.key: t for t in storm.truths}
    with Session(engine) as session:
        rows = {row.id: row for row in session.scalars(select(Commitment))}
        reported = session.execute(
            select(Source.commitment_id, Article.guid).join(
                Article, Article.id == Source.article_id
            )
        ).all()
        alerts = session.execute(select(Alert.commitment_id, Alert.reason)).all()
    rows_of: dict[str, Counter[int]] = defaultdict(Counter)
    for commitment_id, guid in reported:
        rows_of[_truth_of(guid)][commitment_id] += 1
    wrong = 0
    for key, truth in truths.items():
        counts = rows_of.get(key)
        if not counts:
            wrong += 1
            continue
        row = rows[counts.most_common(1)[0][0]]
        if not _right(row, truth):
            wrong += 1
    truth_of_row = {cid: key for key, counts in rows_of.items() for cid in counts}
    kept = [a for a in alerts if a[1] in ("new", "changed")]
    events = len(truths) + sum(t.changes for t in truths.values())
    return {
        "rows per true commitment": sum(len(c) for c in rows_of.values()) / len(truths),
        "alerts per true event": len(kept) / events,
        "disputed notices": sum(1 for a in alerts if a[1] == "disputed"),
        "wrong end states": wrong,
        "rows holding reports of two commitments": sum(
            1 for cid in rows if sum(cid in c for c in rows_of.values()) > 1
        ),
        "alerts of unknown rows": sum(1 for a in kept if a[0] not in truth_of_row),
    }


def _right(row: Commitment, truth: Truth) -> bool:
    state = (row.due_on, str(row.status), row.previous_due_on)
    return state == (truth.due, truth.status, truth.previous)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--commitments", type=int, default=24)
    ap.add_argument("--feeds", type=int, default=1000)
    ap.add_argument("--runs", type=int, default=6)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--time-only", action="store_true")
    args = ap.parse_args(argv)
    storm = generate(args.commitments, args.feeds, args.seed)
    with tempfile.TemporaryDirectory() as folder:
        engine = make_engine(f"sqlite:///{Path(folder) / 'storm.db'}")
        migrate(engine)
        spent = play(engine, storm, args.runs, args.seed)
        print(
            f"{len(storm.reports)} reports of {len(storm.truths)} commitments by "
            f"{len({r.feed for r in storm.reports})} feeds, {args.runs} extract runs: "
            f"{spent:.2f} s in the extract step (SQLite)"
        )
        if not args.time_only:
            for name, value in measure(engine, storm).items():
                print(
                    f"  {name}: {value:.2f}" if isinstance(value, float) else f"  {name}: {value}"
                )
        engine.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
