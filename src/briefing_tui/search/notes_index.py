"""Keep the analyst's notes (bodies, tags and quoted passages) searchable.

Note files are stamped by size and modification time like articles; a
changed file is re-read through the note store, so the index never parses
annotation YAML itself.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Iterable
from pathlib import Path
from typing import Any, Literal

from briefing_tui.problems import BriefingError, Problem

Subject = Literal["article", "visit"]


def scan_note_files(annotations: Path) -> dict[str, tuple[Subject, str, int, int]]:
    """Every note file by path: whose notes it holds, its size and modification time."""
    found: dict[str, tuple[Subject, str, int, int]] = {}
    folders: list[tuple[Path, Subject]] = [
        (annotations, "article"),
        (annotations / "visits", "visit"),
    ]
    for folder, kind in folders:
        try:
            entries = os.scandir(folder)
        except OSError:
            continue
        # Loaded here: a corpus without notes never needs it on the way to a search.
        from briefing_tui.ids import is_valid_id

        with entries:
            for entry in entries:
                name = entry.name
                if not name.endswith(".yaml") or not is_valid_id(name[:-5]):
                    continue
                try:
                    if not entry.is_file():
                        continue
                    stat = entry.stat()
                except OSError:
                    continue
                found[entry.path] = (kind, name[:-5], stat.st_size, stat.st_mtime_ns)
    return found


def _text(value: Any) -> str | None:
    if value is None:
        return None
    if hasattr(value, "isoformat"):
        return str(value.isoformat())
    return str(value)


def _notes_of(annotations: Path, kind: Subject, subject: str) -> list[Any]:
    from briefing_tui.notes import NoteStore

    store = NoteStore(annotations)
    holder = store.article(subject) if kind == "article" else store.visit(subject)
    if holder.problem is not None:
        raise BriefingError(str(holder.problem), holder.problem)
    return list(holder.notes)


def _forget(connection: sqlite3.Connection, kind: Subject, subject: str) -> None:
    rows = [
        r[0]
        for r in connection.execute(
            "SELECT rowid FROM note WHERE kind = ? AND subject = ?", (kind, subject)
        )
    ]
    connection.executemany("DELETE FROM note_text WHERE rowid = ?", [(r,) for r in rows])
    connection.execute("DELETE FROM note WHERE kind = ? AND subject = ?", (kind, subject))


def store_notes(
    connection: sqlite3.Connection, kind: Subject, subject: str, notes: Iterable[Any]
) -> int:
    """Replace the indexed notes of one article or visit; return how many were stored."""
    _forget(connection, kind, subject)
    count = 0
    for note in notes:
        target = getattr(note, "target", None)
        tags = [str(t) for t in (getattr(note, "tags", None) or [])]
        quote = getattr(target, "quote", None) if target is not None else None
        cursor = connection.execute(
            "INSERT INTO note(id, kind, subject, author, created, modified, tags, quote,"
            " start, end)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                str(note.id),
                kind,
                subject,
                _text(getattr(note, "author", None)),
                _text(getattr(note, "created", None)),
                _text(getattr(note, "modified", None)),
                json.dumps(tags, ensure_ascii=False),
                quote,
                getattr(target, "start", None) if target is not None else None,
                getattr(target, "end", None) if target is not None else None,
            ),
        )
        connection.execute(
            "INSERT INTO note_text(rowid, body, tags, quote) VALUES (?, ?, ?, ?)",
            (cursor.lastrowid, str(getattr(note, "body", "") or ""), " ".join(tags), quote or ""),
        )
        count += 1
    return count


def update_subject(
    connection: sqlite3.Connection, annotations: Path, kind: Subject, subject: str
) -> list[Problem]:
    """Re-read the notes of one article or visit from disk and re-index them."""
    folder = annotations if kind == "article" else annotations / "visits"
    path = folder / f"{subject}.yaml"
    problems: list[Problem] = []
    connection.execute("BEGIN IMMEDIATE")
    try:
        try:
            notes = _notes_of(annotations, kind, subject) if path.exists() else []
        except BriefingError as exc:
            problems.append(exc.problem or Problem(path, 1, str(exc)))
            notes = []
        store_notes(connection, kind, subject, notes)
        try:
            stat = path.stat()
            connection.execute(
                "INSERT OR REPLACE INTO note_file(path, kind, subject, size, mtime_ns)"
                " VALUES (?, ?, ?, ?, ?)",
                (str(path), kind, subject, stat.st_size, stat.st_mtime_ns),
            )
        except OSError:
            connection.execute("DELETE FROM note_file WHERE path = ?", (str(path),))
        connection.execute("COMMIT")
    except BaseException:
        connection.execute("ROLLBACK")
        raise
    return problems


def refresh_notes(connection: sqlite3.Connection, annotations: Path) -> list[Problem]:
    """Re-index the note files added, changed or removed since the last refresh."""
    scanned = scan_note_files(annotations)
    known = {
        row[0]: (row[1], row[2], row[3], row[4])
        for row in connection.execute("SELECT path, kind, subject, size, mtime_ns FROM note_file")
    }
    changed = [
        p for p, found in scanned.items() if known.get(p, (None, None, -1, -1))[2:] != found[2:]
    ]
    gone = [p for p in known if p not in scanned]
    problems: list[Problem] = []
    for path in gone:
        kind, subject, _, _ = known[path]
        problems += update_subject(connection, annotations, kind, subject)
    for path in changed:
        kind, subject, _, _ = scanned[path]
        problems += update_subject(connection, annotations, kind, subject)
    return problems
