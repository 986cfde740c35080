"""Anchoring: a note follows its passage through edits, or is reported orphaned, never misplaced."""

from __future__ import annotations

from pathlib import Path

from hypothesis import assume, given, settings
from hypothesis import strategies as st
from rapidfuzz.distance import Levenshtein

from briefing_tui.corpus import load_corpus
from briefing_tui.notes import Placement, Target, make_target, place, place_all

REPO = Path(__file__).resolve().parents[1]
ARTICLE = "2016-06-asharq-coordination-on-syria"


def body() -> str:
    return load_corpus(REPO / "corpus").body(ARTICLE)


def note_on(text: str, quote: str, occurrence: int = 1) -> Target:
    start = -1
    for _ in range(occurrence):
        start = text.index(quote, start + 1)
    return make_target(text, start, start + len(quote))


def placed(text: str, placement: Placement) -> str:
    assert placement.start is not None and placement.end is not None
    return text[placement.start : placement.end]


def test_an_unchanged_article_keeps_every_note_where_it_was() -> None:
    text = body()
    target = note_on(text, "freedom to strike so-called Hezbollah targets")
    assert place(text, target) == Placement("anchored", target.start, target.end, 1.0)


def test_a_whole_article_note_has_no_passage() -> None:
    assert place(body(), None).status == "article"


def test_a_paragraph_added_above_moves_the_note_with_its_passage() -> None:
    text = body()
    target = note_on(text, "freedom to strike so-called Hezbollah targets")
    edited = "A new first paragraph, added by the editor.\n\n" + text
    placement = place(edited, target)
    assert placement.status == "moved"
    assert placed(edited, placement) == target.quote
    assert placement.start == target.start + len("A new first paragraph, added by the editor.\n\n")


def test_a_typo_fixed_inside_the_passage_keeps_the_note_on_it() -> None:
    text = body()
    target = note_on(text, "freedom to strike so-called Hezbollah targets")
    edited = text.replace("so-called Hezbollah", "so-called Hizbollah")
    placement = place(edited, target)
    assert placement.status == "moved"
    assert placed(edited, placement) == "freedom to strike so-called Hizbollah targets"


def test_a_deleted_passage_orphans_the_note_instead_of_moving_it_elsewhere() -> None:
    text = "Netanyahu met Putin in Moscow. They spoke of Syria.\n\nLater, Netanyahu flew home."
    target = note_on(text, "Netanyahu met Putin in Moscow.")
    edited = text.replace("Netanyahu met Putin in Moscow. ", "")
    assert place(edited, target).status == "orphaned"


def test_a_repeated_name_is_told_apart_by_its_context() -> None:
    text = (
        "Netanyahu arrived in Moscow on Monday. Officials said Netanyahu would raise Syria. "
        "Later, Netanyahu flew home."
    )
    target = note_on(text, "Netanyahu", occurrence=2)
    edited = "Reuters reported. " + text.replace("Monday", "Tuesday morning")
    placement = place(edited, target)
    assert placement.status == "moved" and placement.start is not None
    assert edited[: placement.start].endswith("Officials said ")


def test_a_short_quote_whose_context_is_gone_is_orphaned_not_guessed() -> None:
    text = "Officials said Netanyahu would raise Syria. Later, Netanyahu flew home."
    target = note_on(text, "Netanyahu", occurrence=1)
    edited = "Later, Netanyahu flew home. Reporters waited at the airport for hours."
    assert place(edited, target).status == "orphaned"


def test_a_moved_paragraph_takes_its_notes_along() -> None:
    paragraphs = body().split("\n\n")
    text = "\n\n".join(paragraphs)
    quote = paragraphs[1][10:60]
    target = note_on(text, quote)
    edited = "\n\n".join([paragraphs[0], *paragraphs[2:], paragraphs[1]])
    placement = place(edited, target)
    assert placed(edited, placement) == quote
    assert placement.status == "moved"


def test_place_all_gives_the_same_answers_as_place_one_by_one() -> None:
    text = body()
    targets: list[Target | None] = [None]
    for start in range(0, len(text) - 40, 97):
        targets.append(make_target(text, start, start + 23))
    edited = text.replace("Russia", "the Russian Federation").replace(". ", "! ", 3)
    assert place_all(edited, targets) == [place(edited, t) for t in targets]


WORDS = [
    "Moscow", "Putin", "Netanyahu", "Syria", "talks", "the", "said", "on", "visit", "Iran",
    "S-300", "Lavrov", "Kremlin", "coordination", "military", "officials", "Jerusalem", "in",
    "met", "week", "deal", "Hezbollah", "air", "defence", "a", "of", "and", "to", "Israel", "2016",
]  # fmt: skip
# Sentences of distinct words, and texts of distinct sentences: prose, not a stutter.
sentences = st.lists(st.sampled_from(WORDS), min_size=3, max_size=12, unique=True).map(
    lambda w: " ".join(w) + "."
)
prose = st.lists(sentences, min_size=2, max_size=8, unique=True).map(" ".join)


@given(text=st.text(min_size=1, max_size=200), data=st.data())
@settings(max_examples=300, deadline=None)
def test_any_passage_of_an_unchanged_text_is_found_where_it_was(
    text: str, data: st.DataObject
) -> None:
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, len(text)))
    target = make_target(text, start, end)
    assert place(text, target) == Placement("anchored", start, end, 1.0)


def _identical(text: str, start: int, target: Target) -> bool:
    """True when ``start`` holds the quote with exactly the stored context (indistinguishable)."""
    end = start + len(target.quote)
    return (
        text[start:end] == target.quote
        and text[max(0, start - len(target.prefix)) : start] == target.prefix
        and text[end : end + len(target.suffix)] == target.suffix
    )


