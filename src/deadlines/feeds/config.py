"""The feeds YAML file: which feeds to poll, with their tags, poll interval and options.

``deadlines feeds add|disable|enable`` edit the same file (comments in it are not kept).
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass, field, replace
from datetime import timedelta
from pathlib import Path
from urllib.parse import urlsplit

import yaml

from deadlines.errors import ConfigError
from deadlines.settings import parse_duration

# libyaml's safe loader reads a list of a thousand feeds some thirty times faster than the
# pure-Python one; both build the same plain values.
SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass(frozen=True)
class FeedConfig:
    name: str
    url: str
    tags: tuple[str, ...] = field(default=())
    poll_interval: timedelta = timedelta(minutes=15)
    enabled: bool = True
    # Fetch each new entry's web page when the feed carries only a summary.
    full_text: bool = False


def load_feeds(path: Path) -> list[FeedConfig]:
    """Read ``path``: a mapping with a ``feeds`` list of name, url, tags, poll_interval."""
    if not path.is_file():
        raise ConfigError(f"no feeds file at {path}: write one or set DEADLINES_FEEDS")
    try:
        document = yaml.load(path.read_text(encoding="utf-8"), Loader=SAFE_LOADER) or {}
    except yaml.YAMLError as exc:
        raise ConfigError(f"{path} is not valid YAML: {exc}") from None
    entries = document.get("feeds") if isinstance(document, dict) else None
    if not isinstance(entries, list):
        raise ConfigError(f"{path}: expected a top-level 'feeds:' list")
    feeds: list[FeedConfig] = []
    seen: set[str] = set()
    for number, entry in enumerate(entries, start=1):
        if not isinstance(entry, dict):
            raise ConfigError(f"{path}: feed #{number} must be a mapping with name and url")
        feeds.append(_feed(entry, f"{path}: feed #{number}"))
        if feeds[-1].name in seen:
            raise ConfigError(f"{path}: the feed name {feeds[-1].name!r} is used twice")
        seen.add(feeds[-1].name)
    return feeds


def _feed(entry: dict[str, object], where: str) -> FeedConfig:
    name, url = entry.get("name"), entry.get("url")
    if not isinstance(name, str) or not name.strip():
        raise ConfigError(f"{where} has no name")
    if not isinstance(url, str) or urlsplit(url).scheme not in ("http", "https"):
        raise ConfigError(f"{where} ({name}) needs an http:// or https:// url, got {url!r}")
    tags = entry.get("tags") or []
    if isinstance(tags, str):
        tags = [tags]
    if not isinstance(tags, list):
        raise ConfigError(f"{where} ({name}): tags must be a list of words")
    interval = parse_duration(str(entry.get("poll_interval", "15m")))
    if interval <= timedelta(0):
        raise ConfigError(f"{where} ({name}): poll_interval must be positive, e.g. 15m")
    flags = {}
    for key in ("enabled", "full_text"):
        value = entry.get(key, key == "enabled")
        if not isinstance(value, bool):
            raise ConfigError(f"{where} ({name}): {key} must be true or false")
        flags[key] = value
    return FeedConfig(
        name=name.strip(),
        url=url,
        tags=tuple(str(tag) for tag in tags),
        poll_interval=interval,
        enabled=flags["enabled"],
        full_text=flags["full_text"],
    )


def _duration_text(interval: timedelta) -> str:
    seconds = int(interval.total_seconds())
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60)):
        if seconds % size == 0:
            return f"{seconds // size}{unit}"
    return f"{seconds / 60:g}m"


def _entry(feed: FeedConfig) -> dict[str, object]:
    entry: dict[str, object] = {"name": feed.name, "url": feed.url}
    if feed.tags:
        entry["tags"] = list(feed.tags)
    entry["poll_interval"] = _duration_text(feed.poll_interval)
    if not feed.enabled:
        entry["enabled"] = False
    if feed.full_text:
        entry["full_text"] = True
    return entry


def save_feeds(path: Path, feeds: list[FeedConfig]) -> None:
    """Write ``feeds`` to ``path`` (atomically: a half-written file is never left)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    text = yaml.safe_dump(
        {"feeds": [_entry(feed) for feed in feeds]}, sort_keys=False, allow_unicode=True
    )
    partial = path.with_name(path.name + ".partial")
    partial.write_text(text, encoding="utf-8")
    partial.replace(path)


def add_feed(path: Path, feed: FeedConfig) -> list[FeedConfig]:
    """Append ``feed`` to the file (created if absent); its name must be new."""
    feeds = load_feeds(path) if path.exists() else []
    if any(existing.name == feed.name for existing in feeds):
        raise ConfigError(f"{path} already has a feed named {feed.name!r}")
    checked = _feed(_entry(feed), f"{path}: new feed")
    feeds.append(checked)
    save_feeds(path, feeds)
    return feeds


def set_enabled(path: Path, name: str, enabled: bool) -> FeedConfig:
    """Enable or disable the feed ``name``; a disabled feed stays in the file, unpolled."""
    feeds = load_feeds(path)
    for index, feed in enumerate(feeds):
        if feed.name == name:
            feeds[index] = replace(feed, enabled=enabled)
            save_feeds(path, feeds)
            return feeds[index]
    known = ", ".join(feed.name for feed in feeds) or "none"
    raise ConfigError(f"{path} has no feed named {name!r} (feeds: {known})")


def shard(feeds: list[FeedConfig], index: int, count: int) -> list[FeedConfig]:
    """The feeds of shard ``index`` of ``count``: split by a hash of the name, so adding a
    feed moves no other feed to another shard."""
    if count <= 1:
        return list(feeds)
    if not 0 <= index < count:
        raise ConfigError(f"shard {index} does not exist among {count} shards")
    return [feed for feed in feeds if zlib.crc32(feed.name.encode()) % count == index]
