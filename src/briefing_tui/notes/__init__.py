"""Notes on passages, articles and visits: the store on disk and the anchoring of passages."""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing_tui.lazy import loader

if TYPE_CHECKING:
    from briefing_tui.notes.anchoring import place, place_all
    from briefing_tui.notes.checking import check_annotations
    from briefing_tui.notes.model import (
        CONTEXT_CHARS,
        Kind,
        Note,
        Placement,
        Status,
        Target,
        default_author,
        make_target,
    )
    from briefing_tui.notes.notefile import NoteFile
    from briefing_tui.notes.store import NoteStore, Version

# Loaded on first use: the reader reads notes in worker threads while it imports the
# editor, and a package that imported all of this here would be half made for one of them.
__getattr__ = loader(
    __name__,
    {
        "place": "anchoring",
        "place_all": "anchoring",
        "check_annotations": "checking",
        "CONTEXT_CHARS": "model",
        "Kind": "model",
        "Note": "model",
        "Placement": "model",
        "Status": "model",
        "Target": "model",
        "default_author": "model",
        "make_target": "model",
        "NoteFile": "notefile",
        "NoteStore": "store",
        "Version": "store",
    },
)

__all__ = [
    "CONTEXT_CHARS",
    "Kind",
    "Note",
    "NoteFile",
    "NoteStore",
    "Placement",
    "Status",
    "Target",
    "Version",
    "check_annotations",
    "default_author",
    "make_target",
    "place",
    "place_all",
]
