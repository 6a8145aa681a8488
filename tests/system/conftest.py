"""Helpers for system tests that run Airflow's own processes on 127.0.0.1."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
sys.path.insert(0, str(ROOT / "demo"))
from processes import ProcessGroup  # noqa: E402  (the demo's own helper script)


def wait_until(condition: Callable[[], bool], timeout: float, what: str, poll: float = 0.5) -> None:
    """Poll ``condition`` until it holds; fail with ``what`` after ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(poll)  # polling interval of a wait with a deadline, not a fixed delay
    pytest.fail(f"timed out after {timeout:.0f}s waiting for {what}")


def answers(url: str, status: int = 200) -> Callable[[], bool]:
    def check() -> bool:
        try:
            return httpx.get(url, timeout=2).status_code == status
        except httpx.HTTPError:
            return False

    return check


def airflow_env(home: Path, **extra: str) -> dict[str, str]:
    """An environment for an isolated Airflow in ``home`` using this project's DAGs."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("AIRFLOW", "DEADLINES_"))}
    env.update(
        {
            "AIRFLOW_HOME": str(home),
            "AIRFLOW__CORE__DAGS_FOLDER": str(ROOT / "dags"),
            "AIRFLOW__CORE__PLUGINS_FOLDER": str(ROOT / "plugins"),
            "AIRFLOW__CORE__LOAD_EXAMPLES": "False",
            "AIRFLOW__CORE__LAZY_LOAD_PLUGINS": "False",
            "AIRFLOW__API_AUTH__JWT_SECRET": "test-secret-for-loopback-only",
            "AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_USERS": "admin:admin",
            "AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_PASSWORDS_FILE": str(home / "passwords.json"),
            "DEADLINES_HOME": str(home / "deadlines"),
        }
    )
    env.update(extra)
    return env


@pytest.fixture
def processes(tmp_path: Path) -> Iterator[ProcessGroup]:
    running = ProcessGroup(tmp_path)
    yield running
    running.stop()


def airflow(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [str(BIN / "airflow"), *args], env=env, capture_output=True, text=True, cwd=ROOT
    )
    assert result.returncode == 0, f"airflow {' '.join(args)}:\n{result.stdout}\n{result.stderr}"
    return result


class Toolkit:
    """The helpers above, handed to tests as a fixture (conftest is not importable)."""

    wait_until = staticmethod(wait_until)
    answers = staticmethod(answers)
    airflow_env = staticmethod(airflow_env)
    airflow = staticmethod(airflow)
    root = ROOT
    bin = BIN


@pytest.fixture
def kit() -> type[Toolkit]:
    return Toolkit


def free_port() -> int:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture
def api_server(tmp_path: Path, processes: ProcessGroup) -> Iterator[tuple[str, dict[str, str]]]:
    """Airflow's API server on 127.0.0.1 with two users of the simple auth manager, whose
    passwords are in the file: admin (role admin) and viewer (role viewer, read only)."""
    home = tmp_path / "airflow"
    home.mkdir()
    (home / "passwords.json").write_text(
        '{"admin": "correct-horse-battery", "viewer": "staple-lantern-quiet"}'
    )
    port = free_port()
    env = airflow_env(home, AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_USERS="admin:admin,viewer:viewer")
    airflow("db", "migrate", env=env)
    base = f"http://127.0.0.1:{port}"
    command = [str(BIN / "airflow"), "api-server", "-H", "127.0.0.1", "-p", str(port)]
    processes.start("api-server", command, env, ROOT)
    wait_until(answers(f"{base}/api/v2/monitor/health"), 120, "the API server to answer")
    yield base, env
