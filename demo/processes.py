"""Long-running processes (Airflow's servers and workers) started and stopped as a group."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
from pathlib import Path


class ProcessGroup:
    """Each process in a session of its own, logging to ``logs/NAME.log``; ``stop`` ends them
    and every child they left behind (uvicorn and Celery pool workers)."""

    def __init__(self, logs: Path) -> None:
        self.logs = logs
        self.running: dict[str, subprocess.Popen[bytes]] = {}

    def start(self, name: str, command: list[str], env: dict[str, str], cwd: Path) -> Path:
        path = self.logs / f"{name}.log"
        with path.open("wb") as log:
            self.running[name] = subprocess.Popen(
                command,
                env=env,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
                cwd=cwd,
            )
        return path

    def exited(self) -> str | None:
        """The name of a process that has already ended, if any."""
        return next((name for name, p in self.running.items() if p.poll() is not None), None)

    def stop(self) -> None:
        for process in reversed(list(self.running.values())):
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGTERM)
        for process in self.running.values():
            with contextlib.suppress(subprocess.TimeoutExpired):
                process.wait(timeout=30)
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGKILL)
            process.wait()
        self.running.clear()
