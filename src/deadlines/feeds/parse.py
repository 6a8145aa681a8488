"""Turn a feed's bytes into articles: clean text, a stable id, a UTC publication instant."""

from __future__ import annotations

import calendar
import hashlib
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from html.parser import HTMLParser
from typing import Any
from urllib.parse import urlsplit

import feedparser

from deadlines.errors import FeedParseError

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_BLOCK_TAGS = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "blockquote"}


@dataclass(frozen=True)
class ParsedArticle:
    guid: str
    url: str | None
    title: str | None
    text: str
    published_at: datetime | None
    content_hash: str

    def as_row(self) -> dict[str, Any]:
        return {
            "guid": self.guid,
            "url": self.url,
            "title": self.title,
            "text": self.text,
            "published_at": self.published_at,
            "content_hash": self.content_hash,
        }


class _TextOnly(HTMLParser):
    """Collects the text of an HTML fragment; drops scripts, styles and every tag."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style"):
            self._skipping += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style") and self._skipping:
            self._skipping -= 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self.parts.append(data)


def html_to_text(fragment: str) -> str:
    parser = _TextOnly()
    parser.feed(fragment)
    parser.close()
    text = _CONTROL.sub("", "".join(parser.parts))
    lines = (re.sub(r"[ \t\r\f\v]+", " ", line).strip() for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


def _http_link(value: object) -> str | None:
    if isinstance(value, str) and urlsplit(value).scheme in ("http", "https"):
        return value
    return None


def _published(entry: Any) -> datetime | None:
    for name in ("published_parsed", "updated_parsed", "created_parsed"):
        parsed = entry.get(name)
        if parsed:
            return datetime.fromtimestamp(calendar.timegm(parsed), tz=UTC)
    return None


def parse_feed(content: bytes, *, url: str = "") -> list[ParsedArticle]:
    """Articles of an RSS or Atom document; raises FeedParseError if it is not a feed."""
    document = feedparser.parse(content)
    entries = document.get("entries") or []
    if not entries and document.get("bozo"):
        reason = document.get("bozo_exception")
        raise FeedParseError(
            f"feed {url or '(bytes)'} is not a readable RSS or Atom feed: {reason}"
        )
    articles = []
    for entry in entries:
        body = ""
        if entry.get("content"):
            body = entry["content"][0].get("value", "")
        body = body or entry.get("summary", "")
        text = html_to_text(body)
        title = html_to_text(entry.get("title", "")) or None
        if not text and not title:
            continue
        link = _http_link(entry.get("link"))
        digest = hashlib.sha256(f"{title}\n{text}".encode()).hexdigest()
        guid = _CONTROL.sub("", str(entry.get("id") or link or f"sha256:{digest}"))[:1000]
        articles.append(
            ParsedArticle(
                guid=guid,
                url=link,
                title=title,
                text=text,
                published_at=_published(entry),
                content_hash=digest,
            )
        )
    return articles
