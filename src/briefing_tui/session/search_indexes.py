"""The search indexes this process has open, one per corpus and notes folder, for every dialog.

A dialog opened while a first build is under way waits for it instead of building
a second index; the reader brings the open index up to date after saving a note.
A dialog opens, refreshes and asks the index through ``IndexJobs``, on the session's jobs.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from briefing_tui.problems import BriefingError
from briefing_tui.session.events import (
    IndexEvent,
    IndexFailed,
    IndexOpened,
    IndexProgress,
    IndexRefreshed,
    SearchAnswered,
)

if TYPE_CHECKING:
    from briefing_tui.search import SearchIndex
    from briefing_tui.session.jobs import Jobs

_OPENING: dict[tuple[str, str], threading.Lock] = {}
_OPENING_LOCK = threading.Lock()
_OPEN: dict[tuple[str, str], SearchIndex] = {}


def _key(corpus: Path, annotations: Path) -> tuple[str, str]:
    return (str(Path(corpus).absolute()), str(Path(annotations).absolute()))


def shared_index(corpus: Path, annotations: Path) -> SearchIndex | None:
    """The index this process has opened for these folders, if any."""
    return _OPEN.get(_key(corpus, annotations))


def open_shared_index(
    corpus: Path, annotations: Path, progress: Callable[[int, int], None] | None = None
) -> SearchIndex:
    """Open (or first build) the index of these folders, or bring the open one up to date.

    Raises ``BriefingError`` when the index cannot be opened.
    """
    from briefing_tui.search import SearchIndex

    key = _key(corpus, annotations)
    with _OPENING_LOCK:
        lock = _OPENING.setdefault(key, threading.Lock())
    with lock:
        index = _OPEN.get(key)
        if index is None:
            index = SearchIndex.open(Path(corpus), Path(annotations), progress=progress)
            _OPEN[key] = index
        else:
            index.refresh()
    return index


class IndexJobs:
    """The search index's background work for a dialog, each job reporting an ``IndexEvent``."""

    def __init__(self, jobs: Jobs, report: Callable[[IndexEvent], None]) -> None:
        self.jobs = jobs
        self.report = report

    def open(self, corpus: Path, annotations: Path) -> None:
        """Open (or first build) the index: ``IndexProgress``, then ``IndexOpened`` or a failure."""
        report = self.report

        def open_it() -> None:
            def progress(done: int, total: int) -> None:
                report(IndexProgress(done, total))

            try:
                index = open_shared_index(corpus, annotations, progress=progress)
            except BriefingError as exc:
                report(IndexFailed(str(exc)))
                return
            report(IndexOpened(index))

        self.jobs.run(open_it, group="search-index")

    def refresh(self, index: SearchIndex) -> None:
        """Bring an open index up to date: ``IndexRefreshed`` when files changed, or a failure."""
        report = self.report

        def refresh_it() -> None:
            try:
                found = index.refresh()
            except BriefingError as exc:
                report(IndexFailed(str(exc)))
                return
            if not found.nothing_to_do:
                report(IndexRefreshed())

        self.jobs.run(refresh_it, group="search-index")

    def answer(self, index: SearchIndex, text: str, budget: float | None) -> None:
        """Answer typed text within ``budget`` seconds (or fully ranked): ``SearchAnswered``."""
        report = self.report

        def answer_it() -> None:
            from briefing_tui.search.as_you_type import answer_as_typed

            report(SearchAnswered(answer_as_typed(index, text, budget=budget)))

        self.jobs.run(answer_it, group="search-answer")
