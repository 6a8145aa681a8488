"""Alert delivery under crashes, and its speed against plain apprise (acceptance 4).

1. Kills: 1,000 alerts are queued; a dispatcher process delivers them to a webhook receiver
   on 127.0.0.1 (apprise ``json://``) and is killed (SIGKILL) at a random point of its
   delivery, 20 times over, each time replaced by a new one; a last one finishes. Prints
   alerts lost (target 0), duplicates (target at most one per kill) and alerts per second.
2. Webhook speed, no kills: plain sequential ``apprise.notify()`` to the same receiver,
   then the product (``jobs.send``: claims and per-alert bookkeeping included) with one
   dispatcher, then with two dispatcher processes.
3. Email speed: the product to a local aiosmtpd server, in emails per minute, and a plain
   reused ``Apprise`` instance with apprise's default email throttle for comparison.

Uses PostgreSQL on 127.0.0.1:5432 (a throwaway database) when it answers, else SQLite.
Bounded: every wait has a deadline; everything runs on 127.0.0.1 and stops by itself.

    python bench/alerts_bench.py [--alerts 1000] [--kills 20] [--emails 100] [--rounds 3]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PG_ADMIN = os.environ.get("DEADLINES_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
LEASE_S = 1.0


class Receiver:
    """A webhook receiver on 127.0.0.1 that counts alerts by their key header."""

    def __init__(self) -> None:
        self.keys: list[str] = []
        self.lock = threading.Lock()
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                key = self.headers.get("X-Deadlines-Alert-Key") or json.loads(body).get("title")
                with receiver.lock:
                    receiver.keys.append(key)
                self.send_response(200)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, format: str, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    @property
    def url(self) -> str:
        host, port = self.server.server_address[:2]
        return f"json://{host}:{port}/hook"

    def count(self) -> int:
        with self.lock:
            return len(self.keys)

    def reset(self) -> None:
        with self.lock:
            self.keys.clear()


@contextmanager
def store() -> Iterator[str]:
    """A fresh, migrated store: a throwaway PostgreSQL database, else a SQLite file."""
    from sqlalchemy import create_engine, text

    from deadlines.store import make_engine, migrate

    name = f"deadlines_bench_{uuid.uuid4().hex[:8]}"
    try:
        admin = create_engine(PG_ADMIN, isolation_level="AUTOCOMMIT")
        with admin.connect() as connection:
            connection.execute(text(f'CREATE DATABASE "{name}"'))
        url = PG_ADMIN.rsplit("/", 1)[0] + f"/{name}"
    except Exception as exc:
        print(f"(PostgreSQL unavailable: {type(exc).__name__}; using SQLite)")
        admin, url = None, f"sqlite:///{tempfile.mkdtemp()}/bench.db"
    engine = make_engine(url)
    migrate(engine)
    engine.dispose()
    try:
        yield url
    finally:
        if admin is not None:
            with admin.connect() as connection:
                connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            admin.dispose()


def queue(url: str, count: int, prefix: str) -> None:
    """``count`` alerts for one commitment, straight into the outbox."""
    from sqlalchemy import insert
    from sqlalchemy.orm import Session

    from deadlines.extract import Commitment as Found
    from deadlines.store import make_engine
    from deadlines.store.commitments import record_commitments
    from deadlines.store.models import Alert
    from deadlines.store.sql import table_of

    now = datetime.now(UTC)
    engine = make_engine(url)
    with Session(engine) as session, session.begin():
        item = Found(
            what=f"{prefix} talks end", due=date.today() + timedelta(days=30),
            date_text="in a month", status="scheduled", previous_due=None,
            actors=(f"{prefix.title()} Council",), evidence="The talks end in a month.",
            confidence=0.8, kind="other", subject=f"{prefix} talks",
        )  # fmt: skip
        (event,) = record_commitments(session, [(item, None)], now=now)
        rows = [
            {
                "key": f"{prefix}-{n}", "commitment_id": event.commitment_id, "reason": "new",
                "route": "default", "digest": False, "tag": "all",
                "title": f"Alert {n} of the bench",
                "body": f"Reason: new commitment\nWhat: item {n}\nDue: in 30 days",
                "state": "queued", "attempts": 0, "created_at": now, "next_attempt_at": now,
                "delivered_to": [],
            }
            for n in range(count)
        ]  # fmt: skip
        session.execute(insert(table_of(Alert)), rows)
    engine.dispose()


def unsent(url: str) -> int:
    from sqlalchemy import func, select
    from sqlalchemy.orm import Session

    from deadlines.store import make_engine
    from deadlines.store.models import Alert

    engine = make_engine(url)
    with Session(engine) as session:
        left = session.scalar(select(func.count()).where(Alert.state != "sent")) or 0
    engine.dispose()
    return int(left)


def dispatch(url: str, target: str, lease: float, wait_file: str | None) -> None:
    """The dispatcher process: deliver what is due, then exit."""
    from deadlines import jobs
    from deadlines.alerts.delivery import AppriseNotifier, Target
    from deadlines.store import make_engine

    engine = make_engine(url)
    notifier = AppriseNotifier.from_targets([Target(target, ("all",))])
    if wait_file:
        Path(f"{wait_file}.{os.getpid()}.ready").touch()
        deadline = time.monotonic() + 60
        while not Path(wait_file).exists() and time.monotonic() < deadline:
            time.sleep(0.005)
    jobs.send(engine, notifier, now=datetime.now(UTC), lease=timedelta(seconds=lease))
    engine.dispose()


def spawn(url: str, target: str, wait_file: str | None = None) -> subprocess.Popen[bytes]:
    command = [sys.executable, __file__, "--dispatch", url, target, "--lease", str(LEASE_S)]
    if wait_file:
        command += ["--wait-file", wait_file]
    return subprocess.Popen(command, stdout=subprocess.DEVNULL)


def _run(process: subprocess.Popen[bytes], receiver: Receiver, goal: int | None) -> float:
    """Wait until ``goal`` alerts have arrived (then SIGKILL) or the process ends; returns
    the seconds it spent delivering (from its first alert on)."""
    before, first = receiver.count(), None
    deadline = time.monotonic() + 120
    while process.poll() is None and time.monotonic() < deadline:
        count = receiver.count()
        if first is None and count > before:
            first = time.monotonic()
        if goal is not None and count >= goal:
            process.send_signal(signal.SIGKILL)
            break
        time.sleep(0.001)
    process.wait(30)
    return time.monotonic() - first if first is not None else 0.0


def _repeats(keys: list[str], seen: set[str]) -> int:
    """Keys in ``keys`` already in ``seen`` (counted once each), then remember them all."""
    repeats = 0
    for key in keys:
        if key in seen:
            repeats += 1
        seen.add(key)
    return repeats


def kills(url: str, receiver: Receiver, alerts: int, rounds: int, rng: random.Random) -> None:
    queue(url, alerts, "kill")
    receiver.reset()
    started = time.monotonic()
    killed, delivering = 0, 0.0
    seen: set[str] = set()
    after_kill: list[int] = []  # repeats that arrived after each kill (the resent alert)
    while killed < rounds and receiver.count() < alerts:
        mark = receiver.count()
        goal = mark + rng.randint(1, max(2, alerts // (rounds * 2)))
        delivering += _run(spawn(url, receiver.url), receiver, goal)
        with receiver.lock:
            fresh = receiver.keys[mark:]
        repeats = _repeats(fresh, seen)
        if killed:
            after_kill[-1] += repeats
        killed += 1
        after_kill.append(0)
    deadline = time.monotonic() + 120
    while unsent(url) and time.monotonic() < deadline:  # claims of the killed run out
        mark = receiver.count()
        delivering += _run(spawn(url, receiver.url), receiver, None)
        with receiver.lock:
            fresh = receiver.keys[mark:]
        if after_kill:
            after_kill[-1] += _repeats(fresh, seen)
        if unsent(url):
            time.sleep(LEASE_S)
    elapsed = time.monotonic() - started
    counts = Counter(receiver.keys)
    lost = alerts - len(counts)
    duplicates = sum(n - 1 for n in counts.values())
    print(f"kills: {killed} SIGKILLs of a dispatcher process while it delivered {alerts} alerts")
    print(f"  alerts lost: {lost} (target 0)")
    print(
        f"  duplicates: {duplicates} in all, at most {max(after_kill, default=0)} after one "
        f"kill (target at most one per kill)"
    )
    print(
        f"  alerts/s: {alerts / elapsed:.0f} overall, including {killed + 1}+ process starts "
        f"and lease waits; {alerts / max(delivering, 1e-9):.0f} while a dispatcher was delivering"
    )


def plain_apprise(receiver: Receiver, count: int) -> float:
    import apprise

    client = apprise.Apprise()
    client.add(receiver.url)
    receiver.reset()
    started = time.perf_counter()
    for n in range(count):
        assert client.notify(title=f"Alert {n}", body=f"What: item {n}")
    return count / (time.perf_counter() - started)


def product(url: str, receiver: Receiver, count: int, prefix: str) -> float:
    from deadlines import jobs
    from deadlines.alerts.delivery import AppriseNotifier, Target
    from deadlines.store import make_engine

    queue(url, count, prefix)
    engine = make_engine(url)
    notifier = AppriseNotifier.from_targets([Target(receiver.url, ("all",))])
    receiver.reset()
    started = time.perf_counter()
    report = jobs.send(engine, notifier, now=datetime.now(UTC))
    rate = count / (time.perf_counter() - started)
    engine.dispose()
    assert report.sent == count == receiver.count(), (report, receiver.count())
    return rate


def product_parallel(url: str, receiver: Receiver, count: int, workers: int) -> float:
    queue(url, count, f"par{workers}")
    receiver.reset()
    go = Path(tempfile.mkdtemp()) / "go"
    processes = [spawn(url, receiver.url, str(go)) for _ in range(workers)]
    deadline = time.monotonic() + 60  # let them import and connect; they wait for "go"
    while len(list(go.parent.glob("go.*.ready"))) < workers and time.monotonic() < deadline:
        time.sleep(0.01)
    started = time.perf_counter()
    go.touch()
    deadline = time.monotonic() + 120
    while receiver.count() < count and time.monotonic() < deadline:
        time.sleep(0.002)
    rate = count / (time.perf_counter() - started)
    for process in processes:
        process.wait(60)
    return rate


def emails(url: str, count: int, baseline: int) -> None:
    import apprise
    from aiosmtpd.controller import Controller
    from aiosmtpd.handlers import Sink

    from deadlines import jobs
    from deadlines.alerts.delivery import AppriseNotifier, Target
    from deadlines.store import make_engine

    received = Counter[str]()

    class Count(Sink):
        async def handle_DATA(self, server, session, envelope):  # type: ignore[no-untyped-def]  # noqa: N802
            received["mail"] += 1
            return "250 OK"

    from socket import socket

    with socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    controller = Controller(Count(), hostname="127.0.0.1", port=port)
    controller.start()
    try:
        mail = f"mailto://127.0.0.1:{port}?from=bench@example.org&to=ops@example.org"
        queue(url, count, "mail")
        engine = make_engine(url)
        notifier = AppriseNotifier.from_targets([Target(mail, ("all",))])
        started = time.perf_counter()
        report = jobs.send(engine, notifier, now=datetime.now(UTC))
        per_minute = report.sent * 60 / (time.perf_counter() - started)
        engine.dispose()
        client = apprise.Apprise()
        client.add(mail)
        started = time.perf_counter()
        for n in range(baseline):
            client.notify(title=f"mail {n}", body="body")
        plain = baseline * 60 / (time.perf_counter() - started)
    finally:
        controller.stop()
    print(f"email to a local aiosmtpd ({report.sent} alerts, {received['mail']} received in all)")
    print(f"  product: {per_minute:.0f} emails/min (target at least 100)")
    print(f"  plain reused Apprise instance, default throttle ({baseline} emails): {plain:.0f}/min")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--alerts", type=int, default=1000)
    parser.add_argument("--kills", type=int, default=20)
    parser.add_argument("--emails", type=int, default=100)
    parser.add_argument("--baseline-emails", type=int, default=4, help="at least 2")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--rounds", type=int, default=3, help="plain/product speed rounds")
    parser.add_argument("--dispatch", nargs=2, metavar=("DB_URL", "TARGET"), help=argparse.SUPPRESS)
    parser.add_argument("--lease", type=float, default=LEASE_S, help=argparse.SUPPRESS)
    parser.add_argument("--wait-file", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.dispatch:
        dispatch(*args.dispatch, lease=args.lease, wait_file=args.wait_file)
        return
    args.baseline_emails = max(2, args.baseline_emails)
    # Stopped from outside: leave through the context managers (the throwaway database).
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    rng = random.Random(args.seed)
    receiver = Receiver()
    print(f"alerts bench, {datetime.now(UTC):%Y-%m-%d %H:%M} UTC, {os.cpu_count()} cores (shared)")
    with store() as url:
        print(f"store: {url.split('://')[0]}")
        kills(url, receiver, args.alerts, args.kills, rng)
        plain_apprise(receiver, 100)  # warm up
        # Plain apprise and the product take turns, so both meet the same machine load;
        # the figures are the medians of the rounds.
        plains, ones = [], []
        for round_ in range(args.rounds):
            plains.append(plain_apprise(receiver, args.alerts))
            ones.append(product(url, receiver, args.alerts, f"speed{round_}"))
        ratios = sorted(one / plain for one, plain in zip(ones, plains, strict=True))
        two = product_parallel(url, receiver, args.alerts, 2)
        plain, one = statistics.median(plains), statistics.median(ones)
        print(f"webhook speed, {args.alerts} alerts, no kills, median of {args.rounds} rounds")
        print(f"  plain sequential apprise.notify(): {plain:.0f} alerts/s")
        print(
            f"  product, one dispatcher: {one:.0f} alerts/s; per round "
            f"{', '.join(f'{r:.0%}' for r in ratios)} of plain (median "
            f"{statistics.median(ratios):.0%}, target at least 80%)"
        )
        print(f"  product, two dispatcher processes: {two:.0f} alerts/s ({two / plain:.0%})")
        emails(url, args.emails, args.baseline_emails)


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT / "src"))
    main()
