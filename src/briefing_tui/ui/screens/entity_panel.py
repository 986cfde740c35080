"""The entity panel: the entities of the article or of its visit, with counts.

Choosing one answers ``(name, article_id)``: the article to open (``None`` for
the one already open) so the reader can move through the entity's mentions.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from briefing_tui.textsafety import one_line
from briefing_tui.ui.widgets.entity_colours import entity_styles
from briefing_tui.ui.widgets.pane_lists import PaneList

if TYPE_CHECKING:
    from briefing_tui.entities import Mention

Choice = tuple[str, str | None]


class EntityPanel(ModalScreen[Choice | None]):
    """A list of entities with counts; ``s`` switches between the article and its visit."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,e,q", "close", "Close", id="entities.close"),
        Binding("s", "switch_scope", "Article / visit", id="entities.scope"),
    ]

    def __init__(
        self,
        article_mentions: Sequence[Mention],
        visit_mentions: dict[str, list[Mention]] | None,
        article_scope: bool,
        dark: bool,
    ) -> None:
        super().__init__()
        self.article_mentions = list(article_mentions)
        self.visit_mentions = visit_mentions
        self.article_scope = article_scope
        self.dark = dark
        self._first_article: dict[str, str] = {}

    def compose(self) -> ComposeResult:
        """A title line and the list."""
        with Vertical(id="entity-box"):
            yield Static(id="entity-scope")
            yield PaneList(id="entity-list")

    def on_mount(self) -> None:
        """Fill the list for the current scope."""
        self._fill()
        self.query_one(PaneList).focus()

    def set_visit_mentions(self, mentions: dict[str, list[Mention]]) -> None:
        """Take the visit's mentions once they are recognised."""
        self.visit_mentions = mentions
        if not self.article_scope:
            self._fill()

    def _fill(self) -> None:
        title = self.query_one("#entity-scope", Static)
        pane = self.query_one(PaneList)
        pane.clear_options()
        if self.article_scope:
            mentions = self.article_mentions
            title.update(Text("Entities of this article  (s: of the visit)", "bold"))
            self._first_article = {}
        else:
            title.update(Text("Entities of the visit  (s: of this article)", "bold"))
            if self.visit_mentions is None:
                pane.add_option(Option(Text("recognising entities…", "dim italic"), disabled=True))
                return
            mentions = [m for found in self.visit_mentions.values() for m in found]
            self._first_article = {}
            for article_id, found in self.visit_mentions.items():
                for mention in found:
                    self._first_article.setdefault(mention.name, article_id)
        counts = Counter((m.name, m.type) for m in mentions)
        if not counts:
            pane.add_option(Option(Text("no entities found", "dim italic"), disabled=True))
            return
        styles = entity_styles(self.dark)
        ordered = sorted(counts.items(), key=lambda item: (-item[1], item[0][0]))
        options = []
        for (name, kind), count in ordered:
            line = Text(f"{count:>4}  ", "dim")
            line.append(one_line(name), styles.get(kind, ""))
            line.append(f"  {kind.lower()}", "dim")
            options.append(Option(line, id=name))
        pane.add_options(options)
        pane.highlighted = 0

    def on_option_list_option_selected(self, message: OptionList.OptionSelected) -> None:
        """Answer with the entity chosen, and the article where its mentions start."""
        name = message.option.id
        if name is None:
            return
        article_id = None if self.article_scope else self._first_article.get(name)
        if self.is_active:  # a key pressed while closing must not close it twice
            self.dismiss((name, article_id))

    def action_switch_scope(self) -> None:
        """Switch between the article's entities and the visit's."""
        self.article_scope = not self.article_scope
        self._fill()

    def action_close(self) -> None:
        """Close without choosing."""
        if self.is_active:
            self.dismiss(None)
