"""The question asked when a note changed on disk while it was being edited here."""

from __future__ import annotations

from typing import ClassVar, Literal

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Static

from briefing_tui.notes.model import Note
from briefing_tui.textsafety import one_line
from briefing_tui.ui.notes.subject import shorten

Choice = Literal["theirs", "mine", "both"]


def conflict_text(theirs: Note | None, mine: str) -> str:
    """What happened, in the analyst's words, with the start of both versions."""
    yours = shorten(" ".join(mine.split()), 60) or "(empty)"
    if theirs is None:
        return (
            "This note was deleted elsewhere (another reader or a script) while you edited it.\n"
            f"Yours: “{one_line(yours)}”"
        )
    other = shorten(" ".join(theirs.body.split()), 60) or "(empty)"
    return (
        "This note was changed elsewhere (another reader or a script) while you edited it.\n"
        f"Theirs: “{one_line(other)}”\n"
        f"Yours:  “{one_line(yours)}”"
    )


class EditConflictDialog(ModalScreen[Choice | None]):
    """Keep theirs, keep mine, or keep both; escape goes back to the editor, nothing lost."""

    DEFAULT_CSS = """
    EditConflictDialog { align: center middle; }
    EditConflictDialog > Vertical {
        width: 90%; max-width: 90; height: auto;
        padding: 1 2; border: thick $warning; background: $surface;
    }
    EditConflictDialog #what { margin-bottom: 1; height: auto; }
    EditConflictDialog Horizontal { height: auto; }
    EditConflictDialog Button { margin-right: 2; }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("t", "choose('theirs')", "Keep theirs", id="note-conflict.theirs"),
        Binding("m", "choose('mine')", "Keep mine", id="note-conflict.mine"),
        Binding("b", "choose('both')", "Keep both", id="note-conflict.both"),
        Binding("escape", "choose('')", "Back to the note", id="note-conflict.back"),
    ]

    def __init__(self, theirs: Note | None, mine: str) -> None:
        super().__init__()
        self.theirs = theirs
        self.mine = mine

    def compose(self) -> ComposeResult:
        deleted = self.theirs is None
        with Vertical():
            yield Static(conflict_text(self.theirs, self.mine), id="what", markup=False)
            with Horizontal():
                yield Button(
                    "Let it stay deleted (t)" if deleted else "Keep theirs (t)", id="theirs"
                )
                yield Button(
                    "Restore it with mine (m)" if deleted else "Keep mine (m)",
                    id="mine",
                    variant="primary",
                )
                if not deleted:
                    yield Button("Keep both (b)", id="both")

    def on_mount(self) -> None:
        self.query_one("#mine", Button).focus()

    def action_choose(self, choice: str) -> None:
        """Answer with a choice, or with None to go back to the editor."""
        if choice == "theirs":
            self.dismiss("theirs")
        elif choice == "mine":
            self.dismiss("mine")
        elif choice == "both" and self.theirs is not None:
            self.dismiss("both")
        elif not choice:
            self.dismiss(None)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.action_choose(event.button.id or "")
