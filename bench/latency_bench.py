"""Seconds from a new feed entry to its alert at a local receiver, through Airflow.

Starts the CeleryExecutor cluster of `make cluster` (local PostgreSQL and Redis, two
workers) with the feed polled every 30 s, publishes 5 entries one after another at random
points of the poll cycle, and prints how long each took to arrive as a webhook (apprise
``json://``) at a receiver on 127.0.0.1.

    .venv/bin/python bench/latency_bench.py [--entries 5]
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "demo"))
from cluster import Cluster  # noqa: E402


class Receiver:
    """A webhook receiver on 127.0.0.1 that notes when each payload arrived."""

    def __init__(self) -> None:
        self.arrivals: list[tuple[float, dict[str, str]]] = []
        self.lock = threading.Condition()
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                with receiver.lock:
                    receiver.arrivals.append((time.monotonic(), json.loads(body or b"{}")))
                    receiver.lock.notify_all()
                self.send_response(200)
                self.end_headers()

            def log_message(self, format: str, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    @property
    def url(self) -> str:
        return f"json://127.0.0.1:{self.server.server_address[1]}/alerts"

    def first_with(self, text: str, timeout: float) -> float | None:
        deadline = time.monotonic() + timeout
        with self.lock:
            while True:
                for at, payload in self.arrivals:
                    if text in payload.get("message", ""):
                        return at
                left = deadline - time.monotonic()
                if left <= 0:
                    return None
                self.lock.wait(timeout=left)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--entries", type=int, default=5)
    parser.add_argument("--timeout", type=float, default=300, help="seconds per entry at most")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    receiver = Receiver()
    state = Path(tempfile.mkdtemp(prefix="deadlines-latency-"))
    cluster = Cluster(
        state, alert_url=receiver.url, prefix="deadlines_latency", poll_interval="30s"
    )
    latencies: list[float] = []
    try:
        print(f"starting Airflow (CeleryExecutor, 2 workers) in {state}", file=sys.stderr)
        cluster.prepare()
        cluster.start()
        cluster.wait(cluster.dags_ready, 300, "parsed DAGs")
        # Warm-up: one entry whose alert is awaited but not counted.
        marker = cluster.feed.add_deadline(0)
        if receiver.first_with(marker, args.timeout) is None:
            raise SystemExit("the warm-up entry never arrived; see the logs in " + str(state))
        for number in range(1, args.entries + 1):
            time.sleep(rng.uniform(0, 30))  # land at a random point of the 30 s poll cycle
            published = time.monotonic()
            marker = cluster.feed.add_deadline(number)
            arrived = receiver.first_with(marker, args.timeout)
            if arrived is None:
                print(f"entry {number}: no alert within {args.timeout:.0f}s")
                continue
            latencies.append(arrived - published)
            print(f"entry {number}: alert after {latencies[-1]:.1f} s", flush=True)
    finally:
        cluster.stop()
        cluster.drop_databases()
        receiver.server.shutdown()
    if latencies:
        print(
            f"entries {len(latencies)}/{args.entries}: median {statistics.median(latencies):.1f} s, "
            f"mean {statistics.mean(latencies):.1f} s, min {min(latencies):.1f} s, "
            f"max {max(latencies):.1f} s (target: median under 45 s)"
        )
    return 0 if len(latencies) == args.entries else 1


if __name__ == "__main__":
    sys.exit(main())
