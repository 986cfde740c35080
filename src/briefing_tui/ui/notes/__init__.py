"""Writing notes in the reader: the editor, drafts kept while typing, the notes panel."""

from briefing_tui.ui.notes.dialogs import AskLine, Confirm
from briefing_tui.ui.notes.draft_signals import keep_drafts_on_signals
from briefing_tui.ui.notes.drafts_left import DraftsLeftDialog, offer_drafts, reopen_drafts
from briefing_tui.ui.notes.editor import NoteEditor, NoteSaved
from briefing_tui.ui.notes.filter_bar import NoteFilterBar
from briefing_tui.ui.notes.panel import NotesPanel
from briefing_tui.ui.notes.subject import NoteSubject, describe, parse_tags, shorten

__all__ = [
    "AskLine",
    "Confirm",
    "DraftsLeftDialog",
    "NoteEditor",
    "NoteFilterBar",
    "NoteSaved",
    "NoteSubject",
    "NotesPanel",
    "describe",
    "keep_drafts_on_signals",
    "offer_drafts",
    "parse_tags",
    "reopen_drafts",
    "shorten",
]
