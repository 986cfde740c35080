"""The timeline: every visit on a time axis, year by year, with its article and note counts.

Each year is drawn as an axis of months with a mark where each visit
falls; under it, one line per visit with bars for its articles and notes.
Choosing a visit dismisses the dialog with the visit's id.
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import groupby
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from briefing_tui.textsafety import one_line
from briefing_tui.ui.screens.search import IndexedScreen

if TYPE_CHECKING:
    from briefing_tui.search import SearchIndex, TimelineVisit
    from briefing_tui.session.jobs import Jobs

MONTH_CELLS = 4
MONTHS = "JFMAMJJASOND"
BAR_CELLS = 16
ARTICLE_MARK = "█"
NOTE_MARK = "▒"


def year_axis(year: int, visits: Iterable[TimelineVisit]) -> Text:
    """One year as an axis of months, with a mark where each visit falls."""
    cells = ["─"] * (12 * MONTH_CELLS)
    for month in range(12):
        cells[month * MONTH_CELLS] = MONTHS[month]
    marks: dict[int, int] = {}
    for visit in visits:
        month, day = int(visit.date[5:7]), int(visit.date[8:10])
        column = (month - 1) * MONTH_CELLS + min(MONTH_CELLS - 1, (day - 1) * MONTH_CELLS // 31)
        marks[column] = marks.get(column, 0) + 1
    axis = Text(f"{year} ├", style="bold")
    for column, cell in enumerate(cells):
        count = marks.get(column, 0)
        if count:
            axis.append("●" if count == 1 else "◉", style="bold cyan")
        else:
            axis.append(cell, style="dim")
    axis.append("┤", style="dim")
    return axis


def bar(count: int, most: int, mark: str) -> str:
    """A bar of up to ``BAR_CELLS`` cells for a count, at least one cell when not zero."""
    if count <= 0 or most <= 0:
        return ""
    return mark * max(1, round(BAR_CELLS * count / most))


def visit_line(visit: TimelineVisit, most_articles: int, most_notes: int) -> Text:
    """One visit: its date, place, bars for articles and notes, and its title."""
    line = Text(f"  {visit.date[5:]}  ", style="bold")
    line.append(f"{one_line(visit.place)[:18]:<18} ")
    line.append(f"{bar(visit.articles, most_articles, ARTICLE_MARK):<{BAR_CELLS}}", style="green")
    line.append(f" {visit.articles:>4} art. ")
    line.append(f"{bar(visit.notes, most_notes, NOTE_MARK):<{BAR_CELLS}}", style="yellow")
    line.append(f" {visit.notes:>3} {'note ' if visit.notes == 1 else 'notes'}  ")
    line.append(one_line(visit.title), style="dim")
    line.no_wrap = True
    line.overflow = "ellipsis"
    return line


def timeline_options(visits: list[TimelineVisit]) -> list[Option]:
    """The picture as options: a disabled axis per year, then a choosable line per visit."""
    most_articles = max((v.articles for v in visits), default=0)
    most_notes = max((v.notes for v in visits), default=0)
    options: list[Option] = []
    for year, group in groupby(visits, key=lambda v: v.year):
        members = list(group)
        options.append(Option(year_axis(year, members), id=f"year {year}", disabled=True))
        options.extend(Option(visit_line(v, most_articles, most_notes), id=v.id) for v in members)
    return options


class TimelineScreen(IndexedScreen[str | None]):
    """Visits along a time axis by year; ``enter`` dismisses with the chosen visit's id."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q", "close", "Close", id="timeline.close"),
        Binding("j", "move('cursor_down')", "Next visit", show=False, id="timeline.down"),
        Binding("k", "move('cursor_up')", "Previous visit", show=False, id="timeline.up"),
        Binding("right_square_bracket", "year(1)", "Next year", id="timeline.next-year"),
        Binding("left_square_bracket", "year(-1)", "Previous year", id="timeline.previous-year"),
    ]

    def __init__(
        self,
        corpus: Path,
        annotations: Path,
        index: SearchIndex | None = None,
        current: str | None = None,
        jobs: Jobs | None = None,
    ) -> None:
        super().__init__(corpus, annotations, index, jobs)
        self.current = current
        self.visits: list[TimelineVisit] = []

    def compose(self) -> ComposeResult:
        """The picture, with the progress of a first index build above it."""
        with Vertical(classes="index-dialog", id="timeline-dialog"):
            yield from self.compose_progress()
            yield OptionList(id="timeline")

    def on_mount(self) -> None:
        """Title the dialog and open the index."""
        dialog = self.query_one("#timeline-dialog")
        dialog.border_title = "Timeline of visits"
        dialog.border_subtitle = "█ articles  ▒ notes · [ ] years · enter opens · escape closes"
        self.query_one("#timeline", OptionList).focus()
        self.start_index()

    def index_ready(self) -> None:
        """Draw the picture and put the cursor on the current visit."""
        assert self.index is not None
        self.visits = self.index.timeline()
        timeline = self.query_one("#timeline", OptionList)
        chosen = timeline.highlighted_option.id if timeline.highlighted_option else self.current
        timeline.clear_options()
        timeline.add_options(timeline_options(self.visits))
        if not self.visits:
            self.status("no visits in visits.yaml yet")
            return
        self.status(f"{len(self.visits)} visits, {self.visits[0].year}–{self.visits[-1].year}")
        ids = [v.id for v in self.visits]
        target = chosen if chosen in ids else ids[-1]
        timeline.highlighted = timeline.get_option_index(target)

    def action_move(self, action: str) -> None:
        """Move the cursor to the next or previous visit."""
        timeline = self.query_one("#timeline", OptionList)
        getattr(timeline, f"action_{action}")()

    def action_year(self, step: int) -> None:
        """Jump to the first visit of the next or previous year."""
        timeline = self.query_one("#timeline", OptionList)
        option = timeline.highlighted_option
        if option is None or not self.visits:
            return
        years = sorted({v.year for v in self.visits})
        year = next(v.year for v in self.visits if v.id == option.id)
        position = years.index(year) + step
        if 0 <= position < len(years):
            first = next(v for v in self.visits if v.year == years[position])
            timeline.highlighted = timeline.get_option_index(first.id)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        """Open the chosen visit."""
        if event.option.id and " " not in event.option.id:
            self.dismiss(event.option.id)

    def action_close(self) -> None:
        """Back to reading, nothing chosen."""
        self.dismiss(None)
