"""Unconfirmed visits in the reader: marked in the articles pane, confirmed with c, moved with m."""

from __future__ import annotations

from reading_steps import settle, story

from briefing_tui.corpus import load_corpus
from briefing_tui.paths import Locations
from briefing_tui.ui.app import ReaderApp
from briefing_tui.ui.dialogs.visit_chooser import VisitChooser
from briefing_tui.ui.widgets.pane_lists import UNASSIGNED, ArticleList, VisitList

AWAITING = "2022-03-wire-awaiting-visit"
JOINED = "2020-01-tass-stop-in-moscow"


def _mark(locations: Locations, article_id: str, line: str) -> None:
    path = locations.corpus / "articles" / f"{article_id}.txt"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("---\n", "---\n" + line + "\n", 1), encoding="utf-8")


def _option_text(pane: ArticleList, article_id: str) -> str:
    return str(pane.get_option(article_id).prompt)


@story
async def test_a_suggested_visit_is_marked_and_c_assigns_it(locations: Locations) -> None:
    _mark(locations, AWAITING, "suggested_visit: 2021-05-sochi")
    body_before = load_corpus(locations.corpus).body(AWAITING)
    app = ReaderApp(locations)
    async with app.run_test(size=(110, 34)) as pilot:
        await settle(pilot, lambda: app.reader.corpus is not None)
        app.reader.query_one(VisitList).highlight_id(UNASSIGNED)
        await pilot.pause()
        pane = app.reader.query_one(ArticleList)
        await settle(pilot, lambda: pane.highlighted_id == AWAITING)
        assert "? suggested 2021-05-sochi" in _option_text(pane, AWAITING)
        pane.focus()
        await pilot.press("c")
        await settle(pilot, lambda: app.reader.corpus.articles[AWAITING].visit == "2021-05-sochi")  # type: ignore[union-attr]
    corpus = load_corpus(locations.corpus)
    article = corpus.articles[AWAITING]
    assert article.visit == "2021-05-sochi" and not article.unconfirmed
    assert corpus.body(AWAITING) == body_before


@story
async def test_m_moves_an_article_to_the_visit_chosen(locations: Locations) -> None:
    _mark(locations, JOINED, "assignment: publication date")
    app = ReaderApp(locations)
    async with app.run_test(size=(110, 34)) as pilot:
        await settle(pilot, lambda: app.reader.corpus is not None)
        pane = app.reader.query_one(ArticleList)
        await settle(pilot, lambda: pane.option_count == 2)
        pane.highlight_id(JOINED)
        assert "? unconfirmed" in _option_text(pane, JOINED)
        pane.focus()
        await pilot.press("m")
        await settle(pilot, lambda: isinstance(app.screen, VisitChooser))
        await pilot.press("down", "enter")
        await settle(pilot, lambda: not isinstance(app.screen, VisitChooser))
        await settle(pilot, lambda: app.reader.corpus.articles[JOINED].visit == "2021-05-sochi")  # type: ignore[union-attr]
        assert JOINED not in [pane.get_option_at_index(i).id for i in range(pane.option_count)]
    assert load_corpus(locations.corpus).articles[JOINED].visit == "2021-05-sochi"


@story
async def test_escape_in_the_chooser_changes_nothing(locations: Locations) -> None:
    path = locations.corpus / "articles" / f"{JOINED}.txt"
    before = path.read_bytes()
    app = ReaderApp(locations)
    async with app.run_test(size=(110, 34)) as pilot:
        await settle(pilot, lambda: app.reader.corpus is not None)
        pane = app.reader.query_one(ArticleList)
        await settle(pilot, lambda: pane.option_count == 2)
        pane.highlight_id(JOINED)
        pane.focus()
        await pilot.press("m")
        await settle(pilot, lambda: isinstance(app.screen, VisitChooser))
        await pilot.press("escape")
        await settle(pilot, lambda: not isinstance(app.screen, VisitChooser))
    assert path.read_bytes() == before
