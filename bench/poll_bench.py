"""How fast the poll step is on many feeds, against the loop a user would write by hand.

    python bench/poll_bench.py                 # 1,000 feeds x 20 entries, 50 ms per request
    python bench/poll_bench.py --feeds 200     # a smaller run

A server in its own process serves the feeds on 127.0.0.1 and waits ``--rtt`` before each
answer (a simulated round trip; loopback alone is too kind). It answers 304 when the
ETag it gave is sent back. Two contenders do the same work, a first poll and a re-poll
where every feed answers 304, each storing the articles in SQLite:

* ``command``: ``deadlines poll`` run as a process, as a user runs it: the interpreter's
  start, the imports, reading the feeds file and the store are in its time;
* ``deadlines``: ``jobs.poll`` called in a process already started (``--in-process``);
* ``by hand``: ``feedparser.parse(url)`` in a loop, passing etag and modified on the
  re-poll, storing each entry with sqlite3.

Prints times, feeds per second, peak memory and the command's speed-up over the hand loop
of the same run (goals: first poll under 6 s and 10 times the hand loop; re-poll under
2 s and 30 times). The run is bounded: ``--feeds`` at most
5,000 and the hand loop stops after ``--max-seconds`` (its figures are then extrapolated
and marked so).
"""

from __future__ import annotations

import argparse
import asyncio
import ipaddress
import multiprocessing
import os
import resource
import sqlite3
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

ENTRIES = 20
T0 = datetime(2025, 10, 26, 20, tzinfo=UTC)


def feed_body(number: int) -> bytes:
    items = "".join(
        f"<item><guid>feed{number}-entry{entry}</guid>"
        f"<title>Council {number} sets vote {entry}</title>"
        f"<link>https://news.invalid/{number}/{entry}</link>"
        f"<pubDate>Sun, 26 Oct 2025 {entry % 24:02d}:00:00 GMT</pubDate>"
        f"<description>&lt;p&gt;The council of district {number} votes on measure {entry} "
        "on Friday. The consultation closes on November 10, and the new rules take effect "
        "on January 1 unless the assembly delays them.&lt;/p&gt;</description></item>"
        for entry in range(ENTRIES)
    )
    return (
        "<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel>"
        f"<title>District {number}</title><link>https://news.invalid/{number}</link>"
        f"<description>Bench feed</description>{items}</channel></rss>"
    ).encode()


# ---- the server (its own process) -------------------------------------------------------


def serve(feeds: int, rtt: float, ready: multiprocessing.Queue) -> None:  # type: ignore[type-arg]
    bodies = {f"/feed/{n}": feed_body(n) for n in range(feeds)}
    etags = {path: f'"{hash(body) & 0xFFFFFFFF:x}"' for path, body in bodies.items()}

    async def answer(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                lines = head.decode("latin-1").split("\r\n")
                path = lines[0].split(" ")[1]
                headers = {
                    k.strip().lower(): v.strip()
                    for k, _, v in (line.partition(":") for line in lines[1:] if line)
                }
                await asyncio.sleep(rtt)
                close = headers.get("connection", "").lower() == "close"
                body = bodies.get(path)
                if body is None:
                    status, payload, extra = "404 Not Found", b"", ""
                elif headers.get("if-none-match") == etags[path]:
                    status, payload, extra = "304 Not Modified", b"", f"ETag: {etags[path]}\r\n"
                else:
                    status, payload = "200 OK", body
                    extra = f"ETag: {etags[path]}\r\nContent-Type: application/rss+xml\r\n"
                writer.write(
                    f"HTTP/1.1 {status}\r\n{extra}Content-Length: {len(payload)}\r\n"
                    f"Connection: {'close' if close else 'keep-alive'}\r\n\r\n".encode()
                    + payload
                )
                await writer.drain()
                if close:
                    break
        except (asyncio.IncompleteReadError, ConnectionError, IndexError):
            pass
        finally:
            writer.close()

    async def main() -> None:
        server = await asyncio.start_server(answer, "127.0.0.1", 0, backlog=2048)
        ready.put(server.sockets[0].getsockname()[1])
        async with server:
            await server.serve_forever()

    asyncio.run(main())


# ---- the contenders ---------------------------------------------------------------------


def cpu_seconds() -> float:
    """CPU time of this process and of its finished children (the poll's workers)."""
    total = 0.0
    for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN):
        usage = resource.getrusage(who)
        total += usage.ru_utime + usage.ru_stime
    return total


def peak_mb() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return own / 1024


