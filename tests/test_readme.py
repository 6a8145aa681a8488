"""The README cannot rot: its snippets are read by the code they describe."""

from __future__ import annotations

import re
from pathlib import Path

import apprise

from deadlines.cli import build_parser
from deadlines.feeds.config import load_feeds

README = (Path(__file__).resolve().parent.parent / "README.md").read_text()


def blocks(language: str) -> list[str]:
    return re.findall(rf"```{language}\n(.*?)```", README, flags=re.DOTALL)


def test_the_two_commands_come_first() -> None:
    first = blocks("sh")[0]
    assert first.splitlines()[0].startswith("make demo")
    assert first.splitlines()[1].startswith("make test")


def test_feeds_snippet_is_a_valid_feeds_file(tmp_path: Path) -> None:
    (snippet,) = [b for b in blocks("yaml") if b.startswith("# feeds.yaml")]
    path = tmp_path / "feeds.yaml"
    path.write_text(snippet)
    assert [feed.name for feed in load_feeds(path)] == ["trade-desk", "regulator"]


def test_apprise_snippet_is_a_valid_apprise_config() -> None:
    (snippet,) = [b for b in blocks("yaml") if b.startswith("# apprise.yaml")]
    config = apprise.AppriseConfig()
    assert config.add_config(snippet, format="yaml")
    client = apprise.Apprise()
    client.add(config)
    assert sorted(server.url().split(":")[0] for server in client) == ["mailtos", "slack"]


def test_every_command_and_setting_is_documented() -> None:
    parser = build_parser()
    commands = parser._subparsers._group_actions[0].choices  # type: ignore[union-attr]
    for name in commands:
        assert f"`deadlines {name}" in README, name
    for variable in re.findall(
        r'env\.get\("(DEADLINES_\w+)"',
        (Path(__file__).resolve().parent.parent / "src/deadlines/settings.py").read_text(),
    ):
        assert f"`{variable}`" in README, variable


def test_every_doc_is_linked_from_the_readme() -> None:
    docs = Path(__file__).resolve().parent.parent / "docs"
    for page in sorted(docs.glob("*.md")):
        assert f"(docs/{page.name})" in README, page.name
