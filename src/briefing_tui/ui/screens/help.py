"""Help: every binding in force, pane by pane, with the keys the user's keymap gives them."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from briefing_tui.ui.binding_index import BoundAction


def help_table(actions: Sequence[BoundAction], config_hint: str) -> Table:
    """A table of sections, keys and what they do."""
    table = Table.grid(padding=(0, 2))
    table.add_column(justify="right", style="bold", no_wrap=True)
    table.add_column()
    section = None
    for bound in actions:
        if bound.section != section:
            section = bound.section
            if table.row_count:
                table.add_row("", "")
            table.add_row("", Text(section, "bold underline"))
        table.add_row(Text(" ".join(bound.keys)), Text(bound.description))
    table.add_row("", "")
    table.add_row("", Text(config_hint, "dim"))
    return table


class HelpScreen(ModalScreen[None]):
    """A scrollable list of every key in force; any of its close keys goes back."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,question_mark", "close", "Close", id="help.close"),
        Binding("j,down", "scroll('down')", "Down", show=False, id="help.down"),
        Binding("k,up", "scroll('up')", "Up", show=False, id="help.up"),
    ]

    def __init__(self, actions: Sequence[BoundAction], config_hint: str) -> None:
        super().__init__()
        self.actions = actions
        self.config_hint = config_hint

    def compose(self) -> ComposeResult:
        """The table in a scrolling box."""
        with VerticalScroll(id="help-box"):
            yield Static(help_table(self.actions, self.config_hint), id="help-table")

    def on_mount(self) -> None:
        """Title the box."""
        self.query_one("#help-box").border_title = "Keys"
        self.query_one("#help-box").border_subtitle = "escape closes"

    def action_scroll(self, direction: str) -> None:
        """Scroll the help a line."""
        box = self.query_one("#help-box", VerticalScroll)
        if direction == "down":
            box.scroll_down(animate=False)
        else:
            box.scroll_up(animate=False)

    def action_close(self) -> None:
        """Back to reading."""
        self.dismiss(None)
