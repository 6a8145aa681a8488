"""The quick XML reading and the feedparser reading give the same articles, feed for feed.

Over feedparser's own test feeds (its source distribution ships them: the version pinned in
requirements.lock is downloaded once by name from the package registry into .deadlines/)
and over this project's hostile-feed corpus. Each document is read twice by ``parse_feed``,
once as usual and once with ``thorough`` (every document through feedparser); the articles,
or the error, must be the same.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tarfile
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from deadlines.errors import FeedParseError
from deadlines.feeds.parse import parse_feed
from deadlines.feeds.quickxml import quick_entries

ROOT = Path(__file__).resolve().parents[2]
CACHE = ROOT / ".deadlines" / "test-cache"
NOW = datetime(2026, 1, 1, tzinfo=UTC)
_HEADER = re.compile(rb"^Header:\s*Content-type:\s*(.+?)\s*$", re.IGNORECASE | re.MULTILINE)


def pinned_feedparser() -> str:
    for line in (ROOT / "requirements.lock").read_text(encoding="utf-8").splitlines():
        if line.startswith("feedparser=="):
            return line.split("==", 1)[1].strip()
    raise AssertionError("requirements.lock pins no feedparser version")


def _unavailable(reason: str) -> None:
    if os.environ.get("CI") == "true":
        pytest.fail(f"feedparser's test feeds are required in CI: {reason}")
    pytest.skip(f"feedparser's test feeds could not be had: {reason}")


def _download(version: str, folder: Path) -> Path | None:
    """The sdist of feedparser ``version`` (by name, from the configured registry)."""
    folder.mkdir(parents=True, exist_ok=True)
    command = [
        sys.executable, "-m", "pip", "download", "--quiet", "--disable-pip-version-check",
        "--no-binary", ":all:", "--no-deps", f"feedparser=={version}", "-d", str(folder),
    ]  # fmt: skip
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=300, check=False)
    except (OSError, subprocess.TimeoutExpired) as exc:
        _unavailable(f"pip download failed: {exc}")
    if done.returncode != 0:
        _unavailable(f"pip download failed: {done.stderr.strip()[-400:]}")
    found = sorted(folder.glob(f"feedparser-{version}.tar.gz"))
    return found[0] if found else None


@pytest.fixture(scope="session")
def feedparser_tests() -> Path:
    """feedparser's tests/ folder for the pinned version, downloaded at most once."""
    version = pinned_feedparser()
    target = CACHE / f"feedparser-{version}"
    ready = target / "tests"
    if (target / ".complete").is_file():
        return ready
    archive = _download(version, CACHE / "sdist")
    if archive is None:
        _unavailable(f"no feedparser-{version}.tar.gz after pip download")
        raise AssertionError("unreachable")
    prefix = f"feedparser-{version}/tests/"
    with tarfile.open(archive) as bundle:
        members = [m for m in bundle.getmembers() if m.name.startswith(prefix) and m.isfile()]
        for member in members:
            member.name = member.name[len(prefix) :]
        bundle.extractall(ready, members=members, filter="data")
    (target / ".complete").write_text(version, encoding="utf-8")
    return ready


def reading(content: bytes, content_type: str, *, thorough: bool) -> Any:
    try:
        articles = parse_feed(content, content_type=content_type, now=NOW, thorough=thorough)
    except FeedParseError as exc:
        return ("refused", str(exc))
    return [(article, article.summary_only) for article in articles]


def differences(documents: Iterator[tuple[str, bytes, str]]) -> tuple[list[str], int, int]:
    """Names of the documents read differently; how many were read; how many quickly."""
    differ, read, quick = [], 0, 0
    for name, content, content_type in documents:
        read += 1
        quick += quick_entries(content, content_type) is not None
        if reading(content, content_type, thorough=False) != reading(
            content, content_type, thorough=True
        ):
            differ.append(name)
    return differ, read, quick


def feedparser_documents(folder: Path, kind: str) -> Iterator[tuple[str, bytes, str]]:
    for path in sorted((folder / kind).rglob("*")):
        if path.is_file() and path.suffix in (".xml", ".rdf"):
            content = path.read_bytes()
            header = _HEADER.search(content[:2000])
            yield str(path.relative_to(folder)), content, header.group(1).decode() if header else ""


@pytest.mark.parametrize("kind", ["wellformed", "illformed"])
def test_feedparser_test_feeds_read_alike(feedparser_tests: Path, kind: str) -> None:
    differ, read, quick = differences(feedparser_documents(feedparser_tests, kind))
    assert read > (1500 if kind == "wellformed" else 15)  # the whole folder was found
    if kind == "wellformed":
        assert quick > read // 5  # the quick path is not simply switched off
    assert differ == []


def test_feedparser_other_test_feeds_read_alike(feedparser_tests: Path) -> None:
    """Encodings, entities, HTTP cases and the rest of feedparser's folders."""
    kinds = [p.name for p in feedparser_tests.iterdir() if p.is_dir()]
    others = [k for k in kinds if k not in ("wellformed", "illformed")]
    assert "encoding" in others
    for kind in others:
        differ, _, _ = differences(feedparser_documents(feedparser_tests, kind))
        assert differ == [], kind


class _Recorder:
    """Stands in for the hostile server: keeps each document the corpus would serve."""

    def __init__(self) -> None:
        self.documents: list[tuple[str, bytes, str]] = []

    def url(self, path: str) -> str:
        return f"http://feeds.invalid{path}"

    def feed(self, path: str, body: bytes | str, status: int = 200, **headers: str) -> str:
        data = body.encode() if isinstance(body, str) else body
        self.documents.append((path, data, headers.get("Content_Type", "")))
        return self.url(path)

    def gzipped(self, path: str, body: bytes, **headers: str) -> str:
        return self.feed(path, body, **headers)

    def drip(self, path: str, body: bytes, **options: Any) -> str:
        return self.feed(path, body)

    def big(self, path: str, *args: Any, **options: Any) -> str:
        return self.url(path)

    gzip_bomb = endless = big

    def redirect(self, path: str, to: str, status: int = 302) -> str:
        return self.url(path)


def test_hostile_corpus_reads_alike() -> None:
    from tests.feeds import test_hostile, test_parse

    recorder = _Recorder()
    test_hostile.serve_everything(recorder)
    extra = [test_parse.RSS, test_parse.ATOM, test_parse.PLAIN_RSS, test_parse.ATOM_PLAIN]
    documents = recorder.documents + [
        (f"parse-{n}", text.encode(), "") for n, text in enumerate(extra)
    ]
    documents.append(("demo", test_parse.DEMO, "application/rss+xml"))
    differ, read, quick = differences(iter(documents))
    assert read >= 20 and quick >= 5
    assert differ == []
