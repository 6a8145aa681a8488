"""A token's calendar: read by icalendar, filtered like a route, ETag and 304, the same 404."""

from __future__ import annotations

from datetime import timedelta

from icalendar import Calendar
from sqlalchemy import Engine
from sqlalchemy.orm import Session
from tests.calendars.seed import NOW, seed

from deadlines.calendars.feed import NOT_FOUND, BodyCache, answer, matches_etag
from deadlines.calendars.tokens import revoke_token
from deadlines.exports import uid_of
from deadlines.store.corrections import Who, dismiss

LEADS = (timedelta(days=1),)


def _uids(body: bytes) -> dict[str, str]:
    """Each event's UID and status."""
    calendar = Calendar.from_ical(body)
    return {str(event["uid"]): str(event["status"]) for event in calendar.walk("VEVENT")}


def test_a_token_sees_what_its_filters_select(engine: Engine) -> None:
    seeded = seed(engine)
    everything = answer(engine, seeded.everything.secret, lead_times=LEADS)
    assert everything.status == 200
    assert everything.headers["Content-Type"].startswith("text/calendar")
    assert set(_uids(everything.body)) == {uid_of(seeded.trade), uid_of(seeded.energy)}
    trade = answer(engine, seeded.trade_only.secret, lead_times=LEADS)
    assert set(_uids(trade.body)) == {uid_of(seeded.trade)}  # feed tag "Trade" matches "trade"
    assert Calendar.from_ical(trade.body)["x-wr-calname"] == "deadlines: trade-desk"


def test_the_same_store_gives_the_same_etag_and_a_304(engine: Engine) -> None:
    seeded = seed(engine)
    first = answer(engine, seeded.trade_only.secret, lead_times=LEADS)
    again = answer(engine, seeded.trade_only.secret, lead_times=LEADS)
    assert first.body == again.body and first.headers["ETag"] == again.headers["ETag"]
    etag = first.headers["ETag"]
    assert etag.startswith('"') and not etag.startswith("W/")
    revalidated = answer(engine, seeded.trade_only.secret, if_none_match=etag, lead_times=LEADS)
    assert (revalidated.status, revalidated.body) == (304, b"")
    assert revalidated.headers["ETag"] == etag
    stale = answer(engine, seeded.trade_only.secret, if_none_match='"other"', lead_times=LEADS)
    assert stale.status == 200
    # The ETag names one body: built afresh, without the cache, it is the same bytes.
    fresh = answer(engine, seeded.trade_only.secret, lead_times=LEADS, cache=BodyCache())
    assert (fresh.body, fresh.headers["ETag"]) == (first.body, etag)
    other_leads = answer(engine, seeded.trade_only.secret, lead_times=(timedelta(hours=6),))
    assert other_leads.headers["ETag"] != etag and other_leads.body != first.body


def test_a_changed_commitment_changes_the_etag(engine: Engine) -> None:
    seeded = seed(engine)
    before = answer(engine, seeded.trade_only.secret, lead_times=LEADS)
    with Session(engine) as session, session.begin():
        dismiss(session, seeded.trade, Who(by="ana", at=NOW + timedelta(hours=2)))
    after = answer(
        engine,
        seeded.trade_only.secret,
        if_none_match=before.headers["ETag"],
        lead_times=LEADS,
    )
    assert after.status == 200 and after.headers["ETag"] != before.headers["ETag"]
    assert _uids(after.body) == {uid_of(seeded.trade): "CANCELLED"}
    # A change outside the token's filters leaves its calendar as it was.
    with Session(engine) as session, session.begin():
        dismiss(session, seeded.energy, Who(by="ana", at=NOW + timedelta(hours=3)))
    unchanged = answer(engine, seeded.trade_only.secret, lead_times=LEADS)
    assert unchanged.headers["ETag"] == after.headers["ETag"]


def test_unknown_malformed_and_revoked_tokens_get_the_same_404(engine: Engine) -> None:
    seeded = seed(engine)
    with Session(engine) as session, session.begin():
        revoke_token(session, "trade-desk", now=NOW + timedelta(hours=1))
    answers = [
        answer(engine, secret, lead_times=LEADS)
        for secret in (
            seeded.trade_only.secret,  # revoked
            seeded.everything.secret[:-1] + ("A" if seeded.everything.secret[-1] != "A" else "B"),
            "",
            "../../etc/passwd",
        )
    ]
    assert all(found == NOT_FOUND for found in answers)
    assert NOT_FOUND.status == 404 and b"revoked" not in NOT_FOUND.body
    assert answer(engine, seeded.everything.secret, lead_times=LEADS).status == 200


def test_if_none_match_lists_and_weak_tags() -> None:
    assert matches_etag('"a", W/"b"', '"b"')
    assert matches_etag("*", '"b"')
    assert not matches_etag('"a"', '"b"')
    assert not matches_etag(None, '"b"')
