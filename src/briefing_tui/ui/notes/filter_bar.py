"""A one-line field that filters the reader's lists: only with notes, or with a given tag."""

from __future__ import annotations

from collections.abc import Iterable
from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.message import Message
from textual.suggester import SuggestFromList
from textual.widgets import Input

from briefing_tui.session.notes_index import NoteFilter, parse_filter
from briefing_tui.ui.notes.safe_fields import SafeInput


class NoteFilterBar(SafeInput):
    """Type 'noted' (or '*') for items with notes, or a tag; empty shows everything."""

    DEFAULT_CSS = """
    NoteFilterBar { height: 3; }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "clear_filter", "Clear filter", id="notes-filter.clear"),
    ]

    class FilterChanged(Message):
        """The filter changed; the lists show only what passes it."""

        def __init__(self, bar: NoteFilterBar, note_filter: NoteFilter) -> None:
            super().__init__()
            self.bar = bar
            self.note_filter = note_filter

        @property
        def control(self) -> NoteFilterBar:
            """The filter field that changed."""
            return self.bar

    class Finished(Message):
        """The analyst is done typing (enter) or cleared the filter (escape)."""

        def __init__(self, bar: NoteFilterBar) -> None:
            super().__init__()
            self.bar = bar

        @property
        def control(self) -> NoteFilterBar:
            """The filter field."""
            return self.bar

    def __init__(
        self, tags: Iterable[str] = (), *, id: str | None = None, classes: str | None = None
    ) -> None:
        super().__init__(
            placeholder="filter: noted, or a tag",
            id=id,
            classes=classes,
            suggester=self._suggester(tags),
        )
        self.note_filter = NoteFilter()

    @staticmethod
    def _suggester(tags: Iterable[str]) -> SuggestFromList:
        words = ["noted", *(f"#{tag}" for tag in tags)]
        return SuggestFromList(words, case_sensitive=False)

    def set_tags(self, tags: Iterable[str]) -> None:
        """Offer these tags as completions."""
        self.suggester = self._suggester(tags)

    def on_input_changed(self, event: Input.Changed) -> None:
        event.stop()
        chosen = parse_filter(event.value)
        if chosen != self.note_filter:
            self.note_filter = chosen
            self.post_message(self.FilterChanged(self, chosen))

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.post_message(self.Finished(self))

    def action_clear_filter(self) -> None:
        """Show everything again."""
        self.value = ""
        self.post_message(self.Finished(self))
