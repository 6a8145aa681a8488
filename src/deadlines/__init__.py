"""deadlines: dated commitments found in news feeds, kept with their history, alerted on."""

__version__ = "0.1.0"
