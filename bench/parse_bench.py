"""How fast feed documents are read: the quick XML reading against feedparser.

    python bench/parse_bench.py              # 1,000 documents of 20 entries each

Each document is read by ``parse_feed`` as a poll reads it (plain RSS 2.0 takes the quick
path) and with ``thorough=True`` (every document through feedparser). Prints the best of
three runs for each, in documents and entries per second.
"""

from __future__ import annotations

import argparse
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from deadlines.feeds.parse import parse_feed  # noqa: E402
from poll_bench import ENTRIES, feed_body  # noqa: E402

NOW = datetime(2025, 10, 27, tzinfo=UTC)


def best_of(documents: list[bytes], *, thorough: bool, runs: int = 3) -> float:
    best = float("inf")
    for _ in range(runs):
        started = time.perf_counter()
        for document in documents:
            parse_feed(document, content_type="application/rss+xml", now=NOW, thorough=thorough)
        best = min(best, time.perf_counter() - started)
    return best


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--documents", type=int, default=1000)
    args = parser.parse_args(argv)
    documents = [feed_body(number) for number in range(max(1, args.documents))]
    for label, thorough in (("quick path", False), ("feedparser", True)):
        seconds = best_of(documents, thorough=thorough, runs=3 if not thorough else 1)
        print(
            f"{label:10}  {seconds:6.2f} s for {len(documents)} documents x {ENTRIES} entries "
            f"({len(documents) / seconds:8.0f} documents/s, "
            f"{len(documents) * ENTRIES / seconds:9.0f} entries/s)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
