"""Search as you type: turn half-typed text into the query it is heading for.

While the analyst types, an open quote is closed for them, a trailing ``OR``
or ``-`` waits for its word, and the word under the cursor is searched as a
prefix once it has ``MIN_PREFIX`` characters (shorter prefixes match too
much of an archive to answer within a keystroke).
"""

from __future__ import annotations

from dataclasses import dataclass

from briefing_tui.search.index import SearchIndex
from briefing_tui.search.query import FILTER_NAMES, Query, QueryError, parse_query
from briefing_tui.search.searching import SearchResults

MIN_PREFIX = 3
LIVE_LIMIT = 30
LIVE_BUDGET = 0.02
"""Seconds a keystroke may spend ranking; past it the newest matches are shown unranked."""


@dataclass(frozen=True)
class LiveAnswer:
    """What the search box shows for the text typed so far: hits, or why there are none."""

    text: str
    results: SearchResults | None
    message: str | None = None


def query_as_typed(text: str, paused: bool = False) -> Query | None:
    """The query the typed text is heading for (``None`` while it holds nothing to search).

    A filter still being typed (``entity:Kre``) waits for a space or for
    typing to pause (``paused``): a part of a name can match half the archive.
    """
    draft = text.rstrip()
    typing_word = bool(text) and not text[-1].isspace()
    open_phrase = draft.count('"') % 2 == 1
    if open_phrase:
        tail = draft[draft.rfind('"') + 1 :].split()
        draft += '"'
        if typing_word and tail and _long_enough(tail[-1]):
            draft += "*"
    words = draft.split()
    while words and (words[-1] in ("OR", "-") or _unfinished_filter(words[-1], typing_word)):
        words.pop()
        typing_word = False
    if words and typing_word and not paused and _is_filter(words[-1]):
        words.pop()
        typing_word = False
    if not words:
        return None
    last = words[-1]
    plain = not open_phrase and not last.endswith(('"', "*")) and not last.startswith("-")
    if typing_word and plain and ":" not in last and _long_enough(last):
        words[-1] = last + "*"
    query = parse_query(" ".join(words))
    if not query.has_terms and not (query.visit or query.outlet or query.entity):
        return None
    return query


def _long_enough(word: str) -> bool:
    return sum(c.isalnum() for c in word) >= MIN_PREFIX


def _is_filter(word: str) -> bool:
    name, colon, _ = word.partition(":")
    return bool(colon) and name.lower() in FILTER_NAMES


def _unfinished_filter(word: str, typing_word: bool) -> bool:
    """A filter whose value is still too short to choose anything (``entity:K``)."""
    name, colon, value = word.partition(":")
    if not colon or not name.isalpha() or name.startswith('"'):
        return False
    return not value.strip('"') or (typing_word and not _long_enough(value))


def answer_as_typed(
    index: SearchIndex, text: str, limit: int = LIVE_LIMIT, budget: float | None = LIVE_BUDGET
) -> LiveAnswer:
    """Run the query the typed text is heading for; a mistake becomes a message, not an error.

    Ranking is bounded by ``budget`` so each keystroke answers at once; call
    again with ``budget=None`` when typing pauses to rank an unranked answer.
    """
    try:
        query = query_as_typed(text, paused=budget is None)
        if query is None:
            return LiveAnswer(text, None)
        return LiveAnswer(text, index.search(query, limit=limit, budget=budget))
    except QueryError as exc:
        return LiveAnswer(text, None, str(exc))
