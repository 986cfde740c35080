"""What the reading session tells whoever shows it: plain records, posted from any thread."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from briefing_tui.corpus import Corpus
    from briefing_tui.entities import Mention
    from briefing_tui.notes import NoteFile, Version
    from briefing_tui.search import SearchIndex
    from briefing_tui.search.as_you_type import LiveAnswer
    from briefing_tui.session.notes_index import NoteCounts
    from briefing_tui.session.placed_notes import ArticleNotes


@dataclass(frozen=True)
class CorpusLoaded:
    """The corpus folder has been read (with the problems found in it)."""

    corpus: Corpus


@dataclass(frozen=True)
class CorpusFailed:
    """The corpus folder could not be read at all."""

    reason: str


@dataclass(frozen=True)
class BodyRead:
    """An article's body has been read, ready to be shown at ``offset``."""

    article_id: str
    body: str
    offset: int


@dataclass(frozen=True)
class BodyFailed:
    """An article's body could not be read."""

    article_id: str
    reason: str


@dataclass(frozen=True)
class MentionsFound:
    """The entities of one article (or, when not ``complete``, of the part being read)."""

    article_id: str
    mentions: list[Mention]
    complete: bool = True


@dataclass(frozen=True)
class VisitMentionsFound:
    """The entities of every article of a visit have been recognised."""

    visit_id: str | None
    mentions: dict[str, list[Mention]]


@dataclass(frozen=True)
class EntitiesFailed:
    """The recogniser failed; said once, after which articles show without colours."""

    reason: str


@dataclass(frozen=True)
class NotesCounted:
    """Every note has been read: counts for the panes and the index the filters use."""

    counts: NoteCounts


@dataclass(frozen=True)
class ArticleNotesRead:
    """The notes of an article, read and placed in its current text, for marks and the pane."""

    article_id: str
    file: NoteFile
    notes: ArticleNotes
    version: Version | None


@dataclass(frozen=True)
class BriefingWritten:
    """A briefing has been written to ``path``."""

    path: Path


@dataclass(frozen=True)
class BriefingFailed:
    """A briefing could not be written; ``reason`` says why in one line."""

    reason: str


Event = (
    CorpusLoaded
    | CorpusFailed
    | BodyRead
    | BodyFailed
    | MentionsFound
    | VisitMentionsFound
    | EntitiesFailed
    | NotesCounted
    | ArticleNotesRead
    | BriefingWritten
    | BriefingFailed
)
"""Everything the session reports."""


@dataclass(frozen=True)
class IndexProgress:
    """How far the first build of the search index has come."""

    done: int
    total: int


@dataclass(frozen=True)
class IndexOpened:
    """The search index is open and can answer."""

    index: SearchIndex


@dataclass(frozen=True)
class IndexRefreshed:
    """The open search index has caught up with files changed since it was opened."""


@dataclass(frozen=True)
class IndexFailed:
    """The search index could not be opened or refreshed; ``reason`` says why in one sentence."""

    reason: str


@dataclass(frozen=True)
class SearchAnswered:
    """The hits for some typed text."""

    answer: LiveAnswer


IndexEvent = IndexProgress | IndexOpened | IndexRefreshed | IndexFailed | SearchAnswered
"""What a job over the search index reports to the dialog that asked for it."""
