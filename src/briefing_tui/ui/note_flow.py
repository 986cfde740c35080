"""The reader's notes: counts in the panes, marks in the text, the notes pane and the editor."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from textual import on
from textual.containers import Vertical

from briefing_tui.problems import BriefingError
from briefing_tui.ui.article_view import ArticleView
from briefing_tui.ui.loading import ArticleNotesRead, NoteCountsFound
from briefing_tui.ui.pane_lists import UNASSIGNED, VisitList
from briefing_tui.ui.reader_base import ReaderBase

if TYPE_CHECKING:
    from briefing_tui.ui.notes import NotesPanel, NoteSubject


class NoteFlow(ReaderBase):
    """Reads notes in workers, hosts the notes pane and opens the note editor."""

    # -- reading notes ------------------------------------------------------------

    def refresh_notes(self) -> None:
        """Re-read the notes: counts in the panes, marks and the pane of the open article."""
        self.run_worker(self._count_notes, thread=True, group="note-counts", exclusive=True)
        view = self.view
        if view.article_id is not None:
            self._place_notes_later(view.article_id, view.body)

    def _place_notes_later(self, article_id: str, body: str) -> None:
        self.run_worker(
            lambda: self._place_notes(article_id, body),
            thread=True,
            group="note-ranges",
            exclusive=True,
        )

    def _place_notes(self, article_id: str, body: str) -> None:
        from briefing_tui.notes import NoteStore
        from briefing_tui.ui.notes import arrange

        store = NoteStore(self.locations.annotations)
        try:
            version = store.version("article", article_id)
            file = store.article(article_id)
        except (BriefingError, OSError):
            return
        self.post_message(ArticleNotesRead(article_id, file, arrange(body, file), version))

    def _count_notes(self) -> None:
        from briefing_tui.notes import Note, NoteStore
        from briefing_tui.ui.notes import NotesIndex

        corpus = self.corpus
        if corpus is None:
            return
        articles: dict[str, int] = {}
        visits: dict[str | None, int] = {}
        on_articles: dict[str, tuple[Note, ...]] = {}
        on_visits: dict[str, tuple[Note, ...]] = {}
        try:
            store = NoteStore(self.locations.annotations)
            files = store.files()
        except (BriefingError, OSError):
            return
        for file in files:
            if file.kind == "article":
                articles[file.subject] = len(file.notes)
                found = corpus.articles.get(file.subject)
                key = found.visit if found is not None else None
            else:
                key = file.subject
            visits[key] = visits.get(key, 0) + len(file.notes)
            if file.notes:
                shelf = on_articles if file.kind == "article" else on_visits
                shelf[file.subject] = tuple(file.notes)
        self.post_message(NoteCountsFound(articles, visits, NotesIndex(on_articles, on_visits)))

    @on(NoteCountsFound)
    def _note_counts_found(self, message: NoteCountsFound) -> None:
        self._note_counts = message.articles
        self._visit_note_counts = message.visits
        self._notes_index = message.index
        self.show_visits()
        self.show_articles_of(self.visit_id)

    @on(ArticleNotesRead)
    def _article_notes_read(self, message: ArticleNotesRead) -> None:
        if message.article_id != self.view.article_id:
            return
        notes = self._article_notes = message.notes
        self._placed_notes = sorted(
            (span[0], span[1], placed.note.body)
            for placed in notes.passages
            if (span := placed.span) is not None
        )
        self.view.set_note_ranges(notes.ranges)
        panel = self._notes_panel  # a pane still mounting keeps them until it is up
        if panel is not None:
            panel.show_notes(
                message.article_id, self.view.body, message.file, notes, message.version
            )
        self.show_cursor()

    # -- the notes pane -----------------------------------------------------------

    @property
    def notes_panel(self) -> NotesPanel | None:
        """The notes pane, once mounted (it arrives just after the first screen)."""
        panel = self._notes_panel
        return panel if panel is not None and panel.is_mounted else None

    def mount_notes_panel(self) -> None:
        """Add the notes pane under the articles, hidden until asked for."""
        from briefing_tui.notes import NoteStore
        from briefing_tui.ui.notes import NotesPanel

        panel = NotesPanel(
            NoteStore(self.locations.annotations),
            lambda: self.view.selection,
            id="notes-pane",
        )
        panel.display = self.state.notes_pane
        self._notes_panel = panel
        self.query_one("#lists", Vertical).mount(panel)

    def action_notes_pane(self) -> None:
        """Show the notes pane and go to it; from the pane, hide it and go back to the text."""
        panel = self.notes_panel
        if panel is None:
            return
        if panel.display and panel.has_focus_within:
            panel.display = False
            self.view.focus()
        else:
            panel.display = True
            panel.focus()
        self.state.notes_pane = bool(panel.display)

    def follow_cursor_in_pane(self) -> None:
        """Put the notes pane's cursor on the note whose passage the reading cursor is in."""
        panel, notes = self.notes_panel, self._article_notes
        if panel is None or notes is None or not panel.display or panel.has_focus_within:
            return
        placed = notes.at(self.view.cursor[0])
        if placed is not None:
            panel.highlight_note(placed.note.id)

    def on_notes_panel_note_chosen(self, message: NotesPanel.NoteChosen) -> None:
        if message.article_id != self.view.article_id:
            return
        if message.span is None:
            self.app.notify("This note is on the whole article, or its passage is lost.")
            return
        self.view.move_to(*message.span)
        self.view.focus()

    def on_notes_panel_notes_changed(self, message: NotesPanel.NotesChanged) -> None:
        self.refresh_notes()
        self.notes_saved("article", message.article_id)

    # -- writing notes ------------------------------------------------------------

    @on(ArticleView.NoteRequested)
    def _passage_note_requested(self, message: ArticleView.NoteRequested) -> None:
        from briefing_tui.notes import make_target
        from briefing_tui.ui.notes import NoteSubject

        body = self.view.body
        if message.article_id != self.view.article_id or message.end <= message.start:
            self.app.notify("Move onto a sentence or select a passage first.", markup=False)
            return
        target = make_target(body, message.start, message.end)
        self.write_note(NoteSubject.article(message.article_id, target))

    @on(ArticleView.ArticleNoteRequested)
    def _article_note_requested(self, message: ArticleView.ArticleNoteRequested) -> None:
        from briefing_tui.ui.notes import NoteSubject

        self.write_note(NoteSubject.article(message.article_id))

    def action_visit_note(self) -> None:
        """Write a note on the visit highlighted in the visits pane."""
        from briefing_tui.ui.notes import NoteSubject

        visit_id = self.query_one(VisitList).highlighted_id
        if visit_id is None or visit_id == UNASSIGNED:
            self.app.notify("Choose a visit to write a note on it.", markup=False)
            return
        self.write_note(NoteSubject.visit(visit_id))

    def write_note(self, subject: NoteSubject) -> None:
        """Open the note editor on a passage, an article or a visit."""
        from briefing_tui.notes import NoteStore
        from briefing_tui.ui.notes import NoteEditor

        store = NoteStore(self.locations.annotations)
        self.app.push_screen(NoteEditor(store, subject), self.note_written)

    def note_written(self, result: object) -> None:
        """After the editor: say so, redraw counts and marks, and tell the search index."""
        from briefing_tui.ui.notes import NoteSaved

        if not isinstance(result, NoteSaved):
            return
        if result.in_store:
            self.app.notify("Note saved.", markup=False)
            self.notes_saved(result.kind, result.subject_id)
        self.refresh_notes()

    def notes_saved(self, kind: Literal["article", "visit"], subject_id: str) -> None:
        """Bring the search index (if a dialog opened it) up to date with a subject's notes."""
        from briefing_tui.ui.search_screen import shared_index

        index = shared_index(self.locations.corpus, self.locations.annotations)
        if index is not None:
            self.run_worker(
                lambda: index.update_notes(kind, subject_id),
                thread=True,
                group="index-notes",
                exit_on_error=False,
            )

    def offer_drafts(self) -> None:
        """Offer the drafts a crash or a closed terminal left for these notes."""
        from briefing_tui.notes import NoteStore
        from briefing_tui.ui.notes import offer_drafts

        try:
            offer_drafts(self.app, NoteStore(self.locations.annotations), self.note_written)
        except (BriefingError, OSError) as exc:
            self.app.notify(str(exc), title="Drafts not offered", severity="warning", markup=False)
