"""The feeds YAML file: which feeds to poll, with their tags, poll interval and options.

``deadlines feeds add|disable|enable|import`` edit the same file with a round-trip YAML
editor (ruamel.yaml): comments, key order, quoting and whatever else it holds are kept.
"""

from __future__ import annotations

import difflib
import io
import zlib
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import Any
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


# The keys a feed's entry may have; any other is refused, with the closest of these.
FEED_KEYS = ("name", "url", "tags", "poll_interval", "enabled", "full_text")


def _read(path: Path) -> str:
    if not path.is_file():
        raise ConfigError(f"no feeds file at {path}: write one or set DEADLINES_FEEDS")
    try:
        return path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"cannot read the feeds file {path}: {exc.strerror or exc}") from None
    except UnicodeDecodeError:
        raise ConfigError(
            f"{path} is not UTF-8 text (a binary file?): the feeds file is YAML"
        ) from None


def load_feeds(path: Path) -> list[FeedConfig]:
    """Read ``path``: a mapping with a ``feeds`` list of name, url, tags, poll_interval."""
    text = _read(path)
    try:
        document = yaml.load(text, Loader=SAFE_LOADER) or {}
    except yaml.YAMLError as exc:
        raise ConfigError(f"{path} is not valid YAML: {' '.join(str(exc).split())}") from None
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


def _unknown_keys(entry: dict[str, object], where: str) -> None:
    for key in entry:
        if key not in FEED_KEYS:
            close = difflib.get_close_matches(str(key), FEED_KEYS, n=1)
            hint = f"did you mean {close[0]!r}?" if close else f"known: {', '.join(FEED_KEYS)}"
            raise ConfigError(f"{where}: unknown key {key!r} ({hint})")


def _feed(entry: dict[str, object], where: str) -> FeedConfig:
    name, url = entry.get("name"), entry.get("url")
    if not isinstance(name, str) or not name.strip():
        raise ConfigError(f"{where} has no name")
    _unknown_keys(entry, f"{where} ({name.strip()})")
    if not isinstance(url, str) or urlsplit(url).scheme not in ("http", "https"):
        raise ConfigError(f"{where} ({name}) needs an http:// or https:// url, got {url!r}")
    tags = entry.get("tags") or []
    if isinstance(tags, str):
        tags = [tags]
    if not isinstance(tags, list):
        raise ConfigError(f"{where} ({name}): tags must be a list of words")
    try:
        interval = parse_duration(str(entry.get("poll_interval", "15m")))
    except ConfigError as exc:
        raise ConfigError(f"{where} ({name}): poll_interval: {exc}") from None
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


def _written(feed: FeedConfig) -> Any:
    """A feed's entry as the editor writes it: tags on one line, as in the docs."""
    from ruamel.yaml.comments import CommentedMap, CommentedSeq

    entry = CommentedMap(_entry(feed))
    if "tags" in entry:
        entry["tags"] = CommentedSeq(entry["tags"])
        entry["tags"].fa.set_flow_style()
    return entry


def _editor() -> Any:
    from ruamel.yaml import YAML

    editor = YAML()  # round-trip: comments, order and quoting survive
    editor.preserve_quotes = True
    editor.width = 4096
    return editor


def _fresh() -> tuple[Any, Any]:
    """The editor and an empty document, indented as the docs show the file."""
    from ruamel.yaml.comments import CommentedMap

    editor = _editor()
    editor.indent(mapping=2, sequence=4, offset=2)
    return editor, CommentedMap(feeds=[])


def _edit(path: Path) -> tuple[Any, Any]:
    """The editor and the document of the feeds file at ``path`` (an empty one if absent),
    indented as the file is."""
    from ruamel.yaml.comments import CommentedMap
    from ruamel.yaml.util import load_yaml_guess_indent

    if not path.exists():
        return _fresh()
    editor = _editor()
    text = _read(path)
    _, indent, offset = load_yaml_guess_indent(text)
    indent, offset = indent or 2, offset or 0
    editor.indent(mapping=max(2, indent - offset), sequence=indent, offset=offset)
    document = editor.load(text)
    if not isinstance(document, dict) or not isinstance(document.get("feeds"), list):
        document = CommentedMap(feeds=[])  # load_feeds has refused such a file already
    return editor, document


