"""At start-up, offer to reopen the drafts a crash or a closed terminal left behind."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, SelectionList, Static

from briefing_tui.notes import drafts
from briefing_tui.notes.drafts import NoteDraft
from briefing_tui.notes.model import Note
from briefing_tui.notes.store import NoteStore
from briefing_tui.problems import BriefingError
from briefing_tui.textsafety import one_line
from briefing_tui.ui.notes.dialogs import Confirm
from briefing_tui.ui.notes.editor import NoteEditor, NoteSaved
from briefing_tui.ui.notes.subject import shorten

if TYPE_CHECKING:
    from briefing_tui.session.jobs import Jobs


def draft_label(draft: NoteDraft) -> str:
    """One line naming a draft: when, how it begins, and what it is on."""
    when = one_line(draft.saved[:16].replace("T", " ")) or "unknown time"
    what = "edit" if draft.note_id else "new note"
    if draft.target is not None:
        on = f"on “{shorten(draft.target.quote, 24)}”, {draft.kind} {one_line(draft.subject_id)}"
    else:
        on = f"on {draft.kind} {one_line(draft.subject_id)}"
    body = shorten(" ".join(draft.body.split()), 36) or "(empty)"
    return f"{when}  “{body}”  {what} {on}"


class DraftsLeftDialog(ModalScreen[list[NoteDraft]]):
    """Lists drafts left on disk; dismisses with the ones to reopen (empty: none now)."""

    DEFAULT_CSS = """
    DraftsLeftDialog { align: center middle; }
    DraftsLeftDialog > Vertical {
        width: 90%; max-width: 110; height: auto; max-height: 80%;
        padding: 1 2; border: thick $warning; background: $surface;
    }
    DraftsLeftDialog #intro { margin-bottom: 1; }
    DraftsLeftDialog SelectionList { height: auto; max-height: 16; }
    DraftsLeftDialog Horizontal { height: auto; margin-top: 1; }
    DraftsLeftDialog Button { margin-right: 2; }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter,ctrl+s", "reopen", "Reopen chosen", priority=True, id="drafts.restore"),
        Binding("d", "discard", "Discard chosen", id="drafts.discard"),
        Binding("escape,l", "later", "Later", id="drafts.later"),
    ]

    def __init__(self, found: Sequence[NoteDraft]) -> None:
        super().__init__()
        self.found = list(found)

    def compose(self) -> ComposeResult:
        count = len(self.found)
        with Vertical():
            yield Static(
                f"{count} unsaved notes were kept as drafts when the reader last closed. "
                "Reopen them?"
                if count != 1
                else "An unsaved note was kept as a draft when the reader last closed. Reopen it?",
                id="intro",
                markup=False,
            )
            yield SelectionList[int](
                *[(draft_label(d), i, True) for i, d in enumerate(self.found)], id="drafts"
            )
            with Horizontal():
                yield Button("Reopen (enter)", id="reopen", variant="primary")
                yield Button("Discard (d)", id="discard", variant="error")
                yield Button("Later (escape)", id="later")

    def on_mount(self) -> None:
        self.query_one(SelectionList).focus()

    @property
    def chosen(self) -> list[NoteDraft]:
        """The drafts ticked in the list."""
        picked = set(self.query_one("#drafts", SelectionList).selected)
        return [d for i, d in enumerate(self.found) if i in picked]

    def action_reopen(self) -> None:
        """Reopen the ticked drafts in the editor."""
        self.dismiss(self.chosen)

    def action_discard(self) -> None:
        """Throw the ticked drafts away, after asking."""
        chosen = self.chosen
        if not chosen:
            return

        def answer(yes: bool | None) -> None:
            if not yes:
                return
            for draft in chosen:
                drafts.discard_draft(draft.key)
            self.dismiss([])

        count = len(chosen)
        self.app.push_screen(
            Confirm(
                f"Throw away {count} draft{'s' if count != 1 else ''} for good?", yes="Discard"
            ),
            answer,
        )

    def action_later(self) -> None:
        """Keep the drafts on disk and ask again at the next start."""
        self.dismiss([])

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        actions: dict[str | None, Callable[[], None]] = {
            "reopen": self.action_reopen,
            "discard": self.action_discard,
            "later": self.action_later,
        }
        actions[event.button.id]()


def stored_note(store: NoteStore, draft: NoteDraft) -> Note | None:
    """The note a draft was editing, as the store holds it now (None for a new note)."""
    if draft.note_id is None:
        return None
    try:
        file = store.read(draft.kind, draft.subject_id)
    except BriefingError:
        return None
    return file.get(draft.note_id)


def reopen_drafts(
    app: App[Any],
    store: NoteStore,
    chosen: Sequence[NoteDraft],
    done: Callable[[NoteSaved | None], None] | None = None,
    jobs: Jobs | None = None,
) -> None:
    """Open the editor on each chosen draft in turn; ``done`` hears each editor's result."""
    queue = list(chosen)

    def next_one(result: NoteSaved | None = None, first: bool = False) -> None:
        if not first and done is not None:
            done(result)
        if queue:
            draft = queue.pop(0)
            editor = NoteEditor.from_draft(store, draft, stored_note(store, draft), jobs)
            app.push_screen(editor, next_one)

    next_one(first=True)


def already_saved(store: NoteStore, draft: NoteDraft) -> bool:
    """True when the store holds exactly what the draft does (saved just before a stop)."""
    note_id = draft.note_id or draft.pending
    if note_id is None:
        return False
    try:
        note = store.read(draft.kind, draft.subject_id).get(note_id)
    except BriefingError:
        return False
    return note is not None and note.body == draft.body and tuple(note.tags) == draft.tags


def belongs_to(draft: NoteDraft, store: NoteStore) -> bool:
    """True when the draft was written for this annotations folder (or does not say)."""
    if not draft.annotations:
        return True
    try:
        return Path(draft.annotations).resolve() == store.root.resolve()
    except OSError:
        return False


def offer_drafts(
    app: App[Any],
    store: NoteStore,
    done: Callable[[NoteSaved | None], None] | None = None,
    jobs: Jobs | None = None,
) -> bool:
    """At start-up: if drafts for this store were left behind, ask which to reopen.

    Drafts written for another annotations folder stay on disk until that one is open.
    Returns True when it asked.
    """
    found = []
    for draft in drafts.load_drafts():
        if not belongs_to(draft, store):
            continue
        if already_saved(store, draft):
            drafts.discard_draft(draft.key)
            continue
        found.append(draft)
    if not found:
        return False

    def answer(chosen: list[NoteDraft] | None) -> None:
        if chosen:
            reopen_drafts(app, store, chosen, done, jobs)

    app.push_screen(DraftsLeftDialog(found), answer)
    return True
