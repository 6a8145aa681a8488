"""Alerts: the outbox, their messages and their delivery through apprise."""
