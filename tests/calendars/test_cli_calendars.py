"""`deadlines calendar-token add|list|revoke` at a terminal: the secret is printed once."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from deadlines.cli import main
from deadlines.store import make_engine, migrate


@pytest.fixture(autouse=True)
def store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    monkeypatch.setenv("DEADLINES_HOME", str(tmp_path))
    monkeypatch.setenv("DEADLINES_DATABASE_URL", url)
    engine = make_engine(url)
    migrate(engine)
    engine.dispose()


def run(argv: list[str]) -> tuple[int, str]:
    out = io.StringIO()
    return main(argv, out=out), out.getvalue()


def test_add_list_revoke(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["route-add", "energy", "--tag", "ops", "--match-kind", "tariff"])[0] == 0
    code, added = run(
        ["calendar-token", "add", "energy-desk", "--tag", "Energy,grid", "--route", "energy"]
    )
    assert code == 0
    secret = added.split("secret:", 1)[1].split()[0]
    assert f"/deadlines/calendar/{secret}.ics" in added and len(secret) >= 43

    code, listing = run(["calendar-token", "list"])
    assert code == 0 and secret not in listing
    assert "energy-desk  active  energy, grid" in listing and "tariff" in listing

    assert run(["calendar-token", "add", "energy-desk"])[0] == 2
    assert "exists: revoke it first" in capsys.readouterr().err
    code, revoked = run(["calendar-token", "revoke", "energy-desk"])
    assert code == 0 and "revoked" in revoked
    assert "energy-desk  revoked" in run(["calendar-token", "list"])[1]
    assert run(["calendar-token", "revoke", "energy-desk"])[0] == 2


def test_no_tokens_yet() -> None:
    assert "calendar-token add NAME" in run(["calendar-token", "list"])[1]
