"""The search syntax: what the analyst types becomes a safe FTS5 query, or one clear message."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing_tui.search import QueryError, parse_query


def test_words_phrases_and_prefixes_reach_sqlite_quoted() -> None:
    query = parse_query('Putin "coordination on Syria" Medved*')
    assert query.fts() == '"putin" AND "coordination on syria" AND "medved"*'


def test_punctuation_inside_a_word_is_never_syntax() -> None:
    assert parse_query("S-300").fts() == '"s 300"'
    assert parse_query("(AP)").fts() == '"ap"'


def test_or_joins_two_terms_and_a_minus_excludes_one() -> None:
    assert parse_query("Putin OR Medvedev -Lavrov").fts() == '("putin" OR "medvedev") NOT "lavrov"'


def test_filters_are_taken_out_of_the_text() -> None:
    query = parse_query(
        'missiles visit:2009-09-moscow outlet:"Asharq Al-Awsat" entity:S-300 '
        "from:2016 to:2018-02 in:notes"
    )
    assert query.fts() == '"missiles"'
    assert query.visit == "2009-09-moscow"
    assert query.outlet == "Asharq Al-Awsat"
    assert query.entity == "S-300"
    assert query.since == dt.date(2016, 1, 1)
    assert query.until == dt.date(2018, 2, 28)
    assert query.kinds == {"note"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"coordination on Syria', "unbalanced quote"),
        ("*", "lone '*'"),
        ("Med*ved", "'*' can only end a word"),
        ("NEAR(Putin Lavrov)", "NEAR(...) is not part"),
        ('NEAR("Putin Lavrov")', "NEAR(...) is not part"),
        ("( )", "parentheses"),
        ("-Iran", "cannot only exclude"),
        ("OR Putin", "OR must stand between"),
        ("from:June", "not a date"),
        ("from:2018 to:2016", "ends before it begins"),
        ("in:tweets", "in: takes articles or notes"),
    ],
)
def test_a_broken_search_gets_one_clear_sentence(text: str, expected: str) -> None:
    with pytest.raises(QueryError) as caught:
        parse_query(text)
    assert expected in str(caught.value)
    assert "\n" not in str(caught.value)


def test_a_time_of_day_is_a_word_not_a_filter() -> None:
    assert parse_query("10:30").fts() == '"10 30"'
