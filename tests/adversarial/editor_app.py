"""A minimal app that opens the note editor on hostile text, for the pty test to drive."""

from __future__ import annotations

import sys
from pathlib import Path

from textual.app import App

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from adversarial.hostile_inputs import ALL_INJECTIONS, INJECTIONS
from briefing_tui.notes import NoteStore, Target
from briefing_tui.ui.notes.editor import NoteEditor
from briefing_tui.ui.notes.subject import NoteSubject


class EditorApp(App[None]):
    """Opens one editor on a passage whose quote, body and tags are all hostile."""

    def __init__(self, notes: Path) -> None:
        super().__init__()
        self.notes = notes

    def on_mount(self) -> None:
        quote = INJECTIONS["osc-title"] + INJECTIONS["bidi-override"] + INJECTIONS["csi-colour"]
        target = Target(quote=quote, prefix=INJECTIONS["osc8-link"], suffix="", start=0, end=9)
        self.push_screen(
            NoteEditor(
                NoteStore(self.notes),
                NoteSubject.article("hostile", target),
                body=ALL_INJECTIONS,
                tags=(INJECTIONS["osc52-clipboard"], INJECTIONS["c1-csi"]),
            )
        )


if __name__ == "__main__":
    EditorApp(Path(sys.argv[1])).run()
