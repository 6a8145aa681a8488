"""Registers deadlines with Airflow: the Commitments view in the UI's navigation."""

from airflow.plugins_manager import AirflowPlugin

from deadlines_airflow.ui.app import app


class DeadlinesPlugin(AirflowPlugin):
    name = "deadlines"
    fastapi_apps = [{"app": app, "url_prefix": "/deadlines", "name": "Deadlines commitments"}]
    external_views = [
        {
            "name": "Commitments",
            "href": "deadlines/",
            "url_route": "commitments",
            "destination": "nav",
            "category": "browse",
        }
    ]
