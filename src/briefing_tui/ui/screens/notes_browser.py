"""The notes view: every note across the corpus, newest first or in visit order.

A filter line narrows it by ``tag:``, ``visit:`` and ``author:`` (and any
other words must appear in the note); choosing a note dismisses with where
it sits, so the reader opens the article at the note's passage.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar, Literal

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.widgets import Input, OptionList
from textual.widgets.option_list import Option

from briefing_tui.textsafety import one_line
from briefing_tui.ui.notes.safe_fields import SafeInput
from briefing_tui.ui.screens.search import IndexedScreen

if TYPE_CHECKING:
    from briefing_tui.search import NoteEntry, SearchIndex
    from briefing_tui.session.jobs import Jobs

Order = Literal["newest", "visit"]


@dataclass(frozen=True)
class NoteChoice:
    """The note chosen: open ``article`` at ``start``..``end``, or the ``visit`` of a visit note."""

    note: str
    kind: Literal["article", "visit"]
    article: str | None
    visit: str | None
    start: int | None
    end: int | None


@dataclass(frozen=True)
class NoteFilter:
    """What the filter line asks for."""

    tag: str | None = None
    visit: str | None = None
    author: str | None = None
    words: tuple[str, ...] = ()

    def keeps(self, note: NoteEntry) -> bool:
        """True when the note holds every free word (the index applies tag, visit and author)."""
        text = f"{note.body}\n{note.quote or ''}\n{note.title}".casefold()
        return all(word in text for word in self.words)


def parse_filter(text: str) -> NoteFilter:
    """Read ``tag:x visit:y author:z`` and free words from the filter line."""
    found: dict[str, str] = {}
    words: list[str] = []
    for piece in text.split():
        name, colon, value = piece.partition(":")
        if colon and name in ("tag", "visit", "author") and value:
            found[name] = value
        else:
            words.append(piece.casefold())
    return NoteFilter(found.get("tag"), found.get("visit"), found.get("author"), tuple(words))


def note_prompt(note: NoteEntry) -> Text:
    """A note in three lines: where it is, its tags and author, and its first line."""
    head = Text(one_line(note.title), style="bold", no_wrap=True, overflow="ellipsis")
    facts = [
        (note.created or "")[:16].replace("T", " "),
        note.author or "",
        "visit note" if note.kind == "visit" else (note.visit or "no visit"),
        " ".join(f"#{tag}" for tag in note.tags),
    ]
    quote = f"“{one_line(note.quote)}” — " if note.quote else ""
    body = Text(quote, style="italic") + Text(one_line(note.body))
    body.no_wrap = True
    body.overflow = "ellipsis"
    prompt = Text("\n").join(
        [head, Text(one_line("  ".join(f for f in facts if f)), style="dim"), body]
    )
    prompt.no_wrap = True
    prompt.overflow = "ellipsis"
    return prompt


class NotesBrowserScreen(IndexedScreen[NoteChoice | None]):
    """Every note in the corpus; ``ctrl+o`` switches between newest first and visit order."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "close", "Close", id="notes-view.close"),
        Binding("ctrl+o", "order", "Order", id="notes-view.order"),
        Binding("down", "move(1)", "Next", show=False, id="notes-view.next"),
        Binding("up", "move(-1)", "Previous", show=False, id="notes-view.previous"),
    ]

    def __init__(
        self,
        corpus: Path,
        annotations: Path,
        index: SearchIndex | None = None,
        order: Order = "newest",
        filter_text: str = "",
        jobs: Jobs | None = None,
    ) -> None:
        super().__init__(corpus, annotations, index, jobs)
        self.order: Order = order
        self.filter_text = filter_text
        self.notes: list[NoteEntry] = []

    def compose(self) -> ComposeResult:
        """The filter line, the progress of a first index build, and the notes."""
        with Vertical(classes="index-dialog", id="notes-dialog"):
            yield SafeInput(
                value=self.filter_text,
                placeholder="tag:NAME visit:ID author:NAME and words",
                id="notes-filter",
            )
            yield from self.compose_progress()
            yield OptionList(id="notes-list")

    def on_mount(self) -> None:
        """Title the dialog, focus the filter and open the index."""
        self._title()
        self.query_one("#notes-filter", Input).focus()
        self.start_index()

    def _title(self) -> None:
        dialog = self.query_one("#notes-dialog")
        dialog.border_title = "Notes, " + ("newest first" if self.order == "newest" else "by visit")
        dialog.border_subtitle = "enter opens · ctrl+o order · escape closes"

    def index_ready(self) -> None:
        """List the notes the filter keeps."""
        self._show(self.query_one("#notes-filter", Input).value)

    def _show(self, text: str) -> None:
        if self.index is None:
            return
        wanted = parse_filter(text)
        self.notes = [
            note
            for note in self.index.notes(wanted.tag, wanted.visit, wanted.author, self.order)
            if wanted.keeps(note)
        ]
        listing = self.query_one("#notes-list", OptionList)
        listing.clear_options()
        listing.add_options([Option(note_prompt(note)) for note in self.notes])
        if self.notes:
            listing.highlighted = 0
        self.status(f"{len(self.notes)} note{'s' if len(self.notes) != 1 else ''}")

    @on(Input.Changed, "#notes-filter")
    def _filtered(self, event: Input.Changed) -> None:
        self._show(event.value)

    @on(Input.Submitted, "#notes-filter")
    def _submitted(self) -> None:
        listing = self.query_one("#notes-list", OptionList)
        if self.notes:
            self._choose(listing.highlighted or 0)

    @on(OptionList.OptionSelected, "#notes-list")
    def _selected(self, event: OptionList.OptionSelected) -> None:
        self._choose(event.option_index)

    def _choose(self, number: int) -> None:
        note = self.notes[number]
        self.dismiss(NoteChoice(note.id, note.kind, note.article, note.visit, note.start, note.end))

    def action_move(self, step: int) -> None:
        """Move through the notes while the filter line keeps the focus."""
        listing = self.query_one("#notes-list", OptionList)
        if step > 0:
            listing.action_cursor_down()
        else:
            listing.action_cursor_up()

    def action_order(self) -> None:
        """Switch between newest first and visit order."""
        self.order = "visit" if self.order == "newest" else "newest"
        self._title()
        self._show(self.query_one("#notes-filter", Input).value)

    def action_close(self) -> None:
        """Back to reading, nothing chosen."""
        self.dismiss(None)