def _save(path: Path, editor: Any, document: Any) -> None:
    """Write ``document`` to ``path`` atomically: a half-written file is never left."""
    path.parent.mkdir(parents=True, exist_ok=True)
    buffer = io.StringIO()
    editor.dump(document, buffer)
    partial = path.with_name(path.name + ".partial")
    partial.write_text(buffer.getvalue(), encoding="utf-8")
    partial.replace(path)


def save_feeds(path: Path, feeds: list[FeedConfig]) -> None:
    """Write ``feeds`` as the whole feeds file at ``path``, atomically."""
    editor, document = _fresh()
    document["feeds"].extend(_written(feed) for feed in feeds)
    _save(path, editor, document)


def _blank_lines_follow(entries: Any, new: Any) -> None:
    """Blank lines after the last entry (the editor keeps them in its last value's comment)
    move to ``new``, so that they stay between the list and what follows it."""
    from ruamel.yaml.error import CommentMark
    from ruamel.yaml.tokens import CommentToken

    if not entries or not hasattr(entries[-1], "ca") or not entries[-1]:
        return
    slot = entries[-1].ca.items.get(list(entries[-1])[-1])
    token = slot[2] if slot and len(slot) > 2 else None
    if token is None or not token.value.endswith("\n\n"):
        return
    kept = token.value.rstrip("\n")
    lines = len(token.value) - len(kept)
    if kept:
        token.value = kept + "\n"
    else:
        slot[2] = None
    blank = CommentToken("\n" * lines, CommentMark(0), None)
    new.ca.items[list(new)[-1]] = [None, None, blank, None]


def append_feeds(path: Path, feeds: list[FeedConfig]) -> None:
    """Add ``feeds`` at the end of the feeds file (created if absent); the rest of the file
    stays as written."""
    editor, document = _edit(path)
    for feed in feeds:
        entry = _written(feed)
        _blank_lines_follow(document["feeds"], entry)
        document["feeds"].append(entry)
    _save(path, editor, document)


def add_feed(path: Path, feed: FeedConfig) -> list[FeedConfig]:
    """Append ``feed`` to the file (created if absent); its name must be new."""
    feeds = load_feeds(path) if path.exists() else []
    if any(existing.name == feed.name for existing in feeds):
        raise ConfigError(f"{path} already has a feed named {feed.name!r}")
    checked = _feed(_entry(feed), f"{path}: new feed")
    append_feeds(path, [checked])
    return [*feeds, checked]


def set_enabled(path: Path, name: str, enabled: bool) -> FeedConfig:
    """Enable or disable the feed ``name``; a disabled feed stays in the file, unpolled.
    Only its ``enabled`` key changes."""
    feeds = load_feeds(path)
    if not any(feed.name == name for feed in feeds):
        known = ", ".join(feed.name for feed in feeds) or "none"
        raise ConfigError(f"{path} has no feed named {name!r} (feeds: {known})")
    editor, document = _edit(path)
    for entry in document["feeds"]:
        if str(entry.get("name", "")).strip() == name:
            if "enabled" in entry or not enabled:
                entry["enabled"] = enabled
            _save(path, editor, document)
            return _feed(dict(entry), f"{path}: feed {name}")
    raise ConfigError(f"{path} has no feed named {name!r}")


def shard(feeds: list[FeedConfig], index: int, count: int) -> list[FeedConfig]:
    """The feeds of shard ``index`` of ``count``: split by a hash of the name, so adding a
    feed moves no other feed to another shard."""
    if count <= 1:
        return list(feeds)
    if not 0 <= index < count:
        raise ConfigError(f"shard {index} does not exist among {count} shards")
    return [feed for feed in feeds if zlib.crc32(feed.name.encode()) % count == index]
