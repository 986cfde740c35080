"""Whatever the text, mentions are sorted, never overlap and point at their own text."""

from __future__ import annotations

from itertools import pairwise

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing_tui.entities import ENTITY_TYPES, Entry, Gazetteer, Recogniser

PIECES = [
    "Putin",
    "Vladimir Putin",
    "Netanyahu’s",
    "S-300s",
    "deliveredS-300",
    "Moscow-based",
    "Russian",
    "$83 million",
    "February 26, 2019",
    "mid-September",
    "President Joe Biden",
    "Ministry of Defence",
    "(PKK)",
    "NATO",
    "1967 war",
    "Kyiv",
    "al-Assad",
    "Tel Aviv-Israeli",
    "\u00a0",
    "\n",
    "\n\n",
    " ",
    "-",
    "’",
    "'",
    "“",
    "(",
    ".",
    ",",
    "1,200",
    "2015",
    "Xi",
    "Gen.",
    "Maj.",
    "the end of",
    "May",
    "and",
    "of",
    "Über",
    "مرحبا",
    "Путин",
    "שלום",
    "🇷🇺",
    "\u202e",
    "\x1b[31m",
    "\u0301",
]


@pytest.fixture(scope="module")
def recogniser() -> Recogniser:
    gazetteer = Gazetteer(
        [
            Entry("Vladimir Putin", "PERSON", ("Putin",)),
            Entry("Benjamin Netanyahu", "PERSON", ("Netanyahu",)),
            Entry("S-300", "WEAPON"),
            Entry("Tel Aviv", "PLACE"),
        ]
    )
    return Recogniser(gazetteer)


@settings(
    max_examples=300,
    derandomize=True,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=8)), max_size=40))
def test_mentions_always_fit_the_text(recogniser: Recogniser, pieces: list[str]) -> None:
    text = "".join(pieces)
    found = recogniser.find(text)
    assert found == sorted(found)
    assert all(a.end <= b.start for a, b in pairwise(found))
    for mention in found:
        assert 0 <= mention.start < mention.end <= len(text)
        assert text[mention.start : mention.end] == mention.text
        assert mention.type in ENTITY_TYPES
        assert mention.name
