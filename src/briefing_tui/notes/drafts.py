"""Drafts of notes being written, kept on disk so a crash or a closed terminal loses no word.

A draft is one small YAML file in ``user_data_dir() / "drafts"``, written
atomically (temporary file in the same folder, flush, fsync, rename).  Open
editors register a snapshot function here, so a signal handler can save every
open draft synchronously before the reader exits.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from collections.abc import Callable, Iterator, Mapping
from contextlib import suppress
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Literal

import yaml

from briefing_tui import paths, safeyaml
from briefing_tui.atomicfile import replace_file

SubjectKind = Literal["article", "visit"]

DRAFT_KEY = re.compile(r"[a-z0-9][a-z0-9-]{0,63}")
DRAFT_SUFFIX = ".yaml"


@dataclass(frozen=True)
class DraftTarget:
    """The passage a draft note is on, as the note's target will record it."""

    quote: str
    prefix: str
    suffix: str
    start: int
    end: int


@dataclass(frozen=True)
class NoteDraft:
    """The text of one note being written, with what it is on and which note it edits."""

    key: str
    kind: SubjectKind
    subject_id: str
    body: str
    tags: tuple[str, ...] = ()
    target: DraftTarget | None = None
    note_id: str | None = None
    saved: str = field(default="", compare=False)
    annotations: str = ""
    """The annotations folder the note belongs in (empty: whichever is open)."""
    pending: str | None = None
    """The id a new note was being saved under (to know at restart whether it was)."""

    @property
    def subject(self) -> str:
        """What the draft is on, in the analyst's words: ``article x`` or ``visit y``."""
        return f"{self.kind} {self.subject_id}"


def new_draft_key() -> str:
    """A fresh name for a draft file, unique across readers and restarts."""
    return uuid.uuid4().hex


def drafts_dir() -> Path:
    """The folder that holds drafts (follows ``BRIEFING_DATA``)."""
    return paths.user_data_dir() / "drafts"


def draft_path(key: str, folder: Path | None = None) -> Path:
    """The file of the draft named ``key``; refuses keys that could name another path."""
    if DRAFT_KEY.fullmatch(key) is None:
        raise ValueError(f"not a draft name: {key!r}")
    return (folder or drafts_dir()) / f"{key}{DRAFT_SUFFIX}"


class _BlockDumper(yaml.SafeDumper):
    """Writes multi-line text in block style so a draft stays readable by hand."""


_ODD_BREAKS = ("\r", "\x85", "\u2028", "\u2029")


def _represent_text(dumper: yaml.SafeDumper, text: str) -> yaml.ScalarNode:
    # Breaks other than \n would be folded by a reader; only double quotes keep them.
    if any(b in text for b in _ODD_BREAKS):
        style: str | None = '"'
    else:
        style = "|" if "\n" in text else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", text, style=style)


_BlockDumper.add_representer(str, _represent_text)


def _to_mapping(draft: NoteDraft) -> dict[str, Any]:
    data: dict[str, Any] = {
        "draft": draft.key,
        "saved": draft.saved,
        "kind": draft.kind,
        "subject": draft.subject_id,
        "note": draft.note_id,
        "annotations": draft.annotations,
        "pending": draft.pending,
        "tags": list(draft.tags),
    }
    if draft.target is not None:
        t = draft.target
        data["target"] = {
            "quote": t.quote,
            "prefix": t.prefix,
            "suffix": t.suffix,
            "start": t.start,
            "end": t.end,
        }
    data["body"] = draft.body
    return data


def dumps(draft: NoteDraft) -> str:
    """The YAML text of a draft; any body round-trips exactly through ``loads``."""
    return yaml.dump(
        _to_mapping(draft),
        Dumper=_BlockDumper,
        sort_keys=False,
        allow_unicode=True,
        width=2**16,
        default_flow_style=False,
    )


def _text(data: Mapping[Any, Any], key: str) -> str:
    value = data.get(key)
    if not isinstance(value, str):
        raise ValueError(f"{key} is not text")
    return value


