"""Which visits and articles carry notes and how many; the filter 'only noted, or with this tag'.

Plain Python (no Textual), so the reader's lists, the palette and tests share it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from briefing_tui.notes import Note, NoteStore

if TYPE_CHECKING:
    from briefing_tui.corpus import Corpus

NOTED_WORDS = frozenset({"noted", "notes", "*"})


@dataclass(frozen=True)
class NoteFilter:
    """Show everything, only what has notes, or only what has a note with a given tag."""

    only_noted: bool = False
    tag: str | None = None

    @property
    def active(self) -> bool:
        """True when the filter hides anything."""
        return self.only_noted or self.tag is not None

    def accepts(self, notes: Iterable[Note]) -> bool:
        """True when an item with these notes is shown."""
        if self.tag is not None:
            wanted = self.tag.casefold()
            return any(wanted == tag.casefold() for note in notes for tag in note.tags)
        if self.only_noted:
            return any(True for _ in notes)
        return True

    def describe(self) -> str:
        """The filter in words, for a pane's title or the status line."""
        if self.tag is not None:
            return f"with notes tagged #{self.tag}"
        return "with notes" if self.only_noted else "all"


def parse_filter(text: str) -> NoteFilter:
    """Read what the analyst typed: empty for all, 'noted' (or '*'), or a tag (``#syria``)."""
    word = " ".join(text.split())
    if not word:
        return NoteFilter()
    if word.casefold() in NOTED_WORDS:
        return NoteFilter(only_noted=True)
    return NoteFilter(only_noted=True, tag=word.lstrip("#") or None)


@dataclass(frozen=True)
class NotesIndex:
    """Every note in the store, by article and by visit, read once for lists and counts."""

    articles: Mapping[str, tuple[Note, ...]] = field(default_factory=dict)
    visits: Mapping[str, tuple[Note, ...]] = field(default_factory=dict)

    @classmethod
    def from_store(cls, store: NoteStore) -> NotesIndex:
        """Read every notes file (files that cannot be read still count their notes as none)."""
        articles: dict[str, tuple[Note, ...]] = {}
        visits: dict[str, tuple[Note, ...]] = {}
        for file in store.files():
            if file.notes:
                shelf = articles if file.kind == "article" else visits
                shelf[file.subject] = tuple(file.notes)
        return cls(articles, visits)

    def of_article(self, article_id: str) -> tuple[Note, ...]:
        """The notes on one article."""
        return self.articles.get(article_id, ())

    def of_visit(self, visit_id: str, article_ids: Iterable[str] = ()) -> list[Note]:
        """The notes on a visit itself and on the articles that cover it."""
        found = list(self.visits.get(visit_id, ()))
        for article_id in article_ids:
            found.extend(self.of_article(article_id))
        return found

    def article_counts(self) -> dict[str, int]:
        """How many notes each article has (articles without notes are absent)."""
        return {article_id: len(notes) for article_id, notes in self.articles.items()}

    def visit_counts(self, articles_by_visit: Mapping[str, Iterable[str]]) -> dict[str, int]:
        """How many notes each visit has, its own and its articles'."""
        counts = {
            visit_id: len(self.of_visit(visit_id, article_ids))
            for visit_id, article_ids in articles_by_visit.items()
        }
        for visit_id, notes in self.visits.items():
            counts.setdefault(visit_id, len(notes))
        return {visit_id: n for visit_id, n in counts.items() if n}

    def tags(self) -> list[str]:
        """Every tag in use, sorted, for completion in the filter field."""
        every = {
            tag
            for shelf in (self.articles, self.visits)
            for notes in shelf.values()
            for note in notes
            for tag in note.tags
        }
        return sorted(every, key=lambda tag: (tag.casefold(), tag))

    def articles_passing(self, chosen: NoteFilter, article_ids: Iterable[str]) -> list[str]:
        """The articles the filter shows, in the order given."""
        return [a for a in article_ids if chosen.accepts(self.of_article(a))]

    def visits_passing(
        self, chosen: NoteFilter, articles_by_visit: Mapping[str, Iterable[str]]
    ) -> list[str]:
        """The visits the filter shows, in the order given."""
        return [
            v
            for v, article_ids in articles_by_visit.items()
            if chosen.accepts(self.of_visit(v, article_ids))
        ]


@dataclass(frozen=True)
class NoteCounts:
    """How many notes each article and each visit (its own and its articles') has; every note."""

    articles: dict[str, int]
    visits: dict[str | None, int]
    index: NotesIndex


def count_notes(corpus: Corpus, store: NoteStore) -> NoteCounts:
    """Read every notes file once; a visit counts its own notes and those of its articles."""
    articles: dict[str, int] = {}
    visits: dict[str | None, int] = {}
    on_articles: dict[str, tuple[Note, ...]] = {}
    on_visits: dict[str, tuple[Note, ...]] = {}
    for file in store.files():
        if file.kind == "article":
            articles[file.subject] = len(file.notes)
            found = corpus.articles.get(file.subject)
            key = found.visit if found is not None else None
        else:
            key = file.subject
        visits[key] = visits.get(key, 0) + len(file.notes)
        if file.notes:
            shelf = on_articles if file.kind == "article" else on_visits
            shelf[file.subject] = tuple(file.notes)
    return NoteCounts(articles, visits, NotesIndex(on_articles, on_visits))
