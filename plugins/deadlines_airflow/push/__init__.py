"""Pushed news in Airflow's API server: the WebSub callback and the articles endpoint."""