def _target(value: object) -> DraftTarget | None:
    if value is None:
        return None
    if not isinstance(value, Mapping):
        raise ValueError("target is not a mapping")
    start, end = value.get("start"), value.get("end")
    if type(start) is not int or type(end) is not int:
        raise ValueError("target offsets are not numbers")
    return DraftTarget(
        quote=_text(value, "quote"),
        prefix=_text(value, "prefix"),
        suffix=_text(value, "suffix"),
        start=start,
        end=end,
    )


def loads(text: str) -> NoteDraft:
    """Read a draft's YAML text; raises ``ValueError`` or ``YamlProblem`` when it is not one."""
    data = safeyaml.loads(text)
    if not isinstance(data, Mapping):
        raise ValueError("a draft is a mapping")
    kind = data.get("kind")
    if kind not in ("article", "visit"):
        raise ValueError("kind is neither article nor visit")
    tags = data.get("tags") or []
    if not isinstance(tags, list) or not all(isinstance(t, str) for t in tags):
        raise ValueError("tags are not a list of text")
    note_id = data.get("note")
    if note_id is not None and not isinstance(note_id, str):
        raise ValueError("note is not text")
    pending = data.get("pending")
    if pending is not None and not isinstance(pending, str):
        raise ValueError("pending is not text")
    saved = data.get("saved") or ""
    annotations = data.get("annotations") or ""
    if not isinstance(annotations, str):
        raise ValueError("annotations is not text")
    return NoteDraft(
        key=_text(data, "draft"),
        kind="article" if kind == "article" else "visit",
        subject_id=_text(data, "subject"),
        body=_text(data, "body"),
        tags=tuple(tags),
        target=_target(data.get("target")),
        note_id=note_id,
        saved=str(saved),
        annotations=annotations,
        pending=pending,
    )


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def save_draft(draft: NoteDraft, folder: Path | None = None) -> Path:
    """Keep ``draft`` on disk (replacing its previous version); raises ``OSError`` on failure."""
    path = draft_path(draft.key, folder)
    replace_file(path, dumps(replace(draft, saved=_now())))
    return path


def _draft_files(folder: Path) -> Iterator[Path]:
    try:
        entries = sorted(folder.iterdir())
    except OSError:
        return
    for path in entries:
        if path.suffix == DRAFT_SUFFIX and DRAFT_KEY.fullmatch(path.stem) and path.is_file():
            yield path


def load_drafts(folder: Path | None = None) -> list[NoteDraft]:
    """Every readable draft left on disk, oldest first; unreadable files are left alone."""
    found: list[NoteDraft] = []
    for path in _draft_files(folder or drafts_dir()):
        try:
            draft = loads(safeyaml.read_text(path))
        except (OSError, ValueError, safeyaml.YamlProblem):
            continue
        if draft.key == path.stem:
            found.append(draft)
    return sorted(found, key=lambda d: (d.saved, d.key))


def discard_draft(key: str, folder: Path | None = None) -> None:
    """Delete a draft once its note is saved or thrown away on purpose."""
    with suppress(FileNotFoundError):
        draft_path(key, folder).unlink()


_open_drafts: dict[str, Callable[[], NoteDraft | None]] = {}


def keep_open(key: str, snapshot: Callable[[], NoteDraft | None]) -> None:
    """Register an open editor: ``snapshot`` returns its current draft (None when unchanged)."""
    _open_drafts[key] = snapshot


def forget_open(key: str) -> None:
    """Unregister an editor that closed."""
    _open_drafts.pop(key, None)


def save_open_drafts(folder: Path | None = None) -> list[Path]:
    """Save every open editor's draft now, for a SIGTERM or SIGHUP handler; never raises."""
    saved: list[Path] = []
    for snapshot in list(_open_drafts.values()):
        try:
            draft = snapshot()
            if draft is not None:
                saved.append(save_draft(draft, folder))
        except Exception:  # one broken editor must not stop the others
            continue
    return saved
