"""Tables of the store. Instants are stored in UTC; due dates are calendar dates.

One module per concern; everything is re-exported here so that
``from deadlines.store.models import Commitment`` keeps working.
"""

from deadlines.store.models.base import Base, UTCDateTime
from deadlines.store.models.calendars import CalendarToken
from deadlines.store.models.commitments import Commitment, CommitmentChange
from deadlines.store.models.feeds import Article, Feed
from deadlines.store.models.outbox import Alert
from deadlines.store.models.websub import Subscription

__all__ = [
    "Alert",
    "Article",
    "Base",
    "CalendarToken",
    "Commitment",
    "CommitmentChange",
    "Feed",
    "Subscription",
    "UTCDateTime",
]
