"""A fast reader for notes files in the canonical form, and nothing else.

A file is split at its note boundaries and each note must match, as a whole,
one regular expression that admits only scalars in the forms ``canonical``
writes and YAML reads back as the very same string: plain scalars ``scalar``
would write plain, single-quoted and double-quoted scalars on one line with
the escapes the writer uses, and literal blocks with nothing YAML would trim
or re-indent.  Characters the writer always escapes (control, bidi, line
separators) may not appear raw anywhere.  Each scalar is then decoded the way
YAML decodes it, and the note is checked against the same schema rules as the
full reader.  Anything else is not this form: the caller falls back to the
safe YAML loader, which names the line of whatever is wrong.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Mapping

from briefing_tui.notes import canonical
from briefing_tui.notes.model import Kind, Note, Target

# Characters the writer never leaves raw (it escapes them in double quotes instead).
_RAW_BAD = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff"
    "\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c\ud800-\udfff]"
)
_PRINTABLE_ASCII = bytes(range(0x20, 0x7F)) + b"\t\n"
_NON_ASCII = bytes(range(0x80, 0x100))
_UUID = r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
_ESCAPE = r"\\(?:[\\\"ntr0]|x[0-9a-fA-F]{2}|u(?![dD][89abAB])[0-9a-fA-F]{4})"
# y, yes, n, no, null, on, off, true, false in any case (spelt out: faster than (?i:...))
_WORDS = (
    r"(?:[Yy](?:[Ee][Ss])?|[Nn](?:[Oo]|[Uu][Ll][Ll])?|[Oo](?:[Nn]|[Ff][Ff])"
    r"|[Tt][Rr][Uu][Ee]|[Ff][Aa][Ll][Ss][Ee])"
)
_PLAIN_CHARS = "A-Za-z0-9 _.,()/+’-"
_OFFSET = r"0|[1-9][0-9]*"


def _plain(end: str, chars: str) -> str:
    """What ``canonical.scalar`` writes plain, up to the lookahead ``end``."""
    return (
        # words: starting with a letter, no trailing blank, not a YAML boolean or null
        rf"(?:(?!{_WORDS}(?={end}))[A-Za-z](?:[{chars}]*[{chars.replace(' ', '')}])?(?={end})"
        # an id: lowercase letters, digits and '-', with a '-' and a letter, not like 1e-5
        rf"|(?=[a-z0-9]*-)(?=[0-9-]*[a-z])(?![0-9]+e-?[0-9]+(?={end}))[a-z0-9][a-z0-9-]*(?={end})"
        rf"|{_UUID}(?={end}))"
    )


def _note_pattern(tabs: bool) -> re.Pattern[str]:
    """One note in canonical form; ``tabs``: the file holds tabs, which only bodies may hold raw.

    Raw control and bidi characters are refused for the whole file beforehand, and no line
    of a canonical file ends in a blank, so the classes below stay simple (and fast).
    """
    tab = "\t" if tabs else ""
    single = rf"'[^'\n{tab}]*(?:''[^'\n{tab}]*)*'"
    double = rf'"[^"\\\n{tab}]*(?:{_ESCAPE}[^"\\\n{tab}]*)*"'
    value = "(?:" + "|".join((single, double, _plain("\n", _PLAIN_CHARS))) + ")"
    # In a flow list a comma ends a plain scalar, so a plain tag holds none.
    tag = "(?:" + "|".join((single, double, _plain(r", |\]", _PLAIN_CHARS.replace(",", "")))) + ")"
    # A literal block: the first line not blank-led, no line ending in a blank, the last line
    # not empty, so that YAML neither re-indents nor trims it.
    block = r"    [^ \t\n][^\n]*(?<![ \t])\n(?:\n*    [^\n]*(?<![ \t])\n)*"
    return re.compile(
        rf"(- id: ({_UUID})\n"
        rf"  created: ({value})\n"
        rf"  modified: ({value})\n"
        rf"  author: ({value})\n"
        rf"  tags: \[((?:{tag}(?:, {tag})*)?)\]\n"
        rf"  body: (?:\|(-?)\n({block})|({value})\n)"
        rf"(?:  target:\n"
        rf"    quote: ({value})\n"
        rf"    prefix: ({value})\n"
        rf"    suffix: ({value})\n"
        rf"    start: ({_OFFSET})\n"
        rf"    end: ({_OFFSET})\n)?)"
    )


_NOTE = _note_pattern(tabs=False)
_NOTE_WITH_TABS = _note_pattern(tabs=True)
_SINGLE = r"'[^'\n]*(?:''[^'\n]*)*'"
_DOUBLE = rf'"[^"\\\n]*(?:{_ESCAPE}[^"\\\n]*)*"'
_TAG_ITEM = re.compile(rf"({_SINGLE}|{_DOUBLE}|[^,]+)(?:, |$)")
_UNESCAPE = re.compile(r"\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|.)")
_SIMPLE = {"\\": "\\", '"': '"', "n": "\n", "t": "\t", "r": "\r", "0": "\x00"}
_BOUNDARY = "\n- id: "


def _unescape(match: re.Match[str]) -> str:
    code = match.group(1)
    return chr(int(code[1:], 16)) if len(code) > 1 else _SIMPLE[code]


def _decode(token: str) -> str:
    """The string a scalar the pattern admitted stands for, as YAML reads it."""
    first = token[:1]
    if first == "'":
        return token[1:-1].replace("''", "'")
    if first == '"':
        if "\\x" in token or "\\0" in token:
            return _UNESCAPE.sub(_unescape, token[1:-1])
        return str(json.loads(token))  # the other escapes admitted mean the same in JSON
    return token


class _Reader:
    """Decodes the notes of one file, sharing the work on values that repeat (times, tags)."""

    def __init__(self, kind: Kind) -> None:
        self.kind = kind
        self.times: dict[str, str] = {}
        self.values: dict[str, str] = {}
        self.tags: dict[str, tuple[str, ...]] = {}

    def time(self, token: str) -> str:
        text = self.times.get(token)
        if text is None:
            text = _decode(token)
            dt.datetime.fromisoformat(text)  # ValueError: the full reader says what is wrong
            self.times[token] = text
        return text

    def value(self, token: str) -> str:
        text = self.values.get(token)
        if text is None:
            text = self.values[token] = _decode(token)
        return text

    def tag_list(self, inside: str) -> tuple[str, ...]:
        tags = self.tags.get(inside)
        if tags is None:
            if not inside:
                tags = ()
            elif "'" in inside or '"' in inside:
                tags = tuple(_decode(item) for item in _TAG_ITEM.findall(inside))
            else:
                tags = tuple(inside.split(", "))
            self.tags[inside] = tags
        return tags

    def note(self, groups: tuple[str, ...]) -> Note | None:
        """The note of one match's groups; ``None`` when a rule beyond the pattern is broken."""
        (
            _,
            note_id,
            created,
            modified,
            author,
            tags,
            chomp,
            block,
            body,
            quote,
            prefix,
            suffix,
            start,
            end,
        ) = groups
        if not block:
            text = _decode(body)
        else:
            text = block[4:].replace("\n    ", "\n")  # every line but empty ones is indented
            if chomp:
                text = text[:-1]
                if "\n" not in text:
                    return None  # the writer puts a one-line body on its own line
        target = None
        if quote:
            target = Target(_decode(quote), _decode(prefix), _decode(suffix), int(start), int(end))
            if self.kind == "visit" or not target.quote or target.end < target.start:
                return None
        times, values, tag_lists = self.times, self.values, self.tags
        return Note(
            note_id,
            times.get(created) or self.time(created),
            times.get(modified) or self.time(modified),
            values.get(author) or self.value(author),
            tag_lists.get(tags) or self.tag_list(tags),
            text,
            target,
        )


