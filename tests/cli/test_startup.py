"""The command loads only what the command it runs uses: ``--help`` loads none of the
store, the HTTP client, the feed parser, the extractor or apprise. (How long it takes is
printed by bench/cli_startup.py, not tested.)"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

HEAVY = (
    "alembic",
    "apprise",
    "deadlines.extract",
    "deadlines.store",
    "feedparser",
    "httpx",
    "sqlalchemy",
    "trafilatura",
    "yaml",
)

# Run the command in a new interpreter, then print which of HEAVY it loaded.
PROBE = """
import json, sys
from deadlines.cli import main
try:
    main(sys.argv[1:])
except SystemExit:
    pass
heavy = set(json.loads(sys.stdin.readline()))
print(json.dumps(sorted(m for m in heavy if m in sys.modules)))
"""


def loaded(argv: list[str], env: dict[str, str] | None = None) -> set[str]:
    result = subprocess.run(
        [sys.executable, "-c", PROBE, *argv],
        input=json.dumps(HEAVY) + "\n",
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    return set(json.loads(result.stdout.splitlines()[-1]))


@pytest.mark.parametrize("argv", [["--help"], ["poll", "--help"], ["feeds", "status", "--help"]])
def test_help_loads_nothing_heavy(argv: list[str]) -> None:
    assert loaded(argv) == set()


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    folder = tmp_path_factory.mktemp("home")
    (folder / "feeds.yaml").write_text("feeds: []\n", encoding="utf-8")
    env = {**os.environ, "DEADLINES_HOME": str(folder)}
    env.pop("DEADLINES_DATABASE_URL", None)
    env.pop("DEADLINES_FEEDS", None)
    subprocess.run([sys.executable, "-m", "deadlines.cli", "init-db"], env=env, check=True)
    assert (folder / "deadlines.db").exists()
    return env


def test_poll_loads_neither_the_extractor_nor_apprise(home: dict[str, str]) -> None:
    modules = loaded(["poll", "--quiet"], home)
    assert {"httpx", "sqlalchemy"} <= modules
    assert not modules & {"apprise", "deadlines.extract", "alembic", "trafilatura"}


def test_extract_loads_neither_the_http_client_nor_apprise(home: dict[str, str]) -> None:
    modules = loaded(["extract", "--quiet"], home)
    assert {"deadlines.extract", "sqlalchemy"} <= modules
    assert not modules & {"apprise", "httpx", "feedparser", "alembic", "trafilatura", "yaml"}


def test_list_loads_only_the_store(home: dict[str, str], tmp_path: Path) -> None:
    modules = loaded(["list", "--format", "json"], home)
    assert "sqlalchemy" in modules
    assert not modules & {"apprise", "httpx", "feedparser", "deadlines.extract", "alembic"}


def test_poll_leaves_what_it_loaded_to_the_end_of_the_process(home: dict[str, str]) -> None:
    """The garbage collector does not walk the modules a poll loaded at every full
    collection (they live as long as the process); it stays on for what the poll makes."""
    probe = (
        "import gc\n"
        "from deadlines.cli import main\n"
        "assert gc.get_freeze_count() == 0\n"
        "main(['poll', '--quiet'])\n"
        "import sqlalchemy\n"
        "frozen = gc.get_freeze_count()\n"
        "gc.collect()  # a full collection does not undo it\n"
        "print(frozen, gc.get_freeze_count() == frozen, gc.isenabled(), "
        "not any(o is sqlalchemy for o in gc.get_objects()))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], env=home, capture_output=True, text=True, check=True
    )
    frozen, kept, enabled, sqlalchemy_frozen = done.stdout.splitlines()[-1].split()
    assert int(frozen) > 10_000 and (kept, enabled, sqlalchemy_frozen) == ("True", "True", "True")
