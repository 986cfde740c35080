"""What a note is on (a passage, a whole article, a visit) and how to say it in one line."""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefing_tui.notes.drafts import DraftTarget, NoteDraft, SubjectKind
from briefing_tui.notes.model import Target, clean_tags
from briefing_tui.textsafety import one_line

QUOTE_WIDTH = 60
"""How many characters of a quoted passage a one-line summary shows."""

_TAG_SEPARATORS = re.compile(r"[,\s]+")


@dataclass(frozen=True)
class NoteSubject:
    """The article or visit a note belongs to, and the passage it sits on if any."""

    kind: SubjectKind
    subject_id: str
    target: Target | None = None

    @classmethod
    def article(cls, article_id: str, target: Target | None = None) -> NoteSubject:
        """A note on an article: on a passage when ``target`` is given, else on all of it."""
        return cls("article", article_id, target)

    @classmethod
    def visit(cls, visit_id: str) -> NoteSubject:
        """A note on a whole visit."""
        return cls("visit", visit_id)


def shorten(text: str, width: int = QUOTE_WIDTH) -> str:
    """One terminal-safe line of at most ``width`` characters, with an ellipsis when cut."""
    line = one_line(text)
    if len(line) <= width:
        return line
    return line[: max(width - 1, 0)].rstrip() + "…"


def describe(subject: NoteSubject, width: int = QUOTE_WIDTH) -> str:
    """What the note is on, for the editor's heading: the quote, 'whole article' or 'visit'."""
    if subject.kind == "visit":
        return f"On the visit {one_line(subject.subject_id)}"
    if subject.target is None:
        return f"On the whole article {one_line(subject.subject_id)}"
    return f"On “{shorten(subject.target.quote, width)}”"


def parse_tags(text: str) -> tuple[str, ...]:
    """Tags typed in one field, separated by commas or spaces, without repeats."""
    return clean_tags([part for part in _TAG_SEPARATORS.split(text) if part])


def format_tags(tags: tuple[str, ...]) -> str:
    """Tags as the tags field shows them, ready to be edited."""
    return ", ".join(tags)


def draft_target(target: Target | None) -> DraftTarget | None:
    """The passage in the shape a draft keeps."""
    if target is None:
        return None
    return DraftTarget(target.quote, target.prefix, target.suffix, target.start, target.end)


def subject_of(draft: NoteDraft) -> NoteSubject:
    """What a restored draft was on."""
    target = None
    if draft.target is not None:
        t = draft.target
        target = Target(t.quote, t.prefix, t.suffix, t.start, t.end)
    return NoteSubject(draft.kind, draft.subject_id, target)
