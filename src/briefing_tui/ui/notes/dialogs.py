"""Small questions asked around notes: are you sure, which tags, where to keep a copy."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Static

from briefing_tui.textsafety import one_line
from briefing_tui.ui.notes.safe_fields import SafeInput


class Confirm(ModalScreen[bool]):
    """A yes-or-no question; dismisses with True only when the analyst says yes."""

    DEFAULT_CSS = """
    Confirm { align: center middle; }
    Confirm > Vertical {
        width: 64; height: auto; padding: 1 2;
        border: thick $warning; background: $surface;
    }
    Confirm #question { width: 1fr; margin-bottom: 1; }
    Confirm Horizontal { height: auto; align-horizontal: right; }
    Confirm Button { margin-left: 2; }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("y", "answer(True)", "Yes", id="confirm.yes"),
        Binding("n,escape", "answer(False)", "No", id="confirm.no"),
    ]

    def __init__(self, question: str, yes: str = "Yes", no: str = "No") -> None:
        super().__init__()
        self.question = question
        self.yes = yes
        self.no = no

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(one_line(self.question), id="question", markup=False)
            with Horizontal():
                yield Button(f"{self.no} (n)", id="no")
                yield Button(f"{self.yes} (y)", id="yes", variant="warning")

    def on_mount(self) -> None:
        self.query_one("#no", Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.dismiss(event.button.id == "yes")

    def action_answer(self, answer: bool) -> None:
        """Answer the question."""
        self.dismiss(answer)


class AskLine(ModalScreen[str | None]):
    """One line of text asked for (tags, a file name); dismisses with it, or None on escape."""

    DEFAULT_CSS = """
    AskLine { align: center middle; }
    AskLine > Vertical {
        width: 72; height: auto; padding: 1 2;
        border: thick $primary; background: $surface;
    }
    AskLine Label { margin-bottom: 1; }
    AskLine #hint { color: $text-muted; margin-top: 1; }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="ask.cancel"),
    ]

    def __init__(self, question: str, value: str = "", placeholder: str = "") -> None:
        super().__init__()
        self.question = question
        self.value = value
        self.placeholder = placeholder

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label(one_line(self.question), markup=False)
            yield SafeInput(
                self.value, placeholder=self.placeholder, id="answer", select_on_focus=False
            )
            yield Static("enter: done · escape: cancel", id="hint", markup=False)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.dismiss(event.value)

    def action_cancel(self) -> None:
        """Leave without an answer."""
        self.dismiss(None)
