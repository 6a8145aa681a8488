"""
### Extract commitments
Runs when new articles arrive (the poll's asset event, or at once when pushed articles are
announced on Redis: `deadlines_pushed_articles`, watched in the triggerer): finds dated commitments in each unread article, records
them with their history and queues alerts for the new and the changed. Emits
`deadlines_commitments` only when commitments changed.
"""

from airflow.sdk import dag, task

from deadlines_airflow.assets import ARTICLES, COMMITMENTS
from deadlines_airflow.dag_defaults import DEFAULT_ARGS, PARAMS, START, TAGS
from deadlines_airflow.push.assets import PUSHED_ARTICLES


@dag(
    schedule=(ARTICLES | PUSHED_ARTICLES),
    start_date=START,
    catchup=False,
    max_active_runs=1,
    default_args=DEFAULT_ARGS,
    params=PARAMS,
    tags=[*TAGS, "extract"],
    doc_md=__doc__,
)
def deadlines_extract() -> None:
    @task
    def extract(params: dict | None = None, triggering_asset_events=None) -> int:
        from deadlines_airflow.tasks.extract import extract_articles

        return extract_articles(params, triggering_asset_events)

    @task(outlets=[COMMITMENTS])
    def publish_commitments(
        count: int, params: dict | None = None, triggering_asset_events=None, outlet_events=None
    ) -> None:
        from deadlines_airflow.tasks import announce

        events = triggering_asset_events
        announce(count, outlet_events[COMMITMENTS], "commitment changes", params, events)

    publish_commitments(extract())


deadlines_extract()
