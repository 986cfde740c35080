"""The note store: one YAML file per article and per visit, written so that no note is lost."""

from __future__ import annotations

import bisect
import dataclasses
import operator
import os
import stat
from collections.abc import Callable, Iterable
from pathlib import Path

from briefing_tui import atomicfile, safeyaml
from briefing_tui.filelock import LOCK_TIMEOUT, locked
from briefing_tui.ids import is_valid_id
from briefing_tui.notes import canonical
from briefing_tui.notes.model import Kind, Note, Target, clean_tags, default_author, new_id, now
from briefing_tui.notes.notefile import (
    Chunks,
    NoteFile,
    check_writable,
    note_order,
    parse_note_file,
    render_note_file,
)
from briefing_tui.problems import BriefingError, Problem, display_path

Version = tuple[int, int, int]
VISITS_FOLDER = "visits"


class EditConflict(BriefingError):
    """An edit refused because the note changed on disk after the editor read it."""

    def __init__(self, note_id: str, theirs: Note | None) -> None:
        what = "was deleted" if theirs is None else "was changed"
        super().__init__(f"note {note_id} {what} elsewhere after this edit began")
        self.note_id = note_id
        self.theirs = theirs


@dataclasses.dataclass
class _Cached:
    """A file as last read or written: its bytes, its notes and the text of each note.

    ``in_order``: the bytes are exactly the header and then ``chunks`` in the order of
    ``file.notes``, so a new note is put in place by rewriting only the notes after it.
    """

    raw: bytes
    file: NoteFile
    chunks: Chunks
    in_order: bool = False


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
        """Everything wrong under the notes folder: folders, misnamed files, bad files and notes."""
        found = self.folder_problems()
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
        for file in self.files():
            found.extend(file.problems)
        return found

    def folder_problems(self) -> list[Problem]:
        """A notes folder that is not a folder, and notes-file names that are not regular files."""
        problem = self._root_problem("visit")
        if problem is not None:
            return [problem]
        found: list[Problem] = []
        for folder in (self.root, self.root / VISITS_FOLDER):
            for path in _odd_entries(folder):
                found.append(
                    Problem(
                        path,
                        1,
                        "named like a notes file but not a regular file (a folder, FIFO or "
                        "device); it is not read: move it away",
                    )
                )
        return found

    def _root_problem(self, kind: Kind) -> Problem | None:
        """Why notes of this kind cannot live under the notes folder at all (``None``: they can)."""
        folders = [self.root, self.root / VISITS_FOLDER] if kind == "visit" else [self.root]
        for folder in folders:
            try:
                info = folder.stat()
            except FileNotFoundError:
                return None
            except NotADirectoryError:
                continue  # reported for the folder above it
            except OSError as exc:
                return Problem(folder, 1, f"cannot open the notes folder: {exc.strerror}")
            if not stat.S_ISDIR(info.st_mode):
                what = "the notes folder" if folder == self.root else "the visit notes folder"
                return Problem(
                    folder,
                    1,
                    f"{what} is a file, not a folder; name a folder with --annotations "
                    "(or $BRIEFING_ANNOTATIONS), or move the file away",
                )
        return None

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
        return self.add_many(kind, subject_id, [note])

    def add_many(self, kind: Kind, subject_id: str, notes: Iterable[Note]) -> NoteFile:
        """Save many new notes at once: one lock, one read, one write; the rules of ``add``.

        Either every note is saved or, when one is refused, none is.
        """
        batch = list(notes)
        for note in batch:
            if kind == "visit" and note.target is not None:
                raise BriefingError("a note on a whole visit has no passage (target)")
            check_writable(note)

        def change(current: dict[str, Note]) -> None:
            for note in batch:
                old = current.get(note.id)
                if old is not None and old != note:
                    raise BriefingError(
                        f"a note with id {note.id} already exists; ids are never reused"
                    )
                current[note.id] = note

        return self._change(kind, subject_id, change)

    def update(
        self, kind: Kind, subject_id: str, note: Note, *, base: Note | None = None
    ) -> NoteFile:
        """Save an edited note over the one with its id (kept even if another writer deleted it).

        With ``base``, the note as the edit began, the save goes through only while the
        file still holds it; else ``EditConflict`` says what is on disk and nothing is written.
        """
        if kind == "visit" and note.target is not None:
            raise BriefingError("a note on a whole visit has no passage (target)")
        check_writable(note)

        def change(notes: dict[str, Note]) -> None:
            if base is not None and (theirs := notes.get(base.id)) != base:
                raise EditConflict(base.id, theirs)
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
        unusable = self._root_problem(kind)
        if unusable is not None:
            raise BriefingError(f"{unusable}; nothing was saved", unusable)
        with locked(path, self.lock_timeout):
            cached = self._load(kind, subject_id, path)
            refusal = cached.file.refusal()
            if refusal is not None:
                raise BriefingError(
                    f"{refusal}; the file is left untouched until it is fixed",
                    cached.file.problems[0],
                )
            before = cached.file.notes
            notes = {n.id: n for n in before}
            change(notes)
            fresh = _spliced(cached, notes) or _rendered(cached, notes)
            _save(path, fresh.raw)
            self._cache[path] = fresh
        return _copy(fresh.file)

    def _load(self, kind: Kind, subject_id: str, path: Path) -> _Cached:
        """The parsed file, reusing the last parse while the bytes on disk are the same."""
        unusable = self._root_problem(kind)
        if unusable is not None:
            return _Cached(b"", NoteFile(kind, subject_id, path, problem=unusable), {})
        outside = _outside(path, self.root)
        if outside is not None:
            problem = Problem(path, 1, outside)
            return _Cached(b"", NoteFile(kind, subject_id, path, problem=problem), {})
        try:
            data = safeyaml.read_regular_file(path, safeyaml.MAX_BYTES)
        except FileNotFoundError:
            self._cache.pop(path, None)
            return _Cached(b"", NoteFile(kind, subject_id, path), {})
        except safeyaml.YamlProblem as exc:
            problem = Problem(path, exc.line, exc.message)
            return _Cached(b"", NoteFile(kind, subject_id, path, problem=problem), {})
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
            file, chunks = parse_note_file(text, path, kind, subject_id, known, data)
        fresh = _Cached(data, file, chunks, in_order=_in_file_order(file.notes, chunks))
        self._cache[path] = fresh
        return fresh


