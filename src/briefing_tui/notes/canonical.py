"""The one way notes are written to YAML, and a fast reader for files written that way.

Writing goes scalar by scalar: plain where YAML reads the text back as the same
string, single quotes for other printable single lines, a literal block for a
multi-line body, double quotes with escapes for everything else (control and
bidi characters included, so a diff never hides text).  Reading a file this
module wrote is a matter of splitting it into one chunk per note; each chunk is
decoded and then accepted only if writing the decoded note gives back exactly
the same chunk, so anything unusual falls back to the full safe YAML loader.
"""

from __future__ import annotations

import re
from typing import Any

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
    tags = "[" + ", ".join(scalar(t) for t in note.tags) + "]"
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


# Reading what this module wrote ---------------------------------------------------

_ITEM = re.compile(r"'(?:[^']|'')*'|\"(?:[^\"\\]|\\.)*\"|[^,\[\]]+")
_UNESCAPE = re.compile(r"\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.)")
_SIMPLE = {"\\": "\\", '"': '"', "n": "\n", "t": "\t", "r": "\r", "0": "\x00"}


def _unescape(match: re.Match[str]) -> str:
    code = match.group(1)
    if len(code) > 1:
        return chr(int(code[1:], 16))
    simple = _SIMPLE.get(code)
    if simple is None:
        raise ValueError(f"unknown escape \\{code}")
    return simple


def read_scalar(text: str) -> str:
    """The string a scalar in this module's form stands for; ``ValueError`` for any other form.

    Only forms that YAML reads the same way are accepted: a plain scalar must be one
    ``scalar`` would write plain, quotes must be well formed, escapes must be known.
    """
    if len(text) >= 2 and text[0] == "'" and text[-1] == "'":
        inner = text[1:-1]
        if "'" in inner.replace("''", "") or _UNSAFE.search(inner) or "\t" in inner:
            raise ValueError("not a single-quoted scalar of this form")
        return inner.replace("''", "'")
    if len(text) >= 2 and text[0] == '"' and text[-1] == '"':
        inner = text[1:-1]
        rest = _UNESCAPE.sub("", inner)
        if '"' in rest or "\\" in rest or _UNSAFE.search(rest):
            raise ValueError("not a double-quoted scalar of this form")
        return _UNESCAPE.sub(_unescape, inner)
    if scalar(text) != text:
        raise ValueError("not a plain scalar this module writes")
    return text


_OFFSET = re.compile(r"0|[1-9][0-9]*")


def _read_offset(text: str) -> int:
    if not _OFFSET.fullmatch(text):
        raise ValueError("not an offset of this form")
    return int(text)


def read_chunk(text: str) -> dict[str, Any]:
    """The mapping one note's chunk stands for; ``ValueError`` when it is not in canonical form."""
    lines = text.split("\n")
    if lines[-1] != "":
        raise ValueError("a chunk ends with a line break")
    lines.pop()
    data: dict[str, Any] = {}
    target: dict[str, Any] | None = None
    index = 0
    while index < len(lines):
        line = lines[index]
        index += 1
        if index == 1:
            if not line.startswith("- id: "):
                raise ValueError("a chunk starts with '- id: '")
            data["id"] = read_scalar(line[6:])
            continue
        if line.startswith("    ") and target is not None:
            key, _, value = line[4:].partition(": ")
            if key in target:
                raise ValueError("a key twice")
            target[key] = _read_offset(value) if key in ("start", "end") else read_scalar(value)
            continue
        if not line.startswith("  ") or line.startswith("   "):
            raise ValueError("unexpected indentation")
        key, sep, value = line[2:].partition(":")
        if key == "target" and value == "":
            target = data["target"] = {}
            continue
        if not sep or not value.startswith(" "):
            raise ValueError("expected 'key: value'")
        value = value[1:]
        if key in data:
            raise ValueError("a key twice")
        if key == "tags":
            if not (value.startswith("[") and value.endswith("]")):
                raise ValueError("tags are a flow list")
            tags = [read_scalar(item.strip()) for item in _ITEM.findall(value[1:-1])]
            if "[" + ", ".join(scalar(t) for t in tags) + "]" != value:
                raise ValueError("not a tag list of this form")
            data["tags"] = tags
        elif key == "body" and value in ("|", "|-"):
            body: list[str] = []
            while index < len(lines) and (lines[index].startswith("    ") or lines[index] == ""):
                body.append(lines[index][4:])
                index += 1
            text_block = "\n".join(body) + ("\n" if value == "|" else "")
            if prose(text_block, "    ") != value + "\n" + "".join(
                f"    {line}\n" if line else "\n" for line in body
            ):
                raise ValueError("not a literal block of this form")
            data["body"] = text_block
        else:
            data[key] = read_scalar(value)
    return data
