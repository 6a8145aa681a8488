"""The apprise hook: keeps a connection id, resolves it when alerts are sent.

It reads the connection the way the Airflow apprise provider's own hook does
(``extra["config"]``: one ``{"path", "tag"}`` entry or a list, possibly as a JSON string),
but delivers through deadlines' notifier, which checks apprise's answer for every target
(the provider's hook ignores it) and masks the URLs' secrets in every log.
"""

from __future__ import annotations

from pathlib import Path

from airflow.sdk import BaseHook
from airflow.sdk.exceptions import AirflowNotFoundException

from deadlines.alerts.delivery import AppriseNotifier, targets_from_extra


class DeadlinesAppriseHook(BaseHook):
    """Alert targets from the Airflow apprise connection, else from an apprise config file.

    The connection's extras use the apprise provider's layout:
    ``{"config": [{"path": "mailto://...", "tag": "ops"}]}``. Secrets stay in the
    connection (or ``AIRFLOW_CONN_APPRISE_DEFAULT``), never in code or Variables.
    """

    conn_name_attr = "apprise_conn_id"
    default_conn_name = "apprise_default"
    conn_type = "apprise"
    hook_name = "Deadlines apprise targets"

    def __init__(
        self, apprise_conn_id: str = default_conn_name, fallback_config: Path | None = None
    ) -> None:
        super().__init__()
        self.apprise_conn_id = apprise_conn_id
        self.fallback_config = fallback_config

    def get_notifier(self) -> AppriseNotifier:
        try:
            connection = self.get_connection(self.apprise_conn_id)
        except AirflowNotFoundException:
            if self.fallback_config is None:
                raise
            self.log.info("no connection %r; using %s", self.apprise_conn_id, self.fallback_config)
            return AppriseNotifier.from_config_file(self.fallback_config)
        targets = targets_from_extra(connection.extra_dejson)
        for target in targets:
            self._mask(target.url)
        notifier = AppriseNotifier.from_targets(targets)
        self.log.info(
            "alert targets from %r: %s", self.apprise_conn_id, ", ".join(notifier.describe())
        )
        return notifier

    @staticmethod
    def _mask(url: str) -> None:
        """Hand the URL itself to Airflow's secrets masker (task logs, rendered fields)."""
        try:
            from airflow.sdk.log import mask_secret

            mask_secret(url)
        except Exception:  # masking is a safety net; our own log filter still applies
            return