def _save(path: Path, data: bytes) -> None:
    """Replace the notes file in one step (the caller holds its lock), or say why it failed."""
    atomicfile.remove_leftovers(path)
    try:
        atomicfile.replace_file(path, data)
    except OSError as exc:
        raise BriefingError(
            f"{display_path(path)}: cannot save the notes: {exc.strerror}"
        ) from None


def _outside(path: Path, root: Path) -> str | None:
    """Why a notes file that is a link cannot be read: it leads outside the notes folder."""
    if not path.is_symlink():
        return None
    try:
        path.resolve(strict=True).relative_to(root.resolve())
    except (OSError, RuntimeError, ValueError):
        return "a link that points outside the notes folder (or nowhere); it is left alone"
    return None


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


def _odd_entries(folder: Path) -> list[Path]:
    """Entries named like notes files that are not regular files (nor links to them)."""
    try:
        return sorted(
            p
            for p in folder.iterdir()
            if p.suffix == ".yaml"
            and not p.name.startswith(".")
            and not p.is_file()
            and not (p.is_symlink() and not p.exists())
        )
    except OSError:
        return []


def _copy(file: NoteFile) -> NoteFile:
    """A copy the caller may change without touching the store's cache."""
    return dataclasses.replace(
        file, notes=list(file.notes), lines=dict(file.lines), bad=list(file.bad)
    )


def _in_file_order(notes: list[Note], chunks: Chunks) -> bool:
    """True when the notes were read from their chunks, which stand in the file in this order."""
    if not notes or len(chunks) != len(notes):
        return False
    # Chunks are recorded in file order; dicts keep insertion order.
    return all(map(operator.is_, notes, (note for note, _ in chunks.values())))


def _spliced(cached: _Cached, notes: dict[str, Note]) -> _Cached | None:
    """The file with new notes put in place, when nothing else changed, touching only the tail.

    The bytes before the first note that sorts after a new one are kept as they are; only
    the notes after it are written again (none, when the new notes are the latest).
    """
    before = cached.file.notes
    if not cached.in_order or len(notes) <= len(before):
        return None
    if not all(notes.get(n.id) is n for n in before):
        return None
    added = sorted((n for n in notes.values() if n.id not in cached.chunks), key=note_order)
    cut = bisect.bisect_left(before, note_order(added[0]), key=note_order)
    kept, tail = before[:cut], before[cut:]
    tail_bytes = sum(len(cached.chunks[n.id][1].encode("utf-8")) for n in tail)
    chunks = dict(cached.chunks)
    lines = dict(cached.file.lines)
    line = lines[tail[0].id] if tail else cached.raw.count(b"\n") + 1
    texts = []
    for note in sorted([*tail, *added], key=note_order):
        known = chunks.get(note.id)
        text = known[1] if known is not None else canonical.chunk(note)
        chunks[note.id] = (note, text)
        lines[note.id] = line
        line += text.count("\n")
        texts.append(text)
    raw = cached.raw[: len(cached.raw) - tail_bytes] + "".join(texts).encode("utf-8")
    ordered = [*kept, *sorted([*tail, *added], key=note_order)]
    file = cached.file
    fresh = NoteFile(file.kind, file.subject, file.path, ordered, None, lines)
    return _Cached(raw, fresh, {n.id: chunks[n.id] for n in ordered}, in_order=True)


def _rendered(cached: _Cached, notes: dict[str, Note]) -> _Cached:
    """The whole file written anew; notes unchanged since the last read keep their text."""
    file = cached.file
    ordered = sorted(notes.values(), key=operator.attrgetter("created", "id"))
    chunks = dict(cached.chunks)
    text = render_note_file(file.kind, file.subject, ordered, chunks)
    chunks = {n.id: chunks[n.id] for n in ordered}
    lines: dict[str, int] = {}
    line = 3  # after 'kind: subject' and 'notes:'
    for note in ordered:
        lines[note.id] = line
        line += chunks[note.id][1].count("\n")
    fresh = NoteFile(file.kind, file.subject, file.path, ordered, None, lines)
    return _Cached(text.encode("utf-8"), fresh, chunks, in_order=bool(ordered))