def _word_span(text: str, data: st.DataObject) -> tuple[int, int]:
    """A passage made of whole words, as the reader selects them."""
    starts = [0] + [i + 1 for i, c in enumerate(text) if c == " "]
    first = data.draw(st.integers(0, len(starts) - 1))
    last = data.draw(st.integers(first, min(len(starts) - 1, first + 8)))
    end = text.find(" ", starts[last])
    return starts[first], len(text) if end == -1 else end


@given(text=prose, inserted=sentences, data=st.data())
@settings(max_examples=300, deadline=None)
def test_after_a_sentence_is_inserted_a_note_is_on_its_passage_or_orphaned(
    text: str, inserted: str, data: st.DataObject
) -> None:
    start, end = _word_span(text, data)
    target = make_target(text, start, end)
    gaps = [0] + [i + 2 for i in range(len(text) - 1) if text[i : i + 2] == ". "] + [len(text) + 1]
    at = min(len(text), data.draw(st.sampled_from([g for g in gaps if g <= start or g > end])))
    piece = inserted + " " if at < len(text) else " " + inserted
    edited = text[:at] + piece + text[at:]
    truth = start + len(piece) if at <= start else start
    placement = place(edited, target)
    if placement.status == "orphaned":
        return
    assert placement.start is not None
    assert placement.start == truth or _identical(edited, placement.start, target)


@given(text=prose, data=st.data())
@settings(max_examples=300, deadline=None)
def test_after_the_sentence_is_deleted_a_note_is_orphaned_or_on_a_near_copy_of_it(
    text: str, data: st.DataObject
) -> None:
    start, end = _word_span(text, data)
    target = make_target(text, start, end)
    first = text.rfind(". ", 0, start)
    first = 0 if first == -1 else first + 2
    last = text.find(". ", end - 1)
    last = len(text) if last == -1 else last + 2
    edited = text[:first] + text[last:]
    assume(target.quote not in edited)
    placement = place(edited, target)
    if placement.status != "orphaned":
        # Never on unrelated words: only a sentence that repeats most of the passage qualifies.
        near = placed(edited, placement)
        assert Levenshtein.normalized_similarity(target.quote, near) >= 0.6


def test_a_sentence_repeated_nearly_word_for_word_is_not_taken_for_a_deleted_one() -> None:
    text = (
        "Netanyahu met Putin in the Kremlin to discuss coordination over Syria. "
        "Officials later briefed reporters. Lavrov met Kerry in Geneva on Iran."
    )
    target = note_on(text, "Netanyahu met Putin in the Kremlin")
    edited = text.replace(
        "Netanyahu met Putin in the Kremlin to discuss coordination over Syria. ", ""
    )
    assert place(edited, target).status == "orphaned"


def test_a_quote_found_thousands_of_times_needs_its_exact_context() -> None:
    filler = "The talks went on. " * 2500
    text = filler + "Then Netanyahu said the talks went on for hours." + filler
    start = text.index("talks went on for")
    target = make_target(text, start, start + len("talks went on"))
    shifted = "A new lead paragraph.\n\n" + text
    placement = place(shifted, target)
    assert placement.status == "moved"
    assert shifted[: placement.start].endswith("Then Netanyahu said the ")
    damaged = shifted.replace(
        "Netanyahu said the talks went on for", "Netanyahu said: talks went on, for"
    )
    assert place(damaged, target).status == "orphaned"


def test_a_short_quote_rewritten_in_place_is_not_taken_for_the_same_word_elsewhere() -> None:
    text = (
        "Officials confirmed yesterday that Netanyahu was in Russia for talks on security "
        "issues with the Kremlin. Much later, aides would not deny Netanyahu was in Russia."
    )
    target = note_on(text, "in", occurrence=text.count("in", 0, text.index("in Russia")) + 1)
    assert text[target.start : target.end + 7] == "in Russia"
    edited = text.replace("Netanyahu was in Russia for", "Netanyahu was IN Russia for")
    assert place(edited, target).status == "orphaned"


def test_a_phrase_whose_sentence_was_deleted_is_not_moved_to_another_sentence() -> None:
    first = "The remark was made, said one member of parliament's foreign affairs committee. "
    second = "He is due to brief parliament's foreign affairs committee the following week."
    text = first + "Nothing more was said that day.\n\n" + second
    target = note_on(text, "foreign affairs committee", occurrence=2)
    edited = text.replace(second, "")
    assert place(edited, target).status == "orphaned"


def test_a_word_with_a_letter_dropped_keeps_its_note_where_it_was() -> None:
    text = (
        '"Russia had never seen such visits before," said one member of parliament\'s '
        "foreign affairs committee. Later he was due to brief parliament's foreign "
        "affairs committee on the visit."
    )
    target = note_on(text, "parliament's")
    edited = text.replace("member of parliament's", "member of parliamen's")
    placement = place(edited, target)
    assert placement.start == target.start and placed(edited, placement) == "parliamen's"


def test_a_rival_exactly_the_margin_behind_makes_the_note_orphaned_not_moved() -> None:
    """A note at the start of a short text: a sentence inserted after it repeats the quote.

    The first copy keeps the prefix that reaches the start of the text, the inserted one the
    suffix that reaches its end; neither says clearly more, so the note is not moved.
    """
    text = "week air met. Moscow Putin Netanyahu."
    target = make_target(text, 9, 13)
    edited = text[:14] + "Moscow week Putin Netanyahu Syria talks the said met. " + text[14:]
    placement = place(edited, target)
    assert placement.status == "orphaned" or placement.start == 9
