"""The reader's notes: counts in the panes, marks in the text, the notes pane and the editor."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from textual.containers import Vertical

from briefing_tui.problems import BriefingError
from briefing_tui.session import UNASSIGNED, ArticleNotesRead
from briefing_tui.ui.widgets.pane_lists import VisitList

if TYPE_CHECKING:
    from briefing_tui.session.placed_notes import ArticleNotes
    from briefing_tui.ui.notes import NotesPanel, NoteSubject
    from briefing_tui.ui.screens.reader import ReaderScreen


class ReaderNotes:
    """Has the session read the notes, hosts the notes pane and opens the note editor."""

    def __init__(self, screen: ReaderScreen) -> None:
        self.screen = screen
        self.session = screen.session
        self._placed: list[tuple[int, int, str]] = []
        self._article_notes: ArticleNotes | None = None
        self._panel: NotesPanel | None = None

    # -- reading notes ------------------------------------------------------------

    def refresh(self) -> None:
        """Re-read the notes: counts in the panes, marks and the pane of the open article."""
        self.session.count_notes()
        view = self.screen.view
        if view.article_id is not None:
            self.session.place_notes(view.article_id, view.body)

    def counted(self) -> None:
        """Show the new counts in the visits and articles panes."""
        self.screen.panes.show_visits()
        self.screen.panes.show_articles_of(self.screen.visit_id)

    def read(self, event: ArticleNotesRead) -> None:
        """Mark the open article's noted passages and list its notes in the pane."""
        screen = self.screen
        view = screen.view
        if event.article_id != view.article_id:
            return
        notes = self._article_notes = event.notes
        self._placed = sorted(
            (span[0], span[1], placed.note.body)
            for placed in notes.passages
            if (span := placed.span) is not None
        )
        view.set_note_ranges(notes.ranges)
        panel = self._panel  # a pane still mounting keeps them until it is up
        if panel is not None:
            panel.show_notes(event.article_id, view.body, event.file, notes, event.version)
        screen.show_cursor()

    def note_at(self, start: int, end: int) -> str | None:
        """The body of the first note whose passage overlaps ``start``..``end``."""
        return next((body for s, e, body in self._placed if s < end and e > start), None)

    # -- the notes pane -----------------------------------------------------------

    @property
    def panel(self) -> NotesPanel | None:
        """The notes pane, once mounted (it arrives just after the first screen)."""
        panel = self._panel
        return panel if panel is not None and panel.is_mounted else None

    def mount_panel(self) -> None:
        """Add the notes pane under the articles, hidden until asked for."""
        from briefing_tui.ui.notes import NotesPanel

        screen = self.screen
        store = self.session.note_store()
        panel = NotesPanel(
            store, lambda: screen.view.selection, id="notes-pane", jobs=self.session.jobs
        )
        panel.display = screen.state.notes_pane
        self._panel = panel
        screen.query_one("#lists", Vertical).mount(panel)

    def toggle_panel(self) -> None:
        """Show the notes pane and go to it; from the pane, hide it and go back to the text."""
        panel = self.panel
        if panel is None:
            return
        if panel.display and panel.has_focus_within:
            panel.display = False
            self.screen.view.focus()
        else:
            panel.display = True
            panel.focus()
        self.screen.state.notes_pane = bool(panel.display)

    def follow_cursor(self) -> None:
        """Put the notes pane's cursor on the note whose passage the reading cursor is in."""
        panel, notes = self.panel, self._article_notes
        if panel is None or notes is None or not panel.display or panel.has_focus_within:
            return
        placed = notes.at(self.screen.view.cursor[0])
        if placed is not None:
            panel.highlight_note(placed.note.id)

    def go_to_note(self, article_id: str, span: tuple[int, int] | None) -> None:
        """Move the reading cursor to the passage of a note chosen in the pane."""
        screen = self.screen
        if article_id != screen.view.article_id:
            return
        if span is None:
            screen.app.notify("This note is on the whole article, or its passage is lost.")
            return
        screen.view.move_to(*span)
        screen.view.focus()

    # -- writing notes ------------------------------------------------------------

    def on_passage(self, article_id: str, start: int, end: int) -> None:
        """Write a note on a passage of the open article."""
        from briefing_tui.notes import make_target
        from briefing_tui.ui.notes import NoteSubject

        screen = self.screen
        body = screen.view.body
        if article_id != screen.view.article_id or end <= start:
            screen.app.notify("Move onto a sentence or select a passage first.", markup=False)
            return
        self.write(NoteSubject.article(article_id, make_target(body, start, end)))

    def on_article(self, article_id: str) -> None:
        """Write a note on a whole article."""
        from briefing_tui.ui.notes import NoteSubject

        self.write(NoteSubject.article(article_id))

    def on_visit(self) -> None:
        """Write a note on the visit highlighted in the visits pane."""
        from briefing_tui.ui.notes import NoteSubject

        screen = self.screen
        visit_id = screen.query_one(VisitList).highlighted_id
        if visit_id is None or visit_id == UNASSIGNED:
            screen.app.notify("Choose a visit to write a note on it.", markup=False)
            return
        self.write(NoteSubject.visit(visit_id))

    def write(self, subject: NoteSubject) -> None:
        """Open the note editor on a passage, an article or a visit."""
        from briefing_tui.ui.notes import NoteEditor

        editor = NoteEditor(self.session.note_store(), subject, jobs=self.session.jobs)
        self.screen.app.push_screen(editor, self.written)

    def written(self, result: object) -> None:
        """After the editor: say so, redraw counts and marks, and tell the search index."""
        from briefing_tui.ui.notes import NoteSaved

        if not isinstance(result, NoteSaved):
            return
        if result.in_store:
            self.screen.app.notify("Note saved.", markup=False)
            self.saved(result.kind, result.subject_id)
        self.refresh()

    def saved(self, kind: Literal["article", "visit"], subject_id: str) -> None:
        """Bring the search index (if a dialog opened it) up to date with a subject's notes."""
        self.session.notes_saved(kind, subject_id)

    def offer_drafts(self) -> None:
        """Offer the drafts a crash or a closed terminal left for these notes."""
        from briefing_tui.ui.notes import offer_drafts

        app = self.screen.app
        try:
            offer_drafts(app, self.session.note_store(), self.written, self.session.jobs)
        except (BriefingError, OSError) as exc:
            app.notify(str(exc), title="Drafts not offered", severity="warning", markup=False)
