"""Registers deadlines with Airflow (the Commitments UI view comes in a later version)."""

from airflow.plugins_manager import AirflowPlugin

from deadlines_airflow.hooks import DeadlinesAppriseHook


class DeadlinesPlugin(AirflowPlugin):
    name = "deadlines"
    hooks = [DeadlinesAppriseHook]
