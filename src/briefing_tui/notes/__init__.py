"""Notes on passages, articles and visits: the store on disk and the anchoring of passages."""

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
