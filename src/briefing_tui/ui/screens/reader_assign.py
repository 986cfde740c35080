"""Confirming or moving the visit ingest chose for an article, from the articles pane."""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing_tui.problems import BriefingError
from briefing_tui.session import UNASSIGNED
from briefing_tui.textsafety import one_line
from briefing_tui.ui.dialogs.visit_chooser import NO_VISIT, VisitChooser
from briefing_tui.ui.widgets.pane_lists import ArticleList

if TYPE_CHECKING:
    from briefing_tui.corpus import Article
    from briefing_tui.ui.screens.reader import ReaderScreen


class VisitAssignment:
    """``c`` confirms the visit ingest chose or suggested; ``m`` moves the article to another."""

    def __init__(self, screen: ReaderScreen) -> None:
        self.screen = screen
        self.session = screen.session

    def _chosen_article(self) -> Article | None:
        corpus = self.session.corpus
        if corpus is None:
            return None
        article_id = self.screen.query_one(ArticleList).highlighted_id
        return corpus.articles.get(article_id or "")

    def confirm(self) -> None:
        """Confirm the highlighted article's visit, or assign the one suggested for it."""
        article = self._chosen_article()
        if article is None:
            return
        if not article.unconfirmed:
            self.screen.app.notify(
                "This article's visit is already confirmed.", markup=False, timeout=4
            )
            return
        target = article.visit or article.suggested_visit
        if target is None:
            self.move()
            return
        self.reassign(article, target)

    def move(self) -> None:
        """Ask which visit the highlighted article belongs to, and move it there."""
        article = self._chosen_article()
        corpus = self.session.corpus
        if article is None or corpus is None:
            return

        def chosen(choice: str | None) -> None:
            if choice is not None:
                self.reassign(article, None if choice == NO_VISIT else choice)

        self.screen.app.push_screen(VisitChooser(article, list(corpus.visits)), chosen)

    def reassign(self, article: Article, visit_id: str | None) -> None:
        """Rewrite the article's visit on disk, then show it where it now belongs."""
        screen = self.screen
        if self.session.corpus is None:
            return
        try:
            fresh = self.session.reassign(article, visit_id)
        except (BriefingError, OSError) as exc:
            screen.app.notify(
                f"The visit was not changed: {one_line(str(exc))}",
                severity="error",
                markup=False,
                timeout=10,
            )
            return
        if screen.article is not None and screen.article.id == article.id:
            screen.article = fresh
        where = f"visit {visit_id}" if visit_id else "the articles awaiting a visit"
        screen.app.notify(
            f"“{one_line(article.title)}” is now in {where}.", markup=False, timeout=5
        )
        screen.panes.show_visits()
        screen.panes.show_articles_of(screen.visit_id or UNASSIGNED)
