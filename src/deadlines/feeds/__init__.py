"""Feeds: their configuration, fetching over HTTP and parsing into articles."""
