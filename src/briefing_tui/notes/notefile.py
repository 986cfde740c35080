"""One notes file on disk: reading it against the schema of DESIGN.md §3, and writing it back."""

from __future__ import annotations

import datetime as dt
import operator
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from briefing_tui import safeyaml
from briefing_tui.ids import is_valid_id
from briefing_tui.notes import canonical, scanner
from briefing_tui.notes.model import Kind, Note, Target
from briefing_tui.problems import BriefingError, Problem, quoted

NOTE_KEYS = ("id", "created", "modified", "author", "tags", "body", "target")
TARGET_KEYS = ("quote", "prefix", "suffix", "start", "end")


@dataclass
class NoteFile:
    """What one file holds.

    With a ``problem`` the file as a whole could not be read and no note is shown.  Each
    entry of ``bad`` is one note that could not be read, at its line; the file's other
    notes are still shown.  A file with either is never rewritten until it is fixed.
    """

    kind: Kind
    subject: str
    path: Path
    notes: list[Note] = field(default_factory=list)
    problem: Problem | None = None
    lines: dict[str, int] = field(default_factory=dict)
    bad: list[Problem] = field(default_factory=list)

    @property
    def editable(self) -> bool:
        """True when the file was read cleanly (or does not exist yet)."""
        return self.problem is None and not self.bad

    @property
    def problems(self) -> list[Problem]:
        """Everything wrong with the file: the whole file's fault, else each bad note's."""
        return [self.problem] if self.problem is not None else list(self.bad)

    def refusal(self) -> str | None:
        """Why the file cannot be changed or exported, in one sentence (``None``: it can)."""
        if self.problem is not None:
            return str(self.problem)
        if not self.bad:
            return None
        more = len(self.bad) - 1
        also = f" (and {more} more bad note{'s' if more > 1 else ''})" if more else ""
        return f"{self.bad[0]}{also}"

    def get(self, note_id: str) -> Note | None:
        """The note with this id, if the file holds it."""
        for note in self.notes:
            if note.id == note_id:
                return note
        return None

    def line_of(self, note_id: str) -> int:
        """The line where a note begins in the file (1 when unknown)."""
        return self.lines.get(note_id, 1)


def note_order(note: Note) -> tuple[str, str]:
    """Notes are kept by creation time, then id, so every writer produces the same file."""
    return (note.created, note.id)


_ORDER = operator.attrgetter("created", "id")  # ``note_order`` without a Python call per note


class _Invalid(Exception):
    """A schema error at one line, turned into a ``Problem`` by the caller."""

    def __init__(self, line: int, message: str) -> None:
        super().__init__(message)
        self.line = line
        self.message = message


def parse_note_file(
    text: str,
    path: Path,
    kind: Kind,
    subject: str,
    known: Mapping[str, Note] | None = None,
    data: bytes | None = None,
) -> tuple[NoteFile, Chunks]:
    """Read a notes file's text (fast when this program wrote it); faults become its ``problem``.

    Also returns the text of each note as it stands in the file, to write it back unchanged.
    ``data`` is the file's bytes when at hand (``text`` is them decoded).
    """
    fast = _read_canonical(text, path, kind, subject, known or {}, data)
    if fast is not None:
        return fast
    return _parse_any(text, path, kind, subject), {}


def _parse_any(text: str, path: Path, kind: Kind, subject: str) -> NoteFile:
    """Read any YAML text with the safe loader, naming the line of whatever is wrong."""
    result = NoteFile(kind, subject, path)
    try:
        data = safeyaml.loads(text)
        if data is None:
            return result
        notes, lines, result.bad = _notes_of(data, kind, subject, path)
    except safeyaml.YamlProblem as exc:
        result.problem = Problem(path, exc.line, exc.message)
        return result
    except _Invalid as exc:
        result.problem = Problem(path, exc.line, exc.message)
        return result
    result.notes = sorted(notes, key=note_order)
    result.lines = lines
    return result


