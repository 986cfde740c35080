"""The note editor: a modal that writes a note through the store and never loses its text.

While it is open it keeps a draft on disk every few seconds (only when the text
changed), and registers itself so a SIGTERM or SIGHUP handler can save the
draft at once.  When the store refuses the note, the text stays here, the
reason is shown in one sentence, and the analyst can retry or keep a copy.
"""

from __future__ import annotations

from contextlib import suppress
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.css.query import NoMatches
from textual.message import Message
from textual.screen import ModalScreen
from textual.timer import Timer
from textual.widgets import Button, Input, Static, TextArea

from briefing_tui.notes import drafts
from briefing_tui.notes.copies import default_copy_path, save_copy
from briefing_tui.notes.drafts import NoteDraft
from briefing_tui.notes.model import Kind, Note, make_target, now
from briefing_tui.notes.store import EditConflict, NoteStore
from briefing_tui.problems import BriefingError
from briefing_tui.textsafety import one_line
from briefing_tui.ui.jobs import WorkerJobs
from briefing_tui.ui.notes.conflict import Choice, EditConflictDialog
from briefing_tui.ui.notes.dialogs import AskLine, Confirm
from briefing_tui.ui.notes.safe_fields import SafeInput, SafeTextArea
from briefing_tui.ui.notes.subject import (
    NoteSubject,
    describe,
    draft_target,
    format_tags,
    parse_tags,
    subject_of,
)

if TYPE_CHECKING:
    from briefing_tui.session.jobs import Jobs

DRAFT_EVERY = 1.0
"""Seconds between two looks at the text to keep a draft of it (at most this much is lost)."""


@dataclass(frozen=True)
class NoteSaved:
    """What the editor dismisses with: the note as written, and where its copy is if refused."""

    kind: Kind
    subject_id: str
    note: Note
    copy: Path | None = None

    @property
    def in_store(self) -> bool:
        """True when the note is in the annotations, False when it lives only in ``copy``."""
        return self.copy is None


def failure_reason(error: BaseException) -> str:
    """One sentence saying why a save failed, whatever raised it."""
    if isinstance(error, BriefingError):
        text = str(error)
    elif isinstance(error, OSError):
        where = f" ({error.filename})" if error.filename else ""
        text = f"{error.strerror or type(error).__name__}{where}"
    else:
        text = f"{type(error).__name__}: {error}"
    return one_line(text).rstrip(".")


