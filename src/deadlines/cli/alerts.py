"""`deadlines alerts ...` commands (to come)."""

from __future__ import annotations

from deadlines.cli.common import Subcommands


def register(commands: Subcommands) -> None:
    """No alerts commands yet."""
