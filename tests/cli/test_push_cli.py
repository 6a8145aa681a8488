"""``deadlines ingest`` and ``deadlines websub`` on a real SQLite store."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from deadlines.cli import main
from deadlines.store import make_engine, migrate
from deadlines.store.models import Article

ITEMS = [
    {"id": "ops-1", "title": "Gate 3 closes", "content_text": "Gate 3 closes for works on 12 May."},
    {"id": "ops-2", "title": "Crane audit", "content_html": "<p>The audit ends by June.</p>"},
]


@pytest.fixture
def store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    url = f"sqlite:///{tmp_path / 'store.db'}"
    monkeypatch.setenv("DEADLINES_HOME", str(tmp_path))
    monkeypatch.setenv("DEADLINES_DATABASE_URL", url)
    monkeypatch.delenv("DEADLINES_WEBSUB_CALLBACK", raising=False)
    migrate(make_engine(url))
    return url


def _count(url: str) -> int:
    with Session(make_engine(url)) as session:
        return int(session.scalar(select(func.count(Article.id))) or 0)


def test_ingest_from_a_file_stores_each_item_once(store: str, tmp_path: Path) -> None:
    path = tmp_path / "items.json"
    path.write_text(json.dumps({"items": ITEMS}))
    out = io.StringIO()
    assert main(["ingest", str(path)], out) == 0
    assert out.getvalue().strip() == "2 items into pushed: 2 new, 0 revised"
    again = io.StringIO()
    assert main(["ingest", str(path), "--feed", "pushed"], again) == 0
    assert "0 new, 0 revised" in again.getvalue()
    assert _count(store) == 2


def test_ingest_from_stdin(store: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(json.dumps(ITEMS[:1])))
    assert main(["ingest", "-"], io.StringIO()) == 0
    assert _count(store) == 1


def test_malformed_items_are_refused_with_a_reason(
    store: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "bad.json"
    path.write_text(json.dumps([ITEMS[0], {"title": "no id here"}]))
    assert main(["ingest", str(path)], io.StringIO()) == 2
    assert "item #2 has no 'id'" in capsys.readouterr().err
    assert _count(store) == 0


def test_websub_without_a_callback_says_which_setting(
    store: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["websub"], io.StringIO()) == 2
    assert "DEADLINES_WEBSUB_CALLBACK" in capsys.readouterr().err
