"""How the write path runs its statements: in order on one worker thread, with Python's
cyclic garbage collector paused for the length of a batch."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from types import TracebackType
from typing import Any, TypeVar

_T = TypeVar("_T")


class InOrder:
    """Runs a batch's statements on one worker thread, one after another in the order they
    are given, while the calling thread prepares the next ones.

    PostgreSQL works on a statement in its own process, so the caller's Python work
    overlaps it instead of waiting for it. (SQLite runs in this process and gained nothing
    measurable: there ``threaded=False`` runs each statement as it is given.) While the
    block is open every statement on the session's connection must go through
    :meth:`submit` or :meth:`call`. Once a statement fails, those queued after it are
    skipped (each raises the first error), and leaving the block raises that error; leaving
    it on an error of the caller's waits for the running statement and skips the rest.
    """

    def __init__(self, *, threaded: bool = True) -> None:
        self._pool = (
            ThreadPoolExecutor(max_workers=1, thread_name_prefix="deadlines-store")
            if threaded
            else None
        )
        self._queued: list[Future[Any]] = []
        self._failure: BaseException | None = None

    def __enter__(self) -> InOrder:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        try:
            if error is None:
                self.wait()
        finally:
            if error is not None:
                self._failure = self._failure or error
            if self._pool is not None:
                self._pool.shutdown(wait=True, cancel_futures=True)

    def submit(self, work: Callable[..., _T], *args: Any) -> Future[_T]:
        """Queue ``work(*args)``; its future gives the result once it has run."""

        def run() -> _T:
            if self._failure is not None:
                raise self._failure
            try:
                return work(*args)
            except BaseException as error:
                self._failure = error
                raise

        if self._pool is not None:
            future = self._pool.submit(run)
            self._queued.append(future)
            return future
        done: Future[_T] = Future()
        try:
            done.set_result(run())
        except Exception as error:  # kept for whoever asks for the result, as a pool does
            done.set_exception(error)
        self._queued.append(done)
        return done

    def call(self, work: Callable[..., _T], *args: Any) -> _T:
        """Run ``work(*args)`` after everything queued before it; returns its result."""
        return self.submit(work, *args).result()

    def wait(self) -> None:
        """Wait for every statement queued so far; raises the first error."""
        for future in self._queued:
            future.result()
        self._queued.clear()


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector for the length of a bulk write.

    A batch of 10,000 commitments allocates a few hundred thousand small containers (rows,
    history entries, sources), none of them in a reference cycle. Each allocation spree
    sets the collector off, and every pass walks all the batch's live objects again: about
    a third of the write path's time went there. Nothing is lost by pausing it: reference
    counting frees the batch as usual, and any cycle made meanwhile is collected once the
    collector runs again. A pause inside another leaves resuming to the outer one; in a
    threaded process another thread's pause may end first and resume it early, which costs
    only speed.
    """
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
