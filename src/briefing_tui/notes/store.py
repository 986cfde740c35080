"""The note store: one YAML file per article and per visit, written so that no note is lost."""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Callable
from pathlib import Path

from briefing_tui import safeyaml
from briefing_tui.ids import is_valid_id
from briefing_tui.notes.model import Kind, Note, Target, clean_tags, default_author, new_id, now
from briefing_tui.notes.notefile import (
    Chunks,
    NoteFile,
    check_writable,
    note_order,
    parse_note_file,
    render_note_file,
)
from briefing_tui.notes.safewrite import LOCK_TIMEOUT, locked, write_atomically
from briefing_tui.problems import BriefingError, Problem

Version = tuple[int, int, int]
VISITS_FOLDER = "visits"


@dataclasses.dataclass
class _Cached:
    raw: bytes
    file: NoteFile
    chunks: Chunks


class NoteStore:
    """Notes under one annotations folder; every change is locked, merged by id and atomic."""

    def __init__(self, root: Path, lock_timeout: float = LOCK_TIMEOUT) -> None:
        self.root = Path(root)
        self.lock_timeout = lock_timeout
        self._cache: dict[Path, _Cached] = {}

    # Where things are --------------------------------------------------------

    def path(self, kind: Kind, subject_id: str) -> Path:
        """The file that holds the notes on one article or visit."""
        if kind not in ("article", "visit"):
            raise BriefingError(f"notes are on an article or a visit, not on {kind!r}")
        if not is_valid_id(subject_id):
            raise BriefingError(
                f"{subject_id!r} is not a valid {kind} id (lowercase letters, digits, '-')"
            )
        folder = self.root / VISITS_FOLDER if kind == "visit" else self.root
        return folder / f"{subject_id}.yaml"

    def version(self, kind: Kind, subject_id: str) -> Version | None:
        """A cheap token that changes whenever the file changes on disk (``None``: no file)."""
        return _version_of(self.path(kind, subject_id))

    # Reading -----------------------------------------------------------------

    def article(self, article_id: str) -> NoteFile:
        """The notes on one article (an empty file when it has none yet)."""
        return self.read("article", article_id)

    def visit(self, visit_id: str) -> NoteFile:
        """The notes on one whole visit."""
        return self.read("visit", visit_id)

    def read(self, kind: Kind, subject_id: str) -> NoteFile:
        """The notes of one subject as they are on disk now."""
        path = self.path(kind, subject_id)
        return _copy(self._load(kind, subject_id, path).file)

    def subjects(self) -> list[tuple[Kind, str]]:
        """Every (kind, id) that has a notes file, articles first, each sorted by id."""
        found: list[tuple[Kind, str]] = []
        for path in _yaml_files(self.root):
            if is_valid_id(path.stem):
                found.append(("article", path.stem))
        for path in _yaml_files(self.root / VISITS_FOLDER):
            if is_valid_id(path.stem):
                found.append(("visit", path.stem))
        return found

    def files(self) -> list[NoteFile]:
        """Every notes file, read."""
        return [self.read(kind, subject) for kind, subject in self.subjects()]

    def problems(self) -> list[Problem]:
        """Files that cannot be read or do not match the schema, and misnamed files."""
        found: list[Problem] = []
        for folder in (self.root, self.root / VISITS_FOLDER):
            for path in _yaml_files(folder):
                if not is_valid_id(path.stem):
                    found.append(
                        Problem(
                            path,
                            1,
                            "a notes file is named after an article or visit id "
                            "(lowercase letters, digits, '-'); rename it",
                        )
                    )
        found.extend(f.problem for f in self.files() if f.problem is not None)
        return found

    # Changing ----------------------------------------------------------------

    def new_note(
        self,
        body: str,
        tags: tuple[str, ...] | list[str] = (),
        target: Target | None = None,
        author: str | None = None,
    ) -> Note:
        """A fresh note (new id, created now) that is not saved until ``add``."""
        stamp = now()
        return Note(
            id=new_id(),
            created=stamp,
            modified=stamp,
            author=author if author is not None else default_author(),
            tags=clean_tags(tags),
            body=body,
            target=target,
        )

    def add(self, kind: Kind, subject_id: str, note: Note) -> NoteFile:
        """Save a new note; an id already in the file is an error (ids are never reused)."""
        if kind == "visit" and note.target is not None:
            raise BriefingError("a note on a whole visit has no passage (target)")
        check_writable(note)

        def change(notes: dict[str, Note]) -> None:
            old = notes.get(note.id)
            if old is not None and old != note:
                raise BriefingError(
                    f"a note with id {note.id} already exists; ids are never reused"
                )
            notes[note.id] = note

        return self._change(kind, subject_id, change)

    def update(self, kind: Kind, subject_id: str, note: Note) -> NoteFile:
        """Save an edited note over the one with its id (kept even if another writer deleted it)."""
        if kind == "visit" and note.target is not None:
            raise BriefingError("a note on a whole visit has no passage (target)")
        check_writable(note)

        def change(notes: dict[str, Note]) -> None:
            notes[note.id] = note

        return self._change(kind, subject_id, change)

    def delete(self, kind: Kind, subject_id: str, note_id: str) -> NoteFile:
        """Remove one note by id (nothing happens if another writer already removed it)."""

        def change(notes: dict[str, Note]) -> None:
            notes.pop(note_id, None)

        return self._change(kind, subject_id, change)

    def _change(
        self, kind: Kind, subject_id: str, change: Callable[[dict[str, Note]], None]
    ) -> NoteFile:
        """Lock, re-read what is on disk, apply one change by id, write atomically."""
        path = self.path(kind, subject_id)
        with locked(path, self.lock_timeout):
            cached = self._load(kind, subject_id, path)
            if cached.file.problem is not None:
                raise BriefingError(
                    f"{cached.file.problem}; the file is left untouched until it is fixed",
                    cached.file.problem,
                )
            notes = {n.id: n for n in cached.file.notes}
            change(notes)
            text = render_note_file(kind, subject_id, notes.values(), cached.chunks)
            write_atomically(path, text)
            ordered = sorted(notes.values(), key=note_order)
            chunks = {n.id: cached.chunks[n.id] for n in ordered}
            fresh = NoteFile(
                kind, subject_id, path, ordered, None, _lines_from_chunks(ordered, chunks)
            )
            self._cache[path] = _Cached(text.encode("utf-8"), fresh, chunks)
        return _copy(fresh)

    def _load(self, kind: Kind, subject_id: str, path: Path) -> _Cached:
        """The parsed file, reusing the last parse while the bytes on disk are the same."""
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            self._cache.pop(path, None)
            return _Cached(b"", NoteFile(kind, subject_id, path), {})
        except OSError as exc:
            problem = Problem(path, 1, f"cannot read the notes file: {exc.strerror}")
            return _Cached(b"", NoteFile(kind, subject_id, path, problem=problem), {})
        cached = self._cache.get(path)
        if cached is not None and cached.raw == data:
            return cached
        known = {text: note for note, text in cached.chunks.values()} if cached else {}
        chunks: Chunks = {}
        try:
            text = safeyaml.decode_utf8(data)
        except safeyaml.YamlProblem as exc:
            file = NoteFile(kind, subject_id, path, problem=Problem(path, exc.line, exc.message))
        else:
            file, chunks = parse_note_file(text, path, kind, subject_id, known)
        fresh = _Cached(data, file, chunks)
        self._cache[path] = fresh
        return fresh


def _version_of(path: Path) -> Version | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (st.st_mtime_ns, st.st_size, st.st_ino)


def _yaml_files(folder: Path) -> list[Path]:
    try:
        return sorted(
            p
            for p in folder.iterdir()
            if p.suffix == ".yaml" and not p.name.startswith(".") and p.is_file()
        )
    except OSError:
        return []


def _copy(file: NoteFile) -> NoteFile:
    """A copy the caller may change without touching the store's cache."""
    return dataclasses.replace(file, notes=list(file.notes), lines=dict(file.lines))


def _lines_from_chunks(notes: list[Note], chunks: Chunks) -> dict[str, int]:
    """Line of each note in the file just written: two header lines, then the chunks in order."""
    lines: dict[str, int] = {}
    line = 3
    for note in notes:
        lines[note.id] = line
        line += chunks[note.id][1].count("\n")
    return lines
