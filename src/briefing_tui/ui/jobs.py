"""The reading session's ``Jobs`` for Textual: each job a thread worker of one screen or widget.

This is the one place the reader starts threads; a job never touches a widget,
it reports by posting a message or through the session's events.
"""

from __future__ import annotations

from collections.abc import Callable

from textual.dom import DOMNode


class WorkerJobs:
    """Jobs as thread workers of ``node``: tests wait for them, a closed node cancels its own."""

    def __init__(self, node: DOMNode) -> None:
        self._node = node

    def run(self, job: Callable[[], None], group: str, exclusive: bool = True) -> None:
        """Start ``job`` in a thread worker of the node."""
        self._node.run_worker(job, thread=True, group=group, exclusive=exclusive)
