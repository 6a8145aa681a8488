"""Delivery through apprise to real servers on 127.0.0.1: email, webhooks, Slack's format."""

from __future__ import annotations

import json
import logging
import re
from datetime import date, timedelta
from email.message import Message
from pathlib import Path

import pytest
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session
from tests.alerts.conftest import NOW, Receiver, found, seed

from deadlines import jobs
from deadlines.alerts.channels import Channel, register, registered
from deadlines.alerts.delivery import (
    KEY_HEADER,
    AppriseNotifier,
    Target,
    mask,
    targets_from_extra,
)
from deadlines.alerts.outbox import queue_change_alerts
from deadlines.errors import ConfigError
from deadlines.store.models import Alert

SLACK = "slack://T1JJ3T3L2/A1BRTD4JD/TIiajkdnlazkcOXrIdevi7FQ/#deadlines"
SLACK_TOKENS = ("T1JJ3T3L2", "A1BRTD4JD", "TIiajkdnlazkcOXrIdevi7FQ")


def parts(message: Message) -> dict[str, str]:
    found: dict[str, str] = {}
    for part in message.walk():
        if not part.is_multipart():
            payload = part.get_payload(decode=True)
            assert isinstance(payload, bytes)
            found[part.get_content_type()] = payload.decode()
    return found


def slack_notifier(receiver: Receiver) -> AppriseNotifier:
    """A Slack webhook target whose posts go to the local receiver instead of Slack."""
    notifier = AppriseNotifier.from_targets([Target(SLACK, ("chat",))])
    for endpoint in notifier._endpoints:
        endpoint.server.webhook_url = f"http://{receiver.base}/services"
    return notifier


def test_jsonl_channel_appends_one_record_per_alert(tmp_path: Path) -> None:
    sink = tmp_path / "out" / "alerts.jsonl"
    notifier = AppriseNotifier.from_targets([Target(f"jsonl://{sink}", ("all",))])
    assert notifier.send("first", "body 1", "all").ok
    assert notifier.send("second", "body 2", "all").ok
    records = [json.loads(line) for line in sink.read_text().splitlines()]
    assert [(r["title"], r["body"]) for r in records] == [("first", "body 1"), ("second", "body 2")]


def test_email_alert_arrives_with_subject_body_and_key(engine: Engine, smtp_server) -> None:
    with Session(engine) as session, session.begin():
        events = seed(session, found("truce", date(2025, 11, 10), what="The truce expires"))
        queue_change_alerts(session, events, now=NOW)
    url = (
        f"mailto://alerts:hunter2pass@{smtp_server.host}:{smtp_server.port}"
        "?from=deadlines@example.org&to=ops@example.org&secure=no"
    )
    notifier = AppriseNotifier.from_targets([Target(url, ("all",))])
    assert jobs.send(engine, notifier, now=NOW).sent == 1
    (message,) = smtp_server.wait_for(1)
    assert isinstance(message, Message)
    assert message["Subject"] == "Scheduled: The truce expires (in 15 days, Mon 2025-11-10)"
    assert "ops@example.org" in message["To"]
    assert message[KEY_HEADER].endswith(":v1:new:default")
    bodies = parts(message)
    assert "<b>Due:</b> in 15 days, Mon 2025-11-10" in bodies["text/html"]
    assert "Due: in 15 days, Mon 2025-11-10" in bodies["text/plain"]
    assert f"Alert key: {message[KEY_HEADER]}" in bodies["text/plain"]
    assert smtp_server.logins == [b"alerts"]


def test_a_script_in_a_title_arrives_escaped_by_email(engine: Engine, smtp_server) -> None:
    with Session(engine) as session, session.begin():
        what = "Vote <script>alert('x')</script> on rules"
        queue_change_alerts(
            session, seed(session, found("vote", date(2025, 11, 3), what=what)), now=NOW
        )
    url = f"mailto://{smtp_server.host}:{smtp_server.port}?from=d@example.org&to=o@example.org"
    notifier = AppriseNotifier.from_targets([Target(url, ("all",))])
    assert jobs.send(engine, notifier, now=NOW).sent == 1
    (message,) = smtp_server.wait_for(1)
    html = parts(message)["text/html"]
    assert "<script>" not in html
    assert "Vote &lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; on rules" in html
    # The subject is a header, not markup: it keeps the words as written.
    assert "<script>" in message["Subject"]


def test_webhook_failing_for_a_while_then_every_alert_arrives_once(
    engine: Engine, receiver: Receiver
) -> None:
    with Session(engine) as session, session.begin():
        events = seed(session, *(found(f"deal {n}", date(2025, 11, 3)) for n in range(5)))
        queue_change_alerts(session, events, now=NOW)
    notifier = AppriseNotifier.from_targets([Target(f"json://{receiver.base}/hook", ("all",))])
    receiver.status = 500
    moment = NOW
    for _ in range(3):
        report = jobs.send(engine, notifier, now=moment)
        assert (report.sent, report.failed) == (0, 5)
        moment += timedelta(hours=1)
    receiver.status = 200
    assert jobs.send(engine, notifier, now=moment).sent == 5
    for _ in range(3):
        moment += timedelta(hours=1)
        assert jobs.send(engine, notifier, now=moment).sent == 0
    keys = receiver.keys()
    assert len(keys) == 5 and len(set(keys)) == 5
    assert len(receiver.posts) == 3 * 5 + 5
    payload = json.loads(receiver.accepted()[0][2])
    assert payload["message"].endswith(f"Alert key: {keys[0]}")
    with Session(engine) as session:
        assert set(session.scalars(select(Alert.state))) == {"sent"}
        assert set(session.scalars(select(Alert.attempts))) == {4}


