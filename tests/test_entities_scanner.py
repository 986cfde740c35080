"""The C scans give exactly what the Python scans give, on any text.

The extension (``briefing_tui.entities._scanner``) only makes the recogniser faster:
the pyahocorasick automaton with its checks, and the regular expression of
``scans.scan_python``, define the results.
"""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing_tui.entities import Entry, Gazetteer, Recogniser, load_gazetteer
from briefing_tui.entities.gazetteer import fold
from briefing_tui.entities.layout import _BYLINE_WORDS, _LINE_START
from briefing_tui.entities.mention import Mention
from briefing_tui.entities.phrases import PhraseMatcher, _scanner, spaced_text
from briefing_tui.entities.scans import scan_fast, scan_python

pytestmark = pytest.mark.skipif(
    _scanner is None and bool(os.environ.get("BRIEFING_NO_SPEEDUPS")),
    reason="the C extension is turned off",
)

# Phrases that share prefixes and suffixes, end in digits (plurals), hold spaces,
# hyphens and apostrophes, start in lower case or with a symbol, and triggers ("").
PHRASES: list[tuple[str, str, str | int]] = [
    ("Putin", "PERSON", "Vladimir Putin"),
    ("Vladimir Putin", "PERSON", "Vladimir Putin"),
    ("Vladimir", "PLACE", "Vladimir"),
    ("New York", "PLACE", "New York"),
    ("New York City", "PLACE", "New York City"),
    ("York", "PLACE", "York"),
    ("New", "OTHER", "New"),
    ("S-300", "WEAPON", "S-300"),
    ("S300", "WEAPON", "S-300"),
    ("Su-24", "WEAPON", "Su-24"),
    ("Su-24M", "WEAPON", "Su-24M"),
    ("al-Qaeda", "ORG", "al-Qaeda"),
    ("Tel Aviv", "PLACE", "Tel Aviv"),
    ("Aviv", "PLACE", "Aviv"),
    ("Israeli", "PLACE", "Israel"),
    ("Ma'ale Adumim", "PLACE", "Ma'ale Adumim"),
    ("U.S.", "PLACE", "United States"),
    ("Москва", "PLACE", "Moscow"),
    ("May", "", 2),
    ("Prime Minister", "", 4),
    ("Minister", "", 4),
    ("$", "", 9),
    ("€", "", 9),
    ("Ministry of", "", 7),
]

FRAGMENTS = [p for p, _, _ in PHRASES] + [
    " ",
    "  ",
    "\u00a0",
    "\n",
    "-",
    "s",
    "ism",
    "’s",
    "'",
    ",",
    ".",
    "(",
    "“",
    "2",
    "x",
    "Yorker",
    "Puti",
    "Москвы",
    "٣",
    "😀",
]


def _matchers() -> tuple[PhraseMatcher, PhraseMatcher]:
    return PhraseMatcher(PHRASES, fast=True), PhraseMatcher(PHRASES, fast=False)


FAST_MATCHER, SLOW_MATCHER = _matchers()


def test_the_extension_is_built() -> None:
    """The install builds the C scans (a C compiler is there); without them all is slower."""
    assert _scanner is not None, "briefing_tui.entities._scanner was not built"
    assert FAST_MATCHER.fast and not SLOW_MATCHER.fast


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(FRAGMENTS), max_size=40))
def test_phrase_scan_matches_the_automaton(pieces: list[str]) -> None:
    text = "".join(pieces)
    folded = fold(text)
    assert FAST_MATCHER.find_with_triggers(text, folded) == SLOW_MATCHER.find_with_triggers(
        text, folded
    )


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="PutinVladmrSYokNw -3005'.", max_size=60))
def test_phrase_scan_matches_the_automaton_on_any_letters(text: str) -> None:
    folded = fold(text)
    assert FAST_MATCHER.find(text, folded) == SLOW_MATCHER.find(text, folded)


CAPITAL_PIECES = [
    " ",
    "A",
    "B",
    "Z",
    "AB",
    "NATO",
    "ABCDEFG",
    "a",
    "z",
    "Ab",
    "Moscow",
    "Su-24M",
    "of",
    "and",
    "the",
    "de",
    "al",
    "bin",
    "del",
    "0",
    "9",
    "1,200",
    "3.5",
    ".",
    ",",
    "-",
    "'",
    "٣",
    "²",
    "é",
    "É",
    "Orbán",
    "Łukaszenka",
    "Erdoğan",
    "Путин",
    "Ωμέγα",
    "Ǆ",
    "ǅ",
    "Ա",
    "ß",
    "\u0301",
    "\u00a0",
]


@settings(max_examples=800, deadline=None)
@given(st.lists(st.sampled_from(CAPITAL_PIECES), max_size=30))
def test_capital_scan_matches_the_regular_expression(pieces: list[str]) -> None:
    spaced = spaced_text(fold("".join(pieces)))
    assert scan_fast(spaced) == scan_python(spaced)


