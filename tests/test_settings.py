from datetime import timedelta
from pathlib import Path

import pytest

from deadlines.errors import ConfigError
from deadlines.settings import Settings, parse_duration, parse_lead_times


def test_defaults_live_under_deadlines_home(tmp_path: Path) -> None:
    settings = Settings.from_env({"DEADLINES_HOME": str(tmp_path)})
    assert settings.database_url == f"sqlite:///{tmp_path / 'deadlines.db'}"
    assert settings.feeds_path == tmp_path / "feeds.yaml"
    assert settings.apprise_config_path == tmp_path / "apprise.yaml"
    assert settings.lead_times == (timedelta(days=7), timedelta(days=1))


def test_environment_overrides_each_setting(tmp_path: Path) -> None:
    settings = Settings.from_env(
        {
            "DEADLINES_HOME": str(tmp_path),
            "DEADLINES_DATABASE_URL": "postgresql://postgres@127.0.0.1/x",
            "DEADLINES_FEEDS": "/etc/feeds.yaml",
            "DEADLINES_APPRISE_CONFIG": "/etc/apprise.yaml",
            "DEADLINES_LEAD_TIMES": "1d, 36h, 7d",
        }
    )
    assert settings.database_url.startswith("postgresql://")
    assert settings.feeds_path == Path("/etc/feeds.yaml")
    assert settings.apprise_config_path == Path("/etc/apprise.yaml")
    assert settings.lead_times == (timedelta(days=7), timedelta(hours=36), timedelta(days=1))


@pytest.mark.parametrize(
    "text, expected",
    [("7d", timedelta(days=7)), ("90m", timedelta(minutes=90)), ("2", timedelta(days=2))],
)
def test_durations(text: str, expected: timedelta) -> None:
    assert parse_duration(text) == expected


@pytest.mark.parametrize("text", ["soon", "", "-1d", "0h"])
def test_bad_lead_times_say_what_to_write(text: str) -> None:
    with pytest.raises(ConfigError, match="d"):
        parse_lead_times(text)


def test_private_networks_setting() -> None:
    settings = Settings.from_env({"DEADLINES_ALLOW_PRIVATE_ADDRESSES": "127.0.0.0/8, ::1"})
    assert [str(n) for n in settings.allow_private_addresses] == ["127.0.0.0/8", "::1/128"]
    with pytest.raises(ConfigError, match="not a network"):
        Settings.from_env({"DEADLINES_ALLOW_PRIVATE_ADDRESSES": "intranet"})


@pytest.mark.parametrize(
    "name, value, allowed",
    [
        ("DEADLINES_FETCH_TIMEOUT", "nan", "from 0.1 to 3600"),
        ("DEADLINES_FETCH_TIMEOUT", "inf", "from 0.1 to 3600"),
        ("DEADLINES_FETCH_TIMEOUT", "0", "from 0.1 to 3600"),
        ("DEADLINES_FETCH_TIMEOUT", "-1", "from 0.1 to 3600"),
        ("DEADLINES_FETCH_TIMEOUT", "soon", "from 0.1 to 3600"),
        ("DEADLINES_MAX_FEED_BYTES", "-1", "from 1 to 1073741824"),
        ("DEADLINES_MAX_FEED_BYTES", "0", "from 1 to 1073741824"),
        ("DEADLINES_MAX_FEED_BYTES", "1e400", "from 1 to 1073741824"),
        ("DEADLINES_MAX_FEED_BYTES", "2048.5", "whole number"),
        ("DEADLINES_LEAD_TIMES", "1e400d", "finite"),
        ("DEADLINES_LEAD_TIMES", "99999999999d", "at most 36500d"),
        ("DEADLINES_LEAD_TIMES", "nan", "finite"),
    ],
)
def test_numeric_settings_out_of_range_are_refused_at_start(
    name: str, value: str, allowed: str
) -> None:
    with pytest.raises(ConfigError) as refused:
        Settings.from_env({name: value})
    assert name in str(refused.value)
    assert allowed in str(refused.value)


def test_numeric_settings_within_range_are_kept() -> None:
    settings = Settings.from_env(
        {"DEADLINES_FETCH_TIMEOUT": "0.5", "DEADLINES_MAX_FEED_BYTES": "1"}
    )
    assert (settings.fetch_timeout, settings.max_feed_bytes) == (0.5, 1)
    assert isinstance(settings.max_feed_bytes, int)


@pytest.mark.parametrize("text", ["1e400d", "inf", "nan", "-2h", "36501d", "99999999999w"])
def test_durations_beyond_a_century_or_not_finite_are_refused(text: str) -> None:
    with pytest.raises(ConfigError, match="duration"):
        parse_duration(text)
