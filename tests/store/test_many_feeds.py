"""Many feeds, one truth: a scenario of seven feeds telling four commitments over three days.

The reports agree, slip a day, arrive late, repeat each other, call one commitment off,
postpone one and bring one forward. Whatever order they arrive in and however they are
split across runs, the store ends with one row per commitment in the right state and the
outbox with the same alerts.
"""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from deadlines import jobs
from deadlines.store.models import Alert, Article, Commitment, Feed

DAY1 = datetime(2025, 10, 26, 8, tzinfo=UTC)  # a Sunday


def at(day: int, hour: float) -> datetime:
    return DAY1 + timedelta(days=day - 1, hours=hour - 8)


# (feed, published, text): the articles of the scenario, each in words written for it
REPORTS = [
    ("wire", at(1, 8), "The tariff truce between the United States and China expires on November 10."),
    ("daily", at(1, 9), "Washington and Beijing said their trade truce runs until November 10."),
    ("markets", at(1, 10), "The truce on tariffs between China and the U.S. ends on November 11."),
    ("wire", at(1, 8.1), "New U.S. tariffs of 100% on Chinese goods are set to start on November 1."),
    ("asia", at(1, 11), "Trump and Xi will meet on Thursday in Gyeongju."),
    ("radio", at(1, 12), "Xi Jinping and Donald Trump are scheduled to meet on Thursday."),
    ("gazette", at(1, 12.5), "China's new export licensing rules take effect on December 1."),
    ("late", at(1, 23), "China's new export licensing rules take effect on December 1."),
    ("daily", at(2, 9), "The United States called off the 100% tariffs on Chinese goods that "
     "were set to start on November 1."),
    ("markets", at(2, 10), "China postponed its new export licensing rules to December 15."),
    ("asia", at(2, 10.5), "China postponed its new export licensing rules to December 15."),
    ("radio", at(2, 11), "The tariff truce between Washington and Beijing expires on November 10 "
     "unless negotiators agree to prolong it."),
    ("wire", at(3, 8), "Trump and Xi brought forward their meeting to Wednesday, October 29."),
    ("gazette", at(3, 9), "The truce between the U.S. and China runs until November 10."),
    ("daily", at(3, 10), "Trump and Xi will now meet on Wednesday, October 29, officials said."),
]  # fmt: skip

# kind -> (due, status, previous, disputed): the truth at the end
TRUTH = {
    "truce": (date(2025, 11, 10), "scheduled", None, False),
    "tariff": (date(2025, 11, 1), "cancelled", None, False),
    "meeting": (date(2025, 10, 29), "advanced", date(2025, 10, 30), False),
    "rule": (date(2025, 12, 15), "postponed", date(2025, 12, 1), False),
}
# what the outbox holds at the end, whatever the order: one alert per commitment
ALERTS = [
    ("meeting", "new", "Advanced"),
    ("rule", "new", "Postponed"),
    ("tariff", "new", "Cancelled"),
    ("truce", "new", "Scheduled"),
]


def _add(engine: Engine, reports: list[tuple[str, datetime, str]]) -> None:
    with Session(engine) as session, session.begin():
        for feed_name, published, text in reports:
            feed = session.scalar(select(Feed).where(Feed.name == feed_name))
            if feed is None:
                feed = Feed(name=feed_name, url=f"http://127.0.0.1:9/{feed_name}.xml", tags=[])
                session.add(feed)
                session.flush()
            number = len(session.scalars(select(Article.id)).all()) + 1
            session.add(
                Article(
                    feed_id=feed.id,
                    guid=f"g{number}",
                    url=f"http://127.0.0.1:9/{number}.html",
                    title="",
                    text=text,
                    published_at=published,
                    fetched_at=published,
                    content_hash=f"{number:064d}",
                )  # fmt: skip
            )


def _play(engine: Engine, reports: list[tuple[str, datetime, str]], runs: int) -> None:
    """Deliver the reports in this order over ``runs`` extract runs (no alert is sent in
    between: the outbox is compared at the end)."""
    size = -(-len(reports) // runs)
    for start in range(0, len(reports), size):
        _add(engine, reports[start : start + size])
        jobs.extract(engine, now=at(3, 12))


def _end_state(engine: Engine) -> tuple[dict[str, tuple[object, ...]], list[tuple[str, str, str]]]:
    with Session(engine) as session:
        rows = session.scalars(select(Commitment)).all()
        kinds = [row.kind for row in rows]
        assert sorted(kinds) == sorted(TRUTH), [(r.kind, r.due_on, r.what) for r in rows]
        state = {
            row.kind: (row.due_on, row.status, row.previous_due_on, row.disputed) for row in rows
        }
        by_id = {row.id: row.kind for row in rows}
        alerts = sorted(
            (by_id[a.commitment_id], a.reason, a.title.split(":")[0])
            for a in session.scalars(select(Alert))
        )
    return state, alerts


def test_seven_feeds_four_commitments_end_in_the_true_state_with_one_alert_each(
    engine: Engine,
) -> None:
    _play(engine, REPORTS, runs=1)
    state, alerts = _end_state(engine)
    assert state == TRUTH
    assert alerts == ALERTS


@pytest.mark.parametrize("runs", [2, 5])
def test_the_same_reports_split_over_runs_give_the_same_end(engine: Engine, runs: int) -> None:
    _play(engine, REPORTS, runs=runs)
    assert _end_state(engine) == (TRUTH, ALERTS)


def test_the_same_reports_in_any_order_give_the_same_end(sqlite_engine: Engine, tmp_path) -> None:
    rng = random.Random(15)
    from deadlines.store.db import make_engine, migrate

    for attempt in range(20):
        engine = make_engine(f"sqlite:///{tmp_path / f'order{attempt}.db'}")
        migrate(engine)
        order = REPORTS[:]
        rng.shuffle(order)
        _play(engine, order, runs=1 + attempt % 3)
        assert _end_state(engine) == (TRUTH, ALERTS), attempt
        engine.dispose()
