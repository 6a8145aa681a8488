"""
### Alerts
Runs when commitments change and every hour: queues reminders (each route's lead times,
default 7 days and 1 day; dates that passed with no report), then delivers the outbox
through apprise (the `apprise_default` connection, else `DEADLINES_APPRISE_CONFIG`). An
alert already sent is never sent again; a refused one is retried with backoff, then given
up and reported to the `ops` tag. Several runs at once are safe. See docs/alerts.md.
"""

from airflow.sdk import AssetOrTimeSchedule, CronTriggerTimetable, dag, task

from deadlines_airflow.assets import ALERTS, COMMITMENTS
from deadlines_airflow.dag_defaults import DEFAULT_ARGS, PARAMS, START, TAGS


@dag(
    schedule=AssetOrTimeSchedule(
        timetable=CronTriggerTimetable("0 * * * *", timezone="UTC"), assets=COMMITMENTS
    ),
    start_date=START,
    catchup=False,
    max_active_runs=1,
    default_args=DEFAULT_ARGS,
    params=PARAMS,
    tags=[*TAGS, "alerts"],
    doc_md=__doc__,
)
def deadlines_alerts() -> None:
    @task(outlets=[ALERTS])
    def plan(params: dict | None = None, triggering_asset_events=None) -> int:
        from deadlines_airflow.tasks.alerts import plan_alerts

        return plan_alerts(params, triggering_asset_events)

    @task
    def deliver(params: dict | None = None, triggering_asset_events=None) -> dict[str, int]:
        from deadlines_airflow.tasks.alerts import send_alerts

        return send_alerts(params, events=triggering_asset_events)

    plan() >> deliver()


deadlines_alerts()
