"""Notes in the real reader: a, A and the visits pane's a open the editor; drafts are offered.

These stories run once the reader screen hosts the notes panel (``action_visit_note``).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot

from briefing_tui.notes import NoteStore, drafts
from briefing_tui.notes.drafts import NoteDraft
from briefing_tui.paths import Locations
from briefing_tui.ui.app import ReaderApp
from briefing_tui.ui.notes import DraftsLeftDialog, NoteEditor, NotesPanel
from briefing_tui.ui.screens.reader import ReaderScreen

from .conftest import type_text

pytestmark = pytest.mark.skipif(
    not hasattr(ReaderScreen, "action_visit_note"),
    reason="the reader screen does not host the notes panel yet",
)


async def settle(pilot: Pilot[Any], until: Callable[[], bool], tries: int = 300) -> None:
    """Let workers and messages run until a condition holds."""
    for _ in range(tries):
        if until():
            await pilot.pause()
            return
        await pilot.pause(0.02)
    raise AssertionError("the reader never reached the expected state")


@pytest.fixture
def locations(corpus_dir: Path) -> Locations:
    return Locations(corpus=corpus_dir, annotations=corpus_dir.parent / "annotations")


async def test_a_note_on_a_selection_is_saved_listed_and_marked(locations: Locations) -> None:
    app = ReaderApp(locations, remember=False)
    async with app.run_test(size=(140, 40)) as pilot:
        await settle(pilot, lambda: app.reader.corpus is not None)
        await pilot.press("enter")
        view = app.reader.view
        await settle(pilot, lambda: bool(view.body) and app.focused is view)
        await pilot.press("v", "w", "w")
        start, end = view.passage
        await pilot.press("a")
        await settle(pilot, lambda: isinstance(app.screen, NoteEditor))
        await type_text(pilot, "On the passage.")
        await pilot.press("ctrl+s")
        await settle(pilot, lambda: not isinstance(app.screen, NoteEditor))
        store = NoteStore(locations.annotations)
        [note] = store.article(view.article_id or "").notes
        assert note.target is not None and note.target.quote == view.body[start:end]
        panel = app.reader.query_one(NotesPanel)
        await settle(pilot, lambda: len(panel.notes.all) == 1)
        assert (start, end) in panel.notes.ranges

        await pilot.press("A")
        await settle(pilot, lambda: isinstance(app.screen, NoteEditor))
        await type_text(pilot, "Whole.")
        await pilot.press("ctrl+s")
        await settle(pilot, lambda: len(panel.notes.all) == 2)

        app.reader.query_one("#visits").focus()
        await pilot.press("a")
        await settle(pilot, lambda: isinstance(app.screen, NoteEditor))
        await type_text(pilot, "Visit.")
        await pilot.press("ctrl+s")
        await settle(pilot, lambda: not isinstance(app.screen, NoteEditor))
    assert sorted(kind for kind, _ in NoteStore(locations.annotations).subjects()) == [
        "article",
        "visit",
    ]


async def test_drafts_left_behind_are_offered_at_start(locations: Locations) -> None:
    drafts.save_draft(NoteDraft(drafts.new_draft_key(), "visit", "2016-06-moscow", "Left over."))
    app = ReaderApp(locations, remember=False)
    async with app.run_test(size=(140, 40)) as pilot:
        await settle(pilot, lambda: isinstance(app.screen, DraftsLeftDialog))
        await pilot.press("enter")
        await settle(pilot, lambda: isinstance(app.screen, NoteEditor))
        await pilot.press("ctrl+s")
        await settle(pilot, lambda: not isinstance(app.screen, NoteEditor))
    notes = NoteStore(locations.annotations).visit("2016-06-moscow").notes
    assert [n.body for n in notes] == ["Left over."]
