"""The reading session: the corpus being read, its entities and notes, and their background work.

Plain Python (no Textual): the reader shows a session, tests drive one without a screen.
"""

from briefing_tui.session.events import (
    ArticleNotesRead,
    BodyFailed,
    BodyRead,
    BriefingFailed,
    BriefingWritten,
    CorpusFailed,
    CorpusLoaded,
    EntitiesFailed,
    Event,
    MentionsFound,
    NotesCounted,
    VisitMentionsFound,
)
from briefing_tui.session.jobs import Jobs, ThreadJobs
from briefing_tui.session.reading import UNASSIGNED, EntityFilter, ReadingSession

__all__ = [
    "UNASSIGNED",
    "ArticleNotesRead",
    "BodyFailed",
    "BodyRead",
    "BriefingFailed",
    "BriefingWritten",
    "CorpusFailed",
    "CorpusLoaded",
    "EntitiesFailed",
    "EntityFilter",
    "Event",
    "Jobs",
    "MentionsFound",
    "NotesCounted",
    "ReadingSession",
    "ThreadJobs",
    "VisitMentionsFound",
]
