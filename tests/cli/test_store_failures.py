"""A store the command cannot use ends in one line on stderr and exit status 2: never
initialised, read-only, PostgreSQL down, its database or its tables missing. A read-only
store still answers the commands that only read."""

from __future__ import annotations

import os
import socket
import subprocess
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine, text
from tests.cli.cli_helpers import Runner, refused, run_process, seed

from deadlines.store import make_engine, migrate

PG_ADMIN_URL = os.environ.get(
    "DEADLINES_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
)
READS = (["list"], ["outbox"], ["routes"], ["export", "--format", "json"], ["feeds", "status"])
WRITES = (["silence", "1"], ["ack", "1"], ["dismiss", "1"], ["route-add", "x", "--tag", "t"])
FEEDS = "feeds:\n  - name: a\n    url: https://a.example/\n"


def unused_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def settings(home: Path, url: str | None = None) -> dict[str, str]:
    """DEADLINES_HOME with a feeds file in it, and the store's URL if given."""
    home.mkdir(parents=True, exist_ok=True)
    (home / "feeds.yaml").write_text(FEEDS)
    return {"DEADLINES_HOME": str(home), **({"DEADLINES_DATABASE_URL": url} if url else {})}


@pytest.mark.parametrize("argv", [*READS, *WRITES, ["poll"], ["extract"], ["alerts"]])
def test_a_store_never_initialised_is_not_created(
    cli: Runner, tmp_path: Path, argv: list[str]
) -> None:
    home = tmp_path / "home"
    env = {"DEADLINES_HOME": str(home), "DEADLINES_FEEDS": str(tmp_path / "feeds.yaml")}
    (tmp_path / "feeds.yaml").write_text(FEEDS)
    refused(cli(*argv, env=env), "no store at", "deadlines init-db")
    assert not home.exists()  # neither the file nor its folder


def test_a_store_never_initialised_as_a_process(tmp_path: Path) -> None:
    home = tmp_path / "home"
    refused(run_process("list", env={"DEADLINES_HOME": str(home)}), "no store at", "init-db")
    assert not home.exists()
    made = run_process("init-db", env={"DEADLINES_HOME": str(home)})
    assert made.code == 0, made.err
    assert (home / "deadlines.db").is_file()


@pytest.mark.parametrize("argv", [*READS, *WRITES, ["extract"]])
def test_postgresql_down_is_one_line(cli: Runner, tmp_path: Path, argv: list[str]) -> None:
    url = f"postgresql://postgres@127.0.0.1:{unused_port()}/deadlines"
    line = refused(cli(*argv, env=settings(tmp_path, url)), "cannot reach", "127.0.0.1")
    assert "start the server" in line


def test_postgresql_down_as_a_process(tmp_path: Path) -> None:
    url = f"postgresql://postgres@127.0.0.1:{unused_port()}/deadlines"
    refused(run_process("outbox", env=settings(tmp_path, url)), "cannot reach", "PostgreSQL")


@pytest.mark.parametrize("argv", [["list"], ["silence", "1"], ["feeds", "status"]])
def test_a_postgresql_database_missing_is_one_line(
    cli: Runner, postgres_url: str, tmp_path: Path, argv: list[str]
) -> None:
    url = postgres_url.rsplit("/", 1)[0] + f"/absent_{uuid.uuid4().hex[:8]}"
    line = refused(cli(*argv, env=settings(tmp_path, url)), "does not exist", "createdb")
    assert "deadlines init-db" in line


@pytest.fixture
def empty_postgres(postgres_url: str) -> Iterator[str]:
    """A PostgreSQL database without tables."""
    name = f"deadlines_empty_{uuid.uuid4().hex[:8]}"
    admin = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    yield postgres_url.rsplit("/", 1)[0] + f"/{name}"
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.mark.parametrize("argv", [["list"], ["outbox"], ["ack", "1"], ["feeds", "status"]])
def test_stores_without_tables_say_to_run_init_db(
    cli: Runner, empty_postgres: str, tmp_path: Path, argv: list[str]
) -> None:
    sqlite = tmp_path / "empty.db"
    sqlite.write_bytes(b"")  # an empty file, as older versions of the command left
    refused(cli(*argv, env=settings(tmp_path, empty_postgres)), "no tables yet", "init-db")
    refused(cli(*argv, env=settings(tmp_path, f"sqlite:///{sqlite}")), "no store", "init-db")
    assert sqlite.read_bytes() == b""


def test_a_read_only_postgresql_store_reads_and_refuses_writes(
    cli: Runner, postgres_engine: Engine, postgres_url: str, tmp_path: Path
) -> None:
    seed(postgres_engine)
    url = postgres_url + "?options=-c%20default_transaction_read_only%3Don"
    env = settings(tmp_path, url)
    for argv in READS:
        ran = cli(*argv, env=env)
        assert (ran.code, ran.err) == (0, "")
    for argv in WRITES:
        refused(cli(*argv, env=env), "read-only")


@pytest.fixture
def read_only_home(tmp_path: Path) -> Iterator[Path]:
    """A home whose store and folder may not be written: immutable as root (whom file
    permissions do not stop), without write permission for anyone else."""
    home = tmp_path / "ro"
    settings(home)
    store = home / "deadlines.db"
    engine = make_engine(f"sqlite:///{store}")
    migrate(engine)
    seed(engine)
    engine.dispose()
    if os.geteuid() == 0:
        subprocess.run(["chattr", "+i", str(store), str(home)], check=True)
    else:
        store.chmod(0o444)
        home.chmod(0o555)
    yield home
    if os.geteuid() == 0:
        subprocess.run(["chattr", "-i", str(store), str(home)], check=True)
    home.chmod(0o755)
    store.chmod(0o644)


def test_a_read_only_sqlite_store_reads_and_refuses_writes(
    cli: Runner, read_only_home: Path
) -> None:
    store = read_only_home / "deadlines.db"
    before, names = store.read_bytes(), sorted(p.name for p in read_only_home.iterdir())
    env = {"DEADLINES_HOME": str(read_only_home)}
    for argv in READS:
        ran = cli(*argv, env=env)
        assert (ran.code, ran.err) == (0, "")
    assert "truce expires" in cli("list", env=env).out
    for argv in [*WRITES, ["extract"], ["alerts"], ["poll"]]:
        refused(cli(*argv, env=env), "is read-only", "list")
    assert store.read_bytes() == before
    assert sorted(p.name for p in read_only_home.iterdir()) == names


def test_a_read_only_sqlite_store_as_a_process(read_only_home: Path) -> None:
    env = {"DEADLINES_HOME": str(read_only_home)}
    listed = run_process("list", env=env)
    assert (listed.code, listed.err) == (0, "")
    assert "truce expires" in listed.out
    refused(run_process("dismiss", "1", env=env), "is read-only")
