"""The notes pane beside the article, a note on a visit, and a briefing exported from the reader."""

from __future__ import annotations

from pathlib import Path

import pytest
from reading_steps import open_first_article, settle, story
from textual.widgets import Input, TextArea

from briefing_tui.corpus import load_corpus
from briefing_tui.notes import NoteStore, make_target
from briefing_tui.paths import Locations
from briefing_tui.ui.app import ReaderApp
from briefing_tui.ui.notes import AskLine, Confirm, NoteEditor, NotesPanel
from briefing_tui.ui.widgets.pane_lists import VisitList

TASS = "2020-01-tass-stop-in-moscow"
FIRST = "He met Vladimir Putin at the Kremlin for two hours."
SECOND = "Putin said the visit was useful."


def two_notes(locations: Locations) -> dict[str, tuple[int, int]]:
    """Notes on two sentences of the TASS article; their passages by body."""
    body = load_corpus(locations.corpus).body(TASS)
    store = NoteStore(locations.annotations)
    spans: dict[str, tuple[int, int]] = {}
    for text, quote in (("On the Kremlin.", FIRST), ("Useful, he said.", SECOND)):
        start = body.index(quote)
        spans[text] = (start, start + len(quote))
        store.add("article", TASS, store.new_note(text, (), make_target(body, *spans[text])))
    return spans


@story
async def test_p_shows_the_notes_pane_and_choosing_a_note_moves_the_cursor(
    locations: Locations,
) -> None:
    spans = two_notes(locations)
    app = ReaderApp(locations, remember=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_first_article(pilot)
        panel = app.reader.query_one(NotesPanel)
        await settle(pilot, lambda: len(panel.notes.all) == 2)
        assert not panel.display
        await pilot.press("p")
        assert panel.display and panel.has_focus_within
        assert [p.note.body for p in panel.notes.all] == ["On the Kremlin.", "Useful, he said."]
        await pilot.press("j", "enter")
        view = app.reader.view
        assert app.focused is view
        assert view.cursor == spans["Useful, he said."]
        await pilot.press("k", "k")
        assert view.cursor == spans["On the Kremlin."]
        assert panel.highlighted is not None
        assert panel.highlighted.note.body == "On the Kremlin."
        await pilot.press("p", "p")
        assert not panel.display
        assert app.focused is view


@story
async def test_tab_reaches_the_notes_pane_when_it_is_shown(locations: Locations) -> None:
    app = ReaderApp(locations, remember=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_first_article(pilot)
        panel = app.reader.query_one(NotesPanel)
        await pilot.press("p")
        assert panel.has_focus_within
        await pilot.press("tab")
        assert app.focused is app.reader.view
        await pilot.press("shift+tab")
        assert panel.has_focus_within


@story
async def test_a_in_the_visits_pane_writes_a_visit_note(locations: Locations) -> None:
    app = ReaderApp(locations, remember=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot, lambda: app.reader.corpus is not None)
        assert app.focused is app.reader.query_one(VisitList)
        await pilot.press("a")
        await settle(pilot, lambda: isinstance(app.screen, NoteEditor))
        app.screen.query_one(TextArea).insert("Why Moscow, and why now?")
        await pilot.press("ctrl+s")
        await settle(pilot, lambda: not isinstance(app.screen, NoteEditor))
        visits = app.reader.query_one(VisitList)
        await settle(pilot, lambda: "· 1 note" in str(visits.get_option_at_index(0).prompt))
    notes = NoteStore(locations.annotations).visit("2020-01-moscow").notes
    assert [n.body for n in notes] == ["Why Moscow, and why now?"]


@story
async def test_x_exports_the_visit_and_asks_before_overwriting(
    locations: Locations, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    monkeypatch.chdir(out)
    app = ReaderApp(locations, remember=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot, lambda: app.reader.corpus is not None)
        await pilot.press("x")
        await settle(pilot, lambda: isinstance(app.screen, AskLine))
        assert app.screen.query_one(Input).value == "briefing-2020-01-moscow.md"
        await pilot.press("enter")
        written = out / "briefing-2020-01-moscow.md"
        await settle(pilot, lambda: written.exists())
        assert "Moscow" in written.read_text(encoding="utf-8")
        await settle(
            pilot, lambda: "Briefing written to" in str(app.reader.query_one("#status").render())
        )

        written.write_text("kept\n", encoding="utf-8")
        await pilot.press("x")
        await settle(pilot, lambda: isinstance(app.screen, AskLine))
        await pilot.press("enter")
        await settle(pilot, lambda: isinstance(app.screen, Confirm))
        await pilot.press("n")
        await settle(pilot, lambda: not isinstance(app.screen, Confirm))
        assert written.read_text(encoding="utf-8") == "kept\n"

        await pilot.press("x")
        await settle(pilot, lambda: isinstance(app.screen, AskLine))
        await pilot.press("enter")
        await settle(pilot, lambda: isinstance(app.screen, Confirm))
        await pilot.press("y")
        await settle(pilot, lambda: written.read_text(encoding="utf-8") != "kept\n")
        assert "Moscow" in written.read_text(encoding="utf-8")


@story
async def test_shift_x_exports_everything_under_the_name_typed(
    locations: Locations, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    app = ReaderApp(locations, remember=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot, lambda: app.reader.corpus is not None)
        await pilot.press("X")
        await settle(pilot, lambda: isinstance(app.screen, AskLine))
        field = app.screen.query_one(Input)
        assert field.value == "briefing.md"
        field.value = "all-visits"
        await pilot.press("enter")
        written = tmp_path / "all-visits.md"
        await settle(pilot, lambda: written.exists())
        text = written.read_text(encoding="utf-8")
        assert "Moscow" in text and "Sochi" in text


@story
async def test_a_briefing_that_cannot_be_written_is_reported(
    locations: Locations, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "taken").write_text("a file, not a folder\n", encoding="utf-8")
    app = ReaderApp(locations, remember=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot, lambda: app.reader.corpus is not None)
        await pilot.press("X")
        await settle(pilot, lambda: isinstance(app.screen, AskLine))
        app.screen.query_one(Input).value = "taken/briefing.md"
        await pilot.press("enter")
        status = app.reader.query_one("#status")
        await settle(pilot, lambda: "not written" in str(status.render()))
    assert (tmp_path / "taken").read_text(encoding="utf-8") == "a file, not a folder\n"
