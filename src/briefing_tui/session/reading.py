"""One analyst reading one corpus: what is loaded, recognised and noted, and the work behind it.

The session never touches the screen.  Its background work goes through one
``Jobs`` runner; each job reports what it found as an event (see ``events``)
to the listeners, on the job's own thread.  The side that shows the session
hands each event to its own thread and calls ``apply`` there first, so the
session's state only ever changes on that one thread.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from briefing_tui.problems import BriefingError
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
from briefing_tui.session.jobs import Jobs
from briefing_tui.textsafety import one_line

if TYPE_CHECKING:
    from briefing_tui.corpus import Article, Corpus, Visit
    from briefing_tui.entities import Mention
    from briefing_tui.entities.tagger import Tagger
    from briefing_tui.notes import NoteStore
    from briefing_tui.paths import Locations
    from briefing_tui.search import SearchIndex
    from briefing_tui.session.notes_index import NoteFilter, NotesIndex

UNASSIGNED = "~unassigned"
"""The id the visits pane gives the articles awaiting a visit."""

SMALL_CORPUS = 300
"""A corpus with at most this many article files loads in a few milliseconds."""

Listener = Callable[[Event], None]


def is_small_corpus(root: Path) -> bool:
    """True when the corpus has so few article files that reading it takes milliseconds."""
    try:
        with os.scandir(root / "articles") as entries:
            for count, _ in enumerate(entries):
                if count >= SMALL_CORPUS:
                    return False
    except OSError:
        return True
    return True


@dataclass(frozen=True)
class EntityFilter:
    """Only the visits that name an entity."""

    entity: str
    visits: frozenset[str]


class ReadingSession:
    """The corpus being read, its entities and notes, the filters, and the work behind them."""

    def __init__(self, locations: Locations, jobs: Jobs) -> None:
        self.locations = locations
        self.jobs = jobs
        self.corpus: Corpus | None = None
        self.early_visits: list[Visit] = []
        self.mentions: dict[str, list[Mention]] = {}
        self.visit_mentions: dict[str | None, dict[str, list[Mention]]] = {}
        self.article_note_counts: dict[str, int] = {}
        self.visit_note_counts: dict[str | None, int] = {}
        self.notes_index: NotesIndex | None = None
        self.note_filter: NoteFilter | None = None
        self.entity_filter: EntityFilter | None = None
        self._tagger: Tagger | None = None
        self._entities_failed = False
        self._listeners: list[Listener] = []

    # -- events -------------------------------------------------------------------

    def subscribe(self, listener: Listener) -> None:
        """Have ``listener`` told every event (on the thread of the job that found it)."""
        self._listeners.append(listener)

    def _tell(self, event: Event) -> None:
        for listener in self._listeners:
            listener(event)

    def apply(self, event: Event) -> None:
        """Keep what an event brings; call it on the thread that shows the session."""
        if isinstance(event, CorpusLoaded):
            self.corpus = event.corpus
            self.early_visits = []
        elif isinstance(event, MentionsFound):
            if event.complete:
                self.mentions[event.article_id] = event.mentions
        elif isinstance(event, VisitMentionsFound):
            self.visit_mentions[event.visit_id] = event.mentions
            self.mentions.update(event.mentions)
        elif isinstance(event, NotesCounted):
            counts = event.counts
            self.article_note_counts = counts.articles
            self.visit_note_counts = counts.visits
            self.notes_index = counts.index

    # -- the corpus ---------------------------------------------------------------

    def read_visits(self) -> list[Visit]:
        """Read ``visits.yaml`` alone, to show the visits before the articles are read."""
        from briefing_tui.corpus.loader import load_visits

        root = self.locations.corpus
        self.early_visits, _ = load_visits(root / "visits.yaml", root)
        return self.early_visits

    def load_corpus_now(self) -> Corpus:
        """Read the corpus folder on this thread (a small one takes milliseconds)."""
        from briefing_tui.corpus import load_corpus

        corpus = load_corpus(self.locations.corpus)
        self.apply(CorpusLoaded(corpus))
        return corpus

    def load_corpus(self) -> None:
        """Read the corpus folder in the background: ``CorpusLoaded`` or ``CorpusFailed``."""
        root = self.locations.corpus

        def load() -> None:
            from briefing_tui.corpus import load_corpus

            try:
                corpus = load_corpus(root)
            except BriefingError as exc:
                self._tell(CorpusFailed(str(exc)))
                return
            self._tell(CorpusLoaded(corpus))

        self.jobs.run(load, group="corpus")

    def articles_of(self, visit_id: str | None) -> list[Article]:
        """The articles of a visit, or of none for ``UNASSIGNED``."""
        if self.corpus is None:
            return []
        return list(self.corpus.articles_of(None if visit_id == UNASSIGNED else visit_id))

    def read_body(self, article_id: str, offset: int = 0) -> None:
        """Read an article's body in the background: ``BodyRead`` or ``BodyFailed``."""
        corpus = self.corpus
        if corpus is None or article_id not in corpus.articles:
            return
        article = corpus.articles[article_id]

        def read() -> None:
            try:
                body = corpus.body(article)
            except BriefingError as exc:
                self._tell(BodyFailed(article_id, str(exc)))
                return
            self._tell(BodyRead(article_id, body, offset))

        self.jobs.run(read, group="body")

    def reassign(self, article: Article, visit_id: str | None) -> Article:
        """Rewrite an article's visit on disk and in the corpus; return the article as it now is.

        Raises ``BriefingError`` or ``OSError`` when the file cannot be rewritten.
        """
        from briefing_tui.corpus.assign import set_visit
        from briefing_tui.corpus.loader import load_article

        corpus = self.corpus
        if corpus is None:
            return article
        set_visit(article.path, visit_id)
        fresh = load_article(article.path, corpus.root)
        articles = dict(corpus.articles)  # a new mapping, so the visit index is rebuilt
        articles[article.id] = fresh
        corpus.articles = articles
        return fresh

    # -- entities -----------------------------------------------------------------

    def _tag(self, article_id: str, body: str) -> list[Mention] | None:
        """Recognise entities (in a job); a failure is reported once and shows no colours."""
        try:
            from briefing_tui.entities import tagger_for

            if self._tagger is None and self.corpus is not None:
                self._tagger = tagger_for(self.corpus)
            if self._tagger is None:
                return []
            return self._tagger.mentions(article_id, body)
        except Exception as exc:  # a recogniser fault must not close the reader
            if not self._entities_failed:
                self._entities_failed = True
                self._tell(EntitiesFailed(f"{type(exc).__name__}: {exc}"))
            return None

    def recognise_part(self, article_id: str, body: str, start: int, stop: int) -> None:
        """Find the entities of ``body[start:stop]`` first: ``MentionsFound``, not complete."""

        def part() -> None:
            found = self._tag(article_id, body[start:stop]) or []
            shifted = [m._replace(start=m.start + start, end=m.end + start) for m in found]
            self._tell(MentionsFound(article_id, shifted, complete=False))

        self.jobs.run(part, group="entities")

    def recognise_all(self, article_id: str, body: str) -> None:
        """Find every entity of an article: ``MentionsFound``."""

        def all_of_it() -> None:
            found = self._tag(article_id, body)
            self._tell(MentionsFound(article_id, found if found is not None else []))

        self.jobs.run(all_of_it, group="entities")

    def warm_up(self) -> None:
        """Build the recogniser after the first screen, so the first article opens fast."""
        self.jobs.run(self.warm_up_now, group="entities")

    def warm_up_now(self) -> None:
        """Build the recogniser on this thread."""
        self._tag("", "Warm-up in Moscow.")

    def recognise_visit(self, visit_id: str | None) -> None:
        """Find the entities of every article of a visit: ``VisitMentionsFound``."""
        corpus = self.corpus
        if corpus is None:
            return
        known = dict(self.mentions)

        def every_article() -> None:
            found: dict[str, list[Mention]] = {}
            for article in corpus.articles_of(None if visit_id == UNASSIGNED else visit_id):
                mentions = known.get(article.id)
                if mentions is None:
                    try:
                        body = corpus.body(article)
                    except BriefingError:
                        continue
                    mentions = self._tag(article.id, body) or []
                found[article.id] = mentions
            self._tell(VisitMentionsFound(visit_id, found))

        self.jobs.run(every_article, group="visit-entities")

    # -- notes --------------------------------------------------------------------

    def note_store(self) -> NoteStore:
        """The notes folder of this corpus."""
        from briefing_tui.notes import NoteStore

        return NoteStore(self.locations.annotations)

    def count_notes(self) -> None:
        """Read every note in the background: ``NotesCounted``."""
        corpus = self.corpus
        if corpus is None:
            return

        def count() -> None:
            from briefing_tui.session.notes_index import count_notes

            try:
                counts = count_notes(corpus, self.note_store())
            except (BriefingError, OSError):
                return
            self._tell(NotesCounted(counts))

        self.jobs.run(count, group="note-counts")

    def place_notes(self, article_id: str, body: str) -> None:
        """Read an article's notes and place them in ``body``: ``ArticleNotesRead``."""

        def place() -> None:
            from briefing_tui.session.placed_notes import arrange

            store = self.note_store()
            try:
                version = store.version("article", article_id)
                file = store.article(article_id)
            except (BriefingError, OSError):
                return
            self._tell(ArticleNotesRead(article_id, file, arrange(body, file), version))

        self.jobs.run(place, group="note-ranges")

    def notes_saved(self, kind: Literal["article", "visit"], subject_id: str) -> None:
        """Bring the open search index up to date with a subject's notes."""
        index = self.search_index()
        if index is None:
            return

        def update() -> None:
            try:
                index.update_notes(kind, subject_id)
            except Exception:  # the next search refreshes the index from the files anyway
                return

        self.jobs.run(update, group="index-notes", exclusive=False)

    # -- filters of the lists -----------------------------------------------------

    @property
    def filtering(self) -> bool:
        """True when the visits pane hides something."""
        return self.entity_filter is not None or self.note_filter is not None

    def clear_filters(self) -> None:
        """Show every visit and article again."""
        self.entity_filter = None
        self.note_filter = None

    def visits_kept(self, visits: list[Visit]) -> tuple[list[Visit], list[str]]:
        """The visits the filters keep, and the filters in words."""
        kept = visits
        said: list[str] = []
        if self.entity_filter is not None:
            ids = self.entity_filter.visits
            kept = [v for v in kept if v.id in ids]
            said.append(f"naming {one_line(self.entity_filter.entity)}")
        chosen, index, corpus = self.note_filter, self.notes_index, self.corpus
        if chosen is not None and index is not None and corpus is not None:
            by_visit = {v.id: [a.id for a in corpus.articles_of(v.id)] for v in kept}
            passing = set(index.visits_passing(chosen, by_visit))
            kept = [v for v in kept if v.id in passing]
        if chosen is not None:
            said.append(chosen.describe())
        return kept, said

    def articles_kept(self, articles: list[Article]) -> list[Article]:
        """The articles the notes filter keeps."""
        chosen, index = self.note_filter, self.notes_index
        if chosen is None or index is None:
            return articles
        passing = set(index.articles_passing(chosen, [a.id for a in articles]))
        return [a for a in articles if a.id in passing]

    # -- search and export --------------------------------------------------------

    def search_index(self) -> SearchIndex | None:
        """The search index a dialog of this process has opened, if any."""
        from briefing_tui.session.search_indexes import shared_index

        return shared_index(self.locations.corpus, self.locations.annotations)

    def write_briefing(self, visit_id: str | None, path: Path, overwrite: bool) -> None:
        """Write the briefing of a visit (or of all): ``BriefingWritten`` or ``BriefingFailed``."""
        corpus = self.corpus
        if corpus is None:
            return

        def write() -> None:
            from briefing_tui.exchange import write_briefing

            try:
                written = write_briefing(corpus, self.note_store(), visit_id, path, overwrite)
            except (BriefingError, OSError) as exc:
                self._tell(BriefingFailed(one_line(str(exc))))
                return
            except Exception as exc:  # reported, never a crash of the reader
                self._tell(BriefingFailed(one_line(repr(exc))))
                return
            self._tell(BriefingWritten(written))

        self.jobs.run(write, group="export", exclusive=False)
