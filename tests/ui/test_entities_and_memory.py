"""Entities of the article or the visit; themes and the reading place survive a restart."""

from __future__ import annotations

from reading_steps import open_first_article, settle, story

from briefing_tui.paths import Locations
from briefing_tui.ui.app import DARK_THEME, LIGHT_THEME, ReaderApp
from briefing_tui.ui.screens.entity_panel import EntityPanel
from briefing_tui.ui.widgets.pane_lists import PaneList, VisitList


@story
async def test_e_lists_the_entities_and_choosing_one_walks_its_mentions(
    locations: Locations,
) -> None:
    app = ReaderApp(locations)
    async with app.run_test(size=(100, 30)) as pilot:
        await open_first_article(pilot)
        view = app.reader.view
        await pilot.press("e")
        assert isinstance(app.screen, EntityPanel)
        entries = app.screen.query_one("#entity-list", PaneList)
        names = [entries.get_option_at_index(i).id for i in range(entries.option_count)]
        assert names[0] == "Benjamin Netanyahu"
        await pilot.press("enter")
        assert not isinstance(app.screen, EntityPanel)
        netanyahu = [(m.start, m.end) for m in view.mentions if m.name == "Benjamin Netanyahu"]
        assert view.cursor == netanyahu[0]
        await pilot.press("n")
        assert view.cursor == netanyahu[1]
        await pilot.press("N")
        assert view.cursor == netanyahu[0]


@story
async def test_the_entity_panel_switches_to_the_whole_visit(locations: Locations) -> None:
    app = ReaderApp(locations)
    async with app.run_test(size=(100, 30)) as pilot:
        await open_first_article(pilot)
        await pilot.press("e", "s")
        panel = app.screen
        assert isinstance(panel, EntityPanel)
        await settle(pilot, lambda: panel.visit_mentions is not None)
        assert panel.visit_mentions is not None
        assert set(panel.visit_mentions) == {
            "2020-01-tass-stop-in-moscow",
            "2020-01-herald-a-second-look",
        }
        await pilot.press("escape")
        assert not isinstance(app.screen, EntityPanel)


@story
async def test_the_light_theme_is_chosen_in_the_palette_and_remembered(
    locations: Locations,
) -> None:
    app = ReaderApp(locations)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot, lambda: app.reader.corpus is not None)
        await pilot.press("ctrl+p", *"theme: light")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await settle(pilot, lambda: app.theme == LIGHT_THEME)
        await pilot.press("q")
    again = ReaderApp(locations)
    async with again.run_test(size=(100, 30)) as pilot:
        await settle(pilot, lambda: again.reader.corpus is not None)
        assert again.theme == LIGHT_THEME
        assert not again.reader.view._dark
        again.theme = DARK_THEME
        await pilot.pause()
        assert again.reader.view._dark


@story
async def test_the_reader_reopens_where_the_analyst_left_off(locations: Locations) -> None:
    app = ReaderApp(locations)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot, lambda: app.reader.corpus is not None)
        await pilot.press("tab", "j", "enter")
        view = app.reader.view
        await settle(pilot, lambda: view.article_id == "2020-01-herald-a-second-look")
        await pilot.press("j", "j")
        place = view.cursor
        await pilot.press("shift+tab", "shift+tab", "r", "q")
    again = ReaderApp(locations)
    async with again.run_test(size=(100, 30)) as pilot:
        view = again.reader.view
        await settle(pilot, lambda: view.article_id == "2020-01-herald-a-second-look")
        assert view.cursor == place
        assert again.focused is view
        visits = again.reader.query_one(VisitList)
        assert visits.highlighted_id == "2020-01-moscow"
        assert visits.get_option_at_index(0).id == "2021-05-sochi"
