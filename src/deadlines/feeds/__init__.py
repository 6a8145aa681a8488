"""Feeds: their configuration, fetching over HTTP and parsing into articles."""

import sys

# httpx imports its own command-line client (click, rich, pygments: a third of a second)
# whenever those are installed; the pipeline never runs it, so it is kept from loading.
if "httpx" not in sys.modules:
    sys.modules.setdefault("httpx._main", None)  # type: ignore[arg-type]
