"""Reading an article with the keyboard: sentences, pages, selections, copies and notes."""

from __future__ import annotations

from typing import ClassVar

from reading_steps import open_first_article, story
from textual.app import App, ComposeResult
from textual.message import Message

from briefing_tui.paths import Locations
from briefing_tui.ui.app import ReaderApp
from briefing_tui.ui.widgets.article.view import ArticleView

PROSE = "\n\n".join(
    " ".join(f"Paragraph {p} sentence {s} says something plain." for s in range(6))
    for p in range(40)
)


class Desk(App[None]):
    """An article view on its own, recording what it asks of the reader."""

    CSS: ClassVar[str] = "ArticleView { height: 1fr; }"

    def __init__(self, body: str) -> None:
        super().__init__()
        self.body = body
        self.asked: list[Message] = []

    def compose(self) -> ComposeResult:
        yield ArticleView()

    def on_mount(self) -> None:
        view = self.query_one(ArticleView)
        view.show_article("plain-prose", self.body)
        view.focus()

    def on_article_view_note_requested(self, message: ArticleView.NoteRequested) -> None:
        self.asked.append(message)

    def on_article_view_article_note_requested(
        self, message: ArticleView.ArticleNoteRequested
    ) -> None:
        self.asked.append(message)


def text_of(view: ArticleView, span: tuple[int, int]) -> str:
    return view.body[span[0] : span[1]]


@story
async def test_j_and_k_move_sentence_by_sentence() -> None:
    app = Desk(PROSE)
    async with app.run_test(size=(80, 24)) as pilot:
        view = app.query_one(ArticleView)
        assert text_of(view, view.cursor) == "Paragraph 0 sentence 0 says something plain."
        await pilot.press("j", "j")
        assert text_of(view, view.cursor) == "Paragraph 0 sentence 2 says something plain."
        await pilot.press("k")
        assert text_of(view, view.cursor) == "Paragraph 0 sentence 1 says something plain."
        await pilot.press("down", "up", "up")
        assert text_of(view, view.cursor) == "Paragraph 0 sentence 0 says something plain."


@story
async def test_the_cursor_crosses_paragraphs_and_stays_in_view() -> None:
    app = Desk(PROSE)
    async with app.run_test(size=(80, 24)) as pilot:
        view = app.query_one(ArticleView)
        for _ in range(30):
            await pilot.press("j")
        assert text_of(view, view.cursor).startswith("Paragraph 5 sentence 0")
        row = view._layout.row_of(view.cursor[0])
        assert view.scroll_y <= row < view.scroll_y + view.scrollable_content_region.height


@story
async def test_pages_top_and_bottom() -> None:
    app = Desk(PROSE)
    async with app.run_test(size=(80, 24)) as pilot:
        view = app.query_one(ArticleView)
        await pilot.press("pagedown")
        assert view.scroll_y > 0
        first_row = view._layout.row_of(view.cursor[0])
        assert first_row >= view.scroll_y
        await pilot.press("pageup")
        assert view.scroll_y == 0
        await pilot.press("G")
        assert text_of(view, view.cursor) == "Paragraph 39 sentence 5 says something plain."
        assert view.scroll_y == view.max_scroll_y
        await pilot.press("g")
        assert view.cursor[0] == 0 and view.scroll_y == 0
        await pilot.press("space", "ctrl+b", "end", "home")
        assert view.cursor[0] == 0


@story
async def test_v_selects_sentences_and_words_and_escape_clears() -> None:
    app = Desk(PROSE)
    async with app.run_test(size=(80, 24)) as pilot:
        view = app.query_one(ArticleView)
        await pilot.press("j", "v")
        assert view.selection == view.cursor
        await pilot.press("j")
        assert text_of(view, view.passage) == (
            "Paragraph 0 sentence 1 says something plain. "
            "Paragraph 0 sentence 2 says something plain."
        )
        await pilot.press("k")
        assert text_of(view, view.passage) == "Paragraph 0 sentence 1 says something plain."
        await pilot.press("b", "b")
        assert text_of(view, view.passage) == "Paragraph 0 sentence 1 says something"
        await pilot.press("w")
        assert text_of(view, view.passage) == "Paragraph 0 sentence 1 says something plain"
        await pilot.press("escape")
        assert view.selection is None
        assert text_of(view, view.passage) == "Paragraph 0 sentence 1 says something plain."


