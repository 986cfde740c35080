"""Untrusted text made safe for Markdown: shown as typed, never read as markup or as HTML."""

from __future__ import annotations

import re

from briefing_tui.textsafety import visible

_INLINE = re.compile(r"([\\`*_\[\]<>|~&])")
_LINE_START = re.compile(r"^(\s*)(#|>|[-+*](?=\s|$)|=+\s*$|\d+(?=[.)]))", re.MULTILINE)


def inline(text: str) -> str:
    """One line of plain text (a title, a name, a tag) as literal Markdown."""
    return _INLINE.sub(r"\\\1", " ".join(visible(text, keep_newlines=False).split()))


def _escape_block(text: str) -> str:
    escaped = _INLINE.sub(r"\\\1", visible(text))
    return _LINE_START.sub(lambda m: m.group(1) + "\\" + m.group(2), escaped)


def paragraphs(text: str) -> str:
    """Several paragraphs of plain text; single line breaks are kept as hard breaks."""
    blocks = [b.strip("\n") for b in re.split(r"\n\s*\n", text.strip("\n")) if b.strip()]
    return "\n\n".join("  \n".join(_escape_block(line) for line in b.split("\n")) for b in blocks)


def blockquote(text: str) -> str:
    """A quoted passage as a Markdown block quote, every line prefixed with '>'."""
    body = paragraphs(text)
    return "\n".join(f"> {line}" if line else ">" for line in body.split("\n"))
