"""The analyst finds visits, their articles and the article itself, with keys or the mouse."""

from __future__ import annotations

from reading_steps import open_first_article, settle, story

from briefing_tui.paths import Locations
from briefing_tui.ui.app import ReaderApp
from briefing_tui.ui.widgets.article.view import ArticleView
from briefing_tui.ui.widgets.pane_lists import UNASSIGNED, ArticleList, VisitList


@story
async def test_the_visits_are_listed_by_date_with_articles_awaiting_a_visit_last(
    locations: Locations,
) -> None:
    app = ReaderApp(locations)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot, lambda: app.reader.corpus is not None)
        visits = app.reader.query_one(VisitList)
        ids = [visits.get_option_at_index(i).id for i in range(visits.option_count)]
        assert ids == ["2020-01-moscow", "2021-05-sochi", UNASSIGNED]
        assert app.focused is visits


@story
async def test_moving_in_the_visits_pane_lists_that_visits_articles(locations: Locations) -> None:
    app = ReaderApp(locations)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot, lambda: app.reader.corpus is not None)
        articles = app.reader.query_one(ArticleList)
        assert articles.option_count == 2
        await pilot.press("j")
        assert articles.highlighted_id == "2021-05-markup-injection"
        await pilot.press("j")
        assert articles.highlighted_id == "2022-03-wire-awaiting-visit"
        await pilot.press("k", "k")
        assert articles.option_count == 2


@story
async def test_enter_opens_the_first_article_ready_to_read(locations: Locations) -> None:
    app = ReaderApp(locations)
    async with app.run_test(size=(100, 30)) as pilot:
        await open_first_article(pilot)
        view = app.reader.view
        assert app.focused is view
        assert view.article_id == "2020-01-tass-stop-in-moscow"
        assert view.body[slice(*view.cursor)].startswith("Prime Minister Benjamin Netanyahu")


@story
async def test_enter_in_the_articles_pane_opens_the_article_chosen(locations: Locations) -> None:
    app = ReaderApp(locations)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot, lambda: app.reader.corpus is not None)
        await pilot.press("tab", "j", "enter")
        view = app.reader.view
        await settle(pilot, lambda: view.article_id == "2020-01-herald-a-second-look")
        assert app.focused is view


@story
async def test_tab_and_shift_tab_move_between_the_three_panes(locations: Locations) -> None:
    app = ReaderApp(locations)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot, lambda: app.reader.corpus is not None)
        order = []
        for _ in range(3):
            order.append(type(app.focused))
            await pilot.press("tab")
        assert order == [VisitList, ArticleList, ArticleView]
        assert isinstance(app.focused, VisitList)
        await pilot.press("shift+tab")
        assert isinstance(app.focused, ArticleView)


@story
async def test_r_reverses_the_order_of_the_visits(locations: Locations) -> None:
    app = ReaderApp(locations)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot, lambda: app.reader.corpus is not None)
        await pilot.press("r")
        visits = app.reader.query_one(VisitList)
        assert visits.get_option_at_index(0).id == "2021-05-sochi"
        await pilot.press("r")
        assert visits.get_option_at_index(0).id == "2020-01-moscow"


@story
async def test_list_keys_go_to_the_first_and_last_entries(locations: Locations) -> None:
    app = ReaderApp(locations)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot, lambda: app.reader.corpus is not None)
        visits = app.reader.query_one(VisitList)
        await pilot.press("G")
        assert visits.highlighted_id == UNASSIGNED
        await pilot.press("g")
        assert visits.highlighted_id == "2020-01-moscow"
        await pilot.press("pagedown")
        await pilot.press("pageup")
        assert visits.highlighted_id == "2020-01-moscow"


@story
async def test_an_article_awaiting_a_visit_is_reachable(locations: Locations) -> None:
    app = ReaderApp(locations)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot, lambda: app.reader.corpus is not None)
        await pilot.press("G", "enter")
        view = app.reader.view
        await settle(pilot, lambda: view.article_id == "2022-03-wire-awaiting-visit")


@story
async def test_clicking_an_article_and_a_sentence(locations: Locations) -> None:
    app = ReaderApp(locations)
    async with app.run_test(size=(100, 30)) as pilot:
        await open_first_article(pilot)
        view = app.reader.view
        first = view.cursor
        await pilot.click(ArticleView, offset=(6, 3))
        assert view.cursor != first
        assert app.focused is view


@story
async def test_a_broken_corpus_folder_is_reported_not_raised(locations: Locations) -> None:
    (locations.corpus / "visits.yaml").write_text("- id: [unclosed\n", encoding="utf-8")
    app = ReaderApp(locations)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot, lambda: app.reader.corpus is not None)
        messages = [n.message for n in app._notifications]
        assert any("visits.yaml:" in m for m in messages)
