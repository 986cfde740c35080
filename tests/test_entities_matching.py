"""The gazetteer's names found the way an analyst reads them, one matching rule at a time."""

from __future__ import annotations

from itertools import pairwise

import pytest

from briefing_tui.entities import Entry, Gazetteer, Mention, Recogniser


@pytest.fixture(scope="module")
def names() -> Recogniser:
    """A recogniser with a small gazetteer and no rules: the gazetteer pass alone."""
    gazetteer = Gazetteer(
        [
            Entry("Vladimir Putin", "PERSON", ("Putin",)),
            Entry("Benjamin Netanyahu", "PERSON", ("Netanyahu", "Bibi", "Binyamin Netanyahu")),
            Entry("Bashar al-Assad", "PERSON", ("Assad", "Asad")),
            Entry("Moscow", "PLACE"),
            Entry("Russia", "PLACE", ("Russian Federation", "Russian")),
            Entry("Iran", "PLACE", ("Iranian",)),
            Entry("Su-24", "WEAPON"),
            Entry("Su-24M", "WEAPON"),
            Entry("S-300", "WEAPON", ("S300",)),
            Entry("Israeli Air Force", "ORG", ("IAF",)),
            Entry("Kremlin", "ORG"),
        ]
    )
    return Recogniser(gazetteer, rules=False)


def spans(found: list[Mention]) -> list[tuple[str, str]]:
    return [(m.text, m.name) for m in found]


def test_the_longest_name_wins_over_the_surname_inside_it(names: Recogniser) -> None:
    assert spans(names.find("Russian President Vladimir Putin said")) == [
        ("Russian", "Russia"),
        ("Vladimir Putin", "Vladimir Putin"),
    ]


def test_the_longer_designator_wins(names: Recogniser) -> None:
    found = names.find("a Su-24M, not a Su-24, was shot down")
    assert spans(found) == [("Su-24M", "Su-24M"), ("Su-24", "Su-24")]


@pytest.mark.parametrize("apostrophe", ["'", "’"])
def test_a_possessive_gives_the_name_without_the_s(names: Recogniser, apostrophe: str) -> None:
    text = f"Netanyahu{apostrophe}s trip and Putin{apostrophe}s reply"
    found = names.find(text)
    assert spans(found) == [("Netanyahu", "Benjamin Netanyahu"), ("Putin", "Vladimir Putin")]
    assert text[found[0].start : found[0].end] == "Netanyahu"


def test_hyphenated_words_give_the_name_before_the_hyphen(names: Recogniser) -> None:
    assert spans(names.find("Moscow-based analysts and pro-Russian voices")) == [
        ("Moscow", "Moscow"),
        ("Russian", "Russia"),
    ]


def test_a_plural_designator_counts_as_the_system(names: Recogniser) -> None:
    found = names.find("delivered the S-300s to Iran")
    assert found[0] == Mention(14, 20, "S-300s", "WEAPON", "S-300")


def test_a_designator_is_found_with_and_without_its_hyphen(names: Recogniser) -> None:
    assert [m.name for m in names.find("the S300 and the S-300 and the S 300")] == ["S-300"] * 3


def test_a_designator_glued_to_the_word_before_is_still_found(names: Recogniser) -> None:
    assert spans(names.find("partially deliveredS-300 missiles")) == [("S-300", "S-300")]


@pytest.mark.parametrize("gap", ["\u00a0", "\n", "  ", "\u202f"])
def test_a_name_broken_by_a_no_break_space_or_a_line_break_is_found(
    names: Recogniser, gap: str
) -> None:
    text = f"met Vladimir{gap}Putin in the Kremlin"
    found = names.find(text)
    if gap == "  ":
        assert found[0].text == "Putin"
        return
    assert found[0] == Mention(4, 18, f"Vladimir{gap}Putin", "PERSON", "Vladimir Putin")
    assert found[1].text == "Kremlin"


def test_case_keeps_names_apart_from_common_words(names: Recogniser) -> None:
    assert names.find("the putin of moscow, the kremlin and an iaf") == []
    assert spans(names.find("Bibi met the IAF chief")) == [
        ("Bibi", "Benjamin Netanyahu"),
        ("IAF", "Israeli Air Force"),
    ]


def test_only_whole_words_match(names: Recogniser) -> None:
    assert names.find("Putinism, Moscowite, Iranians-only, XIran") == []


def test_offsets_index_the_original_text_even_after_wide_characters(names: Recogniser) -> None:
    text = "“Ünïcödé” 🇷🇺 — Putin’s Kremlin"
    found = names.find(text)
    assert [text[m.start : m.end] for m in found] == ["Putin", "Kremlin"]
    assert all(m.text == text[m.start : m.end] for m in found)


def test_results_are_sorted_and_never_overlap(names: Recogniser) -> None:
    found = names.find("Binyamin Netanyahu met Putin; Netanyahu and Assad, Asad, Su-24M.")
    assert found == sorted(found)
    assert all(a.end <= b.start for a, b in pairwise(found))


def test_empty_text_and_other_scripts_give_nothing_and_no_error(names: Recogniser) -> None:
    assert names.find("") == []
    assert names.find("بنيامين نتنياهو في موسكو. Владимир Путин. בנימין נתניהו") == []


def test_a_ten_megabyte_line_without_a_newline_is_handled(names: Recogniser) -> None:
    text = ("word " * 2_000_000) + "Putin"
    found = names.find(text)
    assert found == [Mention(10_000_000, 10_000_005, "Putin", "PERSON", "Vladimir Putin")]


def test_as_dict_gives_the_json_keys_of_the_design() -> None:
    mention = Mention(0, 5, "Putin", "PERSON", "Vladimir Putin")
    assert mention.as_dict() == {
        "start": 0,
        "end": 5,
        "text": "Putin",
        "type": "PERSON",
        "name": "Vladimir Putin",
    }
