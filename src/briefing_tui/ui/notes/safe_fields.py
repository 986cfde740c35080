"""Text fields that show terminal-active characters as placeholders instead of sending them.

A note's body or tags may come from a hostile notes file; Textual's own
``TextArea`` and ``Input`` would write an ESC or a bidi override straight to the
terminal.  These fields keep the text exactly as it is and only change what is
drawn: every such character becomes one visible placeholder.
"""

from __future__ import annotations

from rich.segment import Segment
from textual.strip import Strip
from textual.widgets import Input, TextArea

from briefing_tui.textsafety import visible


def safe_strip(strip: Strip) -> Strip:
    """The same row with terminal-active characters replaced, cropped to the row's width."""
    changed = False
    segments: list[Segment] = []
    for segment in strip:
        if segment.control:
            segments.append(segment)
            continue
        shown = visible(segment.text, keep_newlines=False, keep_tabs=False)
        changed = changed or shown != segment.text
        segments.append(Segment(shown, segment.style))
    if not changed:
        return strip
    return Strip(segments).crop(0, strip.cell_length)


class SafeTextArea(TextArea):
    """A ``TextArea`` that never draws a control sequence held in its text."""

    def render_line(self, y: int) -> Strip:
        return safe_strip(super().render_line(y))


class SafeInput(Input):
    """An ``Input`` that never draws a control sequence held in its value."""

    def render_line(self, y: int) -> Strip:
        return safe_strip(super().render_line(y))
