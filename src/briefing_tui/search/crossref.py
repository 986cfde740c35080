"""Cross-references the index answers at once: entities, the timeline of visits, all notes."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from typing import Literal

from briefing_tui.search.searching import entity_ids


@dataclass(frozen=True)
class EntitySummary:
    """One entity across the corpus: how many visits and articles name it, how often."""

    name: str
    type: str
    visits: int
    articles: int
    mentions: int


@dataclass(frozen=True)
class VisitCount:
    """A visit that names an entity, with how many of its articles do and how often."""

    visit: str
    title: str
    date: str
    articles: int
    mentions: int


@dataclass(frozen=True)
class ArticleCount:
    """An article that names an entity, how often, and where first."""

    article: str
    title: str
    visit: str | None
    published: str | None
    mentions: int
    start: int
    end: int


@dataclass(frozen=True)
class EntityReferences:
    """Everything that names one entity (or the entities a name matches)."""

    names: tuple[str, ...]
    visits: list[VisitCount]
    articles: list[ArticleCount]


@dataclass(frozen=True)
class TimelineVisit:
    """One visit on the timeline with its article and note counts."""

    id: str
    date: str
    end_date: str | None
    place: str
    title: str
    articles: int
    notes: int

    @property
    def year(self) -> int:
        """The year the visit began."""
        return int(self.date[:4])


@dataclass(frozen=True)
class NoteEntry:
    """One note anywhere in the corpus, as the notes view lists it."""

    id: str
    kind: Literal["article", "visit"]
    article: str | None
    visit: str | None
    title: str
    author: str | None
    created: str | None
    modified: str | None
    tags: tuple[str, ...]
    quote: str | None
    start: int | None
    end: int | None
    body: str


def entity_summaries(
    connection: sqlite3.Connection, type_: str | None = None
) -> list[EntitySummary]:
    """Every entity named in the corpus, most widely named first."""
    sql = (
        "SELECT e.name, e.type, count(DISTINCT a.visit), count(*), sum(m.count)"
        " FROM mention m JOIN entity e ON e.rowid = m.entity JOIN article a ON a.rowid = m.article"
        + (" WHERE e.type = ?" if type_ else "")
        + " GROUP BY m.entity ORDER BY count(*) DESC, e.name"
    )
    rows = connection.execute(sql, (type_,) if type_ else ()).fetchall()
    return [EntitySummary(n, t, int(v), int(a), int(m)) for n, t, v, a, m in rows]


def entity_references(connection: sqlite3.Connection, name: str) -> EntityReferences:
    """The visits and articles that name an entity, with counts (``QueryError`` if none does)."""
    ids = entity_ids(connection, name)
    marks = ", ".join("?" for _ in ids)
    names = tuple(
        r[0] for r in connection.execute(f"SELECT name FROM entity WHERE rowid IN ({marks})", ids)
    )
    visit_rows = connection.execute(
        "SELECT v.id, v.title, v.date, count(DISTINCT a.rowid), sum(m.count)"
        " FROM mention m JOIN article a ON a.rowid = m.article JOIN visit v ON v.id = a.visit"
        f" WHERE m.entity IN ({marks}) GROUP BY v.id ORDER BY v.position",
        ids,
    ).fetchall()
    article_rows = connection.execute(
        "SELECT a.id, a.title, a.visit, a.published, sum(m.count), min(m.start), min(m.end)"
        " FROM mention m JOIN article a ON a.rowid = m.article"
        f" WHERE m.entity IN ({marks}) GROUP BY a.rowid"
        " ORDER BY sum(m.count) DESC, a.published, a.id",
        ids,
    ).fetchall()
    return EntityReferences(
        names=names,
        visits=[VisitCount(i, t, d, int(a), int(m)) for i, t, d, a, m in visit_rows],
        articles=[
            ArticleCount(i, t, v, p, int(m), int(s), int(e)) for i, t, v, p, m, s, e in article_rows
        ],
    )


def visits_naming(connection: sqlite3.Connection, name: str) -> list[str]:
    """The ids of the visits whose articles name an entity, in date order."""
    return [v.visit for v in entity_references(connection, name).visits]


def timeline(connection: sqlite3.Connection) -> list[TimelineVisit]:
    """Visits by date with its article count and its notes (its own and its articles')."""
    rows = connection.execute(
        "SELECT v.id, v.date, v.end_date, v.place, v.title,"
        " (SELECT count(*) FROM article a WHERE a.visit = v.id),"
        " (SELECT count(*) FROM note n WHERE n.kind = 'visit' AND n.subject = v.id)"
        " + (SELECT count(*) FROM note n JOIN article a ON n.kind = 'article' AND a.id = n.subject"
        "    WHERE a.visit = v.id)"
        " FROM visit v ORDER BY v.position"
    ).fetchall()
    return [TimelineVisit(i, d, e, p, t, int(a), int(n)) for i, d, e, p, t, a, n in rows]


def all_notes(
    connection: sqlite3.Connection,
    tag: str | None = None,
    visit: str | None = None,
    author: str | None = None,
    order: Literal["newest", "visit"] = "newest",
) -> list[NoteEntry]:
    """Every note in the corpus, newest first or in visit order, filtered by tag, visit, author."""
    rows = connection.execute(
        "SELECT n.id, n.kind, n.subject, n.author, n.created, n.modified, n.tags, n.quote,"
        " n.start, n.end, t.body, a.title, a.visit, v.title, coalesce(vv.position, v.position),"
        " a.published"
        " FROM note n JOIN note_text t ON t.rowid = n.rowid"
        " LEFT JOIN article a ON n.kind = 'article' AND a.id = n.subject"
        " LEFT JOIN visit v ON n.kind = 'visit' AND v.id = n.subject"
        " LEFT JOIN visit vv ON vv.id = a.visit"
    ).fetchall()
    notes: list[tuple[tuple[object, ...], NoteEntry]] = []
    for (
        note_id,
        kind,
        subject,
        note_author,
        created,
        modified,
        tags_json,
        quote,
        start,
        end,
        body,
        title,
        article_visit,
        visit_title,
        position,
        published,
    ) in rows:
        tags = tuple(json.loads(tags_json))
        note_visit = article_visit if kind == "article" else subject
        if tag is not None and tag.casefold() not in (t.casefold() for t in tags):
            continue
        if visit is not None and note_visit != visit:
            continue
        if author is not None and (note_author or "").casefold() != author.casefold():
            continue
        entry = NoteEntry(
            id=note_id,
            kind=kind,
            article=subject if kind == "article" else None,
            visit=note_visit,
            title=title or visit_title or subject,
            author=note_author,
            created=created,
            modified=modified,
            tags=tags,
            quote=quote,
            start=start,
            end=end,
            body=body or "",
        )
        key: tuple[object, ...] = (
            (position is None, position or 0, kind != "visit", published or "", subject, start or 0)
            if order == "visit"
            else ("",)
        )
        notes.append((key, entry))
    if order == "visit":
        notes.sort(key=lambda pair: pair[0])
    else:
        notes.sort(key=lambda pair: pair[1].created or pair[1].modified or "", reverse=True)
    return [entry for _, entry in notes]
