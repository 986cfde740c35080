"""The reader's entities: recognised by the session, drawn in colour, listed in the panel."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from textual.widgets import Static

from briefing_tui.session import MentionsFound, VisitMentionsFound
from briefing_tui.ui.widgets.article.header import legend_text
from briefing_tui.ui.widgets.article.layout import window_around
from briefing_tui.ui.widgets.article.view import LARGE, WINDOW_AFTER, WINDOW_BEFORE
from briefing_tui.ui.widgets.pane_lists import ArticleList

if TYPE_CHECKING:
    from briefing_tui.entities import Mention
    from briefing_tui.ui.screens.reader import ReaderScreen


class ReaderEntities:
    """Asks the session for an article's entities, shows them, and walks through their mentions."""

    def __init__(self, screen: ReaderScreen) -> None:
        self.screen = screen
        self.session = screen.session
        self._pending: str | None = None
        self._type_counts: tuple[object, dict[str, int]] = (None, {})

    def recognise(self, article_id: str, body: str, offset: int) -> None:
        """Show the entities already found, or find them: of a long article, first those in view."""
        known = self.session.mentions.get(article_id)
        if known is not None:
            self.show(article_id, known)
        elif len(body) > LARGE:
            start, stop = window_around(body, offset, WINDOW_BEFORE // 4, WINDOW_AFTER // 4)
            self.session.recognise_part(article_id, body, start, stop)
        else:
            self.session.recognise_all(article_id, body)

    def found(self, event: MentionsFound) -> None:
        """Show what the session found; after the part in view, find the rest of the article."""
        self.show(event.article_id, event.mentions)
        view = self.screen.view
        if not event.complete and view.article_id == event.article_id:
            article_id, body = view.article_id, view.body

            def recognise_all() -> None:
                if view.article_id == article_id:
                    self.session.recognise_all(article_id, body)

            self.screen.call_after_refresh(recognise_all)

    def show(self, article_id: str, mentions: list[Mention]) -> None:
        """Colour the mentions in the open article, then go to an entity chosen before it opened."""
        view = self.screen.view
        if view.article_id != article_id:
            return
        view.set_mentions(mentions)
        self.update_legend()
        if self._pending is not None:
            name, self._pending = self._pending, None
            self.go_to(name)

    def update_legend(self) -> None:
        """Show each entity type with its colour and its count in the open article."""
        screen = self.screen
        view = screen.view
        mentions = view.mentions if view.article_id else None
        counts = None
        if mentions:
            key = (view.article_id, id(mentions))
            if self._type_counts[0] != key:
                self._type_counts = (key, dict(Counter(m.type for m in mentions)))
            counts = self._type_counts[1]
        elif screen.article is not None and screen.article.id in self.session.mentions:
            counts = {}
        screen.query_one("#legend", Static).update(
            legend_text(screen.app.current_theme.dark, view.hidden_types, counts)
        )

    def go_to(self, name: str) -> None:
        """Mark every mention of an entity in the open article and move to the first."""
        view = self.screen.view
        ranges = [(m.start, m.end) for m in view.mentions if m.name == name]
        view.set_hits(ranges)
        view.focus()
        if ranges:
            self.screen.set_status(f"{len(ranges)} mentions; n and N move through them")

    def visit_found(self, event: VisitMentionsFound) -> None:
        """Give the entity panel, if it is open, the entities of the whole visit."""
        from briefing_tui.ui.screens.entity_panel import EntityPanel

        panel = self.screen.app.screen
        if isinstance(panel, EntityPanel):
            panel.set_visit_mentions(event.mentions)

    def show_panel(self) -> None:
        """Show the entities of the open article (or of its visit) with their counts."""
        from briefing_tui.ui.screens.entity_panel import EntityPanel

        screen, session = self.screen, self.session
        article_id = screen.article.id if screen.article else None
        visit_id = screen.visit_id
        panel = EntityPanel(
            session.mentions.get(article_id or "", []),
            session.visit_mentions.get(visit_id),
            article_scope=article_id is not None,
            dark=screen.app.current_theme.dark,
        )
        if visit_id not in session.visit_mentions:
            session.recognise_visit(visit_id)
        screen.app.push_screen(panel, self._chosen)

    def _chosen(self, choice: tuple[str, str | None] | None) -> None:
        if choice is None:
            return
        name, article_id = choice
        screen = self.screen
        if article_id is None or (screen.article is not None and article_id == screen.article.id):
            self.go_to(name)
            return
        self._pending = name
        screen.query_one(ArticleList).highlight_id(article_id)
        screen.open_article(article_id)
