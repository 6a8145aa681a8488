"""Seconds from a new feed entry to its alert at a local receiver, through Airflow.

Starts the CeleryExecutor cluster of `make cluster` (local PostgreSQL and Redis, two
workers, a triggerer) with the feed polled every 30 s, publishes 5 entries one after another
at random points of the poll cycle, and prints how long each took to arrive as a webhook
(apprise ``json://``) at a receiver on 127.0.0.1. Mode ``poll`` adds them to the polled
feed; mode ``push`` hands them in through ``POST /deadlines/api/articles`` (announced on
Redis, heard by the triggerer's asset watcher); ``both`` (the default) runs one cluster
for each and prints their figures side by side.

    .venv/bin/python bench/latency_bench.py [--entries 5] [--mode poll|push|both]
"""

from __future__ import annotations

import argparse
import json
import math
import random
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "demo"))
from cluster import Cluster  # noqa: E402
from livefeed import announcement  # noqa: E402


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

    def first_with(self, text: str, timeout: float, after: float = 0.0) -> float | None:
        deadline = time.monotonic() + timeout
        with self.lock:
            while True:
                for at, payload in self.arrivals:
                    if at >= after and text in payload.get("message", ""):
                        return at
                left = deadline - time.monotonic()
                if left <= 0:
                    return None
                self.lock.wait(timeout=left)


def pusher(cluster: Cluster) -> Callable[[int], str]:
    """Hands entries in through ``POST /deadlines/api/articles`` with an Airflow token; the
    store announces them on Redis and the triggerer's asset watcher starts extraction."""

    def api_up() -> bool:
        try:
            return httpx.get(f"{cluster.base_url}/api/v2/version", timeout=5).status_code < 500
        except httpx.HTTPError:
            return False

    cluster.wait(api_up, 300, "the API server")
    token = httpx.post(
        f"{cluster.base_url}/auth/token",
        json={"username": "admin", "password": "admin"},
        timeout=60,
    ).json()["access_token"]

    def push(number: int) -> str:
        guid, title, text, marker = announcement(number, datetime.now(UTC))
        answer = httpx.post(
            f"{cluster.base_url}/deadlines/api/articles?feed=live-push",
            json={"items": [{"id": guid, "title": title, "content_text": text}]},
            headers={"Authorization": f"Bearer {token}"},
            timeout=30,
        )
        answer.raise_for_status()
        return marker

    return push


def measure(mode: str, args: argparse.Namespace) -> list[float]:
    """Start a cluster, publish (poll) or push (push) entries at random moments of the
    30 s poll cycle; the seconds each took to reach the receiver as an alert."""
    rng = random.Random(args.seed)
    receiver = Receiver()
    state = Path(tempfile.mkdtemp(prefix=f"deadlines-latency-{mode}-"))
    cluster = Cluster(
        state, alert_url=receiver.url, prefix=f"deadlines_latency_{mode}", poll_interval="30s"
    )
    latencies: list[float] = []
    try:
        print(f"{mode}: starting Airflow (CeleryExecutor, 2 workers) in {state}", file=sys.stderr)
        cluster.prepare()
        cluster.start()
        cluster.wait(cluster.dags_ready, 300, "parsed DAGs")
        publish = cluster.feed.add_deadline if mode == "poll" else pusher(cluster)
        # Warm-up: one entry whose alert is awaited but not counted.
        if receiver.first_with(publish(0), args.timeout) is None:
            raise SystemExit("the warm-up entry never arrived; see the logs in " + str(state))
        for number in range(1, args.entries + 1):
            time.sleep(rng.uniform(0, 30))  # land at a random point of the 30 s poll cycle
            published = time.monotonic()
            arrived = receiver.first_with(publish(number), args.timeout, after=published)
            if arrived is None:
                print(f"{mode} entry {number}: no alert within {args.timeout:.0f}s")
                continue
            latencies.append(arrived - published)
            print(f"{mode} entry {number}: alert after {latencies[-1]:.1f} s", flush=True)
    finally:
        cluster.stop()
        cluster.drop_databases()
        receiver.server.shutdown()
    return latencies


def summary(mode: str, latencies: list[float], entries: int) -> str:
    if not latencies:
        return f"{mode}: no entry arrived"
    ordered = sorted(latencies)
    p95 = ordered[min(len(ordered) - 1, math.ceil(0.95 * len(ordered)) - 1)]
    return (
        f"{mode}: entries {len(latencies)}/{entries}: median {statistics.median(latencies):.1f} s, "
        f"p95 {p95:.1f} s, min {ordered[0]:.1f} s, max {ordered[-1]:.1f} s"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--entries", type=int, default=5)
    parser.add_argument("--timeout", type=float, default=300, help="seconds per entry at most")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument(
        "--mode", choices=("poll", "push", "both"), default="both", help="which path to time"
    )
    args = parser.parse_args()
    modes = ("poll", "push") if args.mode == "both" else (args.mode,)
    results = {mode: measure(mode, args) for mode in modes}
    for mode, latencies in results.items():
        print(summary(mode, latencies, args.entries))
    print("targets: poll median under 45 s; push median under 5 s, p95 under 10 s")
    return 0 if all(len(found) == args.entries for found in results.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
