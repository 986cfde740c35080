"""The reading cursor and the marks over the text, without a screen."""

from __future__ import annotations

from rich.style import Style

from briefing_tui.entities import Mention
from briefing_tui.ui.widgets.article.cursor import ReadingCursor
from briefing_tui.ui.widgets.article.marks import TextMarks, paint_row
from briefing_tui.ui.widgets.article.passages import Passages

BODY = "Putin met Netanyahu. They spoke of Syria!\n\nA second paragraph “ends here.” Last one"


def text(cursor: ReadingCursor) -> str:
    start, end = cursor.passage
    return BODY[start:end]


def test_sentences_end_at_stops_quotes_and_paragraphs() -> None:
    cursor = ReadingCursor(Passages(BODY))
    seen = [text(cursor)]
    for _ in range(4):
        cursor.down()
        seen.append(text(cursor))
    assert seen == [
        "Putin met Netanyahu.",
        "They spoke of Syria!",
        "A second paragraph “ends here.”",
        "Last one",
        "Last one",
    ]
    cursor.up()
    assert text(cursor) == "A second paragraph “ends here.”"
    cursor.top()
    assert text(cursor) == "Putin met Netanyahu."
    cursor.bottom()
    assert text(cursor) == "Last one"


def test_a_selection_grows_by_sentence_and_by_word_and_is_cleared() -> None:
    cursor = ReadingCursor(Passages(BODY))
    cursor.select()
    cursor.down()
    assert text(cursor) == "Putin met Netanyahu. They spoke of Syria!"
    cursor.shrink_word()
    assert text(cursor) == "Putin met Netanyahu. They spoke of Syria"
    cursor.up()
    assert text(cursor) == "Putin met Netanyahu."
    assert cursor.clear()
    assert not cursor.clear()
    cursor.extend_word()
    cursor.extend_word()
    assert text(cursor) == "Putin met"


def test_marks_find_mentions_and_hits_by_offset() -> None:
    marks = TextMarks()
    marks.set_mentions(
        [
            Mention(0, 5, "Putin", "PERSON", "Vladimir Putin"),
            Mention(10, 19, "Netanyahu", "PERSON", "Benjamin Netanyahu"),
        ]
    )
    assert [m.text for m in marks.mentions_in((3, 12))] == ["Putin", "Netanyahu"]
    assert marks.mentions_in((6, 9)) == []
    marks.set_hits([(10, 19), (0, 5)])
    assert marks.hit_after(0, len(BODY)) == (10, 19)
    assert marks.hit_after(10, len(BODY)) == (0, 5)
    assert marks.hit_before(10) == (0, 5)


def test_a_painted_row_shows_markup_and_controls_as_text() -> None:
    body = "[bold]x[/] \x1b[31mred\x07"
    strip = paint_row(
        body,
        (0, len(body)),
        [(0, 3, Style(bold=True))],
        width=40,
        left_pad=0,
        base=Style(),
        mark_style=Style(),
    )
    assert strip.cell_length == 40
    assert "[bold]x[/]" in strip.text
    assert "\x1b" not in strip.text and "\x07" not in strip.text
    assert strip.text.startswith("▎ ")