def _notes_of(
    data: Any, kind: Kind, subject: str, path: Path
) -> tuple[list[Note], dict[str, int], list[Problem]]:
    """The notes that read cleanly, their lines, and a problem for each note that does not."""
    if not isinstance(data, dict):
        raise _Invalid(
            safeyaml.line_of(data, 0), f"a notes file is a mapping with '{kind}:' and 'notes:'"
        )
    for key in data:
        if key not in (kind, "notes"):
            raise _Invalid(
                safeyaml.line_of(data, key),
                f"unknown key {quoted(key)} (a {kind} notes file has '{kind}:' and 'notes:')",
            )
    if kind not in data:
        raise _Invalid(
            safeyaml.line_of(data, "notes"), f"the '{kind}:' key naming the {kind} is missing"
        )
    if data[kind] != subject:
        raise _Invalid(
            safeyaml.line_of(data, kind),
            f"{kind} {quoted(data[kind])} does not match the file name"
            f" (expected {quoted(subject)})",
        )
    items = data.get("notes")
    if items is None:
        return [], {}, []
    if not isinstance(items, list):
        raise _Invalid(safeyaml.line_of(data, "notes"), "'notes:' must be a list of notes")
    notes: list[Note] = []
    lines: dict[str, int] = {}
    bad: list[Problem] = []
    for index, item in enumerate(items):
        line = safeyaml.line_of(items, index)
        try:
            note = _note_of(item, line, kind)
            if note.id in lines:
                raise _Invalid(
                    line, f"note id {note.id} is used twice (first at line {lines[note.id]})"
                )
        except _Invalid as exc:
            bad.append(Problem(path, exc.line, f"{exc.message}; this note is not shown"))
            continue
        lines[note.id] = line
        notes.append(note)
    return notes, lines, bad


def _note_of(item: Any, line: int, kind: Kind) -> Note:
    if not isinstance(item, dict):
        raise _Invalid(
            line, "each note is a mapping with id, created, modified, author, tags, body"
        )
    for key in item:
        if key not in NOTE_KEYS or (key == "target" and kind == "visit"):
            allowed = ", ".join(k for k in NOTE_KEYS if kind == "article" or k != "target")
            raise _Invalid(
                safeyaml.line_of(item, key),
                f"unknown key {quoted(key)} in a note (expected {allowed})",
            )
    note_id = _text(item, "id", line)
    if not _is_uuid(note_id):
        raise _Invalid(safeyaml.line_of(item, "id"), f"note id {quoted(note_id)} is not a UUID")
    tags_value = item.get("tags", [])
    if tags_value is None:
        tags_value = []
    if not isinstance(tags_value, list) or not all(isinstance(t, str) for t in tags_value):
        raise _Invalid(
            safeyaml.line_of(item, "tags"), "'tags' must be a list of words, like [syria, s-300]"
        )
    target = None
    if item.get("target") is not None:
        target = _target_of(item["target"], safeyaml.line_of(item, "target"))
    return Note(
        id=note_id,
        created=_time(item, "created", line),
        modified=_time(item, "modified", line),
        author=_text(item, "author", line, default=""),
        tags=tuple(tags_value),
        body=_text(item, "body", line),
        target=target,
    )


def _target_of(value: Any, line: int) -> Target:
    if not isinstance(value, dict):
        raise _Invalid(line, "'target' must be a mapping with quote, prefix, suffix, start, end")
    for key in value:
        if key not in TARGET_KEYS:
            raise _Invalid(
                safeyaml.line_of(value, key),
                f"unknown key {quoted(key)} in a target (expected {', '.join(TARGET_KEYS)})",
            )
    quote = _text(value, "quote", line)
    if not quote:
        raise _Invalid(safeyaml.line_of(value, "quote"), "a target's quote cannot be empty")
    start = _offset(value, "start", line)
    end = _offset(value, "end", line)
    if end < start:
        raise _Invalid(
            safeyaml.line_of(value, "end"), f"a target's end ({end}) is before its start ({start})"
        )
    return Target(
        quote=quote,
        prefix=_text(value, "prefix", line, default=""),
        suffix=_text(value, "suffix", line, default=""),
        start=start,
        end=end,
    )


