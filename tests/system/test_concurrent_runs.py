"""Two `deadlines run` processes started together on a fresh store, ten times on each database:
both exit 0, and every article, commitment and alert is there once, as after a single run.

The feed is the bundled sample, served on 127.0.0.1; alerts go to a local JSON-lines file.
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session
from tests.conftest import ROOT, LocalHTTP
from tests.stores import FreshStores, fresh_stores  # noqa: F401  (a fixture)

from deadlines.cli import main
from deadlines.store import make_engine, migrate
from deadlines.store.models import Alert, Article, Commitment, CommitmentChange
from deadlines.store.models.commitments import Source

TRIES = 10
NOW = "2025-10-26T20:00:00+00:00"
DEADLINES = Path(sys.executable).with_name("deadlines")  # the installed console script


def _home(folder: Path, feed: str, url: str) -> dict[str, str]:
    """A home with the feeds file and a local sink; the settings that point at them."""
    folder.mkdir(parents=True)
    (folder / "feeds.yaml").write_text(f"feeds:\n  - name: desk\n    url: {feed}\n")
    sink = folder / "alerts.jsonl"
    (folder / "apprise.yaml").write_text(f"urls:\n  - jsonl://{sink}:\n    - tag: all\n")
    return {
        "DEADLINES_DATABASE_URL": url,
        "DEADLINES_HOME": str(folder),
        "DEADLINES_FEEDS": str(folder / "feeds.yaml"),
        "DEADLINES_APPRISE_CONFIG": str(folder / "apprise.yaml"),
        "DEADLINES_ALLOW_PRIVATE_ADDRESSES": "127.0.0.1/32",
    }


def _tally(engine: Engine, sink: Path) -> dict[str, object]:
    """What the store and the sink hold, in terms that do not depend on row ids."""
    with Session(engine) as session:
        counts = {
            model.__tablename__: session.scalar(select(func.count()).select_from(model))
            for model in (Article, Commitment, Source, CommitmentChange, Alert)
        }
        commitments = sorted(
            (key, str(due), status)
            for key, due, status in session.execute(
                select(Commitment.key, Commitment.due_on, Commitment.status)
            )
        )
        alerts = session.execute(
            select(Alert.key, Commitment.key, Alert.reason, Alert.route, Alert.state).join(
                Commitment, Commitment.id == Alert.commitment_id
            )
        ).all()
    received = [
        json.loads(line)["body"].rsplit("Alert key: ", 1)[-1]
        for line in sink.read_text(encoding="utf-8").splitlines()
    ]
    assert sorted(received) == sorted(row[0] for row in alerts), "each alert received once"
    return {
        "counts": counts,
        "commitments": commitments,
        "alerts": sorted((c, reason, route, state) for _, c, reason, route, state in alerts),
    }


def _single_run(
    stores: FreshStores, feed: str, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> dict[str, object]:
    """What one run alone leaves (in this process: the figures to compare with)."""
    url = stores.new()
    engine = make_engine(url)
    migrate(engine)
    with monkeypatch.context() as patch:
        for name, value in _home(folder, feed, url).items():
            patch.setenv(name, value)
        assert main(["run", "--now", NOW], out=io.StringIO()) == 0
    tally = _tally(engine, folder / "alerts.jsonl")
    engine.dispose()
    return tally


def _fresh(stores: FreshStores) -> tuple[str, Engine]:
    url = stores.new()
    engine = make_engine(url)
    migrate(engine)
    return url, engine


def _pair(env: dict[str, str]) -> list[tuple[int, str, str]]:
    """Two `deadlines run` console-script processes started side by side; each one's exit
    code, output and errors."""
    runs = [
        subprocess.Popen(
            [str(DEADLINES), "run", "--now", NOW],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(2)
    ]
    ended = []
    for run in runs:
        out, err = run.communicate(timeout=300)
        ended.append((run.returncode, out, err))
    return ended


def test_two_runs_started_together_share_the_work(
    fresh_stores: FreshStores,  # noqa: F811
    http_server: LocalHTTP,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    feed = http_server.serve("/feed.xml", (ROOT / "demo" / "feed.xml").read_bytes())
    alone = _single_run(fresh_stores, feed, tmp_path / "alone", monkeypatch)
    assert alone["counts"]["commitments"] and alone["counts"]["alerts"]  # type: ignore[index]
    base = {k: v for k, v in os.environ.items() if not k.startswith("DEADLINES_")}
    started = time.monotonic()
    for attempt in range(TRIES):
        url, engine = _fresh(fresh_stores)
        home = tmp_path / f"try-{attempt + 1}"
        for code, out, err in _pair({**base, **_home(home, feed, url)}):
            assert code == 0 and "Traceback" not in err, f"try {attempt + 1}: {out}\n{err[-3000:]}"
        assert _tally(engine, home / "alerts.jsonl") == alone, f"try {attempt + 1}"
        engine.dispose()
    print(
        f"\n{fresh_stores.backend}: {TRIES} tries of two `deadlines run` processes started "
        f"together, all passed, {time.monotonic() - started:.1f}s"
    )
