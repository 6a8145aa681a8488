"""Calendars to subscribe to: a secret URL per person or team, over the iCalendar export.

``tokens`` makes, lists and revokes the secrets (the store keeps only their SHA-256);
``feed`` answers a request for a token's calendar (ETag, If-None-Match, 404 that says
nothing of why); ``server`` serves it without Airflow (``deadlines serve-calendar``). The
Airflow plugin serves the same answers under ``/deadlines/calendar/``.
"""

# Where a calendar is served, on Airflow's API server and on `deadlines serve-calendar`.
PATH_PREFIX = "/deadlines/calendar/"


def path_of(secret: str) -> str:
    """The URL path of the calendar a secret opens."""
    return f"{PATH_PREFIX}{secret}.ics"
