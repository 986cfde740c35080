"""The command palette's own provider: open any visit or article by name."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from textual.command import DiscoveryHit, Hit, Hits, Matcher, Provider
from textual.content import Content

from briefing_tui.textsafety import one_line

if TYPE_CHECKING:
    from briefing_tui.ui.screens.reader import ReaderScreen


class OpenByName(Provider):
    """Visits and articles, found by place, title, outlet or id."""

    def _reader(self) -> ReaderScreen | None:
        from briefing_tui.ui.screens.reader import ReaderScreen

        for screen in self.app.screen_stack:
            if isinstance(screen, ReaderScreen):
                return screen
        return None

    def _targets(self) -> list[tuple[str, str, partial[None]]]:
        reader = self._reader()
        if reader is None or reader.corpus is None:
            return []
        targets = []
        for visit in reader.corpus.visits:
            text = one_line(f"Open visit: {visit.date.isoformat()} {visit.place} · {visit.title}")
            targets.append((text, visit.id, partial(reader.panes.open_visit, visit.id)))
        for article in reader.corpus.articles.values():
            text = one_line(f"Open article: {article.title} ({article.outlet})")
            targets.append((text, article.id, partial(reader.panes.open_article, article.id)))
        return targets

    async def discover(self) -> Hits:
        """Offer every visit and article when nothing is typed yet."""
        for text, help_text, command in self._targets():
            yield DiscoveryHit(Content(text), command, text=text, help=help_text)

    async def search(self, query: str) -> Hits:
        """Match visits and articles against what was typed."""
        matcher = self.matcher(query)
        for text, help_text, command in self._targets():
            score = max(matcher.match(text), matcher.match(help_text))
            if score > 0:
                yield Hit(score, _highlight(matcher, text), command, text=text, help=help_text)


def _highlight(matcher: Matcher, text: str) -> Content:
    """Highlight the matched letters without reading the text as markup."""
    content = Content(text)
    _, offsets = matcher.fuzzy_search.match(matcher.query, text)
    for offset in offsets:
        content = content.stylize(matcher.match_style, offset, offset + 1)
    return content