def test_slack_payload_is_markdown_escaped_and_tokens_stay_out_of_logs(
    receiver: Receiver, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    notifier = slack_notifier(receiver)
    title = "Talks <!channel> *now*"
    body = "What: talks <@U0123> with <http://evil.invalid|a link>\nAlert key: k1"
    assert notifier.deliver(title, body, tag="chat", key="k1").ok
    ((path, _, payload),) = receiver.accepted()
    assert path == "/services/" + "/".join(SLACK_TOKENS)
    sent = json.loads(payload)
    text = json.dumps(sent)
    assert sent["mrkdwn"] is True
    attachment = sent["attachments"][0]
    # apprise turned our Markdown into Slack's mrkdwn; the escaped brackets became entities.
    assert attachment["text"].startswith("*What:* talks &lt;@\u200bU0123&gt;")
    assert "<@U0123>" not in text and "<!channel>" not in text and "<http://evil" not in text
    assert attachment["title"] == "Talks &lt;\u200b!channel&gt; *now*"
    # At DEBUG, apprise and urllib3 log the webhook path; the tokens are masked.
    assert "POST" in caplog.text or "Slack" in caplog.text
    for token in SLACK_TOKENS:
        assert token not in caplog.text
    assert all(token not in " ".join(notifier.describe()) for token in SLACK_TOKENS)


def test_a_failed_send_logs_no_secret_at_debug(
    engine: Engine, receiver: Receiver, caplog: pytest.LogCaptureFixture, closed_port: int
) -> None:
    caplog.set_level(logging.DEBUG)
    with Session(engine) as session, session.begin():
        queue_change_alerts(session, seed(session, found("hearing", date(2025, 11, 3))), now=NOW)
    receiver.status = 500
    slack = slack_notifier(receiver)
    report = jobs.send(engine, slack, now=NOW)
    assert report.failed == 1
    mail = AppriseNotifier.from_targets(
        [Target(f"json://bot:t0psecretpw@127.0.0.1:{closed_port}/hook", ("all",))]
    )
    assert not mail.deliver("t", "b", tag="all").ok
    with Session(engine) as session:
        stored = " ".join(
            str(v) for v in session.execute(select(Alert)).scalars().one().__dict__.values()
        )
    for secret in (*SLACK_TOKENS, "t0psecretpw"):
        assert secret not in caplog.text, secret
        assert secret not in stored
    assert "/services/" in caplog.text  # urllib3 did log the request, masked
    assert "bot:****@" in " ".join(mail.describe())


def test_a_retry_skips_targets_that_already_took_the_alert(
    engine: Engine, receiver: Receiver, closed_port: int
) -> None:
    with Session(engine) as session, session.begin():
        queue_change_alerts(session, seed(session, found("quota", date(2025, 11, 3))), now=NOW)
    good = Target(f"json://{receiver.base}/hook", ("all",))
    bad = Target(f"json://127.0.0.1:{closed_port}/hook", ("all",))
    notifier = AppriseNotifier.from_targets([good, bad])
    assert jobs.send(engine, notifier, now=NOW).failed == 1
    fixed = AppriseNotifier.from_targets([good, Target(f"json://{receiver.base}/other", ("all",))])
    assert jobs.send(engine, fixed, now=NOW + timedelta(hours=1)).sent == 1
    assert sorted(path for path, _, _ in receiver.accepted()) == ["/hook", "/other"]


def test_no_target_with_the_tag_is_a_failure(tmp_path: Path) -> None:
    notifier = AppriseNotifier.from_targets([Target(f"jsonl://{tmp_path}/a.jsonl", ("ops",))])
    result = notifier.send("t", "b", "analysts")
    assert not result.ok and "no alert target has the tag" in result.detail


def test_email_waits_no_throttle_on_loopback_but_does_elsewhere() -> None:
    local = AppriseNotifier.from_targets(
        [Target("mailto://127.0.0.1:2525?from=d@example.org&to=a@example.org")]
    )
    remote = AppriseNotifier.from_targets(
        [Target("mailtos://u:p@smtp.example.org?from=d@example.org&to=a@example.org")]
    )
    assert local._endpoints[0].server.request_rate_per_sec == 0
    assert 0 < remote._endpoints[0].server.request_rate_per_sec < 5.5
    assert [e.format for e in local._endpoints] == ["html"]


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


def test_a_headline_mentions_no_one_on_mattermost(receiver: Receiver) -> None:
    """Mattermost reads apprise's plain text: @everyone there would notify the channel."""
    token = "yobjmukpaw3r3urc5h6i369yima"
    notifier = AppriseNotifier.from_targets([Target(f"mmost://{receiver.base}/{token}", ("chat",))])
    title = "Due tomorrow: @everyone the port fees <!channel>"
    body = "What: port fees, ask @here or @channel (desk@example.org)\nAlert key: k9"
    assert notifier.deliver(title, body, tag="chat", key="k9").ok
    ((path, _, payload),) = receiver.accepted()
    assert path == f"/hooks/{token}"
    text = json.loads(payload)["text"]
    assert "port fees" in text and "desk@example.org" in text and text.endswith("Alert key: k9")
    assert not re.search(r"(?<![\w./])@(everyone|here|channel)\b", text)
    assert "<!channel>" not in text and "@\u200beveryone" in text