class NoteEditor(ModalScreen[NoteSaved | None]):
    """Write a new note or edit one; ``ctrl+s`` saves through the store, ``escape`` cancels."""

    DEFAULT_CSS = """
    NoteEditor { align: center middle; }
    NoteEditor > #note-editor {
        width: 90%; max-width: 100; height: auto; max-height: 90%;
        padding: 0 1; border: thick $primary; background: $surface;
        border-title-align: left;
    }
    NoteEditor #subject { color: $text-muted; margin: 0 0 1 0; height: auto; max-height: 3; }
    NoteEditor #body { height: auto; min-height: 6; max-height: 14; }
    NoteEditor #tags { margin-top: 1; }
    NoteEditor #problem {
        display: none; color: $error; text-style: bold; margin-top: 1; height: auto;
    }
    NoteEditor #keep-copy { display: none; height: auto; margin-top: 1; }
    NoteEditor #keep-copy Button { margin-right: 2; }
    NoteEditor.-failed #problem, NoteEditor.-failed #keep-copy { display: block; }
    NoteEditor #hint { color: $text-muted; margin-top: 1; }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "save", "Save", priority=True, id="note-editor.save"),
        Binding("escape", "cancel", "Cancel", priority=True, id="note-editor.cancel"),
        Binding("ctrl+r", "retry", "Retry", priority=True, id="note-editor.retry"),
        Binding("ctrl+o", "save_copy", "Save a copy", priority=True, id="note-editor.copy"),
    ]

    class Written(Message, bubble=False):
        """A save has ended: the note as saved, or what stopped it."""

        def __init__(self, result: Note | Exception) -> None:
            super().__init__()
            self.result = result

    def __init__(
        self,
        store: NoteStore,
        subject: NoteSubject,
        note: Note | None = None,
        *,
        body: str | None = None,
        tags: tuple[str, ...] | None = None,
        draft_key: str | None = None,
        draft_every: float = DRAFT_EVERY,
        jobs: Jobs | None = None,
    ) -> None:
        super().__init__()
        self.store = store
        self.jobs = jobs or WorkerJobs(self)
        self.note = note
        if note is not None and subject.target is None and note.target is not None:
            subject = replace(subject, target=note.target)
        self.subject = subject
        self.original_body = note.body if note is not None else ""
        self.original_tags = format_tags(note.tags) if note is not None else ""
        self._start_body = self.original_body if body is None else body
        self._start_tags = self.original_tags if tags is None else format_tags(tags)
        self.draft_key = draft_key or drafts.new_draft_key()
        self.draft_every = draft_every
        # A draft restored from disk is already kept; anything else is kept once it changes.
        self._kept: tuple[str, str] | None = (
            (self._start_body, self._start_tags) if draft_key is not None else None
        )
        self._pending: Note | None = None
        # The stored note as this edit began: a save goes through only while the file
        # still holds it; None after the analyst chose to overwrite whatever is there.
        self._base: Note | None = note
        self._saving = False
        self.problem: str | None = None
        self._draft_timer: Timer | None = None
        self._finished = False
        self._typed_body = self._start_body
        self._typed_tags = self._start_tags

    @classmethod
    def on_passage(
        cls, store: NoteStore, article_id: str, body: str, start: int, end: int
    ) -> NoteEditor:
        """A new note on ``body[start:end]`` (the ``a`` key); an empty passage means the article."""
        if not 0 <= start < end <= len(body):
            return cls.on_article(store, article_id)
        return cls(store, NoteSubject.article(article_id, make_target(body, start, end)))

    @classmethod
    def on_article(cls, store: NoteStore, article_id: str) -> NoteEditor:
        """A new note on a whole article (the ``A`` key)."""
        return cls(store, NoteSubject.article(article_id))

    @classmethod
    def on_visit(cls, store: NoteStore, visit_id: str) -> NoteEditor:
        """A new note on a whole visit (from the visits pane)."""
        return cls(store, NoteSubject.visit(visit_id))

    @classmethod
    def from_draft(
        cls, store: NoteStore, draft: NoteDraft, note: Note | None = None, jobs: Jobs | None = None
    ) -> NoteEditor:
        """Reopen a draft found at start-up; ``note`` is the stored note it was editing, if any."""
        return cls(
            store,
            subject_of(draft),
            note,
            body=draft.body,
            tags=draft.tags,
            draft_key=draft.key,
            jobs=jobs,
        )

    # -- layout -----------------------------------------------------------------

    def compose(self) -> ComposeResult:
        with Vertical(id="note-editor"):
            yield Static(describe(self.subject), id="subject", markup=False)
            yield SafeTextArea(self._start_body, id="body", soft_wrap=True)
            yield SafeInput(
                self._start_tags,
                placeholder="tags, separated by commas or spaces",
                id="tags",
            )
            yield Static("", id="problem", markup=False)
            with Horizontal(id="keep-copy"):
                yield Button("Retry (ctrl+r)", id="retry", variant="primary")
                yield Button("Save a copy elsewhere (ctrl+o)", id="copy")
            yield Static("ctrl+s save · escape cancel · tab to tags", id="hint", markup=False)

    def on_mount(self) -> None:
        box = self.query_one("#note-editor")
        box.border_title = "Edit note" if self.note is not None else "New note"
        area = self.query_one("#body", TextArea)
        area.focus()
        area.move_cursor(area.document.end)
        drafts.keep_open(self.draft_key, self.unsaved_draft)
        self._draft_timer = self.set_interval(self.draft_every, self.keep_draft)

    def on_unmount(self) -> None:
        # Closed without save or discard (the reader quit): keep what was typed.
        if not self._finished:
            with suppress(Exception):
                self.keep_draft()
        drafts.forget_open(self.draft_key)

    # -- what is typed ----------------------------------------------------------

    @property
    def body(self) -> str:
        """The note's text as typed so far (the last known text once the fields are gone)."""
        with suppress(NoMatches):
            self._typed_body = self.query_one("#body", TextArea).text
        return self._typed_body

    @property
    def tags_text(self) -> str:
        """The tags field as typed so far (the last known value once the fields are gone)."""
        with suppress(NoMatches):
            self._typed_tags = self.query_one("#tags", Input).value
        return self._typed_tags

    def on_text_area_changed(self, event: TextArea.Changed) -> None:
        self._typed_body = event.text_area.text

    def on_input_changed(self, event: Input.Changed) -> None:
        if event.input.id == "tags":
            self._typed_tags = event.value

    @property
    def changed(self) -> bool:
        """True when the text or the tags differ from the stored note (or from empty)."""
        return (self.body, self.tags_text) != (self.original_body, self.original_tags)

    def current_draft(self) -> NoteDraft:
        """The editor's content as a draft."""
        return NoteDraft(
            key=self.draft_key,
            kind=self.subject.kind,
            subject_id=self.subject.subject_id,
            body=self.body,
            tags=parse_tags(self.tags_text),
            target=draft_target(self.subject.target),
            note_id=self.note.id if self.note is not None else None,
            annotations=str(self.store.root.absolute()),
            pending=self._pending.id if self._pending is not None else None,
        )

    def unsaved_draft(self) -> NoteDraft | None:
        """The draft to keep, or None when the disk already holds this text (or nothing new)."""
        state = (self.body, self.tags_text)
        if state == self._kept or (self._kept is None and not self.changed):
            return None
        return self.current_draft()

    def keep_draft(self) -> None:
        """Write the draft if the text changed since it was last kept."""
        draft = self.unsaved_draft()
        if draft is None:
            return
        try:
            drafts.save_draft(draft)
        except OSError as exc:
            self.notify(
                f"Cannot keep a draft of this note: {failure_reason(exc)}.",
                severity="warning",
            )
            return
        self._kept = (draft.body, self.tags_text)

    def _drop_draft(self) -> None:
        self._finished = True
        drafts.forget_open(self.draft_key)
        if self._draft_timer is not None:
            self._draft_timer.stop()
        with suppress(OSError):
            drafts.discard_draft(self.draft_key)

    # -- saving -------------------------------------------------------------------

    def _note_to_write(self) -> Note:
        body = self.body
        tags = parse_tags(self.tags_text)
        if self.note is not None:
            return replace(self.note, body=body, tags=tags, modified=now())
        if self._pending is None:
            self._pending = self.store.new_note(body, tags, self.subject.target)
        else:
            self._pending = replace(self._pending, body=body, tags=tags, modified=now())
        return self._pending

    def _write(self, note: Note) -> Note | Exception:
        """Runs in a thread: the note once saved, or what stopped it (never raises)."""
        kind, subject_id = self.subject.kind, self.subject.subject_id
        try:
            if self.note is not None:
                self.store.update(kind, subject_id, note, base=self._base)
            else:
                self.store.add(kind, subject_id, note)
        except Exception as exc:  # any failure leaves the note in the editor
            return exc
        return note

    def action_save(self) -> None:
        """Save through the store in a thread, so a held lock cannot freeze the screen."""
        if self._saving:
            return
        try:
            note = self._note_to_write()
        except Exception as exc:  # a note that cannot even be built stays in the editor
            self._failed(exc)
            return
        # On disk before the save starts, removed only once the note is: a kill at
        # any moment leaves the note in the store, in the draft, or in both.
        self.keep_draft()
        self._saving = True
        self.query_one("#body", TextArea).read_only = True
        self.query_one("#hint", Static).update("Saving…")

        def save() -> None:
            self.post_message(self.Written(self._write(note)))

        self.jobs.run(save, group="note-save", exclusive=False)

    def on_note_editor_written(self, message: NoteEditor.Written) -> None:
        """The save has ended: close with the note, ask about a conflict, or say what failed."""
        result = message.result
        if isinstance(result, Note):
            self._saved(result)
        elif isinstance(result, EditConflict):
            self._conflict(result)
        else:
            self._failed(result)

    def _saved(self, note: Note, copy: Path | None = None) -> None:
        self._saving = False
        self._drop_draft()
        self.dismiss(NoteSaved(self.subject.kind, self.subject.subject_id, note, copy))

    def _failed(self, error: BaseException) -> None:
        self._saving = False
        self.query_one("#body", TextArea).read_only = False
        self.query_one("#hint", Static).update("ctrl+s save · escape cancel · tab to tags")
        self.problem = f"The note is not saved: {failure_reason(error)}."
        self.query_one("#problem", Static).update(self.problem)
        self.add_class("-failed")
        self.keep_draft()
        self.refresh_bindings()

    def _conflict(self, conflict: EditConflict) -> None:
        """Someone else changed or deleted this note: ask which version to keep."""
        self._failed(conflict)
        self.app.push_screen(
            EditConflictDialog(conflict.theirs, self.body),
            lambda choice: self._resolve(conflict, choice),
        )

    def _resolve(self, conflict: EditConflict, choice: Choice | None) -> None:
        if choice is None:
            return  # back to the editor; ctrl+s asks again
        if choice == "theirs":
            self._drop_draft()
            self.notify("Kept the version saved elsewhere; this edit is dropped.")
            self.dismiss(None)
            return
        if choice == "mine":
            self._base = conflict.theirs
        else:  # both: this text becomes a new note on the same passage
            self.note = None
            self._base = None
            self._pending = None
        self.action_save()

    def action_retry(self) -> None:
        """Try the save again after a failure."""
        if self.problem is not None:
            self.action_save()

    def action_save_copy(self) -> None:
        """Ask where to keep a copy of the note the store refused, then write it there."""
        if self.problem is None or self._saving:
            return
        self.app.push_screen(
            AskLine(
                "Save a copy of the note to this file:",
                str(default_copy_path()),
            ),
            self._copy_to,
        )

    def _copy_to(self, answer: str | None) -> None:
        if not answer or not answer.strip():
            return
        try:
            note = self._note_to_write()
            path = save_copy(self.subject.kind, self.subject.subject_id, note, Path(answer.strip()))
        except BriefingError as exc:
            self._failed(exc)
            return
        self.notify(f"A copy of the note is in {one_line(str(path))}.")
        self._saved(note, copy=path)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        if event.button.id == "retry":
            self.action_retry()
        elif event.button.id == "copy":
            self.action_save_copy()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("retry", "save_copy"):
            return self.problem is not None
        return True

    # -- leaving without saving ------------------------------------------------------

    def action_cancel(self) -> None:
        """Close without saving, asking first when there is typed text to lose."""
        if self._saving:
            return
        if not self.changed:
            self._drop_draft()
            self.dismiss(None)
            return
        self.app.push_screen(
            Confirm("Throw away the text of this note?", yes="Discard", no="Keep writing"),
            self._discard_if,
        )

    def _discard_if(self, discard: bool | None) -> None:
        if discard:
            self._drop_draft()
            self.dismiss(None)
