"""`deadlines serve-calendar` as a real process on 127.0.0.1, read with httpx and icalendar."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from icalendar import Calendar
from tests.calendars.seed import Seeded, seed

from deadlines.exports import uid_of
from deadlines.store import make_engine, migrate

BIN = Path(sys.executable).parent


@pytest.fixture
def store(tmp_path: Path) -> Iterator[tuple[Seeded, dict[str, str]]]:
    url = f"sqlite:///{tmp_path / 'calendar.db'}"
    engine = make_engine(url)
    migrate(engine)
    seeded = seed(engine)
    engine.dispose()
    env = {k: v for k, v in os.environ.items() if not k.startswith("DEADLINES_")}
    env.update(DEADLINES_HOME=str(tmp_path), DEADLINES_DATABASE_URL=url)
    yield seeded, env


@pytest.fixture
def server(store: tuple[Seeded, dict[str, str]]) -> Iterator[tuple[str, subprocess.Popen[str]]]:
    """The command on a free port; its first line says where it listens."""
    _, env = store
    process = subprocess.Popen(
        [str(BIN / "deadlines"), "-v", "serve-calendar", "--port", "0"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        assert line.startswith("serving calendars on http://127.0.0.1:"), line
        yield line.split()[3].split("/deadlines/")[0], process
    finally:
        if process.poll() is None:
            process.kill()
            process.wait(timeout=10)


def test_serve_calendar_answers_as_the_plugin_does(
    store: tuple[Seeded, dict[str, str]], server: tuple[str, subprocess.Popen[str]]
) -> None:
    seeded, env = store
    base, process = server
    url = f"{base}{seeded.trade_only.path}"
    first = httpx.get(url)
    assert first.status_code == 200
    assert first.headers["content-type"].startswith("text/calendar")
    events = Calendar.from_ical(first.content).walk("VEVENT")
    assert {str(event["uid"]) for event in events} == {uid_of(seeded.trade)}
    etag = first.headers["etag"]
    repeat = httpx.get(url, headers={"If-None-Match": etag})
    assert (repeat.status_code, repeat.content, repeat.headers["etag"]) == (304, b"", etag)
    assert httpx.head(url).headers["etag"] == etag

    unknown = httpx.get(f"{base}/deadlines/calendar/{'x' * 43}.ics")
    missing = httpx.get(f"{base}/deadlines/calendar/")
    assert unknown.status_code == missing.status_code == 404
    revoke = subprocess.run(
        [str(BIN / "deadlines"), "calendar-token", "revoke", "trade-desk"],
        env=env, capture_output=True, text=True, check=True,
    )  # fmt: skip
    assert "revoked" in revoke.stdout
    revoked = httpx.get(url)
    assert revoked.status_code == 404 and revoked.content == unknown.content
    assert httpx.get(f"{base}{seeded.everything.path}").status_code == 200

    # (SIGTERM, as a service manager stops it: SIGINT is ignored by a process a shell started
    # in the background, as a CI runner may start the suite)
    process.send_signal(signal.SIGTERM)
    assert process.wait(timeout=30) == 0
    assert process.stderr is not None
    log = process.stderr.read()
    assert f"/deadlines/calendar/{seeded.trade_only.secret[:4]}….ics" in log
    assert seeded.trade_only.secret not in log and seeded.everything.secret not in log
