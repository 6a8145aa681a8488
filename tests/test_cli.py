"""The command line: help for every command, JSON output, the fixture article."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from deadlines.cli import build_parser, main

# Every top-level command the parser knows, so a new one cannot go without help.
COMMANDS = sorted(build_parser()._subparsers._group_actions[0].choices)  # type: ignore[union-attr]


def run(argv: list[str]) -> tuple[int, str]:
    out = io.StringIO()
    return main(argv, out=out), out.getvalue()


def test_the_command_runs_as_a_module() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "deadlines.cli", "--help"], capture_output=True, text=True
    )
    assert result.returncode == 0
    assert "usage: deadlines" in result.stdout


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main([command, "--help"])
    assert exited.value.code == 0
    text = capsys.readouterr().out
    assert "usage: deadlines " + command in text
    assert len(text.splitlines()) >= 3  # a usage line, a description, options


def test_commands_that_depend_on_now_accept_it() -> None:
    parser = build_parser()
    for command in ("poll", "extract", "alerts", "run"):
        args = parser.parse_args([command, "--now", "2025-10-26"])
        assert args.now.isoformat() == "2025-10-26T00:00:00+00:00"


def test_extract_text_on_the_fixture_report(fixture_article: str, tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_text(fixture_article)
    code, out = run(["extract-text", "--published", "2025-10-26", str(path)])
    assert code == 0
    found = {(c["due"], c["status"]) for c in json.loads(out)}
    assert ("2025-11-01", "cancelled") in found
    assert ("2025-10-30", "scheduled") in found
    assert ("2025-11-10", "scheduled") in found or ("2025-11-10", "expected") in found


def test_timex_prints_values(tmp_path: Path) -> None:
    path = tmp_path / "t.txt"
    path.write_text("The truce expires on November 10.")
    code, out = run(["timex", "--dct", "2025-10-26", str(path)])
    assert code == 0
    assert {"text": "November 10", "value": "2025-11-10", "type": "DATE"}.items() <= json.loads(
        out
    )[0].items()


def test_bad_input_gets_a_plain_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["extract-text", "--published", "last week", "x.txt"])
    assert "is not a date like 2025-10-26" in capsys.readouterr().err
    code, _ = run(["extract-text", "--published", "2025-10-26", str(tmp_path / "missing.txt")])
    assert code == 2
    assert "cannot read" in capsys.readouterr().err


def test_list_formats_on_an_empty_and_a_filled_store(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DEADLINES_HOME", str(tmp_path))
    assert run(["init-db"])[0] == 0
    assert run(["list"])[1] == "no commitments yet\n"
    assert json.loads(run(["list", "--format", "json"])[1]) == []
    assert run(["list", "--format", "csv"])[1].startswith("id,due_on,status,kind,what")


def test_poll_without_feeds_file_says_which_setting(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("DEADLINES_HOME", str(tmp_path))
    assert run(["poll", "--now", "2025-10-26"])[0] == 2
    assert "DEADLINES_FEEDS" in capsys.readouterr().err
