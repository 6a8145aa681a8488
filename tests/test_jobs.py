"""The pipeline's steps end to end: a feed served over HTTP, the store, alerts to a sink."""

from __future__ import annotations

import ipaddress
import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from deadlines import jobs
from deadlines.alerts.delivery import AppriseNotifier, Target
from deadlines.feeds.config import FeedConfig
from deadlines.jobs import PollOptions
from deadlines.store.models import Alert, Article, Feed
from deadlines.store.queries import list_commitments

ROOT = Path(__file__).resolve().parent.parent
NOW = datetime(2025, 10, 26, 20, tzinfo=UTC)
LEADS = (timedelta(days=7), timedelta(days=1))
# The feeds are served on loopback, which the poller refuses unless allowed.
LOOPBACK = (ipaddress.ip_network("127.0.0.1/32"),)


def run_once(
    engine: Engine, feeds: list[FeedConfig], notifier: AppriseNotifier
) -> tuple[jobs.PollReport, jobs.ExtractReport, int, jobs.SendReport]:
    polled = jobs.poll(engine, feeds, now=NOW, options=PollOptions(allow_private=LOOPBACK))
    extracted = jobs.extract(engine, now=NOW)
    planned = jobs.plan_alerts(engine, now=NOW, lead_times=LEADS)
    sent = jobs.send(engine, notifier, now=NOW)
    return polled, extracted, planned, sent


def test_sample_feed_to_alerts_and_a_second_run_sends_nothing(
    engine: Engine, http_server, tmp_path: Path
) -> None:
    url = http_server.serve(
        "/trade.xml", (ROOT / "demo" / "feed.xml").read_bytes(), Content_Type="application/rss+xml"
    )
    feeds = [FeedConfig(name="trade", url=url, tags=("trade",))]
    sink = tmp_path / "alerts.jsonl"
    notifier = AppriseNotifier.from_targets([Target(f"jsonl://{sink}", ("all",))])

    polled, extracted, planned, sent = run_once(engine, feeds, notifier)
    assert polled.new_articles == 4 and polled.errors == {}
    assert extracted.articles == 4 and extracted.new >= 3
    with Session(engine) as session:
        due = {row.due_on: row.status for row in list_commitments(session)}
    assert due[date(2025, 10, 30)] == "scheduled"
    assert due[date(2025, 11, 1)] == "cancelled"
    assert due[date(2025, 11, 10)] in ("scheduled", "expected")
    assert planned >= 1  # the meeting on Thursday is inside the 7-day lead time
    alerts = [json.loads(line) for line in sink.read_text().splitlines()]
    assert sent.sent == len(alerts) >= 3
    assert any("2025-10-30" in a["title"] for a in alerts)

    again = run_once(engine, feeds, notifier)
    assert (again[0].new_articles, again[1].articles, again[2], again[3].sent) == (0, 0, 0, 0)
    assert len(sink.read_text().splitlines()) == len(alerts)
    with Session(engine) as session:
        assert session.scalar(select(func.count()).select_from(Article)) == 4
        assert (
            session.scalar(select(func.count()).select_from(Alert).where(Alert.state != "sent"))
            == 0
        )


def test_one_broken_feed_does_not_stop_the_others(engine: Engine, http_server) -> None:
    good = http_server.serve("/good.xml", (ROOT / "demo" / "feed.xml").read_bytes())
    feeds = [
        FeedConfig(name="broken", url=http_server.url("/gone.xml")),
        FeedConfig(name="good", url=good),
    ]
    report = jobs.poll(engine, feeds, now=NOW, options=PollOptions(allow_private=LOOPBACK))
    assert report.feeds_ok == 1 and report.new_articles == 4
    assert "HTTP 404" in report.errors["broken"]
    with Session(engine) as session:
        broken = session.scalars(select(Feed).where(Feed.name == "broken")).one()
        assert broken.consecutive_failures == 1 and "404" in (broken.last_error or "")