def product(urls: list[str], workdir: Path) -> dict[str, float]:
    from deadlines import jobs
    from deadlines.feeds.config import FeedConfig
    from deadlines.jobs import PollOptions
    from deadlines.store import make_engine, migrate

    engine = make_engine(f"sqlite:///{workdir / 'deadlines.db'}")
    migrate(engine)
    feeds = [FeedConfig(name=f"feed-{n}", url=url) for n, url in enumerate(urls)]
    allow = (ipaddress.ip_network("127.0.0.1/32"),)
    figures: dict[str, float] = {}
    for label, now in (("first", T0), ("repoll", T0 + timedelta(hours=1))):
        cpu_before = cpu_seconds()
        started = time.perf_counter()
        report = jobs.poll(engine, feeds, now=now, options=PollOptions(allow_private=tuple(allow)))
        figures[label] = time.perf_counter() - started
        figures[f"{label}_cpu"] = cpu_seconds() - cpu_before
        figures[f"{label}_rss_mb"] = peak_mb()
        figures[f"{label}_stored"] = report.new_articles
        figures[f"{label}_unchanged"] = report.unchanged
        figures[f"{label}_errors"] = len(report.errors)
    figures["worker_rss_mb"] = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return figures


def command(urls: list[str], workdir: Path) -> dict[str, Any]:
    """``deadlines poll`` as a process: a first poll, then a re-poll an hour later."""
    home = workdir / "command"
    home.mkdir()
    lines = ["feeds:"] + [f"  - {{name: feed-{n}, url: '{url}'}}" for n, url in enumerate(urls)]
    (home / "feeds.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    env = {
        **os.environ,
        "DEADLINES_HOME": str(home),
        "DEADLINES_ALLOW_PRIVATE_ADDRESSES": "127.0.0.1/32",
    }
    for name in ("DEADLINES_DATABASE_URL", "DEADLINES_FEEDS"):
        env.pop(name, None)
    script = Path(sys.executable).with_name("deadlines")
    base = [str(script)] if script.exists() else [sys.executable, "-m", "deadlines.cli"]
    subprocess.run([*base, "init-db"], env=env, check=True, stdout=subprocess.DEVNULL)
    # an older command without --quiet prints no progress line in a pipe either
    helped = subprocess.run([*base, "poll", "--help"], capture_output=True, text=True).stdout
    quiet = ["--quiet"] if "--quiet" in helped else []
    figures: dict[str, Any] = {}
    for label, now in (("first", T0), ("repoll", T0 + timedelta(hours=1))):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        done = subprocess.run(
            [*base, "poll", *quiet, "--now", now.isoformat()],
            env=env,
            capture_output=True,
            text=True,
        )
        figures[label] = time.perf_counter() - started
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        figures[f"{label}_cpu"] = (after.ru_utime + after.ru_stime) - (
            before.ru_utime + before.ru_stime
        )
        if done.returncode != 0:
            raise SystemExit(f"deadlines poll failed:\n{done.stdout}{done.stderr}")
        figures[f"{label}_said"] = done.stdout.splitlines()[0]
    db = sqlite3.connect(home / "deadlines.db")
    figures["stored"] = db.execute("select count(*) from articles").fetchone()[0]
    db.close()
    return figures


def by_hand(urls: list[str], workdir: Path, max_seconds: float) -> dict[str, float]:
    import feedparser

    db = sqlite3.connect(workdir / "hand.db")
    db.execute(
        "create table articles (feed text, guid text, title text, summary text, "
        "primary key (feed, guid))"
    )
    figures: dict[str, float] = {}
    validators: dict[str, tuple[str | None, str | None]] = {}
    for label in ("first", "repoll"):
        cpu_before = cpu_seconds()
        started = time.perf_counter()
        done = stored = 0
        for url in urls:
            etag, modified = validators.get(url, (None, None))
            parsed = feedparser.parse(url, etag=etag, modified=modified)
            validators[url] = (parsed.get("etag"), parsed.get("modified"))
            for entry in parsed.entries:
                cursor = db.execute(
                    "insert or ignore into articles values (?, ?, ?, ?)",
                    (url, entry.get("id"), entry.get("title"), entry.get("summary")),
                )
                stored += cursor.rowcount
            db.commit()
            done += 1
            if time.perf_counter() - started > max_seconds:
                break
        elapsed = time.perf_counter() - started
        figures[f"{label}_cpu"] = (cpu_seconds() - cpu_before) * len(urls) / done
        figures[label] = elapsed * len(urls) / done
        figures[f"{label}_done"] = done
        figures[f"{label}_stored"] = stored
    figures["rss_mb"] = peak_mb()
    return figures


