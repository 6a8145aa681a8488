"""The analysts' example queries in sql/ run on SQLite and on PostgreSQL."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from pathlib import Path

from sqlalchemy import Engine, text
from sqlalchemy.orm import Session

from deadlines.extract import Commitment as Found
from deadlines.store.commitments import record_commitment

QUERIES = Path(__file__).resolve().parent.parent / "sql" / "queries.sql"
PARAMS = {"today": date(2025, 10, 26), "horizon_end": date(2025, 11, 30), "kind": "truce"}


def named_queries() -> dict[str, str]:
    parts = re.split(r"^-- name: (\w+)\n", QUERIES.read_text(), flags=re.MULTILINE)
    return {name: body.strip() for name, body in zip(parts[1::2], parts[2::2], strict=True)}


def test_every_query_runs_and_binds_its_parameters(engine: Engine) -> None:
    now = datetime(2025, 10, 26, tzinfo=UTC)
    truce = Found(
        what="truce expires",
        due=date(2025, 11, 10),
        date_text="November 10",
        status="scheduled",
        previous_due=None,
        actors=("China", "United States"),
        evidence="The truce expires on November 10.",
        confidence=0.8,
        kind="truce",
        subject="tariff truce",
    )
    moved = Found(
        **{
            **truce.__dict__,
            "due": date(2026, 11, 10),
            "status": "extended",
            "previous_due": date(2025, 11, 10),
        }
    )
    with Session(engine) as session, session.begin():
        record_commitment(session, truce, article_id=None, now=now)
        record_commitment(session, moved, article_id=None, now=now)
    queries = named_queries()
    assert set(queries) == {
        "due_soon",
        "moved_commitments",
        "by_kind",
        "sources_of_kind",
        "alerts_not_delivered",
    }
    results = {}
    with engine.connect() as connection:
        for name, sql in queries.items():
            statement = text(sql)
            wanted = {key: PARAMS[key] for key in statement.compile().params}
            results[name] = connection.execute(statement, wanted).all()
    assert results["due_soon"] == []  # moved to 2026, outside the horizon
    (moved_row,) = results["moved_commitments"]
    assert str(moved_row.old_due_on) == "2025-11-10" and str(moved_row.new_due_on) == "2026-11-10"
    assert [(r.kind, r.status, r.commitments) for r in results["by_kind"]] == [
        ("truce", "extended", 1)
    ]
    assert len(results["sources_of_kind"]) == 1
