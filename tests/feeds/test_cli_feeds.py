"""`deadlines feeds ...` and `deadlines poll` from the terminal, on a real store and server."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from deadlines.cli import main
from deadlines.feeds.config import load_feeds

RSS = (
    "<rss version='2.0'><channel><title>D</title><item><guid>a</guid><title>Vote</title>"
    "<description>The vote is on Friday.</description></item></channel></rss>"
)


@pytest.fixture
def env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("DEADLINES_HOME", str(tmp_path))
    monkeypatch.setenv("DEADLINES_FEEDS", str(tmp_path / "feeds.yaml"))
    monkeypatch.setenv("DEADLINES_DATABASE_URL", f"sqlite:///{tmp_path / 'store.db'}")
    monkeypatch.setenv("DEADLINES_ALLOW_PRIVATE_ADDRESSES", "127.0.0.1/32")
    return tmp_path


def run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    return main(list(argv), out=out), out.getvalue()


@pytest.mark.parametrize(
    "action", ["add", "list", "disable", "enable", "status", "import", "export"]
)
def test_every_feeds_action_has_help(action: str, capsys: pytest.CaptureFixture[str]) -> None:
    from deadlines.cli import main

    with pytest.raises(SystemExit) as exited:
        main(["feeds", action, "--help"])
    assert exited.value.code == 0
    assert f"usage: deadlines feeds {action}" in capsys.readouterr().out


def test_add_list_disable_enable(env: Path) -> None:
    code, out = run("feeds", "add", "wire", "https://news.invalid/rss?key=abc", "--tag", "trade")
    assert code == 0 and "added wire" in out
    run("feeds", "add", "gov", "https://gov.invalid/atom", "--interval", "1h", "--full-text")
    code, out = run("feeds", "list", "--format", "json")
    listed = json.loads(out)
    assert [row["name"] for row in listed] == ["wire", "gov"]
    assert listed[0]["url"] == "https://news.invalid/rss?key=***"
    assert listed[1]["poll_interval"] == "1h" and listed[1]["full_text"] is True

    assert run("feeds", "disable", "wire")[0] == 0
    assert [f.enabled for f in load_feeds(env / "feeds.yaml")] == [False, True]
    assert run("feeds", "enable", "wire")[0] == 0
    assert load_feeds(env / "feeds.yaml")[0].enabled is True


def test_unknown_feed_and_duplicate_names_are_plain_errors(
    env: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run("feeds", "add", "wire", "https://news.invalid/rss")
    assert run("feeds", "add", "wire", "https://other.invalid/rss")[0] == 2
    assert run("feeds", "disable", "nope")[0] == 2
    assert "no feed named 'nope'" in capsys.readouterr().err


def test_status_after_a_poll_says_what_went_wrong(env: Path, http_server) -> None:
    good = http_server.serve("/good.xml", RSS)
    run("feeds", "add", "good", good)
    run("feeds", "add", "broken", http_server.url("/missing.xml"))
    run("feeds", "add", "quiet", "https://quiet.invalid/rss", "--disabled")
    assert run("init-db")[0] == 0
    code, out = run("poll", "--now", "2025-10-26T20:00")
    assert code == 0 and "1 ok" in out and "broken: feed" in out

    code, out = run("feeds", "status", "--format", "json")
    status = {row["name"]: row for row in json.loads(out)}
    assert status["good"]["state"] == "ok"
    assert status["good"]["articles"] == 1
    assert status["good"]["last_success"] == "2025-10-26T20:00:00Z"
    assert status["good"]["next_poll"] == "2025-10-26T20:15:00Z"
    assert status["broken"]["state"] == "failing"
    assert "was not found (HTTP 404)" in status["broken"]["last_error"]
    assert status["quiet"]["state"] == "disabled"

    code, table = run("feeds", "status")
    assert code == 0 and "failing" in table and "2025-10-26T20:15:00Z" in table
