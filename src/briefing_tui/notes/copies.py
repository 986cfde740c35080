"""A copy of a note that could not be saved, written where the analyst can find it again."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from briefing_tui import paths
from briefing_tui.atomicfile import replace_file
from briefing_tui.notes.model import Kind, Note
from briefing_tui.notes.notefile import render_note_file
from briefing_tui.problems import BriefingError


def copies_dir() -> Path:
    """The folder for copies of notes the store refused (follows ``BRIEFING_DATA``)."""
    return paths.user_data_dir() / "recovered"


def default_copy_path() -> Path:
    """A fresh file name for a copy: ``recovered/<timestamp>.yaml`` in the data folder."""
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S%fZ")
    return copies_dir() / f"{stamp}.yaml"


def save_copy(kind: Kind, subject_id: str, note: Note, path: Path) -> Path:
    """Write the note alone in a notes file at ``path``, in the annotations format, atomically."""
    path = path.expanduser()
    if path.exists() and not path.is_file():
        raise BriefingError(f"{path} is a folder; give a file name for the copy")
    if path.exists():
        raise BriefingError(f"{path} already exists; give another file name for the copy")
    try:
        replace_file(path, render_note_file(kind, subject_id, [note]))
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        raise BriefingError(f"could not write a copy to {path}: {reason}") from None
    return path
