"""Article text is shown exactly as written: no markup, no escape sequences, no broken layout."""

from __future__ import annotations

from typing import Any

from reading_steps import settle, story
from rich.cells import cell_len
from textual.pilot import Pilot

from briefing_tui.paths import Locations
from briefing_tui.textsafety import visible
from briefing_tui.ui.app import ReaderApp
from briefing_tui.ui.widgets.article.layout import wrap

INJECTION = "2021-05-markup-injection"


async def _open_injection(app: ReaderApp, pilot: Pilot[Any]) -> None:
    await settle(pilot, lambda: app.reader.corpus is not None)
    app.reader.panes.open_article(INJECTION)
    await settle(
        pilot, lambda: app.reader.view.article_id == INJECTION and bool(app.reader.view.body)
    )


@story
async def test_markup_in_the_body_and_header_is_shown_literally(locations: Locations) -> None:
    app = ReaderApp(locations)
    async with app.run_test(size=(120, 30)) as pilot:
        await _open_injection(app, pilot)
        view = app.reader.view
        screen_text = "\n".join(
            view.render_line(y).text for y in range(view.scrollable_content_region.height)
        )
        assert "[bold red]x[/]" in screen_text
        assert "[link=https://example.com]click" in screen_text
        header = str(app.reader.query_one("#article-header").render())
        assert "[bold red]Injected[/] title" in header
        assert "[blink]Outlet[/blink]" in header


@story
async def test_control_characters_never_reach_the_terminal(locations: Locations) -> None:
    app = ReaderApp(locations)
    async with app.run_test(size=(120, 30)) as pilot:
        await _open_injection(app, pilot)
        view = app.reader.view
        for y in range(view.scrollable_content_region.height):
            text = view.render_line(y).text
            assert not any(ord(c) < 0x20 or 0x7F <= ord(c) < 0xA0 for c in text)
            assert "\u202e" not in text
        assert "\x1b[31mRED" in view.body


@story
async def test_every_row_fits_the_pane_with_wide_and_right_to_left_text(
    locations: Locations,
) -> None:
    app = ReaderApp(locations)
    async with app.run_test(size=(60, 24)) as pilot:
        await _open_injection(app, pilot)
        view = app.reader.view
        width = view.scrollable_content_region.width
        for y in range(view.scrollable_content_region.height):
            assert view.render_line(y).cell_length == width


def test_wrapping_keeps_offsets_and_never_overflows() -> None:
    body = "日本語の記事です。" * 7 + "\n\nشلום עולם مرحبا " * 5 + "\n" + "x" * 50
    layout = wrap(body, 12)
    for start, end in zip(layout.starts, layout.ends, strict=True):
        assert cell_len(body[start:end]) <= 12
        assert "\n" not in body[start:end]
    covered = "".join(body[s:e] for s, e in zip(layout.starts, layout.ends, strict=True))
    assert covered.replace(" ", "") == body.replace("\n", "").replace(" ", "")


def test_placeholders_for_controls_and_bidi_marks_are_counted_when_wrapping() -> None:
    body = "A bidi override \u202ereversed\u202c and a bell \x07 here " * 3
    layout = wrap(body, 20)
    for start, end in zip(layout.starts, layout.ends, strict=True):
        shown = visible(body[start:end])
        assert cell_len(shown) <= 20
