"""Turn a feed's bytes into articles: clean text, a stable id, a UTC publication instant.

RSS 0.9x/1.0/2.0 and Atom are read by feedparser from the bytes the fetcher got (with the
server's Content-Type, so its charset is heard), except the plainest RSS 2.0 and Atom
documents, which ``quickxml`` reads the same way much faster; JSON Feed is read here. A feed that is
only partly well-formed is still used when its entries are; entities a document declares
in its own DTD are expanded first (``entities``: bounded, nothing fetched); an HTML page,
an entity bomb, or bytes without entries are refused with a reason.
"""

from __future__ import annotations

import calendar
import hashlib
import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import urljoin, urlsplit

from deadlines.errors import FeedParseError
from deadlines.feeds.address import redact_url
from deadlines.feeds.entities import expand_entities
from deadlines.feeds.jsonfeed import json_entries, looks_like_json
from deadlines.feeds.quickxml import quick_entries
from deadlines.feeds.text import CONTROL, html_to_text

__all__ = ["ParsedArticle", "html_to_text", "parse_feed", "story_key"]

# A publication instant further ahead than this is not believed (clock or typo).
FUTURE_SLACK = timedelta(days=1)
_HTML_PAGE = re.compile(rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!doctype\s+html|<html)", re.IGNORECASE)
_WORDS = re.compile(r"[^\w]+")


@dataclass(frozen=True)
class ParsedArticle:
    guid: str
    url: str | None
    title: str | None
    text: str
    published_at: datetime | None
    content_hash: str
    story: str = ""
    summary_only: bool = False

    def as_row(self) -> dict[str, Any]:
        return {
            "guid": self.guid,
            "url": self.url,
            "title": self.title,
            "text": self.text,
            "published_at": self.published_at,
            "content_hash": self.content_hash,
            "story": self.story,
        }


def story_key(title: str | None, text: str) -> str:
    """The same story told by two feeds gets the same key: case, spacing and punctuation
    do not count, the words of the title and the text do."""
    words = _WORDS.sub(" ", f"{title or ''} {text}".lower()).strip()
    return hashlib.sha256(words.encode()).hexdigest()


def parse_feed(
    content: bytes,
    *,
    url: str = "",
    content_type: str = "",
    now: datetime | None = None,
    thorough: bool = False,
) -> list[ParsedArticle]:
    """Articles of an RSS, Atom or JSON feed; raises FeedParseError if it is not a feed.

    ``now`` (UTC) is when the feed was fetched: dates further ahead are dropped. Plain
    RSS 2.0 and Atom documents are read quickly (see ``quickxml``); ``thorough`` sends
    every document through feedparser.
    """
    shown = redact_url(url) if url else "(bytes)"
    if looks_like_json(content, content_type):
        raw = json_entries(content, shown=shown)
    else:
        raw = _xml_entries(content, shown=shown, content_type=content_type, thorough=thorough)
    latest = (now or datetime.now(UTC)) + FUTURE_SLACK
    articles: list[ParsedArticle] = []
    seen: set[str] = set()
    for entry in raw:
        article = _article(entry, base=url, latest=latest)
        if article is None or article.guid in seen:
            continue  # the first of entries sharing an id wins: feeds list newest first
        seen.add(article.guid)
        articles.append(article)
    return articles


def _xml_entries(
    content: bytes, *, shown: str, content_type: str, thorough: bool
) -> list[dict[str, Any]]:
    content = expand_entities(content, shown=shown)
    quick = None if thorough else quick_entries(content, content_type)
    if quick is not None:
        return quick
    import feedparser  # loaded for the first document the quick reading leaves to it

    headers = {"content-type": content_type} if content_type else {}
    try:
        document = feedparser.parse(
            content, response_headers=headers, sanitize_html=False, resolve_relative_uris=False
        )
    except Exception as exc:  # feedparser's own failures on strange input
        raise FeedParseError(f"feed {shown} could not be read: {exc}") from None
    entries = document.get("entries") or []
    if not entries:
        kind = content_type.split(";", 1)[0].strip().lower()
        if not document.get("version") and (kind == "text/html" or _HTML_PAGE.match(content)):
            raise FeedParseError(
                f"feed {shown} is an HTML page, not a feed; look for the feed's own address "
                "(often linked from that page as RSS or Atom)"
            )
        if document.get("bozo"):
            raise FeedParseError(
                f"feed {shown} is not a readable RSS, Atom or JSON feed: "
                f"{document.get('bozo_exception')}"
            )
        if not document.get("version"):
            raise FeedParseError(f"feed {shown} is not an RSS, Atom or JSON feed")
    return [_feedparser_entry(entry) for entry in entries]


def _feedparser_entry(entry: Any) -> dict[str, Any]:
    body = ""
    if entry.get("content"):
        body = entry["content"][0].get("value", "") or ""
    has_content = bool(body.strip())
    published = None
    for name in ("published_parsed", "updated_parsed", "created_parsed"):
        parsed = entry.get(name)
        if parsed:
            try:
                published = datetime.fromtimestamp(calendar.timegm(parsed), tz=UTC)
            except (OverflowError, ValueError, OSError):
                published = None
            break
    return {
        "id": entry.get("id") or None,
        "link": entry.get("link") or None,
        "title": entry.get("title", "") or "",
        "body": body or entry.get("summary", "") or "",
        "has_content": has_content,
        "published": published,
    }


def _http_link(value: object, base: str) -> str | None:
    if not isinstance(value, str):
        return None
    link = CONTROL.sub("", value).strip()
    if base:
        try:
            link = urljoin(base, link)
        except ValueError:
            return None
    try:
        scheme = urlsplit(link).scheme.lower()
    except ValueError:
        return None
    return link[:4000] if scheme in ("http", "https") else None


def _article(entry: dict[str, Any], *, base: str, latest: datetime) -> ParsedArticle | None:
    text = html_to_text(str(entry["body"]))
    title = html_to_text(str(entry["title"])) or None
    if not text and not title:
        return None
    link = _http_link(entry["link"], base)
    digest = hashlib.sha256(f"{title}\n{text}".encode()).hexdigest()
    raw_id = CONTROL.sub("", str(entry["id"] or "")).strip()
    guid = (raw_id or link or f"sha256:{digest}")[:1000]
    published = entry["published"]
    if published is not None and published > latest:
        published = None  # a date in the future is a mistake; the fetch time stands in
    return ParsedArticle(
        guid=guid,
        url=link,
        title=title,
        text=text,
        published_at=published,
        content_hash=digest,
        story=story_key(title, text),
        summary_only=not entry["has_content"],
    )
