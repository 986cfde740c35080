"""From the reader, the analyst opens the timeline, the entity index and every note, and filters."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reading_steps import open_first_article, settle, story
from textual.pilot import Pilot
from textual.widgets import OptionList

from briefing_tui.corpus import load_corpus
from briefing_tui.notes import NoteStore, make_target
from briefing_tui.paths import Locations
from briefing_tui.ui.app import ReaderApp
from briefing_tui.ui.notes import NoteFilterBar
from briefing_tui.ui.screens.entity_index import EntityIndexScreen
from briefing_tui.ui.screens.notes_browser import NotesBrowserScreen
from briefing_tui.ui.screens.timeline import TimelineScreen
from briefing_tui.ui.widgets.pane_lists import UNASSIGNED, VisitList

TASS = "2020-01-tass-stop-in-moscow"
QUOTE = "The talks covered Syria and the S-300 question."


def visit_ids(app: ReaderApp) -> list[str | None]:
    """The visits listed in the visits pane, in order."""
    pane = app.reader.query_one(VisitList)
    return [pane.get_option_at_index(i).id for i in range(pane.option_count)]


def note_on_quote(locations: Locations, tags: tuple[str, ...] = ()) -> tuple[int, int]:
    """Write a note on the S-300 sentence of the TASS article; return where the passage is."""
    body = load_corpus(locations.corpus).body(TASS)
    start = body.index(QUOTE)
    end = start + len(QUOTE)
    store = NoteStore(locations.annotations)
    store.add(
        "article", TASS, store.new_note("Ask about the S-300.", tags, make_target(body, start, end))
    )
    return start, end


async def type_in(pilot: Pilot[Any], text: str) -> None:
    """Type text key by key."""
    names = {"-": "minus", " ": "space"}
    await pilot.press(*[names.get(char, char) for char in text])


@story
async def test_t_opens_the_timeline_and_the_visit_chosen_opens(locations: Locations) -> None:
    app = ReaderApp(locations, remember=False)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot, lambda: app.reader.corpus is not None)
        await pilot.press("t")
        await settle(pilot, lambda: isinstance(app.screen, TimelineScreen))
        timeline = app.screen
        assert isinstance(timeline, TimelineScreen)
        await settle(pilot, lambda: bool(timeline.visits))
        chart = timeline.query_one("#timeline", OptionList)
        assert chart.highlighted_option is not None
        assert chart.highlighted_option.id == "2020-01-moscow"
        await pilot.press("j", "enter")
        view = app.reader.view
        await settle(pilot, lambda: view.article_id == "2021-05-markup-injection")
        assert app.reader.query_one(VisitList).highlighted_id == "2021-05-sochi"
        assert app.focused is view


@story
async def test_the_entity_index_opens_an_article_at_the_mention(locations: Locations) -> None:
    app = ReaderApp(locations, remember=False)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot, lambda: app.reader.corpus is not None)
        await pilot.press("i")
        await settle(pilot, lambda: isinstance(app.screen, EntityIndexScreen))
        index = app.screen
        assert isinstance(index, EntityIndexScreen)
        await settle(pilot, lambda: bool(index.summaries))
        await type_in(pilot, "S-300")
        await settle(pilot, lambda: [e.name for e in index.shown] == ["S-300"])
        await pilot.press("enter", "down", "enter")
        view = app.reader.view
        await settle(pilot, lambda: view.article_id == TASS and bool(view.hits))
        assert view.body[slice(*view.cursor)] == "S-300"
        assert view.cursor in view.hits


@story
async def test_the_entity_index_starts_on_the_entity_being_read(locations: Locations) -> None:
    app = ReaderApp(locations, remember=False)
    async with app.run_test(size=(120, 36)) as pilot:
        await open_first_article(pilot)
        assert app.reader.entity_at_cursor() == "Benjamin Netanyahu"
        await pilot.press("i")
        await settle(pilot, lambda: isinstance(app.screen, EntityIndexScreen))
        assert isinstance(app.screen, EntityIndexScreen)
        assert app.screen.wanted == "Benjamin Netanyahu"
        await pilot.press("escape")


@story
async def test_the_visits_are_filtered_by_an_entity_until_f_clears_it(
    locations: Locations,
) -> None:
    app = ReaderApp(locations, remember=False)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot, lambda: app.reader.corpus is not None)
        assert visit_ids(app) == ["2020-01-moscow", "2021-05-sochi", UNASSIGNED]
        await pilot.press("i")
        await settle(pilot, lambda: isinstance(app.screen, EntityIndexScreen))
        index = app.screen
        assert isinstance(index, EntityIndexScreen)
        await settle(pilot, lambda: bool(index.summaries))
        await type_in(pilot, "S-300")
        await settle(pilot, lambda: index.references is not None)
        await pilot.press("ctrl+f")
        await settle(pilot, lambda: not isinstance(app.screen, EntityIndexScreen))
        pane = app.reader.query_one(VisitList)
        assert visit_ids(app) == ["2020-01-moscow"]
        assert "S-300" in str(pane.border_title)
        assert "F" in str(pane.border_subtitle)
        assert app.focused is pane
        await pilot.press("F")
        assert visit_ids(app) == ["2020-01-moscow", "2021-05-sochi", UNASSIGNED]
        assert str(pane.border_title) == "Visits"


@story
async def test_the_notes_filter_keeps_visits_with_notes_or_a_tag(locations: Locations) -> None:
    note_on_quote(locations, ("syria",))
    app = ReaderApp(locations, remember=False)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot, lambda: app.reader.corpus is not None)
        await settle(pilot, lambda: app.reader.session.notes_index is not None)
        await pilot.press("f")
        bar = app.reader.query_one(NoteFilterBar)
        assert bar.has_focus
        await type_in(pilot, "noted")
        assert visit_ids(app) == ["2020-01-moscow"]
        await pilot.press("enter")
        assert not bar.display
        assert app.focused is app.reader.query_one(VisitList)
        assert "with notes" in str(app.reader.query_one(VisitList).border_title)
        await pilot.press("f", *["backspace"] * 5)
        await type_in(pilot, "#elsewhere")
        assert visit_ids(app) == []
        await pilot.press("escape")
        assert visit_ids(app) == ["2020-01-moscow", "2021-05-sochi", UNASSIGNED]


@story
async def test_every_note_is_listed_and_the_chosen_one_opens_at_its_passage(
    locations: Locations,
) -> None:
    start, end = note_on_quote(locations)
    app = ReaderApp(locations, remember=False)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot, lambda: app.reader.corpus is not None)
        await pilot.press("ctrl+n")
        await settle(pilot, lambda: isinstance(app.screen, NotesBrowserScreen))
        browser = app.screen
        assert isinstance(browser, NotesBrowserScreen)
        await settle(pilot, lambda: len(browser.notes) == 1)
        await pilot.press("enter")
        view = app.reader.view
        await settle(pilot, lambda: view.article_id == TASS and bool(view.hits))
        assert view.cursor == (start, end)


@story
async def test_the_palette_offers_the_new_commands(locations: Locations) -> None:
    app = ReaderApp(locations, remember=False)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot, lambda: app.reader.corpus is not None)
        titles = {command.title for command in app.get_system_commands(app.screen)}
        for wanted in (
            "Search",
            "Timeline",
            "Entity index",
            "All notes",
            "Export visit",
            "Export everything",
            "Notes filter",
            "Notes",
        ):
            assert wanted in titles


@story
async def test_help_lists_the_new_keys(locations: Locations, tmp_path: Path) -> None:
    app = ReaderApp(locations, remember=False)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot, lambda: app.reader.corpus is not None)
        keys = {bound.binding_id: bound.keys for bound in app.bound_actions()}
        assert keys["reader.timeline"] == ("t",)
        assert keys["reader.entity-index"] == ("i",)
        assert keys["reader.all-notes"] == ("^n",)
        assert keys["reader.notes-pane"] == ("p",)
        assert keys["reader.export-visit"] == ("x",)
        assert keys["reader.export-all"] == ("X",)
        assert keys["reader.notes-filter"] == ("f",)
        assert "notes.open" in keys
        assert "timeline.close" in keys
