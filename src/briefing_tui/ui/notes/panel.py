"""The notes panel: the open article's notes in text order, and what can be done to each."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.widget import Widget
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from briefing_tui.notes import Note, NoteFile, NoteStore, Version, make_target
from briefing_tui.notes.model import now
from briefing_tui.problems import BriefingError
from briefing_tui.session.placed_notes import ArticleNotes, PlacedNote, arrange
from briefing_tui.textsafety import one_line
from briefing_tui.ui.jobs import WorkerJobs
from briefing_tui.ui.notes.dialogs import AskLine, Confirm
from briefing_tui.ui.notes.editor import NoteEditor, NoteSaved, failure_reason
from briefing_tui.ui.notes.listing import note_prompt
from briefing_tui.ui.notes.subject import NoteSubject, format_tags, parse_tags, shorten

if TYPE_CHECKING:
    from briefing_tui.session.jobs import Jobs

Span = tuple[int, int]

HEADINGS = {
    "~article": "On the whole article",
    "~passages": "On passages, in text order",
    "~orphaned": "Orphaned: passage not found in the text",
}
WATCH_EVERY = 2.0
"""Seconds between two looks at the notes file's version on disk."""


class NoteList(OptionList):
    """The list inside the panel: vim keys, every binding with an id."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j", "cursor_down", "Down", show=False, id="notes.down"),
        Binding("k", "cursor_up", "Up", show=False, id="notes.up"),
        Binding("g", "first", "First", show=False, id="notes.first"),
        Binding("G", "last", "Last", show=False, id="notes.last"),
    ]


class NotesPanel(Widget, can_focus=False):
    """Lists the open article's notes; opens, edits, re-tags, deletes and re-attaches them."""

    DEFAULT_CSS = """
    NotesPanel { height: 1fr; }
    NotesPanel #notes-problem { display: none; color: $error; height: auto; }
    NotesPanel.-read-only #notes-problem { display: block; }
    NotesPanel NoteList { height: 1fr; border: none; }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter,o", "open", "Go to", id="notes.open"),
        Binding("e", "edit", "Edit", id="notes.edit"),
        Binding("t", "retag", "Tags", id="notes.retag"),
        Binding("d", "delete", "Delete", id="notes.delete"),
        Binding("r", "reattach", "Re-attach to selection", id="notes.reattach"),
        Binding("R", "reattach_article", "Re-attach to article", id="notes.reattach-article"),
    ]

    class NoteChosen(Message):
        """The analyst picked a note: the reader moves its cursor to the passage (if found)."""

        def __init__(self, article_id: str, note_id: str, span: Span | None) -> None:
            super().__init__()
            self.article_id = article_id
            self.note_id = note_id
            self.span = span

    class NotesChanged(Message):
        """The notes of an article changed (here or on disk): redraw marks and counts."""

        def __init__(self, article_id: str, notes: ArticleNotes) -> None:
            super().__init__()
            self.article_id = article_id
            self.notes = notes

    class StoreAnswered(Message, bubble=False):
        """A change to the store has ended: ``error`` is what stopped it, if anything did."""

        def __init__(self, error: Exception | None) -> None:
            super().__init__()
            self.error = error

    def __init__(
        self,
        store: NoteStore,
        selection: Callable[[], Span | None] | None = None,
        *,
        watch_every: float | None = WATCH_EVERY,
        id: str | None = None,
        classes: str | None = None,
        jobs: Jobs | None = None,
    ) -> None:
        super().__init__(id=id, classes=classes)
        self.store = store
        self.jobs = jobs or WorkerJobs(self)
        self.selection = selection
        self.watch_every = watch_every
        self.article_id: str | None = None
        self.text = ""
        self.file: NoteFile | None = None
        self.notes = ArticleNotes([], [], [])
        self._version: Version | None = None

    def compose(self) -> ComposeResult:
        yield Static("", id="notes-problem", markup=False)
        yield NoteList(id="notes-list")

    def on_mount(self) -> None:
        self.border_title = "Notes"
        if self.watch_every:
            self.set_interval(self.watch_every, self.reload_if_changed)
        if self.file is not None:
            self.call_later(self._fill)  # notes a job read before the pane was up

    @property
    def option_list(self) -> NoteList:
        """The list of notes."""
        return self.query_one(NoteList)

    def focus(self, scroll_visible: bool = True) -> NotesPanel:
        """Focus the list of notes."""
        self.option_list.focus(scroll_visible)
        return self

    # -- what is shown ----------------------------------------------------------------

    def show_article(self, article_id: str, text: str) -> ArticleNotes:
        """List the notes of this article, placed in ``text`` (its body as shown)."""
        self.article_id = article_id
        self.text = text
        return self.reload()

    def show_notes(
        self,
        article_id: str,
        text: str,
        file: NoteFile,
        notes: ArticleNotes | None = None,
        version: Version | None = None,
    ) -> ArticleNotes:
        """List notes already read (and placed, in a job, with ``arrange(text, file)``)."""
        self.article_id = article_id
        self.text = text
        self.file = file
        self._version = version
        self.notes = notes if notes is not None else arrange(text, file)
        self._fill()
        return self.notes

    def reload(self) -> ArticleNotes:
        """Read the article's notes from the store again and list them."""
        if self.article_id is None:
            return self.notes
        try:
            version = self.store.version("article", self.article_id)
            file = self.store.article(self.article_id)
        except BriefingError as exc:
            self.app.notify(str(exc), severity="error", markup=False)
            return self.notes
        return self.show_notes(self.article_id, self.text, file, version=version)

    def reload_if_changed(self) -> None:
        """Reload when the notes file changed on disk (another reader, a script)."""
        if self.article_id is None:
            return
        try:
            version = self.store.version("article", self.article_id)
        except BriefingError:
            return
        if version != self._version:
            self.reload()
            self.post_message(self.NotesChanged(self.article_id, self.notes))

    def _fill(self) -> None:
        if not self.is_mounted:
            return  # kept; listed once mounted
        problem = self.file.refusal() if self.file is not None else None
        self.set_class(problem is not None, "-read-only")
        self.query_one("#notes-problem", Static).update(
            f"Read-only: {one_line(str(problem))}" if problem else ""
        )
        options = self.option_list
        keep = options.highlighted
        keep_id = (
            options.get_option_at_index(keep).id
            if keep is not None and keep < options.option_count
            else None
        )
        options.clear_options()
        groups = (
            ("~article", self.notes.article),
            ("~passages", self.notes.passages),
            ("~orphaned", self.notes.orphaned),
        )
        for heading, group in groups:
            if not group:
                continue
            options.add_option(Option(Text(HEADINGS[heading], style="bold"), heading, True))
            options.add_options(Option(note_prompt(placed), placed.note.id) for placed in group)
        if not self.notes.all:
            empty = Text("No notes yet: a adds one.", style="dim")
            options.add_option(Option(empty, "~none", True))
        if keep_id is not None and self.notes.get(keep_id) is not None:
            options.highlighted = options.get_option_index(keep_id)
        elif self.notes.all:
            options.highlighted = options.get_option_index(self.notes.all[0].note.id)

    @property
    def highlighted(self) -> PlacedNote | None:
        """The note under the list's cursor."""
        options = self.option_list
        index = options.highlighted
        if index is None or index >= options.option_count:
            return None
        option_id = options.get_option_at_index(index).id
        return self.notes.get(option_id) if option_id else None

    def highlight_note(self, note_id: str) -> None:
        """Put the list's cursor on a note (as the reading cursor passes its passage)."""
        if self.notes.get(note_id) is not None:
            self.option_list.highlighted = self.option_list.get_option_index(note_id)

    # -- actions ------------------------------------------------------------------

    @on(OptionList.OptionSelected, "#notes-list")
    def _selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.action_open()

    def action_open(self) -> None:
        """Move the reading cursor to the highlighted note's passage."""
        placed = self.highlighted
        if placed is not None and self.article_id is not None:
            self.post_message(self.NoteChosen(self.article_id, placed.note.id, placed.span))

    def _editable(self) -> PlacedNote | None:
        placed = self.highlighted
        if placed is None:
            return None
        refusal = self.file.refusal() if self.file is not None else None
        if refusal is not None:
            self.app.notify(
                f"These notes are read-only until their file is fixed: {one_line(refusal)}",
                severity="warning",
                markup=False,
            )
            return None
        return placed

    def action_edit(self) -> None:
        """Open the highlighted note in the editor."""
        placed = self._editable()
        if placed is None or self.article_id is None:
            return
        editor = NoteEditor(self.store, NoteSubject.article(self.article_id), placed.note)
        self.app.push_screen(editor, self._edited)

    def _edited(self, result: NoteSaved | None) -> None:
        if result is not None:
            self._changed()

    def action_retag(self) -> None:
        """Change the highlighted note's tags."""
        placed = self._editable()
        if placed is None:
            return
        note = placed.note

        def answer(text: str | None) -> None:
            if text is not None:
                self._write(replace(note, tags=parse_tags(text), modified=now()))

        self.app.push_screen(
            AskLine("Tags (separated by commas or spaces):", format_tags(note.tags)), answer
        )

    def action_delete(self) -> None:
        """Delete the highlighted note, after asking."""
        placed = self._editable()
        if placed is None or self.article_id is None:
            return
        note, article_id = placed.note, self.article_id
        what = f"“{shorten(note.body, 40)}”" if note.body.strip() else "this empty note"

        def answer(yes: bool | None) -> None:
            if yes:
                self._run(lambda: self.store.delete("article", article_id, note.id))

        self.app.push_screen(Confirm(f"Delete the note {what}?", yes="Delete"), answer)

    def action_reattach(self) -> None:
        """Put the highlighted note on the passage selected in the article."""
        placed = self._editable()
        if placed is None:
            return
        span = self.selection() if self.selection is not None else None
        if span is None or span[1] <= span[0] or span[1] > len(self.text):
            self.app.notify(
                "Select a passage in the article first (v, then j or w).",
                severity="warning",
                markup=False,
            )
            return
        target = make_target(self.text, span[0], span[1])
        self._write(replace(placed.note, target=target, modified=now()))

    def action_reattach_article(self) -> None:
        """Put the highlighted note on the whole article."""
        placed = self._editable()
        if placed is not None:
            self._write(replace(placed.note, target=None, modified=now()))

    def _write(self, note: Note) -> None:
        article_id = self.article_id
        if article_id is not None:
            self._run(lambda: self.store.update("article", article_id, note))

    def _run(self, change: Callable[[], NoteFile]) -> None:
        """Change the store in a job (a held lock must not freeze the reader)."""

        def attempt() -> None:
            try:
                change()
            except Exception as exc:  # reported below, the notes stay as they were
                self.post_message(self.StoreAnswered(exc))
                return
            self.post_message(self.StoreAnswered(None))

        self.jobs.run(attempt, group="notes-panel", exclusive=False)

    def on_notes_panel_store_answered(self, message: NotesPanel.StoreAnswered) -> None:
        """Show the notes as changed, or say why they are unchanged."""
        if message.error is None:
            self._changed()
        else:
            self.app.notify(
                f"The notes are unchanged: {failure_reason(message.error)}.",
                severity="error",
                markup=False,
            )

    def _changed(self) -> None:
        notes = self.reload()
        if self.article_id is not None:
            self.post_message(self.NotesChanged(self.article_id, notes))
