"""Bad input over every command and setting: out of range, the wrong type, binary, empty.
Each is refused with exactly one line on stderr and exit status 2, and writes nothing: the
store's rows and file, and the feeds file, are as they were."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select
from tests.cli.cli_helpers import Ran, Runner, refused, run_process, seed

from deadlines.store import make_engine, migrate
from deadlines.store.models import Base

BIG = str(2**63)
FEEDS = "# our feeds\nfeeds:\n  - name: wire\n    url: https://wire.invalid/rss\n"
BINARY = bytes(range(256)) * 4
# (argv, settings, words the one line holds); "@binary" in argv is a binary file's path.
CASES: list[tuple[list[str], dict[str, str], tuple[str, ...]]] = [
    # ids: too large, negative, zero, not a number, empty
    (["show", BIG], {}, ("commitment id",)),
    (["show", "-1"], {}, ("commitment id",)),
    (["history", "0"], {}, ("commitment id",)),
    (["correct", BIG, "--confirm"], {}, ("commitment id",)),
    (["merge", "1", BIG], {}, ("commitment id",)),
    (["dismiss", "abc"], {}, ("commitment id",)),
    (["silence", ""], {}, ("commitment id",)),
    (["ack", "99999999999999999999"], {}, ("commitment id",)),
    # instants and dates out of range, or not dates
    (["poll", "--now", "0001-01-01"], {}, ("--now", "out of range")),
    (["extract", "--now", "9999-12-31"], {}, ("--now", "out of range")),
    (["alerts", "--now", "0001-01-01T00:00+05:00"], {}, ("--now", "out of range")),
    (["run", "--now", ""], {}, ("--now", "not an ISO date")),
    (["export", "--format", "ics", "--now", "0001-01-01"], {}, ("--now",)),
    (["history", "1", "--as-of", "0001-01-01"], {}, ("--as-of", "out of range")),
    (["history", "1", "--as-of", "last week"], {}, ("--as-of", "not an ISO date")),
    (["silence", "1", "--until", "0001-01-01"], {}, ("--until", "out of range")),
    (["silence", "1", "--until", "99999999999d"], {}, ("--until", "at most 36500d")),
    (["silence", "1", "--until=1e400d"], {}, ("--until", "finite")),
    (["silence", "1", "--until=-2d"], {}, ("--until",)),
    (["silence", "1", "--until", "0d"], {}, ("--until", "longer than 0")),
    (["silence", "1", "--until", "2000-01-01"], {}, ("--until", "already passed")),
    (["correct", "1", "--due", "0001-01-01"], {}, ("--due", "out of range")),
    (["extract-text", "--published", "99999-01-01", "x"], {}, ("--published",)),
    (["timex", "--dct", "0001-01-01", "x"], {}, ("--dct", "out of range")),
    # counts, shares and durations
    (["outbox", "--limit", "-1"], {}, ("--limit",)),
    (["outbox", "--limit", "99999999999999999999"], {}, ("--limit",)),
    (["outbox", "--limit", "many"], {}, ("--limit",)),
    (["route-add", "r", "--tag", "t", "--min-confidence", "nan"], {}, ("--min-confidence",)),
    (["route-add", "r", "--tag", "t", "--min-confidence", "1.5"], {}, ("--min-confidence",)),
    (["route-add", "r", "--tag", "t", "--lead-times", "1e400d"], {}, ("finite",)),
    (["route-add", "r", "--tag", " "], {}, ("apprise tag",)),
    (["route-add", "Bad Name", "--tag", "t"], {}, ("route name",)),
    (["feeds", "add", "desk", "https://desk.invalid/", "--interval", "1e400d"], {}, ("finite",)),
    (["feeds", "add", "desk", "https://desk.invalid/", "--interval", "0"], {}, ("positive",)),
    (["feeds", "add", "desk", "ftp://desk.invalid/"], {}, ("http",)),
    (["feeds", "add", "", "https://desk.invalid/"], {}, ("no name",)),
    (["feeds", "add", "wire", "https://other.invalid/"], {}, ("already has",)),
    (["feeds", "disable", "nobody"], {}, ("no feed named",)),
    # binary and empty files
    (["extract-text", "--published", "2025-10-26", "@binary"], {}, ("not UTF-8",)),
    (["timex", "--dct", "2025-10-26", "@binary"], {}, ("not UTF-8",)),
    (["feeds", "import", "@binary"], {}, ()),
    (["poll"], {"DEADLINES_FEEDS": "@binary"}, ("not UTF-8",)),
    (["feeds", "list"], {"DEADLINES_FEEDS": "@empty"}, ("feeds:' list",)),
    # settings
    (["alerts"], {"DEADLINES_LEAD_TIMES": "1e400d"}, ("DEADLINES_LEAD_TIMES",)),
    (["list"], {"DEADLINES_LEAD_TIMES": "0d"}, ("DEADLINES_LEAD_TIMES",)),
    (["poll"], {"DEADLINES_FETCH_TIMEOUT": "nan"}, ("DEADLINES_FETCH_TIMEOUT", "0.1 to")),
    (["poll"], {"DEADLINES_FETCH_TIMEOUT": "inf"}, ("DEADLINES_FETCH_TIMEOUT",)),
    (["poll"], {"DEADLINES_FETCH_TIMEOUT": "0"}, ("DEADLINES_FETCH_TIMEOUT",)),
    (["poll"], {"DEADLINES_FETCH_TIMEOUT": "-1"}, ("DEADLINES_FETCH_TIMEOUT",)),
    (["run"], {"DEADLINES_MAX_FEED_BYTES": "-1"}, ("DEADLINES_MAX_FEED_BYTES", "1 to")),
    (["run"], {"DEADLINES_MAX_FEED_BYTES": "lots"}, ("DEADLINES_MAX_FEED_BYTES",)),
    (["extract"], {"DEADLINES_DISPUTE_ALERTS": "maybe"}, ("DEADLINES_DISPUTE_ALERTS",)),
    (["poll"], {"DEADLINES_ALLOW_PRIVATE_ADDRESSES": "intranet"}, ("not a network",)),
    (["list"], {"DEADLINES_DATABASE_URL": "nonsense"}, ("database URL",)),
    # the feeds file
    (["poll"], {"DEADLINES_FEEDS": "@typo"}, ("unknown key 'pol_interval'", "(wire)")),
    (["feeds", "enable", "wire"], {"DEADLINES_FEEDS": "@typo"}, ("pol_interval",)),
    (["feeds", "list"], {"DEADLINES_FEEDS": "@endless"}, ("poll_interval", "finite")),
    # wrong words
    (["list", "--format", "xml"], {}, ("--format",)),
    (["outbox", "--state", "lost"], {}, ("--state",)),
    ([], {}, ("COMMAND",)),
    (["vanish"], {}, ("vanish",)),
    (["routes", "extra"], {}, ("extra",)),
    (["route-remove"], {}, ("name",)),
    (["feeds", "export", "--format", "csv"], {}, ("--format",)),
    (["feeds", "status", "--format", "xml"], {}, ("--format",)),
    (["init-db"], {"DEADLINES_MAX_FEED_BYTES": "nan"}, ("DEADLINES_MAX_FEED_BYTES",)),
    (["init-db"], {"DEADLINES_DATABASE_URL": "oracle://db.invalid/x"}, ("unsupported",)),
    (["calendar-token", "add", "desk", "--min-confidence", "inf"], {}, ("--min-confidence",)),
    (["calendar-token", "revoke"], {}, ("token",)),
    (["serve-calendar", "--port", "70000"], {}, ("--port",)),
    (["serve-calendar", "--port", "-1"], {}, ("--port",)),
]
# The cases also run as a real process (the rest in this process, which is faster).
AS_PROCESS = {0, 8, 16, 38, 43, 54}


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A home with a store holding commitment 1, a feeds file and the odd files."""
    home = tmp_path_factory.mktemp("home")
    engine = make_engine(f"sqlite:///{home / 'deadlines.db'}")
    migrate(engine)
    seed(engine)
    engine.dispose()
    (home / "feeds.yaml").write_text(FEEDS)
    (home / "binary").write_bytes(BINARY)
    (home / "empty").write_bytes(b"")
    (home / "typo").write_text(FEEDS + "    pol_interval: 5m\n")
    (home / "endless").write_text(FEEDS + "    poll_interval: 1e400d\n")
    yield home


