"""What a note is: its text, its tags, and the passage it was taken on."""

from __future__ import annotations

import datetime as dt
import getpass
import os
import uuid
from dataclasses import dataclass
from typing import Literal

CONTEXT_CHARS = 32

Kind = Literal["article", "visit"]
Status = Literal["anchored", "moved", "orphaned", "article"]


@dataclass(frozen=True)
class Target:
    """The passage a note sits on: the quote is authoritative, the offsets are a hint."""

    quote: str
    prefix: str = ""
    suffix: str = ""
    start: int = 0
    end: int = 0


@dataclass(frozen=True)
class Note:
    """One note as the analyst wrote it; ``target`` is ``None`` for a whole-article note."""

    id: str
    created: str
    modified: str
    author: str
    tags: tuple[str, ...]
    body: str
    target: Target | None = None


@dataclass(frozen=True)
class Placement:
    """Where a note sits in the current text, and how sure we are of it."""

    status: Status
    start: int | None = None
    end: int | None = None
    score: float = 0.0


def make_target(text: str, start: int, end: int) -> Target:
    """Describe the passage ``text[start:end]`` so it can be found again after edits."""
    if not 0 <= start < end <= len(text):
        raise ValueError(f"a passage needs 0 <= start < end <= {len(text)}, got {start}..{end}")
    return Target(
        quote=text[start:end],
        prefix=text[max(0, start - CONTEXT_CHARS) : start],
        suffix=text[end : end + CONTEXT_CHARS],
        start=start,
        end=end,
    )


def now() -> str:
    """The current time as ISO 8601 with its time zone, to the second."""
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def new_id() -> str:
    """A fresh note id that is never reused."""
    return str(uuid.uuid4())


def default_author() -> str:
    """Who is writing: ``$BRIEFING_AUTHOR``, else the login name, else ``analyst``."""
    name = os.environ.get("BRIEFING_AUTHOR", "").strip()
    if name:
        return name
    try:
        name = getpass.getuser().strip()
    except (OSError, KeyError, ImportError):
        name = ""
    return name or "analyst"


def clean_tags(tags: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    """Tags without surrounding blanks, empties or repeats, in the order given."""
    seen: dict[str, None] = {}
    for tag in tags:
        tag = " ".join(tag.split())
        if tag:
            seen.setdefault(tag, None)
    return tuple(seen)
