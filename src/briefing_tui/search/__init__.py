"""Full-text search over articles and notes, entity cross-references and the visit timeline."""

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


def hits_in_text(text: str, query: str | Query) -> list[tuple[int, int]]:
    """Where the query's terms occur in an article body, for ``n`` / ``N`` in the reader."""
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
