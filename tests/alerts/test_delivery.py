import json
import logging
from email.message import Message
from pathlib import Path

import pytest

from deadlines.alerts.channels import Channel, register, registered
from deadlines.alerts.delivery import AppriseNotifier, Target, mask, targets_from_extra
from deadlines.errors import ConfigError


def test_jsonl_channel_appends_one_record_per_alert(tmp_path: Path) -> None:
    sink = tmp_path / "out" / "alerts.jsonl"
    notifier = AppriseNotifier.from_targets([Target(f"jsonl://{sink}", ("all",))])
    assert notifier.send("first", "body 1", "all").ok
    assert notifier.send("second", "body 2", "all").ok
    records = [json.loads(line) for line in sink.read_text().splitlines()]
    assert [(r["title"], r["body"]) for r in records] == [("first", "body 1"), ("second", "body 2")]


def test_email_alert_reaches_a_real_smtp_server(smtp_server) -> None:
    url = (
        f"mailto://alerts:hunter2pass@{smtp_server.host}:{smtp_server.port}"
        "?from=deadlines@example.org&to=ops@example.org&secure=no"
    )
    notifier = AppriseNotifier.from_targets([Target(url, ("ops",))])
    result = notifier.send("Due tomorrow: truce expires", "The truce expires on 2025-11-10.", "ops")
    assert result.ok, result.detail
    (message,) = smtp_server.wait_for(1)
    assert isinstance(message, Message)
    assert message["Subject"] == "Due tomorrow: truce expires"
    assert "ops@example.org" in message["To"]
    text = b"".join(
        part.get_payload(decode=True) or b"" for part in message.walk() if not part.is_multipart()
    )
    assert b"The truce expires on 2025-11-10." in text
    assert smtp_server.logins == [b"alerts"]


def test_failed_send_is_reported_and_logs_hold_no_secret(
    closed_port: int, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    notifier = AppriseNotifier.from_targets(
        [Target(f"json://bot:t0psecretpw@127.0.0.1:{closed_port}/hook", ("all",))]
    )
    result = notifier.send("title", "body", "all")
    assert not result.ok
    assert "FAILURE" in result.detail
    assert "t0psecretpw" not in caplog.text
    assert "t0psecretpw" not in " ".join(notifier.describe())
    assert "bot:****@" in " ".join(notifier.describe())


def test_no_target_with_the_tag_is_a_failure(tmp_path: Path) -> None:
    notifier = AppriseNotifier.from_targets([Target(f"jsonl://{tmp_path}/a.jsonl", ("ops",))])
    result = notifier.send("t", "b", "analysts")
    assert not result.ok and "no alert target has the tag" in result.detail


def test_config_file_in_apprise_yaml_with_tags(tmp_path: Path) -> None:
    sink = tmp_path / "a.jsonl"
    config = tmp_path / "apprise.yaml"
    config.write_text(f"urls:\n  - jsonl://{sink}:\n    - tag: ops\n")
    notifier = AppriseNotifier.from_config_file(config)
    assert notifier.send("t", "b", "ops").ok
    assert sink.exists()


def test_missing_config_names_the_setting(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="DEADLINES_APPRISE_CONFIG"):
        AppriseNotifier.from_config_file(tmp_path / "none.yaml")


def test_connection_extras_in_the_provider_layout() -> None:
    extra = {"config": [{"path": "jsonl:///tmp/x.jsonl", "tag": "ops, all"}, {"path": "json://h/"}]}
    assert targets_from_extra(extra) == [
        Target("jsonl:///tmp/x.jsonl", ("ops", "all")),
        Target("json://h/", ()),
    ]
    assert targets_from_extra(json.dumps({"config": json.dumps({"path": "json://h/"})})) == [
        Target("json://h/", ())
    ]
    with pytest.raises(ConfigError, match="extras"):
        targets_from_extra({})


def test_a_scheme_cannot_be_registered_twice() -> None:
    assert "jsonl" in registered()

    class Another(Channel):
        scheme = "jsonl"
        name = "clash"

    with pytest.raises(ConfigError, match="two channels claim the scheme jsonl://"):
        register(Another)


def test_mask_hides_passwords() -> None:
    assert "s3cr3t" not in mask("mailto://user:s3cr3t@mail.invalid?to=a@b.invalid")
