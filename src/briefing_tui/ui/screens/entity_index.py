"""The entity index: every entity in the corpus, and the visits and articles that name it.

From here the analyst jumps to another visit or article that names the
same person, place or weapon, or filters the visits pane by the entity.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar, Literal

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.widgets import Input, OptionList
from textual.widgets.option_list import Option

from briefing_tui.textsafety import one_line
from briefing_tui.ui.notes.safe_fields import SafeInput
from briefing_tui.ui.screens.search import IndexedScreen

if TYPE_CHECKING:
    from briefing_tui.search import EntityReferences, EntitySummary, SearchIndex
    from briefing_tui.session.jobs import Jobs

MAX_ARTICLE_ROWS = 1000

ENTITY_CSS = """
EntityIndexScreen #entity-panes {
    height: 1fr;
}
EntityIndexScreen #entity-left {
    width: 2fr;
}
EntityIndexScreen #entity-references {
    width: 3fr;
    border-left: solid $primary;
}
"""


@dataclass(frozen=True)
class EntityChoice:
    """Where to go: a visit or an article that names ``entity``, or a filter of the visits pane."""

    kind: Literal["visit", "article", "filter"]
    entity: str
    id: str | None = None
    start: int | None = None
    end: int | None = None
    visits: tuple[str, ...] = ()


def entity_prompt(entity: EntitySummary) -> Text:
    """One entity with its type and how widely it is named."""
    line = Text(one_line(entity.name), style="bold")
    line.append(f"  {entity.type.lower()}", style="dim")
    line.append(f"  {entity.visits} visits · {entity.articles} articles · {entity.mentions}×")
    line.no_wrap = True
    line.overflow = "ellipsis"
    return line


def reference_options(references: EntityReferences) -> list[Option]:
    """Visits first, then articles, each with how often it names the entity."""
    options: list[Option] = [Option(Text("Visits", style="bold underline"), disabled=True)]
    for visit in references.visits:
        text = Text(f"{visit.date}  ", style="bold")
        text.append(one_line(visit.title))
        text.append(f"  {visit.articles} articles · {visit.mentions}×", style="dim")
        options.append(Option(text, id=f"visit {visit.visit}"))
    options.append(Option(Text("Articles", style="bold underline"), disabled=True))
    for article in references.articles[:MAX_ARTICLE_ROWS]:
        text = Text(f"{article.published or 'date unknown'}  ", style="bold")
        text.append(one_line(article.title))
        text.append(f"  {article.mentions}×", style="dim")
        options.append(Option(text, id=f"article {article.article}"))
    hidden = len(references.articles) - MAX_ARTICLE_ROWS
    if hidden > 0:
        options.append(Option(Text(f"… and {hidden} more articles", style="dim"), disabled=True))
    return options


class EntityIndexScreen(IndexedScreen[EntityChoice | None]):
    """Entities on the left, what names the highlighted one on the right."""

    DEFAULT_CSS = ENTITY_CSS

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "close", "Close", id="entity-index.close"),
        Binding("ctrl+f", "filter_visits", "Filter visits", id="entity-index.filter-visits"),
        Binding("tab", "switch", "Switch pane", id="entity-index.switch"),
        Binding("down", "move(1)", "Next", show=False, id="entity-index.next"),
        Binding("up", "move(-1)", "Previous", show=False, id="entity-index.previous"),
    ]

    def __init__(
        self,
        corpus: Path,
        annotations: Path,
        index: SearchIndex | None = None,
        entity: str | None = None,
        jobs: Jobs | None = None,
    ) -> None:
        super().__init__(corpus, annotations, index, jobs)
        self.wanted = entity
        self.summaries: list[EntitySummary] = []
        self.shown: list[EntitySummary] = []
        self.references: EntityReferences | None = None

    def compose(self) -> ComposeResult:
        """A filter box over the entity list, and the references beside it."""
        with Vertical(classes="index-dialog", id="entity-dialog"):
            yield from self.compose_progress()
            with Horizontal(id="entity-panes"):
                with Vertical(id="entity-left"):
                    yield SafeInput(
                        placeholder="filter entities by name or type", id="entity-filter"
                    )
                    yield OptionList(id="entity-list")
                yield OptionList(id="entity-references")

    def on_mount(self) -> None:
        """Title the dialog and open the index."""
        dialog = self.query_one("#entity-dialog")
        dialog.border_title = "Entities"
        dialog.border_subtitle = "enter opens · ctrl+f filters the visits · tab switches · escape"
        self.query_one("#entity-filter", Input).focus()
        self.start_index()

    def index_ready(self) -> None:
        """List every entity, and put the cursor on the one asked for."""
        assert self.index is not None
        self.summaries = self.index.entities()
        self._show(self.query_one("#entity-filter", Input).value)
        if self.wanted:
            wanted = self.wanted.casefold()
            for number, entity in enumerate(self.shown):
                if entity.name.casefold() == wanted:
                    self.query_one("#entity-list", OptionList).highlighted = number
                    break

    def _show(self, text: str) -> None:
        needle = text.strip().casefold()
        self.shown = [
            e
            for e in self.summaries
            if not needle or needle in e.name.casefold() or needle == e.type.casefold()
        ]
        entities = self.query_one("#entity-list", OptionList)
        entities.clear_options()
        entities.add_options([Option(entity_prompt(e)) for e in self.shown])
        self.status(f"{len(self.shown)} of {len(self.summaries)} entities")
        if self.shown:
            entities.highlighted = 0
        else:
            self.query_one("#entity-references", OptionList).clear_options()

    @on(Input.Changed, "#entity-filter")
    def _filtered(self, event: Input.Changed) -> None:
        self._show(event.value)

    @on(OptionList.OptionHighlighted, "#entity-list")
    def _highlighted(self, event: OptionList.OptionHighlighted) -> None:
        if self.index is None or not 0 <= event.option_index < len(self.shown):
            return
        entity = self.shown[event.option_index]
        self.references = self.index.references(entity.name)
        references = self.query_one("#entity-references", OptionList)
        references.clear_options()
        references.add_options(reference_options(self.references))

    @on(Input.Submitted, "#entity-filter")
    @on(OptionList.OptionSelected, "#entity-list")
    def _entity_chosen(self) -> None:
        references = self.query_one("#entity-references", OptionList)
        if references.option_count > 1:
            references.focus()
            references.highlighted = 1 if self.references and self.references.visits else None
            if references.highlighted is None:
                references.action_cursor_down()

    @on(OptionList.OptionSelected, "#entity-references")
    def _reference_chosen(self, event: OptionList.OptionSelected) -> None:
        if not event.option.id or self.references is None:
            return
        kind, _, target = event.option.id.partition(" ")
        name = self.references.names[0]
        if kind == "visit":
            self.dismiss(EntityChoice("visit", name, target))
            return
        article = next(a for a in self.references.articles if a.article == target)
        self.dismiss(EntityChoice("article", name, target, article.start, article.end))

    def action_move(self, step: int) -> None:
        """Arrows move in whichever list is in use, even from the filter box."""
        focused = self.focused
        target = (
            focused
            if isinstance(focused, OptionList)
            else self.query_one("#entity-list", OptionList)
        )
        if step > 0:
            target.action_cursor_down()
        else:
            target.action_cursor_up()

    def action_switch(self) -> None:
        """Go between the entity list (with its filter) and the references."""
        if self.focused is self.query_one("#entity-references", OptionList):
            self.query_one("#entity-filter", Input).focus()
        else:
            self.query_one("#entity-references", OptionList).focus()

    def action_filter_visits(self) -> None:
        """Dismiss with the entity and the visits that name it, to filter the visits pane."""
        if self.references is None:
            return
        self.dismiss(
            EntityChoice(
                "filter",
                self.references.names[0],
                visits=tuple(v.visit for v in self.references.visits),
            )
        )

    def action_close(self) -> None:
        """Back to reading, nothing chosen."""
        self.dismiss(None)
