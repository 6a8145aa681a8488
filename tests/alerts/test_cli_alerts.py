"""The alert commands: silence, ack, outbox, routes, and `deadlines alerts` itself."""

from __future__ import annotations

import io
import json
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy.orm import Session
from tests.alerts.conftest import NOW, Receiver, found, seed

from deadlines.alerts.outbox import queue_change_alerts
from deadlines.cli import build_parser, main
from deadlines.store import make_engine, migrate
from deadlines.store.models.outbox import AlertAck, AlertSilence

COMMANDS = ["silence", "ack", "outbox", "routes", "route-add", "route-remove"]


def run(argv: list[str]) -> tuple[int, str]:
    out = io.StringIO()
    return main(argv, out=out), out.getvalue()


@pytest.fixture
def store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[str, int]:
    url = f"sqlite:///{tmp_path / 'store.db'}"
    monkeypatch.setenv("DEADLINES_DATABASE_URL", url)
    monkeypatch.setenv("DEADLINES_HOME", str(tmp_path))
    engine = make_engine(url)
    migrate(engine)
    with Session(engine) as session, session.begin():
        (event,) = seed(session, found("summit", date(2025, 10, 30)))
        queue_change_alerts(session, [event], now=NOW)
    engine.dispose()
    return url, event.commitment_id


@pytest.mark.parametrize("command", COMMANDS)
def test_every_alert_command_has_help(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        build_parser().parse_args([command, "--help"])
    assert done.value.code == 0
    assert "usage: deadlines " + command in capsys.readouterr().out


def test_silence_until_and_lift(store: tuple[str, int]) -> None:
    url, cid = store
    code, out = run(["silence", str(cid), "--until", "2d", "--now", "2025-10-26T20:00"])
    assert code == 0 and "until 2025-10-28T20:00:00+00:00" in out
    with Session(make_engine(url)) as session:
        silence = session.get(AlertSilence, cid)
        assert silence is not None and silence.until is not None
    code, out = run(["silence", str(cid), "--lift"])
    assert code == 0 and "lifted" in out
    assert run(["silence", "424242"]) == (2, "")


def test_ack_records_the_date(store: tuple[str, int]) -> None:
    url, cid = store
    code, out = run(["ack", str(cid)])
    assert code == 0 and "no more reminders for 2025-10-30" in out
    with Session(make_engine(url)) as session:
        ack = session.get(AlertAck, cid)
        assert ack is not None and ack.due_on == date(2025, 10, 30)


def test_outbox_lists_alerts_as_table_and_json(store: tuple[str, int]) -> None:
    code, out = run(["outbox"])
    assert code == 0 and "queued" in out and "summit happens" in out
    code, out = run(["outbox", "--format", "json", "--state", "queued"])
    (row,) = json.loads(out)
    assert row["state"] == "queued" and row["key"].endswith(":v1:new:default")
    assert run(["outbox", "--state", "dead"])[1].startswith("the outbox is empty")


def test_routes_add_list_remove(store: tuple[str, int]) -> None:
    code, out = run(
        [
            "route-add",
            "trade",
            "--tag",
            "trade-desk",
            "--match-tag",
            "trade,tariffs",
            "--lead-times",
            "3d,6h",
            "--digest",
        ]
    )
    assert code == 0 and "trade-desk" in out
    code, out = run(["routes"])
    assert "trade" in out and "tariffs" in out and "3d, 6h" in out and "default" in out
    assert run(["route-add", "Bad Name", "--tag", "x"])[0] == 2
    assert run(["route-remove", "trade"])[0] == 0
    assert run(["route-remove", "trade"])[0] == 1


def test_alerts_command_delivers_and_says_so(
    store: tuple[str, int], receiver: Receiver, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = tmp_path / "apprise.yaml"
    config.write_text(f"urls:\n  - json://bot:pa55word9@{receiver.base}/hook:\n    - tag: all\n")
    monkeypatch.setenv("DEADLINES_APPRISE_CONFIG", str(config))
    code, out = run(["alerts", "--now", "2025-10-26T20:00"])
    assert code == 0, out
    assert "sent 2," in out and "pa55word9" not in out and "bot:****@" in out
    assert len(receiver.keys()) == 2  # the new commitment, and its 7-day lead time
    receiver.status = 500
    with Session(make_engine(store[0])) as session, session.begin():
        queue_change_alerts(session, seed(session, found("ballot", date(2025, 11, 2))), now=NOW)
    code, out = run(["alerts", "--now", "2025-10-26T20:00"])
    assert code == 1 and "failed 2" in out and "deadlines outbox" in out
    code, out = run(["outbox", "--state", "failed"])
    assert "FAILURE" in out and "pa55word9" not in out
