"""The exceptions the library raises. Messages say what happened and what to do."""


class DeadlinesError(Exception):
    """Base class of every error raised on purpose by deadlines."""


class ConfigError(DeadlinesError):
    """A setting or configuration file is missing or malformed."""


class FeedError(DeadlinesError):
    """A feed could not be fetched or read."""


class FeedFetchError(FeedError):
    """The feed's server did not deliver a usable answer (network, status, size)."""


class FeedParseError(FeedError):
    """The bytes fetched are not a feed that can be read."""


class StoreError(DeadlinesError):
    """The store cannot be used as asked: absent, read-only, unreachable or without tables."""


class WebSubError(FeedError):
    """A WebSub hub refused or did not answer a subscription request."""


class IngestError(DeadlinesError):
    """Articles handed in directly (JSON Feed items) are malformed or too large."""