def in_own_process(function: Any, *args: Any) -> dict[str, float]:
    """Run a contender in a fresh process, so that its peak memory is its own."""
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(1, mp_context=context) as runner:
        return dict(runner.submit(function, *args).result())


def report_command(ours: dict[str, Any], feeds: int) -> None:
    for label, name in (("first", "first poll"), ("repoll", "re-poll   ")):
        print(
            f"command    {name} {ours[label]:6.2f} s ({feeds / ours[label]:7.1f} feeds/s, "
            f"{ours[f'{label}_cpu']:.1f} s CPU): {ours[f'{label}_said']}"
        )
    print(f"command    {ours['stored']} articles in its store")


def report_in_process(ours: dict[str, float], feeds: int) -> None:
    print(
        f"in-process first poll {ours['first']:6.2f} s ({feeds / ours['first']:7.1f} feeds/s, "
        f"{ours['first_stored']:.0f} articles stored, {ours['first_errors']:.0f} errors, "
        f"{ours['first_cpu']:.1f} s CPU)"
    )
    print(
        f"in-process re-poll    {ours['repoll']:6.2f} s ({feeds / ours['repoll']:7.1f} feeds/s, "
        f"{ours['repoll_unchanged']:.0f} answered 304, {ours['repoll_stored']:.0f} stored, "
        f"{ours['repoll_cpu']:.1f} s CPU)"
    )
    print(
        f"in-process peak RSS   {ours['first_rss_mb']:.0f} MB after the first poll, "
        f"{ours['repoll_rss_mb']:.0f} MB after the re-poll "
        f"(its worker processes: {ours['worker_rss_mb']:.0f} MB each at most)"
    )


def report_hand(hand: dict[str, float], ours: dict[str, Any], feeds: int) -> None:
    for label, name in (("first", "first poll"), ("repoll", "re-poll   ")):
        partial = hand[f"{label}_done"] < feeds
        note = f" (extrapolated from {hand[f'{label}_done']:.0f} feeds)" if partial else ""
        print(
            f"by hand    {name} {hand[label]:6.2f} s ({feeds / hand[label]:7.1f} feeds/s, "
            f"{hand[f'{label}_stored']:.0f} stored, {hand[f'{label}_cpu']:.1f} s CPU){note}"
        )
    print(f"by hand    peak RSS   {hand['rss_mb']:.0f} MB")
    first, repoll = hand["first"] / ours["first"], hand["repoll"] / ours["repoll"]
    print(
        f"speed-up   of the command: first poll x{first:.1f} (goal 10, under 6 s: "
        f"{'yes' if ours['first'] < 6 else 'no'}), re-poll x{repoll:.1f} (goal 30, under 2 s: "
        f"{'yes' if ours['repoll'] < 2 else 'no'})"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--feeds", type=int, default=1000)
    parser.add_argument("--rtt", type=float, default=0.05, help="seconds per request")
    parser.add_argument("--max-seconds", type=float, default=150, help="per hand-loop poll")
    parser.add_argument("--skip-hand", action="store_true", help="time deadlines only")
    parser.add_argument(
        "--in-process", action="store_true", help="also time jobs.poll in a started process"
    )
    args = parser.parse_args(argv)
    print(f"load average before the run: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    feeds = max(1, min(args.feeds, 5000))

    context = multiprocessing.get_context("spawn")
    ready: multiprocessing.Queue = context.Queue()  # type: ignore[type-arg]
    server = context.Process(target=serve, args=(feeds, args.rtt, ready), daemon=True)
    server.start()
    try:
        port = ready.get(timeout=60)
        urls = [f"http://127.0.0.1:{port}/feed/{n}" for n in range(feeds)]
        print(
            f"{feeds} feeds x {ENTRIES} entries on 127.0.0.1, {args.rtt * 1000:.0f} ms per request"
        )
        with tempfile.TemporaryDirectory() as work:
            ours = command(urls, Path(work))
            report_command(ours, feeds)
            if args.in_process:
                report_in_process(in_own_process(product, urls, Path(work)), feeds)
            if not args.skip_hand:
                report_hand(
                    in_own_process(by_hand, urls, Path(work), args.max_seconds), ours, feeds
                )
        print(f"load average after the run: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    finally:
        server.terminate()
        server.join(10)
    return 0


if __name__ == "__main__":
    sys.exit(main())
