"""The one way the reading session works in the background: jobs handed to a runner.

The reader hands them to Textual's thread workers (so tests can wait for them
and a screen that closes cancels its own); scripts and tests use ``ThreadJobs``.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor, wait
from typing import Protocol


class Jobs(Protocol):
    """Runs jobs off the caller's thread; in an exclusive group the newest supersedes the rest."""

    def run(self, job: Callable[[], None], group: str, exclusive: bool = True) -> None:
        """Start ``job``; what it finds it reports through the session's events."""


class ThreadJobs:
    """Jobs on a small pool of threads, for scripts and tests that have no screen."""

    def __init__(self, threads: int = 2) -> None:
        self._pool = ThreadPoolExecutor(max_workers=threads, thread_name_prefix="briefing-job")
        self._lock = threading.Lock()
        self._running: list[Future[None]] = []

    def run(self, job: Callable[[], None], group: str, exclusive: bool = True) -> None:
        """Start ``job`` in the pool (groups only name jobs here: each one runs to its end)."""
        future = self._pool.submit(job)
        with self._lock:
            self._running = [f for f in self._running if not f.done()]
            self._running.append(future)

    def wait(self, timeout: float | None = 30.0) -> None:
        """Wait until every job started so far (and every job they started) has finished."""
        while True:
            with self._lock:
                running = [f for f in self._running if not f.done()]
            if not running:
                return
            wait(running, timeout=timeout)
            for future in running:
                future.result(timeout=0)

    def close(self) -> None:
        """Finish the jobs under way and stop the threads."""
        self._pool.shutdown(wait=True)
