"""The Commitments view in Airflow's API server: login, a real browser, a screenshot."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime
from ipaddress import ip_network
from pathlib import Path

import httpx
import pytest

from deadlines import jobs
from deadlines.feeds.config import FeedConfig
from deadlines.jobs import PollOptions
from deadlines.store import make_engine, migrate

SEED_NOW = datetime(2025, 10, 26, 20, tzinfo=UTC)
ROOT = Path(__file__).resolve().parents[2]
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
    "--no-first-run",
]


@pytest.fixture
def seeded_server(api_server, http_server):  # type: ignore[no-untyped-def]
    """The API server over a store holding the sample feed's commitments."""
    base, env = api_server
    engine = make_engine(f"sqlite:///{env['DEADLINES_HOME']}/deadlines.db")
    migrate(engine)
    url = http_server.serve("/feed.xml", (ROOT / "demo" / "feed.xml").read_bytes())
    feeds = [FeedConfig(name="trade-desk", url=url)]
    jobs.poll(
        engine,
        feeds,
        now=SEED_NOW,
        options=PollOptions(allow_private=tuple([ip_network("127.0.0.1/32")])),
    )
    jobs.extract(engine, now=SEED_NOW)
    return base


def test_plugin_routes_refuse_anonymous_requests(seeded_server: str) -> None:
    for path in (
        "/deadlines/",
        "/deadlines/api/commitments.json",
        "/deadlines/api/commitments.csv",
        "/deadlines/commitments/1",
        "/deadlines/api/commitments/1/history",
    ):
        assert httpx.get(seeded_server + path).status_code == 401, path


def test_token_holder_reads_the_json(seeded_server: str) -> None:
    token = httpx.post(
        f"{seeded_server}/auth/token",
        json={"username": "admin", "password": "correct-horse-battery"},
    ).json()["access_token"]
    rows = httpx.get(
        f"{seeded_server}/deadlines/api/commitments.json",
        headers={"Authorization": f"Bearer {token}"},
    ).json()
    assert {"2025-10-30", "2025-11-01", "2025-11-10"} <= {row["due_on"] for row in rows}
    from icalendar import Calendar

    ics = httpx.get(
        f"{seeded_server}/deadlines/api/commitments.ics",
        headers={"Authorization": f"Bearer {token}"},
    )
    events = Calendar.from_ical(ics.content).walk("VEVENT")
    assert {"20251030", "20251101", "20251110"} <= {
        e.decoded("dtstart").strftime("%Y%m%d") for e in events
    }


def test_commitments_view_in_a_real_browser(seeded_server: str, tmp_path: Path) -> None:
    from playwright.sync_api import sync_playwright

    chromium = shutil.which("chromium")
    if chromium is None:
        pytest.fail("chromium is missing: `make system-deps` installs it from Debian")
    shots = ROOT / ".deadlines" / "screenshots"
    shots.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1280, "height": 1000})
        page.goto(f"{seeded_server}/auth/login/")
        page.get_by_label("Username").fill("admin")
        page.get_by_label("Password").fill("correct-horse-battery")
        page.get_by_role("button", name="Sign in").click()
        page.wait_for_url(lambda url: "/auth/login" not in url, timeout=60_000)

        page.goto(f"{seeded_server}/deadlines/?now=2025-10-26T20:00")
        upcoming = page.locator("ol.timeline").first
        text = upcoming.inner_text()
        page.screenshot(path=str(shots / "commitments.png"), full_page=True)
        assert "2025-10-30" in text and "in 4 days" in text
        assert "2025-11-10" in text
        assert "2025-11-01" in page.locator("body").inner_text()  # cancelled, in its own list
        assert page.get_by_role("heading", name="Upcoming deadlines").is_visible()

        page.locator("ol.timeline a").first.click()
        page.wait_for_selector("h2:has-text('History')")
        assert "evidence" in page.locator("table").first.inner_text()
        sources = page.locator("table.sources").inner_text()
        assert "Trump and Xi to meet at APEC summit" in sources and "scheduled" in sources
        page.get_by_role("button", name="Acknowledge").click()
        page.wait_for_selector("text=Alerts: acknowledged for 2025-10-30")
        page.screenshot(path=str(shots / "commitment-detail.png"), full_page=True)

        # The same view inside Airflow's own navigation.
        page.goto(f"{seeded_server}/plugin/commitments")
        frame = page.frame_locator("iframe").first
        frame.locator("h1").wait_for(timeout=60_000)
        page.screenshot(path=str(shots / "airflow-nav.png"), full_page=True)
        assert frame.locator("h1").inner_text() == "Commitments"
        browser.close()
    assert (shots / "commitments.png").stat().st_size > 10_000


def test_a_calendar_is_read_without_login_through_the_api_server(
    seeded_server: str, api_server: tuple[str, dict[str, str]]
) -> None:
    from icalendar import Calendar
    from sqlalchemy.orm import Session

    from deadlines.calendars.tokens import TokenFilters, add_token

    _, env = api_server
    engine = make_engine(f"sqlite:///{env['DEADLINES_HOME']}/deadlines.db")
    with Session(engine) as session, session.begin():
        made = add_token(session, "trade-desk", TokenFilters(), now=SEED_NOW)
    engine.dispose()
    url = seeded_server + made.path
    answer = httpx.get(url)
    assert answer.status_code == 200
    assert answer.headers["content-type"].startswith("text/calendar")
    events = Calendar.from_ical(answer.content).walk("VEVENT")
    assert {"20251030", "20251110"} <= {e.decoded("dtstart").strftime("%Y%m%d") for e in events}
    repeat = httpx.get(url, headers={"If-None-Match": answer.headers["etag"]})
    assert repeat.status_code == 304
    assert httpx.get(f"{seeded_server}/deadlines/calendar/{'A' * 43}.ics").status_code == 404
    assert httpx.get(f"{seeded_server}/deadlines/api/commitments.ics").status_code == 401
