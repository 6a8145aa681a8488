"""Article pages kept by URL with their validators, so that a page is sent again only if
it changed (``If-None-Match`` / ``If-Modified-Since`` answered by 304).

In memory for the poll; with a folder (``$DEADLINES_HOME/pages`` for ``deadlines poll``)
also on disk, one small JSON file per URL, written atomically, so the next poll knows them.
"""

from __future__ import annotations

import hashlib
import json
import threading
from dataclasses import asdict, dataclass
from pathlib import Path


@dataclass(frozen=True)
class CachedPage:
    url: str
    etag: str | None
    last_modified: str | None
    text: str
    published: str | None = None  # the page's own publication date, ISO 8601


class PageCache:
    """Pages by URL; only pages that came with a validator are worth keeping."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder
        self._pages: dict[str, CachedPage] = {}
        self._lock = threading.Lock()

    def _path(self, url: str) -> Path | None:
        if self.folder is None:
            return None
        return self.folder / f"{hashlib.sha256(url.encode()).hexdigest()}.json"

    def get(self, url: str) -> CachedPage | None:
        with self._lock:
            page = self._pages.get(url)
        if page is not None:
            return page
        path = self._path(url)
        if path is None or not path.is_file():
            return None
        try:
            page = CachedPage(**json.loads(path.read_text(encoding="utf-8")))
        except (OSError, ValueError, TypeError):
            return None  # a damaged entry is only a miss
        return page if page.url == url else None

    def put(self, page: CachedPage) -> None:
        if not (page.etag or page.last_modified):
            return
        with self._lock:
            self._pages[page.url] = page
        path = self._path(page.url)
        if path is None:
            return
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            partial = path.with_name(f"{path.name}.{threading.get_ident()}.partial")
            partial.write_text(json.dumps(asdict(page)), encoding="utf-8")
            partial.replace(path)
        except OSError:
            pass  # a cache that cannot be written costs a fetch next time, nothing more
