"""Running the command as a user would: in this process (fast), or as a real process."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from deadlines.cli import main
from deadlines.extract import Commitment as Found
from deadlines.store.commitments import record_commitments


@dataclass(frozen=True)
class Ran:
    code: int
    out: str
    err: str


Runner = Callable[..., Ran]


def in_process(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Runner:
    """``run(*argv, env={...})``: the command in this process, with these settings only."""

    def run(*argv: str, env: Mapping[str, str]) -> Ran:
        for name in [name for name in os.environ if name.startswith("DEADLINES_")]:
            monkeypatch.delenv(name)
        for name, value in env.items():
            monkeypatch.setenv(name, value)
        capsys.readouterr()
        out = io.StringIO()
        try:
            code = main(list(argv), out=out)
        except SystemExit as exited:  # argparse refuses the arguments
            code = int(exited.code or 0)
        captured = capsys.readouterr()
        return Ran(code, out.getvalue() + captured.out, captured.err)

    return run


def run_process(*argv: str, env: Mapping[str, str]) -> Ran:
    """The command as a real process, with these settings only."""
    settings = {k: v for k, v in os.environ.items() if not k.startswith("DEADLINES_")}
    result = subprocess.run(
        [sys.executable, "-m", "deadlines.cli", *argv],
        capture_output=True,
        text=True,
        env={**settings, **env},
        timeout=300,
    )
    return Ran(result.returncode, result.stdout, result.stderr)


def refused(ran: Ran, *words: str) -> str:
    """The one line of a refusal (exit status 2), holding each of ``words``."""
    assert ran.code == 2, ran
    lines = ran.err.splitlines()
    assert len(lines) == 1, ran.err
    for word in words:
        assert word in lines[0], lines[0]
    return lines[0]


def seed(engine: Engine) -> None:
    """One commitment, id 1, for the commands that change one."""
    found = Found(
        what="truce expires", due=date(2025, 11, 10), date_text="November 10",
        status="scheduled", previous_due=None, actors=("Ruritania",),
        evidence="The truce expires on November 10.", confidence=0.8, kind="truce",
        subject="truce",
    )  # fmt: skip
    with Session(engine) as session, session.begin():
        record_commitments(session, [(found, None)], now=datetime(2025, 10, 26, tzinfo=UTC))
