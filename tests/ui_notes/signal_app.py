"""A reader stand-in for the signal test: an editor open with typed text, until a signal comes.

Usage: python signal_app.py ANNOTATIONS_DIR READY_FILE
"""

from __future__ import annotations

import sys
from pathlib import Path

from textual.app import App
from textual.widgets import TextArea

from briefing_tui.notes.store import NoteStore
from briefing_tui.ui.notes import NoteEditor, NoteSubject
from briefing_tui.ui.notes.draft_signals import keep_drafts_on_signals

TYPED = "Typed before the terminal went away.\nSecond line, kept too."


class EditorApp(App[None]):
    """Opens the note editor, types into it, then says it is ready."""

    def __init__(self, annotations: Path, ready: Path) -> None:
        super().__init__()
        self.store = NoteStore(annotations)
        self.ready = ready

    def on_mount(self) -> None:
        keep_drafts_on_signals(self)
        subject = NoteSubject.article("2016-06-moscow-visit")
        editor = NoteEditor(self.store, subject, draft_every=3600)
        self.push_screen(editor)
        self.call_after_refresh(self.type_note, editor)

    def type_note(self, editor: NoteEditor) -> None:
        editor.query_one("#body", TextArea).insert(TYPED)
        self.ready.write_text("ready", encoding="utf-8")


if __name__ == "__main__":
    app = EditorApp(Path(sys.argv[1]), Path(sys.argv[2]))
    app.run(headless=True)
    sys.exit(app.return_code or 0)
