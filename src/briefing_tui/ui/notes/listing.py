"""How the notes pane shows one placed note."""

from __future__ import annotations

from rich.text import Text

from briefing_tui.session.placed_notes import PlacedNote
from briefing_tui.textsafety import one_line
from briefing_tui.ui.notes.subject import shorten

STATUS_WORDS = {
    "anchored": "",
    "moved": "moved",
    "orphaned": "passage not found",
    "article": "whole article",
}


def note_prompt(placed: PlacedNote, width: int = 56) -> Text:
    """What the panel shows for one note: quote, first words of the body, tags and status."""
    note = placed.note
    lines = Text(no_wrap=True, overflow="ellipsis")
    if note.target is not None:
        style = "italic dim strike" if placed.status == "orphaned" else "italic"
        lines.append("“" + shorten(note.target.quote, width) + "”", style=style)
        lines.append("\n")
    lines.append(shorten(" ".join(note.body.split()), width) or "(empty note)")
    details = " ".join("#" + one_line(tag) for tag in note.tags)
    status = STATUS_WORDS.get(placed.status, placed.status)
    if status and placed.status != "article":
        details = f"{details}  [{status}]" if details else f"[{status}]"
    if details:
        lines.append("\n")
        lines.append(shorten(details, width + 4), style="dim")
    return lines
