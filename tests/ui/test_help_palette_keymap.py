"""Help lists the keys in force, the palette runs any action, and keys follow the user's keymap."""

from __future__ import annotations

from pathlib import Path

from reading_steps import open_first_article, settle, story
from textual.command import CommandPalette

from briefing_tui.paths import Locations, user_config_dir
from briefing_tui.ui.app import ReaderApp
from briefing_tui.ui.screens.help import HelpScreen, help_table
from briefing_tui.ui.settings import load_settings


def write_config(text: str) -> Path:
    path = user_config_dir() / "config.yaml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def help_text(app: ReaderApp) -> str:
    screen = app.screen
    assert isinstance(screen, HelpScreen)
    table = help_table(screen.actions, screen.config_hint)
    lines = app.console.render_lines(table, app.console.options.update_width(100), pad=False)
    return "\n".join("".join(segment.text for segment in line) for line in lines)


@story
async def test_question_mark_lists_every_binding_pane_by_pane(locations: Locations) -> None:
    app = ReaderApp(locations)
    async with app.run_test(size=(100, 40)) as pilot:
        await open_first_article(pilot)
        await pilot.press("question_mark")
        text = help_text(app)
        for words in (
            "Everywhere",
            "Visits pane",
            "Article",
            "Next sentence",
            "Reverse order",
            "Entities",
            "Entity panel",
            "Article / visit",
            "Note editor",
            "Save",
            "Copy",
            "Select",
            "Note",
            "Article note",
            "Palette",
            "Quit",
        ):
            assert words in text
        await pilot.press("escape")
        assert not isinstance(app.screen, HelpScreen)


@story
async def test_a_remapped_key_works_and_help_shows_it(locations: Locations) -> None:
    write_config("keymap:\n  article.next-sentence: ctrl+n,down\n  app.help: f1\n")
    app = ReaderApp(locations)
    async with app.run_test(size=(100, 40)) as pilot:
        await open_first_article(pilot)
        view = app.reader.view
        start = view.cursor
        await pilot.press("j")
        assert view.cursor == start
        await pilot.press("ctrl+n")
        assert view.cursor != start
        await pilot.press("f1")
        assert "^n ↓" in help_text(app)


@story
async def test_a_broken_config_is_reported_with_its_line(locations: Locations) -> None:
    path = write_config("keymap:\n  app.quit: [q\n")
    assert load_settings(path).problems
    app = ReaderApp(locations)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot, lambda: app.reader.corpus is not None)
        assert any("config.yaml:" in n.message for n in app._notifications)


@story
async def test_the_palette_opens_a_visit_by_name(locations: Locations) -> None:
    app = ReaderApp(locations)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot, lambda: app.reader.corpus is not None)
        await pilot.press("ctrl+p")
        assert isinstance(app.screen, CommandPalette)
        await pilot.press(*"open visit sochi")
        await pilot.pause(0.3)
        await pilot.press("enter")
        view = app.reader.view
        await settle(pilot, lambda: view.article_id == "2021-05-markup-injection")


@story
async def test_the_palette_runs_any_action(locations: Locations) -> None:
    app = ReaderApp(locations)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot, lambda: app.reader.corpus is not None)
        titles = {c.title for c in app.get_system_commands(app.screen)}
        assert {"Reverse order", "Next sentence", "Copy", "Entities", "Help", "Quit"} <= titles
        await pilot.press("ctrl+p", *"reverse order")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await settle(pilot, lambda: app.state.newest_first)


@story
async def test_every_dialog_closes_with_its_keys_and_ctrl_q_quits(locations: Locations) -> None:
    app = ReaderApp(locations)
    async with app.run_test(size=(100, 30)) as pilot:
        await open_first_article(pilot)
        for opener, closer in (
            ("question_mark", "q"),
            ("question_mark", "question_mark"),
            ("e", "q"),
            ("e", "e"),
            ("e", "escape"),
        ):
            await pilot.press(opener)
            assert app.screen is not app.reader
            await pilot.press(closer)
            assert app.screen is app.reader
        await pilot.press("question_mark", "j", "j", "k", "escape")
        assert app.screen is app.reader
        await pilot.press("shift+tab", "l")
        assert app.focused is app.reader.view
        await pilot.press("ctrl+q")
        await pilot.pause()
    assert app.return_value == 0
