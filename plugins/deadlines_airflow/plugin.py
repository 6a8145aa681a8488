"""Registers deadlines with Airflow: the Commitments view in the UI's navigation."""

from airflow.plugins_manager import AirflowPlugin

from deadlines_airflow.push.websub import app as websub_app
from deadlines_airflow.ui.app import app


class DeadlinesPlugin(AirflowPlugin):
    name = "deadlines"
    fastapi_apps = [
        {"app": app, "url_prefix": "/deadlines", "name": "Deadlines commitments"},
        # Without Airflow's login: hubs prove themselves with the subscription's secret.
        {"app": websub_app, "url_prefix": "/deadlines-websub", "name": "Deadlines WebSub callback"},
    ]
    external_views = [
        {
            "name": "Commitments",
            "href": "deadlines/",
            "url_route": "commitments",
            "destination": "nav",
            "category": "browse",
        }
    ]