def _writable_characters_only(data: bytes) -> bool:
    """True when the file holds no character the writer would have escaped (checked in C)."""
    rest = data.translate(None, _PRINTABLE_ASCII)
    if not rest:
        return True
    if rest.translate(None, _NON_ASCII):
        return False  # an ASCII control character, a carriage return among them
    return _RAW_BAD.search(rest.decode("utf-8")) is None


Chunk = tuple[Note, str]


def scan(
    text: str, kind: Kind, subject: str, known: Mapping[str, Note], data: bytes | None = None
) -> tuple[list[Note], dict[str, int], dict[str, Chunk]] | None:
    """Notes in file order, the line of each, and each note's text; ``None``: not canonical.

    ``known`` maps the text of notes read before to their notes, which are taken as they are;
    ``data`` is the file's bytes if at hand (``text`` decoded), to spare encoding it again.
    """
    if text == canonical.header(kind, subject, empty=True):
        return [], {}, {}
    head = canonical.header(kind, subject, empty=False)
    if not text.startswith(head) or not text.startswith("- id: ", len(head)):
        return None
    try:
        if not _writable_characters_only(text.encode("utf-8") if data is None else data):
            return None
    except UnicodeError:
        return None
    found = _matches(text, len(head), _NOTE_WITH_TABS if "\t" in text else _NOTE, known)
    if found is None:
        return None
    reader = _Reader(kind)
    notes: list[Note] = []
    lines: dict[str, int] = {}
    chunks: dict[str, Chunk] = {}
    line = head.count("\n") + 1
    try:
        for groups in found:
            piece = groups[0]
            note = known[piece] if len(groups) == 1 else reader.note(groups)
            if note is None or note.id in chunks:
                return None
            lines[note.id] = line
            notes.append(note)
            chunks[note.id] = (note, piece)
            line += piece.count("\n")
    except ValueError:
        return None
    return notes, lines, chunks


def _matches(
    text: str, start: int, pattern: re.Pattern[str], known: Mapping[str, Note]
) -> list[tuple[str, ...]] | None:
    """The groups of each note in the file from ``start`` on; a known note stands as ``(text,)``.

    ``None`` when some part of the file is not a note in canonical form.
    """
    if not known:
        found: list[tuple[str, ...]] = pattern.findall(text, start)
        # Matches never overlap and come in order: they cover the rest of the file exactly
        # when their lengths add up to it.
        return found if sum(len(groups[0]) for groups in found) == len(text) - start else None
    parts = text[start:].split(_BOUNDARY)
    pieces = [parts[0]] if len(parts) == 1 else [parts[0] + "\n"]
    pieces += ["- id: " + part + "\n" for part in parts[1:-1]]
    pieces += ["- id: " + part for part in parts[-1:] if len(parts) > 1]
    found = []
    for piece in pieces:
        if piece in known:
            found.append((piece,))
            continue
        match = pattern.fullmatch(piece)
        if match is None:
            return None
        found.append(match.groups())
    return found
