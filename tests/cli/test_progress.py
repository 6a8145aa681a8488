"""Long commands show one updating progress line on a terminal, and nothing in a pipe or
with ``--quiet``. The terminal is a real pseudo-terminal; the feeds a real local server."""

from __future__ import annotations

import io
import os
import pty
import subprocess
import sys
from pathlib import Path

import pytest
from tests.conftest import LocalHTTP

from deadlines.cli.progress import ERASE, Progress

FEED = (
    "<?xml version='1.0'?><rss version='2.0'><channel><title>Desk {n}</title>"
    "<item><guid>desk-{n}-1</guid><title>Vote set</title><link>https://news.invalid/{n}</link>"
    "<description>District {n} votes on its budget on November 1{n}.</description></item>"
    "</channel></rss>"
)


@pytest.fixture
def home(tmp_path: Path, http_server: LocalHTTP) -> dict[str, str]:
    lines = ["feeds:"]
    for n in range(3):
        url = http_server.serve(f"/feed/{n}", FEED.format(n=n), content_type="application/rss+xml")
        lines.append(f"  - {{name: desk-{n}, url: '{url}'}}")
    (tmp_path / "feeds.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    env = {
        **os.environ,
        "DEADLINES_HOME": str(tmp_path),
        "DEADLINES_ALLOW_PRIVATE_ADDRESSES": "127.0.0.1/32",
    }
    for name in ("DEADLINES_DATABASE_URL", "DEADLINES_FEEDS"):
        env.pop(name, None)
    subprocess.run([sys.executable, "-m", "deadlines.cli", "init-db"], env=env, check=True)
    return env


def on_terminal(argv: list[str], env: dict[str, str]) -> tuple[str, str]:
    """Run the command with standard error on a pseudo-terminal; its stdout and stderr."""
    controller, terminal = pty.openpty()
    try:
        process = subprocess.Popen(
            [sys.executable, "-m", "deadlines.cli", *argv],
            stdout=subprocess.PIPE,
            stderr=terminal,
            env=env,
        )
    finally:
        os.close(terminal)
    seen = b""
    while True:
        try:
            chunk = os.read(controller, 4096)
        except OSError:  # the terminal's other end closed: the process has exited
            break
        if not chunk:
            break
        seen += chunk
    os.close(controller)
    out, _ = process.communicate(timeout=60)
    assert process.returncode == 0, seen
    return out.decode(), seen.decode(errors="replace")


def test_poll_shows_progress_on_a_terminal(home: dict[str, str]) -> None:
    out, terminal = on_terminal(["poll"], home)
    assert "3 ok" in out
    assert "3/3 feeds (100%)" in terminal
    assert terminal.endswith(ERASE)  # the line is cleared for what follows
    assert "feeds" not in out.replace("polled 3 feeds", "")


def test_extract_shows_progress_on_a_terminal(home: dict[str, str]) -> None:
    on_terminal(["poll", "--quiet"], home)
    out, terminal = on_terminal(["extract"], home)
    assert "read 3 articles" in out
    assert "3/3 articles (100%)" in terminal


def test_quiet_silences_it(home: dict[str, str]) -> None:
    out, terminal = on_terminal(["poll", "--quiet"], home)
    assert "3 ok" in out
    assert terminal == ""


def test_a_pipe_gets_no_progress(home: dict[str, str]) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "deadlines.cli", "run"],
        capture_output=True,
        text=True,
        env=home,
    )
    assert "polled 3 feeds" in result.stdout
    assert "%)" not in result.stderr and ERASE not in result.stderr


def test_the_line_is_redrawn_at_most_every_tenth_of_a_second() -> None:
    ticks = iter([0.0, 0.0, 0.05, 0.2, 0.25, 0.3, 0.3])
    stream = io.StringIO()
    progress = Progress("feeds", stream=stream, enabled=True, clock=lambda: next(ticks))
    for done in (1, 2, 3, 4):
        progress(done, 5)
    progress.close()
    drawn = [part for part in stream.getvalue().split(ERASE) if part]
    assert [part.split(" ")[0] for part in drawn] == ["1/5", "3/5", "4/5"]
    assert "4/5 feeds (80%), 13/s" in drawn[-1]
    assert stream.getvalue().endswith(ERASE)


def test_an_unknown_total_shows_the_count() -> None:
    stream = io.StringIO()
    with Progress("articles", stream=stream, enabled=True, clock=lambda: 2.0) as progress:
        progress(1200)
    assert "1,200 articles" in stream.getvalue()


def test_nothing_is_written_when_disabled() -> None:
    stream = io.StringIO()
    with Progress("feeds", stream=stream, enabled=False) as progress:
        progress(1, 2)
    assert stream.getvalue() == ""
