"""The analysts' example queries and views in sql/ run on SQLite and on PostgreSQL."""

from __future__ import annotations

import importlib.util
import re
from datetime import UTC, date, datetime
from pathlib import Path

from sqlalchemy import Engine, text
from sqlalchemy.orm import Session

from deadlines.extract import Commitment as Found
from deadlines.store.commitments import record_commitments
from deadlines.store.corrections import Who, correct
from deadlines.store.models import Article, Feed

ROOT = Path(__file__).resolve().parent.parent
QUERIES = ROOT / "sql" / "queries.sql"
VIEWS = ROOT / "sql" / "views.sql"
MIGRATION = ROOT / "src/deadlines/store/migrations/versions/0007_claims.py"
PARAMS = {
    "today": date(2025, 10, 26),
    "horizon_end": date(2025, 11, 30),
    "kind": "truce",
    "min_sources": 2,
}
NOW = datetime(2025, 10, 26, tzinfo=UTC)


def named_queries() -> dict[str, str]:
    parts = re.split(r"^-- name: (\w+)\n", QUERIES.read_text(), flags=re.MULTILINE)
    return {name: body.strip() for name, body in zip(parts[1::2], parts[2::2], strict=True)}


def _statements(sql: str) -> list[str]:
    lines = [line for line in sql.splitlines() if not line.lstrip().startswith("--")]
    return [" ".join(part.split()) for part in "\n".join(lines).split(";") if part.strip()]


def test_the_documented_views_are_the_ones_the_migration_creates() -> None:
    spec = importlib.util.spec_from_file_location("migration_0007", MIGRATION)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    created = [" ".join(statement.split()) for statement in module.VIEW_STATEMENTS]
    assert created == _statements(VIEWS.read_text())
    documented = VIEWS.read_text()
    for name in (
        "source_count",
        "latest_source_url",
        "changed_by",
        "reported_due_on",
        "change_cue",
        "disputed",
    ):
        assert f"--   {name}" in documented


def _truce(**changes: object) -> Found:
    values: dict[str, object] = dict(
        what="truce expires", due=date(2025, 11, 10), date_text="November 10",
        status="scheduled", previous_due=None, actors=("China", "United States"),
        evidence="The truce expires on November 10.", confidence=0.8, kind="truce",
        subject="tariff truce",
    )  # fmt: skip
    values.update(changes)
    return Found(**values)  # type: ignore[arg-type]


def _articles(session: Session) -> list[int]:
    ids = []
    for number, feed_name in enumerate(("wire", "daily"), start=1):
        feed = Feed(name=feed_name, url=f"http://127.0.0.1:9/{feed_name}.xml", tags=[])
        session.add(feed)
        session.flush()
        article = Article(
            feed_id=feed.id, guid=f"g{number}", url=f"http://127.0.0.1:9/{number}.html",
            title=f"Report {number}", text="...", published_at=NOW, fetched_at=NOW,
            content_hash=f"{number:064d}",
        )  # fmt: skip
        session.add(article)
        session.flush()
        ids.append(article.id)
    return ids


def test_every_query_runs_and_binds_its_parameters(engine: Engine) -> None:
    with Session(engine) as session, session.begin():
        wire, daily = _articles(session)
        meeting = _truce(kind="meeting", subject="talks", due=date(2025, 10, 30), what="talks")
        record_commitments(
            session,
            [
                (_truce(), wire),
                (_truce(evidence="Both sides said the truce ends November 10."), daily),
                (meeting, wire),
            ],
            now=NOW,
        )
        moved = _truce(due=date(2026, 11, 10), status="extended", evidence="Extended a year.")
        (event,) = record_commitments(session, [(moved, daily)], now=NOW)
        ana = Who("ana", NOW, "per the ministry")
        correct(session, event.commitment_id, ana, status="extended")
    queries = named_queries()
    assert set(queries) == {
        "due_soon",
        "moved_commitments",
        "by_kind",
        "sources_of_kind",
        "well_supported",
        "corrections_by_people",
        "alerts_not_delivered",
    }
    results = {}
    with engine.connect() as connection:
        for name, sql in queries.items():
            statement = text(sql)
            wanted = {key: PARAMS[key] for key in statement.compile().params}
            results[name] = connection.execute(statement, wanted).all()
    assert [(r.what, r.source_count) for r in results["due_soon"]] == [("talks", 1)]
    (moved_row,) = results["moved_commitments"]
    assert str(moved_row.old_due_on) == "2025-11-10" and str(moved_row.new_due_on) == "2026-11-10"
    assert (moved_row.change, moved_row.feed_name) == ("extended", "daily")
    assert [(r.kind, r.status, r.commitments) for r in results["by_kind"]] == [
        ("meeting", "scheduled", 1),
        ("truce", "extended", 1),
    ]
    assert [r.feed_name for r in results["sources_of_kind"]] == ["wire", "daily", "daily"]
    (supported,) = results["well_supported"]
    assert (supported.what, supported.source_count, supported.feeds) == ("truce expires", 3, 2)
    (person,) = results["corrections_by_people"]
    assert (person.changed_by, person.note) == ("ana", "per the ministry")
    assert person.change == "confirmed"  # it already said "extended"; the correction is kept
    assert results["alerts_not_delivered"] == []
