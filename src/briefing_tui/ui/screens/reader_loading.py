"""The reader's start: the corpus read (a large one after its visits show), the first screen."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from briefing_tui.problems import BriefingError
from briefing_tui.session import UNASSIGNED
from briefing_tui.session.reading import is_small_corpus
from briefing_tui.ui.widgets.pane_lists import ArticleList, VisitList

if TYPE_CHECKING:
    from briefing_tui.corpus import Corpus
    from briefing_tui.ui.screens.reader import ReaderScreen


class CorpusLoading:
    """Has the session read the corpus, shows it, and does what can wait a frame after that."""

    def __init__(self, screen: ReaderScreen) -> None:
        self.screen = screen
        self.session = screen.session
        self._visits_announced = False

    def start(self) -> None:
        """Read a small corpus at once; of a large one, show the visits and read the rest later."""
        if not is_small_corpus(self.session.locations.corpus):
            self._show_visits_first()
            return
        try:
            corpus = self.session.load_corpus_now()
        except BriefingError as exc:
            self.failed(str(exc))
            return
        self.loaded(corpus)

    def _show_visits_first(self) -> None:
        """Show the visits of ``visits.yaml`` in the first frame; the articles follow in a job.

        The job starts once that frame is drawn, so it does not slow the frame down.
        """
        self.session.read_visits()
        self.screen.panes.show_visits()
        self.screen.call_after_refresh(self._visits_on_screen, self.session.load_corpus)

    def _visits_on_screen(self, then: Callable[[], None] | None = None) -> None:
        """Say, once, that the visits are on screen; then do what waited for it."""
        if not self._visits_announced:
            self._visits_announced = True
            self.screen.app.post_message(self.screen.VisitsShown())
        if then is not None:
            then()

    def failed(self, reason: str) -> None:
        """Say why the corpus cannot be read."""
        self.screen.set_status(reason)
        self.screen.app.notify(
            reason, title="Cannot open the corpus", severity="error", markup=False, timeout=30
        )

    def loaded(self, corpus: Corpus) -> None:
        """Show the visits with their counts, report problems, and go back to the place left."""
        screen = self.screen
        screen.panes.show_visits()
        screen.call_after_refresh(self._first_frame_drawn)
        if corpus.problems:
            lines = "\n".join(str(p) for p in corpus.problems[:5])
            more = f"\n… and {len(corpus.problems) - 5} more" if len(corpus.problems) > 5 else ""
            screen.app.notify(
                lines + more + "\n(briefing check lists them all)",
                title=f"{len(corpus.problems)} problems in the corpus",
                severity="warning",
                markup=False,
                timeout=12,
            )
        screen.set_status(
            f"{len(corpus.visits)} visits, {len(corpus.articles)} articles"
            + (f", {len(corpus.problems)} problems" if corpus.problems else "")
        )
        place = screen.place
        visit_id = place.visit
        if visit_id is not None and (corpus.visit(visit_id) or visit_id == UNASSIGNED):
            screen.query_one(VisitList).highlight_id(visit_id)
        screen.panes.show_articles_of(screen.query_one(VisitList).highlighted_id)
        article = corpus.articles.get(place.article or "")
        if article is not None:
            screen.query_one(ArticleList).highlight_id(article.id)
            screen.open_article(article.id, place.offset)
        else:
            screen.first_open = False

    def _first_frame_drawn(self) -> None:
        """Say the visits are on screen, then do what can wait a frame."""
        self._visits_on_screen()
        self.screen.app.post_message(self.screen.CorpusShown())
        self.screen.call_after_refresh(self._after_first_screen)

    def _after_first_screen(self) -> None:
        """Add the footer, count notes and get the recogniser ready, once the visits show."""
        from textual.widgets import Footer

        screen = self.screen
        if not screen.is_attached:
            return
        screen.mount(Footer(compact=True))
        screen.notes.mount_panel()
        screen.notes.refresh()
        screen.call_after_refresh(screen.notes.offer_drafts)
        if screen.view.article_id is None:
            self.session.warm_up()
