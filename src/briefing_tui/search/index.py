"""The search index of one corpus: opened (or built) on first use, kept fresh, then queried.

Everything the command line and the reader ask of search goes through
``SearchIndex``; the SQLite file behind it is a cache that may be deleted
at any time.
"""

from __future__ import annotations

import contextlib
import sqlite3
from _thread import RLock
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Literal, TypeVar

from briefing_tui import atomicfile
from briefing_tui.problems import BriefingError, Problem
from briefing_tui.search import notes_index, store, updating
from briefing_tui.search.query import Query, parse_query
from briefing_tui.search.searching import SearchResults, article_hits, note_hits

if TYPE_CHECKING:
    from briefing_tui.search import crossref

Progress = Callable[[int, int], None]
T = TypeVar("T")

BUSY_WAIT_MS = 250
"""How long a refresh waits for another process's write to the index before going without."""

STALE_WARNING = (
    "the search index is being updated by another briefing; answering from the index as it "
    "was, which may miss the latest changes (search again in a moment)"
)


class _Busy(Exception):
    """Another process holds the index's write lock."""


class SearchIndex:
    """Full-text search, entity cross-references and the timeline over one corpus."""

    def __init__(
        self,
        corpus: Path,
        annotations: Path,
        connection: sqlite3.Connection,
        path: Path | None,
    ) -> None:
        self.corpus = Path(corpus)
        self.annotations = Path(annotations)
        self.connection = connection
        self.path = path
        self.warnings: list[str] = []
        self.problems: list[Problem] = []
        self.built = False
        """True when opening had to build the index: it then holds every file as just read."""
        self._lock = RLock()

    @classmethod
    def open(
        cls,
        corpus: Path,
        annotations: Path,
        progress: Progress | None = None,
        refresh: bool = True,
    ) -> SearchIndex:
        """Open a corpus's cached index, building it on first use, and bring it up to date."""
        corpus, annotations = Path(corpus), Path(annotations)
        if not corpus.is_dir():
            raise BriefingError(f"{corpus}: no such corpus folder")
        path = store.index_path(corpus, annotations)
        warning: str | None = None
        try:
            index = cls._open_file(corpus, annotations, path, progress)
        except (sqlite3.Error, OSError) as exc:
            warning = (
                f"the search index cannot be kept in {path.parent} ({exc}); "
                "searching with an index in memory, rebuilt on every start"
            )
            index = cls._in_memory(corpus, annotations)
        if warning:
            index.warnings.append(warning)
        if refresh:
            index.refresh(progress)
        return index

    @classmethod
    def _in_memory(cls, corpus: Path, annotations: Path) -> SearchIndex:
        connection = store.connect(":memory:")
        store.create(connection, corpus, annotations)
        store.finish(connection)
        return cls(corpus, annotations, connection, None)

    @classmethod
    def _open_file(
        cls, corpus: Path, annotations: Path, path: Path, progress: Progress | None
    ) -> SearchIndex:
        if path.exists():
            connection: sqlite3.Connection | None = None
            try:
                connection = store.connect(path)
                if store.is_trustworthy(connection, corpus, annotations):
                    return cls(corpus, annotations, connection, path)
            except sqlite3.DatabaseError:
                pass
            if connection is not None:
                connection.close()
            store.remove(path)
        cls._build_file(corpus, annotations, path, progress)
        index = cls(corpus, annotations, store.connect(path), path)
        index.built = True
        return index

    @classmethod
    def _build_file(
        cls, corpus: Path, annotations: Path, path: Path, progress: Progress | None
    ) -> None:
        """Build a complete index beside its final place, then move it there in one step."""
        path.parent.mkdir(parents=True, exist_ok=True)
        building = atomicfile.temporary_path(path)
        connection = sqlite3.connect(str(building), isolation_level=None)
        try:
            connection.execute("PRAGMA journal_mode = OFF")
            connection.execute("PRAGMA synchronous = OFF")
            connection.execute("PRAGMA cache_size = -131072")
            store.create(connection, corpus, annotations)
            index = cls(corpus, annotations, connection, None)
            index.refresh(progress)
            store.finish(connection)
            updating.set_meta(connection, "complete", "1")
        except BaseException:
            connection.close()
            store.remove(building)
            raise
        connection.close()
        atomicfile.move_into_place(building, path, durable=False)

    def refresh(self, progress: Progress | None = None) -> updating.RefreshReport:
        """Index what was added, changed or removed since the last refresh (articles and notes).

        When another process is writing to the index, this does not wait for it: the
        index stays as it was, ``stale`` is set and a warning says so.
        """
        report = self._unless_busy(lambda: self._refresh(progress), updating.RefreshReport())
        self.problems = report.problems
        return report

    stale = False
    """True when a refresh was skipped because another process was writing the index."""

    def _unless_busy(self, action: Callable[[], T], instead: T) -> T:
        """Run a refresh without waiting on another writer; ``instead`` when one holds the index."""
        if self.path is None:
            return self._guarded(action)
        with self._lock:
            self.connection.execute(f"PRAGMA busy_timeout = {BUSY_WAIT_MS}")
            try:
                done = self._rebuilt_if_damaged(action, busy=_Busy)
            except _Busy:
                with contextlib.suppress(sqlite3.Error):
                    if self.connection.in_transaction:
                        self.connection.execute("ROLLBACK")
                self.stale = True
                if STALE_WARNING not in self.warnings:
                    self.warnings.append(STALE_WARNING)
                return instead
            finally:
                with contextlib.suppress(sqlite3.Error):
                    self.connection.execute(f"PRAGMA busy_timeout = {store.BUSY_TIMEOUT_MS}")
            if self.stale:
                self.stale = False
                with contextlib.suppress(ValueError):
                    self.warnings.remove(STALE_WARNING)
            return done

    def _refresh(self, progress: Progress | None) -> updating.RefreshReport:
        problems = updating.refresh_visits(self.connection, self.corpus)
        report = updating.refresh_articles(self.connection, self.corpus, progress)
        report.problems[:0] = problems
        report.problems += notes_index.refresh_notes(self.connection, self.annotations)
        return report

    def update_article(self, article_id: str) -> updating.RefreshReport:
        """Index one article now (added, changed or deleted), without scanning the others."""
        return self._guarded(
            lambda: updating.refresh_articles(self.connection, self.corpus, only={article_id})
        )

    def update_notes(self, kind: Literal["article", "visit"], subject_id: str) -> list[Problem]:
        """Re-index the notes of one article or visit, after the reader saved or deleted one."""
        return self._guarded(
            lambda: notes_index.update_subject(self.connection, self.annotations, kind, subject_id)
        )

    def search(
        self, query: str | Query, limit: int = 20, budget: float | None = None
    ) -> SearchResults:
        """The best hits for a query, articles and notes merged by score.

        ``budget`` (seconds) bounds the ranking for search as you type; past
        it the newest matches come back unranked (``results.ranked`` is false).
        """
        parsed = parse_query(query) if isinstance(query, str) else query
        results = SearchResults(parsed)

        def run() -> SearchResults:
            if "article" in parsed.kinds:
                article_hits(self.connection, self.corpus, parsed, limit, results, budget)
            if "note" in parsed.kinds:
                note_hits(self.connection, parsed, limit, results)
            return results

        self._guarded(run)
        if results.ranked:
            results.hits.sort(key=lambda hit: -hit.score)
        del results.hits[limit:]
        for article_id in results.vanished:
            with contextlib.suppress(sqlite3.Error, BriefingError):
                self.update_article(article_id)
        return results

    def entities(self, type_: str | None = None) -> list[crossref.EntitySummary]:
        """Every entity named in the corpus, with visit, article and mention counts."""
        from briefing_tui.search import crossref

        return self._guarded(lambda: crossref.entity_summaries(self.connection, type_))

    def references(self, entity: str) -> crossref.EntityReferences:
        """The visits and articles that name an entity."""
        from briefing_tui.search import crossref

        return self._guarded(lambda: crossref.entity_references(self.connection, entity))

    def visits_naming(self, entity: str) -> list[str]:
        """Visit ids whose articles name an entity, for filtering the visits pane."""
        from briefing_tui.search import crossref

        return self._guarded(lambda: crossref.visits_naming(self.connection, entity))

    def timeline(self) -> list[crossref.TimelineVisit]:
        """The visits in date order with article and note counts."""
        from briefing_tui.search import crossref

        return self._guarded(lambda: crossref.timeline(self.connection))

    def notes(
        self,
        tag: str | None = None,
        visit: str | None = None,
        author: str | None = None,
        order: Literal["newest", "visit"] = "newest",
    ) -> list[crossref.NoteEntry]:
        """Every note across the corpus, filtered and ordered for the notes view."""
        from briefing_tui.search import crossref

        return self._guarded(lambda: crossref.all_notes(self.connection, tag, visit, author, order))

    def article_count(self) -> int:
        """How many articles the index holds."""
        row = self._guarded(
            lambda: self.connection.execute("SELECT count(*) FROM article").fetchone()
        )
        return int(row[0])

    def close(self) -> None:
        """Release the index file."""
        self.connection.close()

    def __enter__(self) -> SearchIndex:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _guarded(self, action: Callable[[], T]) -> T:
        """Run an action (one thread at a time); rebuild a damaged index file once and retry."""
        with self._lock:
            return self._rebuilt_if_damaged(action)

    def _rebuilt_if_damaged(
        self, action: Callable[[], T], busy: type[Exception] | None = None
    ) -> T:
        try:
            return action()
        except sqlite3.DatabaseError as exc:
            if isinstance(exc, sqlite3.OperationalError) and "locked" in str(exc):
                if busy is not None:
                    raise busy from None
                raise BriefingError(
                    "the search index is busy in another briefing; try again in a moment"
                ) from None
            if self.path is None:
                raise BriefingError(f"the in-memory search index failed: {exc}") from None
        self.warnings.append("the search index was damaged; it was rebuilt")
        self.built = True
        self.connection.close()
        store.remove(self.path)
        try:
            self._build_file(self.corpus, self.annotations, self.path, None)
            self.connection = store.connect(self.path)
        except (sqlite3.Error, OSError):
            fresh = self._in_memory(self.corpus, self.annotations)
            self.connection, self.path = fresh.connection, None
            self._refresh(None)
        return action()
