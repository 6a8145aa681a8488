"""OPML in and out: a reader's export imported into the feeds file, the file exported back."""

from __future__ import annotations

import io
import json
from pathlib import Path

import listparser
import pytest

from deadlines.cli import main
from deadlines.errors import ConfigError
from deadlines.feeds.config import FeedConfig, load_feeds, save_feeds
from deadlines.feeds.opml import import_opml, plan_import, write_opml

NEWSROOM = Path(__file__).parent / "data" / "newsroom.opml"
REGULATOR = FeedConfig(name="regulator", url="https://regulator.example.org/notices.atom")


def test_a_readers_export_is_imported_with_folders_as_tags(tmp_path: Path) -> None:
    path = tmp_path / "feeds.yaml"
    save_feeds(path, [REGULATOR])

    result = import_opml(path, NEWSROOM.read_bytes())

    assert [(f.name, f.url, f.tags) for f in result.added] == [
        ("customs-excise-notices", "https://customs.example.org/notices.rss", ("government",)),
        (
            "harbour-authority",
            "https://harbour.example.org/feed/?lang=en&section=notices",
            ("government", "regional"),
        ),
        (
            "region-nord-arretes",
            "https://nord.example.org/arretes.atom",
            ("francophone", "government", "regional"),
        ),
        ("trade-wire", "https://wire.example.net/trade/rss", ("wires",)),
    ]
    assert [f.name for f in load_feeds(path)] == ["regulator"] + [f.name for f in result.added]


def test_duplicates_unsafe_addresses_and_other_lists_are_refused_a_line_each() -> None:
    result = plan_import(NEWSROOM.read_bytes(), [REGULATOR])
    refused = "\n".join(result.refused)
    assert len(result.refused) == 6
    assert refused.count("a duplicate of the feed 'trade-wire'") == 2  # repeated, respelt
    assert "https://regulator.example.org/notices.atom: a duplicate of the feed 'regulator'" in (
        refused
    )
    assert "javascript:alert(document.cookie): only http:// and https://" in refused
    assert "file:///home/desk/feeds/local.xml: only http:// and https://" in refused
    assert "colleague.opml': a link to another list, which is not followed" in refused


def test_nothing_is_half_written(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "feeds.yaml"
    save_feeds(path, [REGULATOR])
    before = path.read_bytes()

    with pytest.raises(ConfigError, match="not an OPML document"):
        import_opml(path, b"<html><body><p>Our newsletter</p></body></html>")
    assert path.read_bytes() == before

    def interrupted(self: Path, target: Path) -> Path:
        raise OSError("disk full")

    monkeypatch.setattr(Path, "replace", interrupted)
    with pytest.raises(OSError, match="disk full"):
        import_opml(path, NEWSROOM.read_bytes())
    assert path.read_bytes() == before


def test_an_import_that_adds_nothing_leaves_the_file_alone(tmp_path: Path) -> None:
    path = tmp_path / "feeds.yaml"
    only_bad = (
        b'<opml version="2.0"><body><outline text="x" xmlUrl="javascript:void(0)"/></body></opml>'
    )
    result = import_opml(path, only_bad)
    assert result.added == () and len(result.refused) == 1
    assert not path.exists()


def test_export_then_import_gives_the_same_feeds(tmp_path: Path) -> None:
    feeds = [
        FeedConfig(name="wire", url="https://wire.example.net/rss?a=1&b=2", tags=("trade", "eu")),
        FeedConfig(name="gov", url="https://gov.example.org/atom", tags=("trade",)),
        FeedConfig(name="plain", url="https://plain.example.org/rss"),
    ]
    document = write_opml(feeds)
    parsed = listparser.parse(document)
    assert parsed.bozo is False and parsed.version == "opml2"
    assert sorted(feed.url for feed in parsed.feeds) == sorted(feed.url for feed in feeds)

    result = import_opml(tmp_path / "feeds.yaml", document)
    assert result.refused == ()
    assert [(f.name, f.url, f.tags) for f in result.added] == [
        (f.name, f.url, f.tags) for f in feeds
    ]


@pytest.fixture
def env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("DEADLINES_HOME", str(tmp_path))
    monkeypatch.setenv("DEADLINES_FEEDS", str(tmp_path / "feeds.yaml"))
    monkeypatch.setenv("DEADLINES_DATABASE_URL", f"sqlite:///{tmp_path / 'store.db'}")
    return tmp_path


def run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    return main(list(argv), out=out), out.getvalue()


def test_import_and_export_from_the_terminal(env: Path) -> None:
    code, out = run("feeds", "import", str(NEWSROOM), "--interval", "1h")
    assert code == 0
    assert out.count("\nrefused ") + out.startswith("refused ") == 5
    assert "added harbour-authority [government, regional]" in out
    assert out.rstrip().endswith(f"imported 5 feeds, refused 5, into {env / 'feeds.yaml'}")
    code, listed = run("feeds", "list", "--format", "json")
    assert {row["poll_interval"] for row in json.loads(listed)} == {"1h"}

    code, exported = run("feeds", "export", "--format", "opml")
    assert code == 0
    parsed = listparser.parse(exported.encode())
    assert len(parsed.feeds) == 5
    code, _ = run("feeds", "export", "--output", str(env / "out.opml"))
    assert listparser.parse((env / "out.opml").read_bytes()).feeds == parsed.feeds


def test_an_unreadable_file_is_a_plain_error(env: Path) -> None:
    code, out = run("feeds", "import", str(env / "missing.opml"))
    assert code != 0


def test_reading_an_opml_file_fetches_nothing(feed_server) -> None:  # type: ignore[no-untyped-def]
    dtd = feed_server.feed("/lists.dtd", '<!ENTITY more "from afar">')
    secret = feed_server.feed("/secret", "not to be read")
    document = (
        f'<?xml version="1.0"?><!DOCTYPE opml SYSTEM "{dtd}" [<!ENTITY leak SYSTEM "{secret}">]>'
        '<opml version="2.0"><body><outline text="Desk &leak;" xmlUrl="https://desk.example.org/rss"/>'
        f'<outline text="Elsewhere" type="include" url="{feed_server.url("/other.opml")}"/>'
        "</body></opml>"
    ).encode()
    result = plan_import(document, [])
    assert [feed.url for feed in result.added] == ["https://desk.example.org/rss"]
    assert feed_server.requests == []
