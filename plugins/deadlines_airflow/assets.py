"""The assets that chain the pipeline: each step starts when the previous one wrote data."""

from airflow.sdk import Asset

ARTICLES = Asset(name="deadlines_articles", uri="deadlines://store/articles", group="deadlines")
COMMITMENTS = Asset(
    name="deadlines_commitments", uri="deadlines://store/commitments", group="deadlines"
)
ALERTS = Asset(name="deadlines_alerts", uri="deadlines://store/alerts", group="deadlines")
