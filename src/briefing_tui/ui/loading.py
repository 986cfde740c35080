"""Messages that thread workers post back to the reader: they never touch widgets."""

from __future__ import annotations

import os
import threading
from concurrent.futures import Future
from pathlib import Path
from typing import TYPE_CHECKING

from textual.message import Message

if TYPE_CHECKING:
    from briefing_tui.corpus import Corpus
    from briefing_tui.entities import Mention
    from briefing_tui.notes import NoteFile, Version
    from briefing_tui.ui.notes import ArticleNotes, NotesIndex


SMALL_CORPUS = 300
"""A corpus with at most this many article files loads in a few milliseconds."""


def load_corpus_soon(root: Path) -> Future[Corpus]:
    """Read a corpus folder: at once when it is small, else in a thread.

    A small corpus read at once is on screen in the first frame; a large one
    never holds up the interface.
    """
    return _load(root, thread=not is_small_corpus(root))


def load_corpus_in_thread(root: Path) -> Future[Corpus]:
    """Read a corpus folder in a thread, whatever its size."""
    return _load(root, thread=True)


def _load(root: Path, thread: bool) -> Future[Corpus]:
    future: Future[Corpus] = Future()

    def load() -> None:
        from briefing_tui.corpus import load_corpus

        try:
            future.set_result(load_corpus(root))
        except BaseException as exc:  # handed to the reader, which reports it
            future.set_exception(exc)

    if thread:
        threading.Thread(target=load, name="corpus-loader", daemon=True).start()
    else:
        load()
    return future


def is_small_corpus(root: Path) -> bool:
    """True when the corpus has so few article files that reading it takes milliseconds."""
    folder = root / "articles"
    try:
        with os.scandir(folder) as entries:
            for count, _ in enumerate(entries):
                if count >= SMALL_CORPUS:
                    return False
    except OSError:
        return True
    return True


class CorpusLoaded(Message):
    """The corpus folder has been read (with the problems found in it)."""

    def __init__(self, corpus: Corpus) -> None:
        super().__init__()
        self.corpus = corpus


class CorpusFailed(Message):
    """The corpus folder could not be read at all."""

    def __init__(self, reason: str) -> None:
        super().__init__()
        self.reason = reason


class BodyLoaded(Message):
    """An article's body has been read, ready to be shown at ``offset``."""

    def __init__(self, article_id: str, body: str, offset: int) -> None:
        super().__init__()
        self.article_id = article_id
        self.body = body
        self.offset = offset


class BodyFailed(Message):
    """An article's body could not be read."""

    def __init__(self, article_id: str, reason: str) -> None:
        super().__init__()
        self.article_id = article_id
        self.reason = reason


class MentionsFound(Message):
    """The entities of one article have been recognised."""

    def __init__(self, article_id: str, mentions: list[Mention], complete: bool = True) -> None:
        super().__init__()
        self.article_id = article_id
        self.mentions = mentions
        self.complete = complete


class VisitMentionsFound(Message):
    """The entities of every article of a visit have been recognised."""

    def __init__(self, visit_id: str | None, mentions: dict[str, list[Mention]]) -> None:
        super().__init__()
        self.visit_id = visit_id
        self.mentions = mentions


class NoteCountsFound(Message):
    """How many notes each article and each visit has, and every note for the lists' filter."""

    def __init__(
        self,
        articles: dict[str, int],
        visits: dict[str | None, int],
        index: NotesIndex | None = None,
    ) -> None:
        super().__init__()
        self.articles = articles
        self.visits = visits
        self.index = index


class ArticleNotesRead(Message):
    """The notes of an article, read and placed in its current text, for marks and the pane."""

    def __init__(
        self, article_id: str, file: NoteFile, notes: ArticleNotes, version: Version | None
    ) -> None:
        super().__init__()
        self.article_id = article_id
        self.file = file
        self.notes = notes
        self.version = version
