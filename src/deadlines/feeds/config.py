"""The feeds YAML file: which feeds to poll, with their tags and poll interval."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from urllib.parse import urlsplit

import yaml

from deadlines.errors import ConfigError
from deadlines.settings import parse_duration


@dataclass(frozen=True)
class FeedConfig:
    name: str
    url: str
    tags: tuple[str, ...] = field(default=())
    poll_interval: timedelta = timedelta(minutes=15)


def load_feeds(path: Path) -> list[FeedConfig]:
    """Read ``path``: a mapping with a ``feeds`` list of name, url, tags, poll_interval."""
    if not path.is_file():
        raise ConfigError(f"no feeds file at {path}: write one or set DEADLINES_FEEDS")
    try:
        document = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
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
    interval = entry.get("poll_interval", "15m")
    return FeedConfig(
        name=name.strip(),
        url=url,
        tags=tuple(str(tag) for tag in tags),
        poll_interval=parse_duration(str(interval)),
    )
