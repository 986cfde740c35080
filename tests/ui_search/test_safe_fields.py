"""Text typed or pasted into the search dialogs never reaches the terminal as control codes."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from textual.widgets import Input

from briefing_tui.ui.notes.safe_fields import SafeInput
from briefing_tui.ui.screens.entity_index import EntityIndexScreen
from briefing_tui.ui.screens.notes_browser import NotesBrowserScreen
from briefing_tui.ui.screens.search import IndexedScreen, SearchScreen

from .harness import DialogHost, settle, story

HOSTILE = "Putin\x1b]52;c;ZXZpbA==\x07\x1b[2J\u202e"

Dialog = Callable[[Path, Path], IndexedScreen[Any]]
DIALOGS: dict[str, Dialog] = {
    "search": lambda corpus, notes: SearchScreen(corpus, notes),
    "entity index": lambda corpus, notes: EntityIndexScreen(corpus, notes),
    "notes view": lambda corpus, notes: NotesBrowserScreen(corpus, notes),
}


@pytest.mark.parametrize("name", sorted(DIALOGS))
@story
async def test_the_dialogs_field_draws_control_codes_as_placeholders(
    name: str, corpus_dir: Path
) -> None:
    dialog = DIALOGS[name](corpus_dir, corpus_dir.parent / "annotations")
    host = DialogHost(dialog)
    async with host.run_test(size=(120, 30)) as pilot:
        await settle(host, pilot)
        field = dialog.query_one(Input)
        assert isinstance(field, SafeInput)
        field.value = HOSTILE
        await pilot.pause()
        drawn = "".join(segment.text for segment in field.render_line(0))
        drawn += "".join(segment.text for segment in field.render_line(1))
        assert "Putin" in drawn
        assert not any(char in drawn for char in "\x1b\x07\u202e")
        assert field.value == HOSTILE
