"""Starts two `deadlines` commands at the same instant, as many times as asked.

    python tests/system/twin_runs.py < requests.jsonl

Each line of standard input is ``{"argv": [...], "env": {...}, "logs": "/folder"}``. For
each, this process forks two children that wait at one gate, are let through together and
each run ``deadlines.cli.main(argv)`` with ``env``, exactly what the ``deadlines`` console
script does once it has imported the package, then exit with its status; their output goes
to ``logs/run-1.out``, ``run-1.err``, ``run-2.out``, ``run-2.err``. It prints one line per
request, ``{"codes": [a, b]}``.

The package is imported once, here, before any thread or connection exists, so that each
pair costs the work of two runs rather than two interpreters' start-up.
"""

from __future__ import annotations

import json
import os
import sys
import traceback
from pathlib import Path
from typing import Any

import deadlines.alerts.delivery
import deadlines.feeds.config
import deadlines.jobs  # noqa: F401  (imported before forking: see above)
from deadlines.cli import main


def _child(request: dict[str, Any], number: int, gate: int) -> None:
    """In a child: wait at the gate, run the command, exit with its status."""
    code = 1
    try:
        logs = Path(request["logs"])
        for fd, suffix in ((1, "out"), (2, "err")):
            target = os.open(logs / f"run-{number}.{suffix}", os.O_WRONLY | os.O_CREAT, 0o644)
            os.dup2(target, fd)
            os.close(target)
        for name in [name for name in os.environ if name.startswith("DEADLINES_")]:
            del os.environ[name]
        os.environ.update(request["env"])
        os.read(gate, 1)  # both children are let through at once
        code = main(request["argv"])
    except BaseException:  # noqa: BLE001  (a child reports any failure and exits)
        traceback.print_exc()
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)


def serve() -> None:
    for line in sys.stdin:
        request = json.loads(line)
        read_end, write_end = os.pipe()
        children = []
        for number in (1, 2):
            pid = os.fork()
            if pid == 0:
                os.close(write_end)
                _child(request, number, read_end)
            children.append(pid)
        os.close(read_end)
        os.write(write_end, b"go")
        os.close(write_end)
        codes = [os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]) for pid in children]
        print(json.dumps({"codes": codes}), flush=True)


if __name__ == "__main__":
    serve()