@story
async def test_shift_arrows_select_a_name_word_by_word() -> None:
    app = Desk(PROSE)
    async with app.run_test(size=(80, 24)) as pilot:
        view = app.query_one(ArticleView)
        await pilot.press("shift+right", "shift+right")
        assert text_of(view, view.passage) == "Paragraph 0"
        await pilot.press("shift+left")
        assert text_of(view, view.passage) == "Paragraph"
        await pilot.press("shift+down")
        assert text_of(view, view.passage).endswith("sentence 0 says something plain.")
        await pilot.press("shift+up")
        assert view.selection is not None


@story
async def test_a_and_shift_a_ask_for_a_note_on_the_passage_or_the_article() -> None:
    app = Desk(PROSE)
    async with app.run_test(size=(80, 24)) as pilot:
        view = app.query_one(ArticleView)
        await pilot.press("v", "j", "a", "A")
        await pilot.pause()
        passage, whole = app.asked
        assert isinstance(passage, ArticleView.NoteRequested)
        assert (passage.article_id, passage.start, passage.end) == ("plain-prose", *view.passage)
        assert isinstance(whole, ArticleView.ArticleNoteRequested)
        assert whole.article_id == "plain-prose"


@story
async def test_noted_passages_are_marked_in_the_margin() -> None:
    app = Desk(PROSE)
    async with app.run_test(size=(80, 24)) as pilot:
        view = app.query_one(ArticleView)
        view.set_note_ranges([(400, 420)])
        await pilot.pause()
        row = view._layout.row_of(400)
        strip = view.render_line(row)
        assert "▎" in strip.text
        assert "▎" not in view.render_line(0).text


@story
async def test_y_copies_the_current_sentence_and_says_so(locations: Locations) -> None:
    app = ReaderApp(locations)
    async with app.run_test(size=(100, 30)) as pilot:
        await open_first_article(pilot)
        await pilot.press("j", "y")
        await pilot.pause()
        assert app.clipboard == "He met Vladimir Putin at the Kremlin for two hours."
        assert any("Copied 51 characters" in n.message for n in app._notifications)


@story
async def test_resizing_reflows_and_keeps_the_reading_position() -> None:
    app = Desk(PROSE)
    async with app.run_test(size=(80, 24)) as pilot:
        view = app.query_one(ArticleView)
        for _ in range(40):
            await pilot.press("j")
        sentence = view.cursor
        rows_before = view.row_count
        await pilot.resize_terminal(50, 20)
        await pilot.pause()
        assert view.row_count > rows_before
        assert view.cursor == sentence
        row = view._layout.row_of(sentence[0])
        assert view.scroll_y <= row < view.scroll_y + view.scrollable_content_region.height


@story
async def test_moving_onto_an_entity_shows_its_name_and_type(locations: Locations) -> None:
    app = ReaderApp(locations)
    async with app.run_test(size=(100, 30)) as pilot:
        await open_first_article(pilot)
        view = app.reader.view
        putin = next(m for m in view.mentions if m.name == "Vladimir Putin")
        view.move_to(putin.start, putin.end)
        await pilot.pause()
        status = str(app.reader.query_one("#status").render())
        assert "Vladimir Putin · PERSON" in status


@story
async def test_number_keys_switch_entity_types_off_and_on(locations: Locations) -> None:
    app = ReaderApp(locations)
    async with app.run_test(size=(100, 30)) as pilot:
        await open_first_article(pilot)
        view = app.reader.view
        await pilot.press("1")
        assert view.hidden_types == {"PERSON"}
        await pilot.press("2", "1")
        assert view.hidden_types == {"PLACE"}
        legend = str(app.reader.query_one("#legend").render())
        assert "1 person" in legend and "2 place" in legend


@story
async def test_dragging_with_the_mouse_selects_a_phrase_for_a_note() -> None:
    from textual import events

    app = Desk(PROSE)
    async with app.run_test(size=(80, 24)) as pilot:
        view = app.query_one(ArticleView)
        await pilot.pause()
        start = view.offset_at(10, 0)
        end = view.offset_at(20, 0)
        assert start is not None and end is not None
        await pilot.mouse_down(view, offset=(10, 0))
        await pilot._post_mouse_events([events.MouseMove], view, offset=(20, 0), button=1)
        await pilot.mouse_up(view, offset=(20, 0))
        await pilot.pause()
        assert view.selection == (start, end + 1)
        await pilot.press("a")
        assert isinstance(app.asked[-1], ArticleView.NoteRequested)
        assert (app.asked[-1].start, app.asked[-1].end) == (start, end + 1)
