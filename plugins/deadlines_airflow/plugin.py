"""Registers deadlines with Airflow. The Commitments view of the UI will be added here."""

from airflow.plugins_manager import AirflowPlugin


class DeadlinesPlugin(AirflowPlugin):
    name = "deadlines"