def test_recognisers_agree_on_the_bundled_corpus(corpus_dir) -> None:  # type: ignore[no-untyped-def]
    from briefing_tui.corpus import load_corpus

    corpus = load_corpus(corpus_dir)
    gazetteer, _ = load_gazetteer(corpus.entities_file)
    fast = Recogniser(gazetteer, fast=True)
    slow = Recogniser(gazetteer, fast=False)
    assert fast.fast and not slow.fast
    for article in corpus.articles:
        body = corpus.body(article)
        assert fast.find(body) == slow.find(body)
        assert fast.find(body * 3) == slow.find(body * 3)


def test_word_trie_keeps_the_first_value_and_rejects_bad_input() -> None:
    assert _scanner is not None
    trie = _scanner.WordTrie()
    assert trie.add("Putin", (5, True, "PERSON", "Vladimir Putin", "Putin"))
    assert not trie.add("Putin", (5, True, "PERSON", "Someone Else", "Putin"))
    assert not trie.add("", (0, True, "PERSON", "Nobody", ""))
    assert trie.count() == 1
    assert trie.longest == 5
    assert trie.longest_at("Putinism", 0) == (5, (5, True, "PERSON", "Vladimir Putin", "Putin"))
    assert trie.longest_at("a Putin", 0) is None
    assert trie.longest_at("Putin", 99) is None
    hits, triggers = trie.scan(" said Putin ", "said Putin", Mention)
    assert hits == [Mention(5, 10, "Putin", "PERSON", "Vladimir Putin")]
    assert type(hits[0]) is Mention and triggers == []
    with pytest.raises(ValueError):
        trie.scan(" said Putin ", "said Putin!", Mention)
    with pytest.raises(TypeError):
        trie.scan(" x ", "x", tuple[int, int])
    with pytest.raises(ValueError):
        trie.add("Lavrov", (6, True, "PERSON"))
    with pytest.raises(TypeError):
        _scanner.scan_capitals(b" NATO ")


def test_gazetteer_of_many_names_agrees() -> None:
    """A large trie (hash table growth, wide nodes) finds what the automaton finds."""
    entries = [
        Entry(f"{first} {last}", "PERSON", (last,))
        for first in ("Ana", "Boris", "Chen", "Dana", "Émile", "Юрий")
        for last in (f"Ka{i}ro" for i in range(300))
    ]
    gazetteer = Gazetteer(entries)
    text = " ".join(f"{e.name} met Ka{i % 300}ro, and Ka{i}rox." for i, e in enumerate(entries))
    fast = Recogniser(gazetteer, rules=False, fast=True)
    slow = Recogniser(gazetteer, rules=False, fast=False)
    found = fast.find(text)
    assert found == slow.find(text)
    assert len(found) > len(entries)


@settings(max_examples=500, deadline=None)
@given(
    st.text(alphabet=list("aB ,.-$€1é\u00a0\u2019\u2013\u3000\x1c\x7f\u200b\t\n😀"), min_size=1),
    st.data(),
)
def test_rule_mentions_are_named_as_in_python(text: str, data: st.DataObject) -> None:
    from briefing_tui.entities.cues import mention_of, mention_of_python

    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, len(text)))
    fast = mention_of(text, start, end, "DATE")
    assert fast == mention_of_python(text, start, end, "DATE")
    assert type(fast) is Mention


@settings(max_examples=500, deadline=None)
@given(
    st.text(
        alphabet=list(
            "aZ -'’‘“”«»()[]{}/*_\"\u00a0\u2007\u2009\u202f\t\n\u2010\u2011\u2013\u2212\u02bcéЖ😀"
        ),
        max_size=40,
    )
)
def test_folding_in_one_pass_matches_python(text: str) -> None:
    from briefing_tui.entities.phrases import fold_and_space

    folded, spaced = fold_and_space(text)
    assert folded == fold(text)
    assert spaced == spaced_text(fold(text))


LINE_PIECES = [
    "\n",
    "\n\n",
    "By ",
    "By",
    "Von ",
    "Di ",
    "Od",
    "Par ",
    "Por ",
    "MOSCOW",
    "M",
    "o",
    "TEL AVIV",
    " ",
    "Ab",
    "ÉT",
    "Москва",
    "😀",
    "(",
    "Reuters",
    "\u2019",
]


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(LINE_PIECES), max_size=30))
def test_line_start_scan_matches_the_regular_expression(pieces: list[str]) -> None:
    text = "".join(pieces)
    expected = [m.end() for m in _LINE_START.finditer(text)]
    assert _scanner.line_starts(text, _BYLINE_WORDS) == expected


def test_folding_in_c_matches_python_in_every_width_of_text() -> None:
    for text in (
        "plain\ttext\nhere",
        "Netanyahu\u2019s \u201ctalks\u201d",
        "Путин\u00a0— \u2011 x",
        "emoji 😀 (and) \u2019",
        "\u201cquote\u201d only",
    ):
        assert _scanner.fold_and_space(text) == (fold(text), spaced_text(fold(text)))


def test_names_with_diacritics_and_in_cyrillic_are_runs_in_both_scans() -> None:
    spaced = spaced_text(fold("met Orbán Viktor, Władimir Łukaszenka with Сергей Лавров."))
    runs = [run for _, _, run in scan_python(spaced)[0]]
    assert runs == ["Orbán Viktor", "Władimir Łukaszenka", "Сергей Лавров"]
    assert scan_fast(spaced) == scan_python(spaced)
