"""The SQL store: models, migrations and the queries the pipeline runs."""

from deadlines.store.db import make_engine, migrate

__all__ = ["make_engine", "migrate"]
