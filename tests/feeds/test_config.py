from datetime import timedelta
from pathlib import Path

import pytest

from deadlines.errors import ConfigError
from deadlines.feeds.config import load_feeds


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "feeds.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_reads_name_url_tags_and_interval(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "feeds:\n  - name: wire\n    url: https://news.invalid/rss\n    tags: [trade]\n"
        "    poll_interval: 5m\n  - name: gov\n    url: http://gov.invalid/atom\n",
    )
    feeds = load_feeds(path)
    assert [f.name for f in feeds] == ["wire", "gov"]
    assert feeds[0].tags == ("trade",)
    assert feeds[0].poll_interval == timedelta(minutes=5)
    assert feeds[1].poll_interval == timedelta(minutes=15)


@pytest.mark.parametrize(
    "text, message",
    [
        ("feeds: nope", "feeds:' list"),
        ("feeds:\n  - url: https://a.invalid/\n", "has no name"),
        ("feeds:\n  - name: a\n    url: file:///etc/passwd\n", "http:// or https://"),
        (
            "feeds:\n  - {name: a, url: 'https://a.invalid'}\n  - {name: a, url: 'https://b.invalid'}\n",
            "used twice",
        ),
        ("feeds: [", "not valid YAML"),
    ],
)
def test_bad_files_are_refused_with_a_reason(tmp_path: Path, text: str, message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        load_feeds(write(tmp_path, text))


def test_missing_file_names_the_setting(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="DEADLINES_FEEDS"):
        load_feeds(tmp_path / "absent.yaml")


@pytest.mark.parametrize(
    "key, hint", [("pol_interval", "did you mean 'poll_interval'?"), ("owner", "known: name")]
)
def test_unknown_keys_are_named_with_their_feed(tmp_path: Path, key: str, hint: str) -> None:
    path = write(tmp_path, f"feeds:\n  - name: wire\n    url: https://a.invalid/\n    {key}: 5m\n")
    with pytest.raises(ConfigError) as refused:
        load_feeds(path)
    assert f"unknown key {key!r}" in str(refused.value)
    assert "(wire)" in str(refused.value)
    assert hint in str(refused.value)


@pytest.mark.parametrize("interval", ["1e400d", "99999999999d", "nan"])
def test_poll_intervals_out_of_range_are_refused(tmp_path: Path, interval: str) -> None:
    path = write(
        tmp_path,
        f"feeds:\n  - name: wire\n    url: https://a.invalid/\n    poll_interval: {interval}\n",
    )
    with pytest.raises(ConfigError, match=r"\(wire\): poll_interval"):
        load_feeds(path)


@pytest.mark.parametrize("content", [bytes(range(256)), b"\xff\xfe\x00f\x00e", b"feeds: \x00"])
def test_a_binary_feeds_file_is_refused_in_one_line(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "feeds.yaml"
    path.write_bytes(content)
    with pytest.raises(ConfigError) as refused:
        load_feeds(path)
    assert len(str(refused.value).splitlines()) == 1
