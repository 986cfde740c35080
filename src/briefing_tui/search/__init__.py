"""Full-text search over articles and notes, entity cross-references and the visit timeline.

The names below are loaded on first use: ``briefing search`` runs in a fresh
process every time, and should pay only for the modules a plain query needs
(not for the cross-references, the timeline or the index builder).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing_tui.lazy import loader

if TYPE_CHECKING:
    from briefing_tui.search.crossref import (
        ArticleCount,
        EntityReferences,
        EntitySummary,
        NoteEntry,
        TimelineVisit,
        VisitCount,
    )
    from briefing_tui.search.index import SearchIndex
    from briefing_tui.search.query import Query, QueryError, parse_query
    from briefing_tui.search.searching import SearchHit, SearchResults
    from briefing_tui.search.updating import RefreshReport

_HOMES = {
    "ArticleCount": "crossref",
    "EntityReferences": "crossref",
    "EntitySummary": "crossref",
    "NoteEntry": "crossref",
    "TimelineVisit": "crossref",
    "VisitCount": "crossref",
    "SearchIndex": "index",
    "Query": "query",
    "QueryError": "query",
    "parse_query": "query",
    "SearchHit": "searching",
    "SearchResults": "searching",
    "RefreshReport": "updating",
}


__getattr__ = loader(__name__, _HOMES)


def hits_in_text(text: str, query: str | Query) -> list[tuple[int, int]]:
    """Where the query's terms occur in an article body, for ``n`` / ``N`` in the reader."""
    from briefing_tui.search.query import parse_query
    from briefing_tui.search.snippets import all_hits, hit_pattern

    parsed = parse_query(query) if isinstance(query, str) else query
    return all_hits(text, hit_pattern(parsed.terms))


__all__ = [
    "ArticleCount",
    "EntityReferences",
    "EntitySummary",
    "NoteEntry",
    "Query",
    "QueryError",
    "RefreshReport",
    "SearchHit",
    "SearchIndex",
    "SearchResults",
    "TimelineVisit",
    "VisitCount",
    "hits_in_text",
    "parse_query",
]
