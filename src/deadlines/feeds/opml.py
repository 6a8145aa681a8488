"""Feed lists as OPML, the format every feed reader exports: read into the feeds file, written
from it.

Reading goes through listparser (which reads OPML 1 and 2, and tolerates the unclosed
tags and stray characters of real exports); every outline with a feed address is seen,
so that a feed listed twice is reported, not merged. Nested outlines become tags, as do
the categories an outline names. An address that is not http or https (``javascript:``,
``file:``, ``data:``...), a feed already in the file or listed before, and links to other
lists are refused, each with a line that says why; the rest are added in one write.
"""

from __future__ import annotations

import io
import re
import unicodedata
import xml.etree.ElementTree as ElementTree
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import listparser
import lxml.etree

from deadlines.errors import ConfigError
from deadlines.feeds.address import SCHEMES, redact_url
from deadlines.feeds.config import FeedConfig, append_feeds, load_feeds

_WORDS = re.compile(r"[^\w]+")
_DEFAULT_PORTS = {"http": 80, "https": 443}


@dataclass(frozen=True)
class OpmlImport:
    """What an OPML document adds to the feeds file, and what it refuses (one line each)."""

    added: tuple[FeedConfig, ...]
    refused: tuple[str, ...]


@dataclass
class _Outline:
    url: str
    title: str
    tags: list[str] = field(default_factory=list)


def _counting_handler(seen: list[tuple[str, str]]) -> Any:
    """listparser's own handler, also noting every feed outline (listparser merges repeats)."""

    class Counting(listparser.Handler):  # type: ignore[misc, name-defined]
        def start_opml_outline(self, attrs: dict[str, str]) -> None:
            if "xmlurl" in attrs:
                title = (attrs.get("text") or attrs.get("title") or "").strip()
                seen.append((attrs.get("xmlurl", "").strip(), title))
            super().start_opml_outline(attrs)

    return Counting()


def read_opml(content: bytes) -> tuple[list[_Outline], list[str]]:
    """Every feed outline of ``content``, in order (repeats included), with its tags; and
    the lines for outlines that are not feeds (links to other lists)."""
    seen: list[tuple[str, str]] = []
    handler = _counting_handler(seen)
    handler.harvest.update(
        {"bozo": False, "feeds": [], "lists": [], "opportunities": [], "meta": {}, "version": ""}
    )
    parser = lxml.etree.HTMLParser(target=handler, recover=True, no_network=True)
    try:
        lxml.etree.parse(io.BytesIO(content), parser)
    except lxml.etree.LxmlError as exc:
        raise ConfigError(f"the OPML document could not be read: {exc}") from None
    harvest = handler.harvest
    if not harvest.get("version", "").startswith("opml") and not seen:
        raise ConfigError("this is not an OPML document (no <opml> element and no feeds in it)")
    tags = {entry["url"]: _tags(entry.get("categories") or []) for entry in harvest["feeds"]}
    outlines = [_Outline(url, title, list(tags.get(url, []))) for url, title in seen]
    notes = [
        f"refused {entry['url']!r}: a link to another list, which is not followed"
        for entry in harvest["lists"]
    ]
    return outlines, notes


def _word(text: str) -> str:
    """``text`` as a tag or feed name: lower case ASCII words joined by hyphens."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return _WORDS.sub("-", folded.lower()).strip("-_")


def _tags(categories: Iterable[Sequence[str]]) -> list[str]:
    """Tags from category paths (``["News", "Trade & tariffs"]``): each part, as a word."""
    tags: list[str] = []
    for path in categories:
        for part in path:
            tag = _word(part)
            if tag and tag not in tags:
                tags.append(tag)
    return tags


def same_feed_key(url: str) -> str:
    """Two addresses of one feed compare equal: case of scheme and host, a default port, a
    trailing slash and a fragment do not count."""
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError:
        return url.strip()
    host = (parts.hostname or "").lower()
    if port is not None and port != _DEFAULT_PORTS.get(parts.scheme.lower()):
        host = f"{host}:{port}"
    path = parts.path.rstrip("/") or "/"
    return urlunsplit((parts.scheme.lower(), host, path, parts.query, ""))


def _name(title: str, url: str, taken: set[str]) -> str:
    base = _word(title)[:60].strip("-_") or _word(urlsplit(url).hostname or "") or "feed"
    name, number = base, 2
    while name in taken:
        name, number = f"{base}-{number}", number + 1
    taken.add(name)
    return name


def plan_import(
    content: bytes,
    existing: Sequence[FeedConfig],
    *,
    poll_interval: timedelta = timedelta(minutes=15),
    full_text: bool = False,
) -> OpmlImport:
    """The feeds ``content`` adds to ``existing`` and the outlines it refuses; writes nothing."""
    outlines, refused = read_opml(content)
    known = {same_feed_key(feed.url): feed.name for feed in existing}
    taken = {feed.name for feed in existing}
    added: list[FeedConfig] = []
    for outline in outlines:
        shown = redact_url(outline.url) if outline.url else "(no address)"
        scheme = urlsplit(outline.url).scheme.lower() if outline.url else ""
        if scheme not in SCHEMES or not urlsplit(outline.url).hostname:
            refused.append(
                f"refused {outline.title or shown!r} at {shown}: only http:// and https:// "
                "feed addresses are imported"
            )
            continue
        key = same_feed_key(outline.url)
        if key in known:
            refused.append(f"refused {shown}: a duplicate of the feed {known[key]!r}")
            continue
        name = _name(outline.title, outline.url, taken)
        known[key] = name
        added.append(
            FeedConfig(
                name=name,
                url=outline.url,
                tags=tuple(outline.tags),
                poll_interval=poll_interval,
                full_text=full_text,
            )
        )
    return OpmlImport(tuple(added), tuple(refused))


def import_opml(
    path: Path,
    content: bytes,
    *,
    poll_interval: timedelta = timedelta(minutes=15),
    full_text: bool = False,
) -> OpmlImport:
    """Add the feeds of an OPML document to the feeds file at ``path`` (created if absent)
    in one atomic write; nothing is written when nothing is added or the document is
    unreadable."""
    existing = load_feeds(path) if path.exists() else []
    plan = plan_import(content, existing, poll_interval=poll_interval, full_text=full_text)
    if plan.added:
        append_feeds(path, list(plan.added))
    return plan


def write_opml(feeds: Sequence[FeedConfig], *, title: str = "deadlines feeds") -> bytes:
    """An OPML 2.0 document of ``feeds``: each under an outline named after its first tag,
    with every tag in its ``category`` attribute (so that importing it gives them back)."""
    root = ElementTree.Element("opml", version="2.0")
    head = ElementTree.SubElement(root, "head")
    ElementTree.SubElement(head, "title").text = title
    body = ElementTree.SubElement(root, "body")
    folders: dict[str, ElementTree.Element] = {}
    for feed in feeds:
        parent = body
        if feed.tags:
            first = feed.tags[0]
            if first not in folders:
                folders[first] = ElementTree.SubElement(body, "outline", text=first, title=first)
            parent = folders[first]
        attributes = {"type": "rss", "text": feed.name, "title": feed.name, "xmlUrl": feed.url}
        if feed.tags:
            attributes["category"] = ",".join(f"/{tag}" for tag in feed.tags)
        ElementTree.SubElement(parent, "outline", attributes)
    ElementTree.indent(root)
    return ElementTree.tostring(root, encoding="utf-8", xml_declaration=True) + b"\n"
