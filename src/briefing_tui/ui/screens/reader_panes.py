"""The reader's two lists: the visits with their counts, and the articles of the visit chosen."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from textual.content import Content

from briefing_tui.session import UNASSIGNED
from briefing_tui.textsafety import one_line
from briefing_tui.ui.widgets.pane_lists import ArticleList, VisitList

if TYPE_CHECKING:
    from briefing_tui.ui.screens.reader import ReaderScreen


class ReaderPanes:
    """Fills the visits and articles panes from the session, and moves between them."""

    def __init__(self, screen: ReaderScreen) -> None:
        self.screen = screen
        self.session = screen.session

    def show_visits(self) -> None:
        """List the visits, with their counts, in the order the analyst chose.

        Before the articles are read, the visits show without counts.
        """
        screen, session = self.screen, self.session
        pane = screen.query_one(VisitList)
        newest_first = screen.state.newest_first
        if session.corpus is None:
            if session.early_visits:
                pane.show_visits(session.early_visits, None, {}, newest_first)
            return
        counts: dict[str | None, int] = dict(
            Counter(a.visit for a in session.corpus.articles.values())
        )
        kept, said = session.visits_kept(list(session.corpus.visits))
        pane.border_title = Content("Visits" + (" · " + ", ".join(said) if said else ""))
        pane.border_subtitle = "F clears the filter" if said else ""
        pane.show_visits(
            kept, counts, session.visit_note_counts, newest_first, waiting=not session.filtering
        )
        screen.filtering = session.filtering

    def show_articles_of(self, visit_id: str | None) -> None:
        """List the articles of a visit (or those awaiting one) in the articles pane."""
        corpus = self.session.corpus
        if corpus is None or visit_id is None:
            return
        self.screen.visit_id = visit_id
        visit = corpus.visit(visit_id) if visit_id != UNASSIGNED else None
        pane = self.screen.query_one(ArticleList)
        pane.border_title = Content(
            f"Articles · {visit.date.isoformat()} {one_line(visit.place)}"
            if visit
            else "Articles awaiting a visit"
        )
        pane.show_articles(
            self.session.articles_kept(self.session.articles_of(visit_id)),
            self.session.article_note_counts,
        )

    def open_visit(self, visit_id: str) -> None:
        """Show a visit and open its first article (from the palette)."""
        self.screen.query_one(VisitList).highlight_id(visit_id)
        self.show_articles_of(visit_id)
        first = self.screen.query_one(ArticleList).highlighted_id
        if first is not None:
            self.screen.open_article(first)

    def open_article(self, article_id: str) -> None:
        """Show an article's visit and open it (from the palette)."""
        corpus = self.session.corpus
        if corpus is None or article_id not in corpus.articles:
            return
        visit_id = corpus.articles[article_id].visit or UNASSIGNED
        self.screen.query_one(VisitList).highlight_id(visit_id)
        self.show_articles_of(visit_id)
        self.screen.query_one(ArticleList).highlight_id(article_id)
        self.screen.open_article(article_id)

    def reverse_visits(self) -> None:
        """Reverse the order of the visits (oldest or newest first)."""
        state = self.screen.state
        state.newest_first = not state.newest_first
        self.show_visits()
        self.screen.set_status(f"Visits: {'newest' if state.newest_first else 'oldest'} first")
