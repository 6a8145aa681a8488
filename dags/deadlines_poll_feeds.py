"""
### Poll feeds
Fetches every feed of `DEADLINES_FEEDS` and stores articles not seen before. Emits the
`deadlines_articles` asset event (with the count) only when new articles were stored.
"""

from airflow.sdk import dag, task

from deadlines_airflow.assets import ARTICLES
from deadlines_airflow.dag_defaults import DEFAULT_ARGS, PARAMS, START, TAGS


@dag(
    schedule="*/15 * * * *",
    start_date=START,
    catchup=False,
    max_active_runs=1,
    default_args=DEFAULT_ARGS,
    params=PARAMS,
    tags=[*TAGS, "feeds"],
    doc_md=__doc__,
)
def deadlines_poll_feeds() -> None:
    @task
    def poll(params: dict | None = None) -> int:
        from deadlines_airflow.tasks.poll import poll_feeds

        return poll_feeds(params)

    @task(outlets=[ARTICLES])
    def publish_articles(count: int, outlet_events=None) -> None:
        from deadlines_airflow.tasks import announce

        announce(count, outlet_events[ARTICLES], "articles")

    publish_articles(poll())


deadlines_poll_feeds()
