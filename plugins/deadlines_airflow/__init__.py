"""Airflow adapters for deadlines: assets, the apprise hook, task bodies and the plugin."""
