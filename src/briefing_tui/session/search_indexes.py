"""The search indexes this process has open, one per corpus and notes folder, for every dialog.

A dialog opened while a first build is under way waits for it instead of building
a second index; the reader brings the open index up to date after saving a note.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from briefing_tui.search import SearchIndex

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