def state(home: Path) -> tuple[object, ...]:
    """What a command could have written: every file's bytes and time, and the row counts."""
    files = {
        path.name: (path.read_bytes(), path.stat().st_mtime_ns)
        for path in sorted(home.iterdir())
        if not path.name.endswith(("-wal", "-shm"))
    }
    engine = make_engine(f"sqlite:///{home / 'deadlines.db'}")
    with engine.connect() as connection:
        counts = {
            table.name: connection.execute(select(func.count()).select_from(table)).scalar()
            for table in Base.metadata.sorted_tables
        }
    engine.dispose()
    return files, counts


def arguments(case: int, home: Path) -> tuple[list[str], dict[str, str]]:
    argv, env, _ = CASES[case]

    def resolve(value: str) -> str:
        return str(home / value[1:]) if value.startswith("@") else value

    return [resolve(a) for a in argv], {
        "DEADLINES_HOME": str(home),
        **{name: resolve(value) for name, value in env.items()},
    }


def check(ran: Ran, case: int, home: Path, before: tuple[object, ...]) -> None:
    line = refused(ran, *CASES[case][2])
    assert "Traceback" not in line
    assert state(home) == before


@pytest.mark.parametrize("case", range(len(CASES)), ids=lambda n: " ".join(CASES[n][0])[:40])
def test_bad_input_is_one_line_exit_2_and_nothing_written(
    cli: Runner, home: Path, case: int
) -> None:
    before = state(home)
    argv, env = arguments(case, home)
    check(cli(*argv, env=env), case, home, before)


@pytest.mark.parametrize("case", sorted(AS_PROCESS), ids=lambda n: " ".join(CASES[n][0])[:40])
def test_bad_input_as_a_real_process(home: Path, case: int) -> None:
    before = state(home)
    argv, env = arguments(case, home)
    check(run_process(*argv, env=env), case, home, before)


@pytest.mark.parametrize("argv", [["outbox"], ["list"], ["export", "--format", "csv"]])
def test_a_reader_that_stops_reading_ends_it_quietly(home: Path, argv: list[str]) -> None:
    """`deadlines outbox | head`: the pipe's reading end is closed before anything is
    written, so every write meets a closed pipe."""
    reading, writing = os.pipe()
    os.close(reading)
    env = {k: v for k, v in os.environ.items() if not k.startswith("DEADLINES_")}
    try:
        result = subprocess.run(
            [sys.executable, "-m", "deadlines.cli", *argv],
            stdout=writing,
            stderr=subprocess.PIPE,
            text=True,
            env={**env, "DEADLINES_HOME": str(home)},
            timeout=300,
        )
    finally:
        os.close(writing)
    assert result.stderr == ""
    assert result.returncode == 141
