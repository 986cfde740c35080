"""Run a parsed search against the index: ranked article and note hits with snippets."""

from __future__ import annotations

import os
import sqlite3
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from briefing_tui.problems import BriefingError, Problem
from briefing_tui.search.query import Query, QueryError
from briefing_tui.search.snippets import Snippet, cut_snippet, find_hit, hit_pattern, opening

TITLE_WEIGHT = 4.0


@dataclass(frozen=True)
class SearchHit:
    """One search result: an article, or a note (on an article or a visit)."""

    kind: Literal["article", "note"]
    article: str | None
    visit: str | None
    score: float
    snippet: str
    start: int | None
    end: int | None
    snippet_hit: tuple[int, int] = (0, 0)
    note: str | None = None
    title: str = ""
    outlet: str | None = None
    published: str | None = None

    def as_json(self) -> dict[str, Any]:
        """The ``search --json`` object of DESIGN.md §4, with ``kind`` and ``note`` added."""
        return {
            "article": self.article,
            "visit": self.visit,
            "score": round(self.score, 4),
            "snippet": self.snippet,
            "start": self.start,
            "end": self.end,
            "kind": self.kind,
            "note": self.note,
            "title": self.title,
            "outlet": self.outlet,
            "published": self.published,
        }


@dataclass
class SearchResults:
    """The hits of one search, best first, with any file that could not be read."""

    query: Query
    hits: list[SearchHit] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    vanished: list[str] = field(default_factory=list)
    ranked: bool = True


def _like(value: str) -> str:
    escaped = value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def entity_ids(connection: sqlite3.Connection, name: str) -> list[int]:
    """The entities a filter names: an exact name first, else every name containing it."""
    rows = connection.execute(
        "SELECT rowid FROM entity WHERE name = ? COLLATE NOCASE", (name,)
    ).fetchall()
    if not rows:
        rows = connection.execute(
            "SELECT rowid FROM entity WHERE name LIKE ? ESCAPE '\\'", (_like(name),)
        ).fetchall()
    if not rows:
        from briefing_tui.ids import closest

        known = [r[0] for r in connection.execute("SELECT name FROM entity")]
        hint = closest(name, known)
        extra = "; did you mean " + " or ".join(repr(h) for h in hint) + "?" if hint else ""
        raise QueryError(f"no entity {name!r} is named in the corpus{extra}")
    return [int(r[0]) for r in rows]


def _check_visit(connection: sqlite3.Connection, visit: str) -> None:
    if connection.execute("SELECT 1 FROM visit WHERE id = ?", (visit,)).fetchone() is None:
        from briefing_tui.ids import closest

        known = [r[0] for r in connection.execute("SELECT id FROM visit")]
        hint = closest(visit, known)
        extra = "; did you mean " + " or ".join(repr(h) for h in hint) + "?" if hint else ""
        raise QueryError(f"no visit {visit!r}{extra}")


def _article_filters(
    connection: sqlite3.Connection, query: Query, alias: str
) -> tuple[str, list[Any]]:
    """SQL conditions and parameters for the visit, outlet, date and entity filters."""
    conditions: list[str] = []
    params: list[Any] = []
    if query.visit:
        _check_visit(connection, query.visit)
        conditions.append(f"{alias}.visit = ?")
        params.append(query.visit)
    if query.outlet:
        conditions.append(f"{alias}.outlet LIKE ? ESCAPE '\\'")
        params.append(_like(query.outlet))
    if query.since:
        conditions.append(f"{alias}.published >= ?")
        params.append(query.since.isoformat())
    if query.until:
        conditions.append(f"{alias}.published <= ?")
        params.append(query.until.isoformat())
    if query.entity:
        ids = entity_ids(connection, query.entity)
        marks = ", ".join("?" for _ in ids)
        conditions.append(
            f"{alias}.rowid IN (SELECT article FROM mention WHERE entity IN ({marks}))"
        )
        params.extend(ids)
    return "".join(f" AND {c}" for c in conditions), params


def _match(connection: sqlite3.Connection, sql: str, params: list[Any]) -> list[Any]:
    try:
        return connection.execute(sql, params).fetchall()
    except sqlite3.OperationalError as exc:
        message = str(exc)
        if "fts5" in message or "syntax" in message or "MATCH" in message:
            raise QueryError(
                f'the search cannot be read ({message}); use words, "phrases" and prefix*'
            ) from None
        raise


def _within(
    connection: sqlite3.Connection, budget: float | None, sql: str, params: list[Any]
) -> list[Any] | None:
    """Run a query, giving up (``None``) once it has taken ``budget`` seconds."""
    if budget is None:
        return _match(connection, sql, params)
    deadline = time.perf_counter() + budget
    connection.set_progress_handler(lambda: int(time.perf_counter() > deadline), 2000)
    try:
        return _match(connection, sql, params)
    except sqlite3.OperationalError as exc:
        if "interrupt" in str(exc):
            return None
        raise
    finally:
        connection.set_progress_handler(None, 0)


