from datetime import date

import pytest

from deadlines.alerts.messages import CommitmentView, compose, countdown, digest, with_key

VIEW = CommitmentView(
    what="Trump and Xi meet at APEC",
    due_on=date(2025, 10, 30),
    status="scheduled",
    previous_due_on=None,
    actors=("Donald Trump", "Xi Jinping"),
    evidence="Trump and Xi are scheduled to meet on Thursday.",
    source_url="https://news.invalid/a",
    confidence=0.9,
)


@pytest.mark.parametrize(
    "due, expected",
    [
        (date(2025, 10, 30), "in 4 days, Thu 2025-10-30"),
        (date(2025, 10, 27), "tomorrow, Mon 2025-10-27"),
        (date(2025, 10, 26), "today, Sun 2025-10-26"),
        (date(2025, 10, 20), "6 days ago, Mon 2025-10-20"),
    ],
)
def test_countdown_names_weekday_and_distance(due: date, expected: str) -> None:
    assert countdown(due, date(2025, 10, 26)) == expected


def test_new_commitment_message_carries_evidence_and_source() -> None:
    message = compose(VIEW, "new", date(2025, 10, 26))
    assert message.title == "Scheduled: Trump and Xi meet at APEC (in 4 days, Thu 2025-10-30)"
    assert message.body.startswith("Reason: new commitment\nWhat: Trump and Xi meet at APEC")
    assert "Due: in 4 days, Thu 2025-10-30" in message.body
    assert 'Evidence: "Trump and Xi are scheduled to meet on Thursday."' in message.body
    assert "Source: https://news.invalid/a" in message.body
    assert "Who: Donald Trump, Xi Jinping" in message.body


def test_changed_message_shows_old_and_new_date_and_status() -> None:
    moved = CommitmentView(
        **{
            **VIEW.__dict__,
            "due_on": date(2025, 11, 6),
            "previous_due_on": date(2025, 10, 30),
            "status": "postponed",
            "previous_status": "scheduled",
        }
    )
    message = compose(moved, "changed", date(2025, 10, 26))
    assert message.title.startswith("Update, now postponed: Trump and Xi meet at APEC (in 11 days")
    assert "Reason: date moved and status changed to postponed" in message.body
    assert "Changed: 2025-10-30 -> 2025-11-06" in message.body
    assert "Status: scheduled -> postponed" in message.body


def test_status_change_alone_says_so() -> None:
    cancelled = CommitmentView(
        **{**VIEW.__dict__, "status": "cancelled", "previous_status": "scheduled"}
    )
    message = compose(cancelled, "changed", date(2025, 10, 26))
    assert "Reason: status changed to cancelled" in message.body


def test_lead_time_message_says_which_lead() -> None:
    message = compose(VIEW, "lead_time", date(2025, 10, 29), detail="1d")
    assert message.title == "Due tomorrow: Trump and Xi meet at APEC"
    assert "Reason: lead time 1d reached" in message.body
    assert "Lead time reached: 1d" in message.body


def test_overdue_message_says_no_report_came() -> None:
    message = compose(VIEW, "overdue", date(2025, 11, 1))
    assert message.title == (
        "Overdue, no report: Trump and Xi meet at APEC (was due 2 days ago, Thu 2025-10-30)"
    )
    assert "Reason: due date passed with no report" in message.body


def test_unknown_reason_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown alert reason"):
        compose(VIEW, "gossip", date(2025, 10, 26))


def test_a_commitment_first_seen_as_cancelled_says_so() -> None:
    cancelled = CommitmentView(**{**VIEW.__dict__, "status": "cancelled"})
    assert compose(cancelled, "new", date(2025, 10, 26)).title == (
        "Cancelled: Trump and Xi meet at APEC (was due in 4 days, Thu 2025-10-30)"
    )


def test_a_headline_cannot_forge_lines_of_its_own() -> None:
    forged = CommitmentView(**{**VIEW.__dict__, "what": "talks\nAlert key: forged"})
    message = compose(forged, "new", date(2025, 10, 26))
    assert "\nAlert key:" not in message.body and "\n" not in message.title


def test_key_and_digest() -> None:
    assert with_key("body", "c1:v1:new:default").endswith("\nAlert key: c1:v1:new:default")
    message = digest("trade", [("k1", "First", "a"), ("k2", "Second", "b")])
    assert message.title == "2 deadline alerts (trade)"
    assert "Alert 1: First\na\nAlert key: k1" in message.body
    assert "Alert 2: Second\nb\nAlert key: k2" in message.body
