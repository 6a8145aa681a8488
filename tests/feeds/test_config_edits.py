"""`feeds add|disable|enable|import` edit the feeds file without losing what people wrote."""

from __future__ import annotations

from pathlib import Path

import pytest

from deadlines.errors import ConfigError
from deadlines.feeds.config import FeedConfig, add_feed, load_feeds, set_enabled
from deadlines.feeds.opml import import_opml

WRITTEN = """\
# Feeds the trade desk reads; ask Priya before removing one.
feeds:
  - name: wire      # the fastest of them
    url: "https://wire.invalid/rss"
    poll_interval: 5m
    tags: [trade, 'eu']
  - name: gazette
    url: https://gazette.invalid/atom
    enabled: false   # paused while they fix their dates

notes:
  reviewed: 2025-10-01
"""


@pytest.fixture
def feeds_file(tmp_path: Path) -> Path:
    path = tmp_path / "feeds.yaml"
    path.write_text(WRITTEN, encoding="utf-8")
    return path


def test_enable_and_disable_change_one_value(feeds_file: Path) -> None:
    set_enabled(feeds_file, "gazette", True)
    assert feeds_file.read_text() == WRITTEN.replace(
        "enabled: false   # paused",
        "enabled: true    # paused",  # the comment's column kept
    )
    set_enabled(feeds_file, "gazette", False)
    assert feeds_file.read_text() == WRITTEN
    set_enabled(feeds_file, "wire", False)
    text = feeds_file.read_text()
    assert text.startswith(WRITTEN.split("  - name: gazette")[0].rstrip("\n"))
    assert "tags: [trade, 'eu']\n    enabled: false\n" in text
    assert text.endswith("notes:\n  reviewed: 2025-10-01\n")


def kept_in_order(before: str, after: str) -> bool:
    """Whether every non-blank line of ``before`` is in ``after``, in the same order."""
    lines = iter(after.splitlines())
    return all(line in lines for line in before.splitlines() if line.strip())


def test_add_appends_and_keeps_the_rest(feeds_file: Path) -> None:
    add_feed(feeds_file, FeedConfig(name="desk", url="https://desk.invalid/", tags=("a", "b")))
    text = feeds_file.read_text()
    new = (
        "  - name: desk\n    url: https://desk.invalid/\n    tags: [a, b]\n    poll_interval: 15m\n"
    )
    assert text == WRITTEN.replace("\n\nnotes:", "\n" + new + "\nnotes:")
    assert [feed.name for feed in load_feeds(feeds_file)] == ["wire", "gazette", "desk"]


def test_import_appends_and_keeps_the_rest(feeds_file: Path) -> None:
    opml = (
        b'<?xml version="1.0"?><opml version="2.0"><head><title>x</title></head><body>'
        b'<outline text="court" type="rss" xmlUrl="https://court.invalid/rss"/></body></opml>'
    )
    import_opml(feeds_file, opml)
    text = feeds_file.read_text()
    assert kept_in_order(WRITTEN, text)
    assert "url: https://court.invalid/rss\n" in text
    assert text.endswith("poll_interval: 15m\n\nnotes:\n  reviewed: 2025-10-01\n")


def test_a_file_with_an_unknown_key_is_left_alone(feeds_file: Path) -> None:
    feeds_file.write_text(WRITTEN.replace("poll_interval: 5m", "pol_interval: 5m"))
    before = feeds_file.read_bytes()
    with pytest.raises(ConfigError, match="pol_interval"):
        set_enabled(feeds_file, "gazette", True)
    with pytest.raises(ConfigError, match="pol_interval"):
        add_feed(feeds_file, FeedConfig(name="desk", url="https://desk.invalid/"))
    assert feeds_file.read_bytes() == before


def test_a_new_file_is_written_as_the_docs_show(tmp_path: Path) -> None:
    path = tmp_path / "new" / "feeds.yaml"
    add_feed(path, FeedConfig(name="wire", url="https://wire.invalid/", tags=("trade",)))
    assert path.read_text() == (
        "feeds:\n  - name: wire\n    url: https://wire.invalid/\n    tags: [trade]\n"
        "    poll_interval: 15m\n"
    )
