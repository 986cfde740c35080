"""Only visits or articles with notes, or with a given tag; counts for the panes."""

from __future__ import annotations

from textual.app import App, ComposeResult

from briefing_tui.notes import NoteStore
from briefing_tui.session.notes_index import NoteFilter, NotesIndex, parse_filter
from briefing_tui.ui.notes.filter_bar import NoteFilterBar

from .conftest import type_text

ARTICLES_BY_VISIT = {
    "2016-06-moscow": ["2016-06-asharq-syria", "2016-06-tass-anniversary"],
    "2017-03-moscow": ["2017-03-haaretz-iran"],
    "2018-05-moscow": [],
}


def noted_store(store: NoteStore) -> NoteStore:
    store.add("article", "2016-06-asharq-syria", store.new_note("Deconfliction.", ("syria",)))
    store.add("article", "2016-06-asharq-syria", store.new_note("Hezbollah.", ("Syria", "hzb")))
    store.add("visit", "2018-05-moscow", store.new_note("Victory Day visit.", ("iran",)))
    return store


def test_what_the_analyst_types_becomes_a_filter() -> None:
    assert parse_filter("  ") == NoteFilter()
    assert not NoteFilter().active
    assert parse_filter("noted") == NoteFilter(only_noted=True)
    assert parse_filter("*") == NoteFilter(only_noted=True)
    assert parse_filter("#syria") == NoteFilter(only_noted=True, tag="syria")
    assert parse_filter("iran").describe() == "with notes tagged #iran"


def test_counts_include_the_visit_notes_and_its_articles_notes(store: NoteStore) -> None:
    index = NotesIndex.from_store(noted_store(store))
    assert index.article_counts() == {"2016-06-asharq-syria": 2}
    assert index.visit_counts(ARTICLES_BY_VISIT) == {"2016-06-moscow": 2, "2018-05-moscow": 1}
    assert index.tags() == ["hzb", "iran", "Syria", "syria"]


def test_only_noted_or_tagged_visits_and_articles_pass(store: NoteStore) -> None:
    index = NotesIndex.from_store(noted_store(store))
    everything = NoteFilter()
    assert index.visits_passing(everything, ARTICLES_BY_VISIT) == list(ARTICLES_BY_VISIT)
    noted = parse_filter("noted")
    assert index.visits_passing(noted, ARTICLES_BY_VISIT) == ["2016-06-moscow", "2018-05-moscow"]
    assert index.visits_passing(parse_filter("#SYRIA"), ARTICLES_BY_VISIT) == ["2016-06-moscow"]
    assert index.visits_passing(parse_filter("iran"), ARTICLES_BY_VISIT) == ["2018-05-moscow"]
    articles = ARTICLES_BY_VISIT["2016-06-moscow"]
    assert index.articles_passing(noted, articles) == ["2016-06-asharq-syria"]
    assert index.articles_passing(parse_filter("iran"), articles) == []


class FilterApp(App[None]):
    def __init__(self) -> None:
        super().__init__()
        self.seen: list[NoteFilter] = []

    def compose(self) -> ComposeResult:
        yield NoteFilterBar(["syria"])

    def on_note_filter_bar_filter_changed(self, message: NoteFilterBar.FilterChanged) -> None:
        self.seen.append(message.note_filter)


async def test_the_filter_field_posts_each_new_filter_and_escape_clears_it() -> None:
    app = FilterApp()
    async with app.run_test() as pilot:
        app.query_one(NoteFilterBar).focus()
        await type_text(pilot, "#syria")
        await pilot.press("escape")
        await pilot.pause()
    assert app.seen[-2] == NoteFilter(only_noted=True, tag="syria")
    assert app.seen[-1] == NoteFilter()
