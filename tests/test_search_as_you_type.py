"""Search as you type: half-typed text becomes the query it is heading for, never an error."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing_tui.search import SearchIndex
from briefing_tui.search.as_you_type import answer_as_typed, query_as_typed


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Medv", '"medv"*'),
        ("Me", '"me"'),
        ("Medvedev ", '"medvedev"'),
        ('"coordination on Sy', '"coordination on sy"'),
        ('"coordination on Syr', '"coordination on syr"*'),
        ("Putin OR", '"putin"'),
        ("Putin -", '"putin"'),
        ("S-300 entity:K", '"s 300"'),
        ("S-300 entity:Kremli", '"s 300"'),
    ],
)
def test_the_word_being_typed_is_a_prefix_once_it_is_long_enough(typed: str, expected: str) -> None:
    query = query_as_typed(typed)
    assert query is not None
    assert query.fts() == expected


def test_a_filter_being_typed_applies_after_a_space_or_a_pause() -> None:
    assert query_as_typed("S-300 entity:Kremli").entity is None  # type: ignore[union-attr]
    assert query_as_typed("S-300 entity:Kremlin ").entity == "Kremlin"  # type: ignore[union-attr]
    assert query_as_typed("S-300 entity:Kremlin", paused=True).entity == "Kremlin"  # type: ignore[union-attr]


def test_nothing_to_search_yet_is_no_query() -> None:
    assert query_as_typed("") is None
    assert query_as_typed('"') is None
    assert query_as_typed("visit:") is None


def test_a_mistake_while_typing_is_a_message_not_an_error(corpus_dir: Path) -> None:
    with SearchIndex.open(corpus_dir, corpus_dir.parent / "annotations") as index:
        answer = answer_as_typed(index, "Putin NEAR(")
        found = answer_as_typed(index, "Medved")
    assert answer.results is None and answer.message and "NEAR" in answer.message
    assert found.results is not None
    assert found.results.hits[0].article == "2009-09-haaretz-secret-moscow-visit"