def _text(mapping: Any, key: str, line: int, default: str | None = None) -> str:
    if key not in mapping or mapping[key] is None:
        if default is not None:
            return default
        raise _Invalid(line, f"the note has no {quoted(key)}")
    value = mapping[key]
    if not isinstance(value, str):
        raise _Invalid(
            safeyaml.line_of(mapping, key),
            f"{quoted(key)} must be text; put it in quotes"
            f" ({quoted(value)} is read as {type(value).__name__})",
        )
    return value


def _time(mapping: Any, key: str, line: int) -> str:
    value = mapping.get(key)
    if isinstance(value, dt.datetime):
        return value.isoformat()
    text = _text(mapping, key, line)
    try:
        dt.datetime.fromisoformat(text)
    except ValueError:
        raise _Invalid(
            safeyaml.line_of(mapping, key),
            f"{quoted(key)} must be an ISO 8601 time, like '2026-11-22T03:00:00+00:00'",
        ) from None
    return text


def _offset(mapping: Any, key: str, line: int) -> int:
    value = mapping.get(key, 0)
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise _Invalid(
            safeyaml.line_of(mapping, key, line),
            f"a target's {quoted(key)} must be a whole number >= 0",
        )
    return value


def _is_uuid(value: str) -> bool:
    try:
        uuid.UUID(value)
    except ValueError:
        return False
    return len(value) == 36


def check_writable(note: Note) -> None:
    """Refuse a note that no file could hold exactly (lone surrogates are not valid UTF-8)."""
    texts: list[str] = [note.id, note.created, note.modified, note.author, note.body, *note.tags]
    if note.target is not None:
        texts += [note.target.quote, note.target.prefix, note.target.suffix]
    for text in texts:
        try:
            text.encode("utf-8")
        except UnicodeEncodeError:
            raise BriefingError(
                "the note holds a character that cannot be saved as UTF-8 (a lone surrogate); "
                "remove it and save again"
            ) from None
    if not _is_uuid(note.id):
        raise BriefingError(f"note id {quoted(note.id)} is not a UUID")
    if note.target is not None and not note.target.quote:
        raise BriefingError("a note on a passage needs a non-empty quote")


# Writing -----------------------------------------------------------------


Chunks = dict[str, tuple[Note, str]]
"""Each note's text in a file, by note id: a note unchanged since is written back as it was."""


def render_note_file(
    kind: Kind, subject: str, notes: Iterable[Note], chunks: Chunks | None = None
) -> str:
    """The whole file's text; ``chunks`` caches the text of notes already written once."""
    if not is_valid_id(subject):
        raise BriefingError(f"{quoted(subject)} is not a valid {kind} id")
    ordered = sorted(notes, key=_ORDER)
    parts = [canonical.header(kind, subject, empty=not ordered)]
    for note in ordered:
        known = chunks.get(note.id) if chunks is not None else None
        if known is not None and (known[0] is note or known[0] == note):
            text = known[1]
        else:
            text = canonical.chunk(note)
            if chunks is not None:
                chunks[note.id] = (note, text)
        parts.append(text)
    return "".join(parts)


def _read_canonical(
    text: str,
    path: Path,
    kind: Kind,
    subject: str,
    known: Mapping[str, Note],
    data: bytes | None,
) -> tuple[NoteFile, Chunks] | None:
    """Read a file in the form this program writes, fast; ``None`` sends it to the full loader."""
    found = scanner.scan(text, kind, subject, known, data)
    if found is None:
        return None
    notes, lines, chunks = found
    notes.sort(key=_ORDER)
    return NoteFile(kind, subject, path, notes, None, lines), chunks
