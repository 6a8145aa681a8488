"""Keep the secrets of apprise URLs out of every log line.

apprise masks passwords when it prints a URL, but at DEBUG level apprise and urllib3 log
request paths and payloads in which a Slack webhook's tokens appear in clear. Each URL we
configure is registered here; its secret parts are the pieces of the URL that apprise's own
masked form (``url(privacy=True)``) leaves out. A log record factory then replaces them in
every record, whichever logger or handler it goes to (Airflow's task log included).
"""

from __future__ import annotations

import logging
import re
import sys
import threading
from typing import Any
from urllib.parse import unquote

_SECRETS: set[str] = set()
_PATTERN: re.Pattern[str] | None = None
_LOCK = threading.Lock()
_INSTALLED = False
_SHORTEST = 4  # pieces shorter than this are too common to be worth masking
_PIECES = re.compile(r"[^/:@?&=#,+;\s]+")
MASK = "****"


def secret_pieces(url: str, masked: str) -> set[str]:
    """The parts of ``url`` that its masked form hides: tokens, passwords, keys."""
    shown = set(_PIECES.findall(masked)) | set(_PIECES.findall(unquote(masked)))
    pieces = set(_PIECES.findall(url)) | set(_PIECES.findall(unquote(url)))
    scheme = url.split("://", 1)[0]
    return {
        piece
        for piece in pieces - shown
        if len(piece) >= _SHORTEST and piece != scheme and not piece.startswith(".")
    }


def register_secrets(pieces: set[str] | list[str]) -> None:
    """Mask these strings in every log record from now on."""
    global _PATTERN
    new = {piece for piece in pieces if len(piece) >= _SHORTEST}
    if not new - _SECRETS:
        return
    with _LOCK:
        _SECRETS.update(new)
        ordered = sorted(_SECRETS, key=len, reverse=True)
        _PATTERN = re.compile("|".join(re.escape(piece) for piece in ordered))
    _install()
    _tell_airflow(new)


def register_url(url: str, masked: str) -> None:
    register_secrets(secret_pieces(url, masked))


def mask_text(text: str) -> str:
    """``text`` with every registered secret replaced by ``****``."""
    pattern = _PATTERN
    return pattern.sub(MASK, text) if pattern is not None and text else text


def _install() -> None:
    """Wrap the log record factory once, so every record is masked where it is made."""
    global _INSTALLED
    with _LOCK:
        if _INSTALLED:
            return
        previous = logging.getLogRecordFactory()

        def masked_record(*args: Any, **kwargs: Any) -> logging.LogRecord:
            record = previous(*args, **kwargs)
            if _PATTERN is None:
                return record
            try:
                message = record.getMessage()
            except Exception:  # a bad format string: leave the record as logging made it
                return record
            cleaned = mask_text(message)
            if cleaned != message:
                record.msg, record.args = cleaned, None
            if record.exc_info and record.exc_info[1] is not None:
                record.exc_text = mask_text(
                    logging.Formatter().formatException(record.exc_info)  # type: ignore[arg-type]
                )
                record.exc_info = None
            return record

        logging.setLogRecordFactory(masked_record)
        _INSTALLED = True


def _tell_airflow(pieces: set[str]) -> None:
    """Inside Airflow, also give the secrets to its own masker (task logs, rendered fields)."""
    if "airflow.sdk" not in sys.modules:  # not inside Airflow; do not import it
        return
    try:
        from airflow.sdk.log import mask_secret
    except Exception:  # not running with Airflow: our own factory is enough
        return
    for piece in pieces:
        try:
            mask_secret(piece)
        except Exception:  # the masker is optional; never fail a send over it
            return
