"""The reader's notes: counts in the panes, marks in the text, and the note editor."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import on

from briefing_tui.problems import BriefingError
from briefing_tui.ui.article_view import ArticleView
from briefing_tui.ui.loading import NoteCountsFound, NoteRangesFound
from briefing_tui.ui.pane_lists import UNASSIGNED, VisitList
from briefing_tui.ui.reader_base import ReaderBase

if TYPE_CHECKING:
    from briefing_tui.ui.notes import NoteSubject


class NoteFlow(ReaderBase):
    """Reads notes in workers and opens the note editor on a passage, an article or a visit."""

    def refresh_notes(self) -> None:
        """Re-read the notes: counts in the panes and marks in the open article."""
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
        from briefing_tui.notes import NoteStore, place_all

        try:
            notes = NoteStore(self.locations.annotations).article(article_id).notes
        except (BriefingError, OSError):
            return
        on_passages = [note for note in notes if note.target is not None]
        placements = place_all(body, [note.target for note in on_passages])
        found = [
            (placed.start, placed.end, note.body)
            for note, placed in zip(on_passages, placements, strict=True)
            if placed.start is not None
            and placed.end is not None
            and placed.status in ("anchored", "moved")
        ]
        self.post_message(NoteRangesFound(article_id, found))

    def _count_notes(self) -> None:
        from briefing_tui.notes import NoteStore

        corpus = self.corpus
        if corpus is None:
            return
        articles: dict[str, int] = {}
        visits: dict[str | None, int] = {}
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
        self.post_message(NoteCountsFound(articles, visits))

    @on(NoteCountsFound)
    def _note_counts_found(self, message: NoteCountsFound) -> None:
        self._note_counts = message.articles
        self._visit_note_counts = message.visits
        self.show_visits()
        self.show_articles_of(self.visit_id)

    @on(NoteRangesFound)
    def _note_ranges_found(self, message: NoteRangesFound) -> None:
        if message.article_id == self.view.article_id:
            self._placed_notes = sorted(message.placed)
            self.view.set_note_ranges(message.ranges)
            self.show_cursor()

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

    def action_note_visit(self) -> None:
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
        from briefing_tui.ui.notes import NoteEditor, NoteSaved

        def saved(result: NoteSaved | None) -> None:
            if result is None:
                return
            if result.in_store:
                self.app.notify("Note saved.", markup=False)
            self.refresh_notes()

        store = NoteStore(self.locations.annotations)
        self.app.push_screen(NoteEditor(store, subject), saved)