def test_undeliverable_alerts_stay_queued(engine: Engine, http_server, closed_port: int) -> None:
    url = http_server.serve("/trade.xml", (ROOT / "demo" / "feed.xml").read_bytes())
    jobs.poll(
        engine,
        [FeedConfig(name="trade", url=url)],
        now=NOW,
        options=PollOptions(allow_private=LOOPBACK),
    )
    jobs.extract(engine, now=NOW)
    dead_end = AppriseNotifier.from_targets(
        [Target(f"json://127.0.0.1:{closed_port}/hook", ("all",))]
    )
    report = jobs.send(engine, dead_end, now=NOW)
    assert report.sent == 0 and report.failed >= 3
    with Session(engine) as session:
        states = set(session.scalars(select(Alert.state)))
    assert states == {"failed"}


def test_alerts_arrive_by_email(engine: Engine, http_server, smtp_server) -> None:
    url = http_server.serve("/trade.xml", (ROOT / "demo" / "feed.xml").read_bytes())
    jobs.poll(
        engine,
        [FeedConfig(name="trade", url=url)],
        now=NOW,
        options=PollOptions(allow_private=LOOPBACK),
    )
    jobs.extract(engine, now=NOW)
    jobs.plan_alerts(engine, now=NOW, lead_times=LEADS)
    mail = AppriseNotifier.from_targets(
        [
            Target(
                f"mailto://{smtp_server.host}:{smtp_server.port}?from=deadlines@example.org&to=ops@example.org",
                ("all",),
            )
        ]
    )
    report = jobs.send(engine, mail, now=NOW)
    assert report.sent >= 4 and report.failed == 0
    subjects = [message["Subject"] for message in smtp_server.wait_for(report.sent)]
    assert len(subjects) == report.sent
    assert any("2025-10-30" in subject for subject in subjects)


def test_a_batch_of_articles_records_what_one_article_at_a_time_records(
    engine: Engine, http_server, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """The extract step writes many articles per transaction; ids, rows and alerts come out
    as they do when each article is its own batch."""
    from deadlines.store import make_engine, migrate

    url = http_server.serve("/feed.xml", (ROOT / "demo" / "feed.xml").read_bytes())
    feeds = [FeedConfig(name="trade-desk", url=url)]
    alone = make_engine(f"sqlite:///{tmp_path / 'alone.db'}")
    migrate(alone)
    outcomes = []
    for store, batch in ((alone, 1), (engine, 200)):
        jobs.poll(store, feeds, now=NOW, options=PollOptions(allow_private=LOOPBACK))
        report = jobs.extract(store, now=NOW, batch=batch)
        with Session(store) as session:
            rows = [(r.id, r.key, r.due_on, r.status, r.version) for r in list_commitments(session)]
            alerts = [
                (a.key, a.title, a.body) for a in session.scalars(select(Alert).order_by(Alert.id))
            ]
        outcomes.append((report, rows, alerts))
    assert outcomes[0][0].articles > 1 and len(outcomes[0][1]) > 1
    assert outcomes[0] == outcomes[1]


def test_the_cli_and_airflow_poll_with_the_options_the_settings_give(tmp_path: Path) -> None:
    from deadlines.settings import Settings

    environ = {"DEADLINES_HOME": str(tmp_path), "DEADLINES_FETCH_TIMEOUT": "5"}
    environ |= {"DEADLINES_MAX_FEED_BYTES": "1000"}
    environ |= {"DEADLINES_ALLOW_PRIVATE_ADDRESSES": "127.0.0.1/32"}
    settings = Settings.from_env(environ)
    options = PollOptions.from_settings(settings)
    assert (options.timeout, options.max_bytes, options.allow_private) == (5.0, 1000, LOOPBACK)
    assert options.user_agent == settings.user_agent
    assert options.page_cache == tmp_path.resolve() / "pages"  # article pages, for both


def test_one_rule_says_when_a_run_failed() -> None:
    assert jobs.PollReport(new_articles=0, feeds_ok=0, polled=2).run_failed
    assert not jobs.PollReport(new_articles=0, feeds_ok=1, polled=2).run_failed
    assert not jobs.PollReport(new_articles=0, feeds_ok=0, polled=0).run_failed
    assert jobs.SendReport(sent=0, failed=2, dead=0).run_failed
    assert jobs.SendReport(sent=5, failed=0, dead=1).run_failed
    assert not jobs.SendReport(sent=1, failed=2, dead=0).run_failed
    assert not jobs.SendReport(sent=0, failed=0, dead=0).run_failed
