"""The reader screen's keys: each binding has an id, so the user's keymap can move it."""

from __future__ import annotations

from textual.binding import Binding, BindingType

READER_BINDINGS: list[BindingType] = [
    Binding("tab", "app.focus_next", "Next pane", show=False, id="app.next-pane"),
    Binding("shift+tab", "app.focus_previous", "Previous pane", show=False, id="app.previous-pane"),
    Binding("e", "entities", "Entities", id="reader.entities"),
    Binding("slash", "search", "Search", id="reader.search"),
    Binding(
        "p",
        "notes_pane",
        "Notes",
        tooltip="Show or hide the notes pane of the open article",
        id="reader.notes-pane",
    ),
    Binding("t", "timeline", "Timeline", show=False, id="reader.timeline"),
    Binding("i", "entity_index", "Entity index", show=False, id="reader.entity-index"),
    Binding("ctrl+n", "all_notes", "All notes", show=False, id="reader.all-notes"),
    Binding("f", "notes_filter", "Notes filter", show=False, id="reader.notes-filter"),
    Binding("F", "clear_filters", "Clear filters", id="reader.clear-filters"),
    Binding("x", "export_visit", "Export visit", show=False, id="reader.export-visit"),
    Binding("X", "export_all", "Export everything", show=False, id="reader.export-all"),
]
"""Keys of the reader as a whole; the panes and the article view add their own."""
