"""The one way notes are written to YAML (``scanner`` reads files written this way fast).

Writing goes scalar by scalar: plain where YAML reads the text back as the same
string, single quotes for other printable single lines, a literal block for a
multi-line body, double quotes with escapes for everything else (control and
bidi characters included, so a diff never hides text).  Each note is written
on its own, so the text of a note that did not change is written back as it was.
"""

from __future__ import annotations

import re

from briefing_tui.notes.model import Kind, Note

_PLAIN = re.compile(r"[A-Za-z][A-Za-z0-9 _.,()/+’-]*")
_ID = re.compile(r"[a-z0-9][a-z0-9-]*")
_LETTER = re.compile(r"[a-z]")
_NUMBER = re.compile(r"[0-9]+e-?[0-9]+")
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_PLAIN_WORDS = re.compile(r"(?i:y|n|yes|no|on|off|true|false|null)")
_UNSAFE = re.compile(
    "[\x00-\x08\x0a-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff"
    "\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c\ud800-\udfff]"
)
_UNSAFE_IN_BLOCK = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff"
    "\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c\ud800-\udfff]|[ \t]\n|[ \t]$"
)
_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\t": "\\t", "\r": "\\r", "\x00": "\\0"}
_TO_ESCAPE = re.compile('[\\\\"\t\n\r]|' + _UNSAFE.pattern)


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    known = _ESCAPES.get(char)
    if known is not None:
        return known
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def scalar(text: str) -> str:
    """One string as a YAML scalar that reads back as exactly this string."""
    if _UUID.fullmatch(text) or (
        _ID.fullmatch(text) and "-" in text and _LETTER.search(text) and not _NUMBER.fullmatch(text)
    ):
        return text
    if _PLAIN.fullmatch(text) and not text.endswith(" ") and not _PLAIN_WORDS.fullmatch(text):
        return text
    if "\n" not in text and "\t" not in text and "\r" not in text and not _UNSAFE.search(text):
        return "'" + text.replace("'", "''") + "'"
    return '"' + _TO_ESCAPE.sub(_escape, text) + '"'


def flow_item(text: str) -> str:
    """One string as an item of a ``[..]`` list: quoted when flow punctuation would split it."""
    written = scalar(text)
    if written == text and any(mark in text for mark in ",[]{}#"):
        return "'" + text.replace("'", "''") + "'"
    return written


def prose(text: str, indent: str) -> str:
    """A note's body: a literal block when that keeps it exactly, else a scalar."""
    if (
        "\n" in text
        and text[0] not in " \t\n"
        and not text.endswith("\n\n")
        and not _UNSAFE_IN_BLOCK.search(text)
    ):
        chomp = "" if text.endswith("\n") else "-"
        lines = text[:-1].split("\n") if text.endswith("\n") else text.split("\n")
        return f"|{chomp}\n" + "".join(f"{indent}{line}\n" if line else "\n" for line in lines)
    return scalar(text) + "\n"


def header(kind: Kind, subject: str, empty: bool) -> str:
    """The lines before the notes."""
    return f"{kind}: {scalar(subject)}\n" + ("notes: []\n" if empty else "notes:\n")


def chunk(note: Note) -> str:
    """One note as a list item under ``notes:``, keys in the fixed order."""
    tags = "[" + ", ".join(flow_item(t) for t in note.tags) + "]"
    parts = [
        f"- id: {scalar(note.id)}\n",
        f"  created: {scalar(note.created)}\n",
        f"  modified: {scalar(note.modified)}\n",
        f"  author: {scalar(note.author)}\n",
        f"  tags: {tags}\n",
        f"  body: {prose(note.body, '    ')}",
    ]
    target = note.target
    if target is not None:
        parts += [
            "  target:\n",
            f"    quote: {scalar(target.quote)}\n",
            f"    prefix: {scalar(target.prefix)}\n",
            f"    suffix: {scalar(target.suffix)}\n",
            f"    start: {target.start}\n",
            f"    end: {target.end}\n",
        ]
    return "".join(parts)
