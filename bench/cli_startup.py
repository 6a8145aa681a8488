"""How soon the ``deadlines`` command answers: ``--help`` of the command and of every
subcommand, each run as a new process ``--repeat`` times; prints median and max.

    python bench/cli_startup.py                  # every --help, 10 runs each
    python bench/cli_startup.py --repeat 30 poll list

A process is what a person waits for: the interpreter's start, the imports and the
parser. The goal is under 0.3 s for each. The modules a ``--help`` loads are checked in
tests/cli/test_startup.py; times are only printed here.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

GOAL = 0.3


def command_path() -> list[str]:
    """The installed ``deadlines`` script beside this Python, else ``python -m``."""
    script = Path(sys.executable).with_name("deadlines")
    return [str(script)] if script.exists() else [sys.executable, "-m", "deadlines.cli"]


def subcommands() -> list[list[str]]:
    from deadlines.cli import build_parser

    parser = build_parser()
    choices: Any = parser._subparsers._group_actions[0].choices  # type: ignore[union-attr]
    found: list[list[str]] = [[]]
    for name, sub in sorted(choices.items()):
        found.append([name])
        if sub._subparsers is not None:
            for action in sorted(sub._subparsers._group_actions[0].choices):
                found.append([name, action])
    return found


def time_runs(argv: list[str], repeat: int) -> tuple[list[float], list[float]]:
    """Wall seconds and CPU seconds (user and system) of each run."""
    times, cpu = [], []
    for _ in range(repeat):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        subprocess.run(argv, check=True, stdout=subprocess.DEVNULL, env=os.environ.copy())
        times.append(time.perf_counter() - started)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu.append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
    return times, cpu


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=10, help="runs per command (at most 100)")
    parser.add_argument("commands", nargs="*", help="subcommands to time (default: all)")
    args = parser.parse_args(argv)
    repeat = max(1, min(args.repeat, 100))
    base = command_path()
    wanted = [c.split() for c in args.commands] if args.commands else subcommands()
    print(f"load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    print(
        f"{'command':36} {'median':>8} {'max':>8} {'CPU':>8}   ({repeat} runs each, "
        f"{' '.join(base)}; CPU: median user+system seconds, which a busy machine moves less)"
    )
    worst = 0.0
    for words in wanted:
        times, cpu = time_runs([*base, *words, "--help"], repeat)
        median = statistics.median(times)
        worst = max(worst, median)
        label = " ".join(["deadlines", *words, "--help"])
        flag = "" if median < GOAL else "  over the goal"
        print(f"{label:36} {median:7.3f}s {max(times):7.3f}s {statistics.median(cpu):7.3f}s{flag}")
    print(f"slowest median {worst:.3f} s (goal: under {GOAL} s)")
    print(f"load average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
