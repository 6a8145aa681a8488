"""
### Poll feeds
Ticks every 30 seconds; fetches the feeds of `DEADLINES_FEEDS` whose own poll interval has
passed, many at once, and stores new articles and new revisions of changed ones. Large feed
lists are split into shards, one mapped task each, run in the `deadlines_feeds` pool (at
most four fetching at once). Ops are told when a run is still unfinished 10 minutes after
it was queued. Emits the `deadlines_articles` asset event (with the
count) only when new or changed articles were stored. A failing feed does not fail the
run: `deadlines feeds status` shows why it fails and when it is tried again. The first
shard also keeps the WebSub subscriptions and announces pushed articles the extractor
has not read a minute after they were stored, in case Redis or the triggerer missed them
(docs/push.md).
"""

from datetime import timedelta

from airflow.sdk import DeltaTriggerTimetable, dag, task

from deadlines_airflow.assets import ARTICLES
from deadlines_airflow.dag_defaults import DEFAULT_ARGS, FEED_POOL, PARAMS, START, TAGS
from deadlines_airflow.lateness import runs_late

# Shards fetching at the same time; each fetches dozens of feeds at once.
SHARDS_AT_ONCE = 4


@dag(
    schedule=DeltaTriggerTimetable(timedelta(seconds=30)),
    start_date=START,
    catchup=False,
    max_active_runs=1,
    default_args=DEFAULT_ARGS,
    params=PARAMS,
    tags=[*TAGS, "feeds"],
    doc_md=__doc__,
    deadline=runs_late("feed polling", timedelta(minutes=10)),
)
def deadlines_poll_feeds() -> None:
    @task
    def plan() -> list[list[int]]:
        from deadlines_airflow.tasks.poll import plan_shards

        return plan_shards()

    @task(pool=FEED_POOL, max_active_tis_per_dagrun=SHARDS_AT_ONCE)
    def poll(part: list[int], params: dict | None = None) -> int:
        from deadlines_airflow.tasks.poll import poll_feeds

        return poll_feeds(params, part)

    @task(outlets=[ARTICLES])
    def publish_articles(counts: list[int], params: dict | None = None, outlet_events=None) -> None:
        from deadlines_airflow.tasks import announce

        announce(sum(counts), outlet_events[ARTICLES], "articles", params)

    publish_articles(poll.expand(part=plan()))


deadlines_poll_feeds()
