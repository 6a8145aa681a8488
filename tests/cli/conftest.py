"""The ``cli`` fixture: the command run in this process, with the settings a test gives."""

from __future__ import annotations

import pytest
from tests.cli.cli_helpers import Runner, in_process


@pytest.fixture
def cli(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Runner:
    return in_process(monkeypatch, capsys)
