"""From the article, a note is written on a sentence and stays marked; ``/`` finds a passage."""

from __future__ import annotations

from reading_steps import open_first_article, settle, story
from textual.widgets import Input, TextArea

from briefing_tui.notes import NoteStore
from briefing_tui.paths import Locations
from briefing_tui.ui.app import ReaderApp
from briefing_tui.ui.notes import NoteEditor
from briefing_tui.ui.screens.search import SearchScreen
from briefing_tui.ui.widgets.pane_lists import ArticleList, VisitList


@story
async def test_a_writes_a_note_on_the_current_sentence_and_marks_it(
    locations: Locations,
) -> None:
    app = ReaderApp(locations)
    async with app.run_test(size=(100, 30)) as pilot:
        await open_first_article(pilot)
        view = app.reader.view
        await pilot.press("j", "a")
        await settle(pilot, lambda: isinstance(app.screen, NoteEditor))
        await pilot.press(*"quiet")
        assert isinstance(app.screen, NoteEditor)
        area = app.screen.query_one(TextArea)
        assert area.text == "quiet"
        area.clear()
        area.insert("Putin and the Kremlin")
        await pilot.press("ctrl+s")
        await settle(pilot, lambda: not isinstance(app.screen, NoteEditor))
        notes = NoteStore(locations.annotations).article(view.article_id or "").notes
        assert [n.target.quote for n in notes if n.target] == [
            "He met Vladimir Putin at the Kremlin for two hours."
        ]
        await settle(pilot, lambda: bool(view.note_ranges))
        assert view.note_ranges == [view.cursor]
        status = str(app.reader.query_one("#status").render())
        assert "✎ Putin and the Kremlin" in status
        visits = app.reader.query_one(VisitList)
        articles = app.reader.query_one(ArticleList)
        await settle(pilot, lambda: "· 1 note" in str(visits.get_option_at_index(0).prompt))
        assert "· 1 note" in str(articles.get_option_at_index(0).prompt)


@story
async def test_shift_a_writes_a_note_on_the_whole_article(locations: Locations) -> None:
    app = ReaderApp(locations)
    async with app.run_test(size=(100, 30)) as pilot:
        await open_first_article(pilot)
        await pilot.press("A")
        await settle(pilot, lambda: isinstance(app.screen, NoteEditor))
        editor = app.screen
        assert isinstance(editor, NoteEditor)
        assert editor.subject.target is None
        await pilot.press("escape")


@story
async def test_slash_opens_search(locations: Locations) -> None:
    app = ReaderApp(locations)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot, lambda: app.reader.corpus is not None)
        await pilot.press("slash")
        await settle(pilot, lambda: isinstance(app.screen, SearchScreen))
        assert app.screen.query(Input)


@story
async def test_a_search_hit_opens_its_article_and_n_walks_the_matches(
    locations: Locations,
) -> None:
    app = ReaderApp(locations)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot, lambda: app.reader.corpus is not None)
        await pilot.press("slash")
        await settle(pilot, lambda: isinstance(app.screen, SearchScreen))
        screen = app.screen
        assert isinstance(screen, SearchScreen)
        await pilot.press(*"kremlin")
        await settle(pilot, lambda: bool(screen.hits))
        await pilot.press("enter")
        view = app.reader.view
        await settle(pilot, lambda: view.article_id is not None and bool(view.hits))
        assert view.body[slice(*view.cursor)].casefold() == "kremlin"
        first = view.cursor
        await pilot.press("n")
        assert view.cursor != first
        assert view.body[slice(*view.cursor)].casefold() == "kremlin"
        await pilot.press("N")
        assert view.cursor == first


@story
async def test_a_in_the_visits_pane_writes_a_note_on_the_visit(locations: Locations) -> None:
    app = ReaderApp(locations)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot, lambda: app.reader.corpus is not None)
        await pilot.press("a")
        await settle(pilot, lambda: isinstance(app.screen, NoteEditor))
        editor = app.screen
        assert isinstance(editor, NoteEditor)
        assert (editor.subject.kind, editor.subject.subject_id) == ("visit", "2020-01-moscow")