def article_hits(
    connection: sqlite3.Connection,
    root: Path,
    query: Query,
    limit: int,
    results: SearchResults,
    budget: float | None = None,
) -> None:
    """Append the best article hits, reading each body for the hit's offsets and snippet.

    With a ``budget`` (search as you type), a ranking that would take longer
    gives way to the newest matches unranked, and ``results.ranked`` says so.
    """
    where, params = _article_filters(connection, query, "a")
    columns = "a.rowid, a.size, a.mtime_ns, a.id, a.title, a.outlet, a.published, a.visit"
    if query.has_terms:
        sql = (
            f"SELECT {columns}, -bm25(article_text, {TITLE_WEIGHT}, 1.0) AS score"
            " FROM article_text JOIN article a ON a.rowid = article_text.rowid"
            f" WHERE article_text MATCH ?{where}"
            f" ORDER BY bm25(article_text, {TITLE_WEIGHT}, 1.0) LIMIT ?"
        )
        found = _within(connection, budget, sql, [query.fts(), *params, limit])
        if found is None:
            results.ranked = False
            unranked = (
                f"SELECT {columns}, 0.0"
                " FROM article_text JOIN article a ON a.rowid = article_text.rowid"
                f" WHERE article_text MATCH ?{where} ORDER BY article_text.rowid DESC LIMIT ?"
            )
            found = _within(connection, budget, unranked, [query.fts(), *params, limit])
        rows = found or []
    else:
        sql = (
            f"SELECT {columns}, 0.0 FROM article a WHERE 1 = 1{where}"
            " ORDER BY a.published IS NULL, a.published DESC, a.id LIMIT ?"
        )
        rows = connection.execute(sql, [*params, limit]).fetchall()
    pattern = hit_pattern(query.terms)
    for rowid, size, mtime_ns, article_id, title, outlet, published, visit, score in rows:
        body = _body(connection, root, article_id, (rowid, size, mtime_ns), results)
        if body is None:
            continue
        place = find_hit(body, pattern)
        snippet: Snippet
        start: int | None = None
        end: int | None = None
        if place is not None:
            snippet = cut_snippet(body, *place)
            start, end = place
        else:
            in_title = find_hit(title, pattern)
            snippet = cut_snippet(title, *in_title) if in_title else opening(body)
        results.hits.append(
            SearchHit(
                kind="article",
                article=article_id,
                visit=visit,
                score=float(score),
                snippet=snippet.text,
                snippet_hit=(snippet.hit_start, snippet.hit_end),
                start=start,
                end=end,
                title=title,
                outlet=outlet,
                published=published,
            )
        )


def _body(
    connection: sqlite3.Connection,
    root: Path,
    article_id: str,
    indexed: tuple[int, int, int],
    results: SearchResults,
) -> str | None:
    """The article's body as the reader shows it: from the index while the file is unchanged."""
    path = root / "articles" / f"{article_id}.txt"
    rowid, size, mtime_ns = indexed
    try:
        stat = os.stat(path)
    except OSError:
        stat = None
    if stat is not None and (stat.st_size, stat.st_mtime_ns) == (size, mtime_ns):
        row = connection.execute(
            "SELECT body FROM article_text WHERE rowid = ?", (rowid,)
        ).fetchone()
        if row is not None:
            return str(row[0])
    from briefing_tui.corpus.loader import read_body

    try:
        return read_body(path)
    except BriefingError as exc:
        results.problems.append(exc.problem or Problem(path, 1, str(exc)))
        results.vanished.append(article_id)
        return None


def note_hits(
    connection: sqlite3.Connection, query: Query, limit: int, results: SearchResults
) -> None:
    """Append the best note hits; a note on an article carries the article's details."""
    if not query.has_terms:
        return
    # A visit note has no outlet, date or entities: only the visit filter can keep it.
    where, params = _article_filters(connection, query, "a")
    if query.visit:
        where = where.replace("a.visit = ?", "coalesce(a.visit, n.visit_subject) = ?", 1)
    sql = (
        "SELECT n.id, n.kind, n.subject, n.quote, n.start, n.end, -bm25(note_text) AS score,"
        " note_text.body, note_text.tags, a.title, a.outlet, a.published, a.visit, v.title"
        " FROM note_text"
        " JOIN (SELECT note.*, CASE kind WHEN 'visit' THEN subject END AS visit_subject"
        "       FROM note) n ON n.rowid = note_text.rowid"
        " LEFT JOIN article a ON n.kind = 'article' AND a.id = n.subject"
        " LEFT JOIN visit v ON n.kind = 'visit' AND v.id = n.subject"
        f" WHERE note_text MATCH ?{where}"
        " ORDER BY bm25(note_text) LIMIT ?"
    )
    rows = _match(connection, sql, [query.fts(), *params, limit])
    pattern = hit_pattern(query.terms)
    for (
        note_id,
        kind,
        subject,
        quote,
        start,
        end,
        score,
        body,
        tags,
        title,
        outlet,
        published,
        visit,
        visit_title,
    ) in rows:
        text = body or quote or tags or ""
        place = find_hit(text, pattern)
        if place is None and quote:
            text, place = quote, find_hit(quote, pattern)
        if place is None and tags:
            text, place = tags, find_hit(tags, pattern)
        snippet = cut_snippet(text, *place) if place else opening(text)
        results.hits.append(
            SearchHit(
                kind="note",
                article=subject if kind == "article" else None,
                visit=visit if kind == "article" else subject,
                score=float(score),
                snippet=snippet.text,
                snippet_hit=(snippet.hit_start, snippet.hit_end),
                start=start,
                end=end,
                note=note_id,
                title=title or visit_title or subject,
                outlet=outlet,
                published=published,
            )
        )
