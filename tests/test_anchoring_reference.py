"""Anchoring on the reference cases of quote matching: notes with short, empty or stale context.

The kinds of case are those a robust web annotator (the Hypothesis client) is tested on: an
exact quote alone; a prefix or a suffix, exact or approximate, that picks the first or the
second of two repeated phrases; a stored position that breaks a tie; a prefix longer than
the text before the quote; a quote at the very end with a suffix that is not there; and
quotes that are not in the article at all, which must be orphaned.  Notes imported from
other tools, added by scripts or written by hand look like this.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from briefing_tui.notes import Placement, Target, make_target, place, place_all

ENVOY = (
    "Two years after the ceasefire, as the envoy flew to Moscow, officials in Jerusalem "
    "still recalled the afternoon when the two leaders first spoke of Syria"
)
AIDES = (
    "In Moscow, aides had everything ready for the prime minister, aides had nothing ready "
    "for the press, and the talks were going well for Israel, the talks were going nowhere "
    "for Iran."
)
KREMLIN = "The Kremlin confirmed the talks"


def _nth(text: str, needle: str, n: int) -> int:
    at = -1
    for _ in range(n):
        at = text.index(needle, at + 1)
    return at


@dataclass(frozen=True)
class ReferenceCase:
    """A note as another tool or a person stores it, and where it belongs (``None``: nowhere)."""

    kind: str
    text: str
    quote: str
    prefix: str = ""
    suffix: str = ""
    start: int = 0
    expected: int | None = None

    def target(self) -> Target:
        return Target(self.quote, self.prefix, self.suffix, self.start, self.start)

    def passes(self, placement: Placement) -> bool:
        if self.expected is None:
            return placement.status == "orphaned"
        return (
            placement.status in ("anchored", "moved")
            and placement.start == self.expected
            and placement.end == self.expected + len(self.quote)
        )


REFERENCE_CASES = [
    ReferenceCase(
        "exact quote, no context",
        ENVOY,
        "spoke of Syria",
        expected=ENVOY.index("spoke of Syria"),
    ),
    ReferenceCase(
        "exact prefix picks the first repeat",
        AIDES,
        "ready for",
        prefix="aides had everything ",
        expected=_nth(AIDES, "ready for", 1),
    ),
    ReferenceCase(
        "exact prefix picks the second repeat",
        AIDES,
        "ready for",
        prefix="aides had nothing ",
        expected=_nth(AIDES, "ready for", 2),
    ),
    ReferenceCase(
        "approximate prefix picks the first repeat",
        AIDES,
        "ready for",
        prefix="aides had every-thing",
        expected=_nth(AIDES, "ready for", 1),
    ),
    ReferenceCase(
        "approximate prefix picks the second repeat",
        AIDES,
        "ready for",
        prefix="aides had nuthing",
        expected=_nth(AIDES, "ready for", 2),
    ),
    ReferenceCase(
        "exact suffix picks the first repeat",
        AIDES,
        "aides had",
        suffix=" everything",
        expected=_nth(AIDES, "aides had", 1),
    ),
    ReferenceCase(
        "exact suffix picks the second repeat",
        AIDES,
        "aides had",
        suffix=" nothing",
        expected=_nth(AIDES, "aides had", 2),
    ),
    ReferenceCase(
        "approximate suffix picks the first repeat",
        AIDES,
        "aides had",
        suffix="everthing",
        expected=_nth(AIDES, "aides had", 1),
    ),
    ReferenceCase(
        "approximate suffix picks the second repeat",
        AIDES,
        "aides had",
        suffix=" nuthing",
        expected=_nth(AIDES, "aides had", 2),
    ),
    ReferenceCase(
        "stored position breaks a tie",
        AIDES,
        "the talks were going",
        start=_nth(AIDES, "the talks were going", 2) - 6,
        expected=_nth(AIDES, "the talks were going", 2),
    ),
    ReferenceCase(
        "prefix longer than the text before",
        ENVOY,
        "years after the ceasefire",
        prefix="It was only two",
        expected=ENVOY.index("years after the ceasefire"),
    ),
    ReferenceCase(
        "quote at the end, suffix not there",
        KREMLIN,
        "talks",
        suffix=" in Sochi",
        expected=KREMLIN.index("talks"),
    ),
    ReferenceCase(
        "passage not in the article",
        AIDES,
        ENVOY,
    ),
    ReferenceCase(
        "name not in the article",
        ENVOY,
        "Lavrov",
        prefix="Foreign Minister Sergei ",
        suffix=" said on Monday",
    ),
]


@pytest.mark.parametrize("case", REFERENCE_CASES, ids=[c.kind for c in REFERENCE_CASES])
def test_reference_case(case: ReferenceCase) -> None:
    placement = place(case.text, case.target())
    assert case.passes(placement), placement


def test_the_reference_cases_are_the_same_through_place_all() -> None:
    for case in REFERENCE_CASES:
        many = place_all(case.text, [case.target(), *[None] * 24])
        assert many[0] == place(case.text, case.target()), case.kind


def test_without_a_stored_position_the_first_of_equal_repeats_is_taken() -> None:
    target = Target("the talks were going", "", "", 0, 0)
    placement = place(AIDES, target)
    assert placement.start == _nth(AIDES, "the talks were going", 1)


def test_a_short_quote_with_its_full_context_gone_is_still_orphaned() -> None:
    text = "Officials said Netanyahu would raise Syria. Later, Netanyahu flew home."
    start = text.index("Netanyahu")
    target = make_target(text, start, start + len("Netanyahu"))
    edited = "Reporters waited at the airport for hours. Later, Netanyahu flew home."
    assert place(edited, target).status == "orphaned"


LETTERS = st.text(alphabet="abcde ,.", max_size=60)
QUOTES = st.text(alphabet="abcdefghij", min_size=1, max_size=30)
RANDOM_SHORT = st.text(alphabet="abcdefghij ,.", max_size=7)


def _context(data: st.DataObject, true: str, before: bool) -> str:
    """Empty, a truncation of the true context, or a few random characters."""
    how = data.draw(st.sampled_from(["empty", "truncated", "random"]))
    if how == "empty":
        return ""
    if how == "random":
        return data.draw(RANDOM_SHORT)
    keep = data.draw(st.integers(0, len(true)))
    return true[len(true) - keep :] if before else true[:keep]


@given(before=LETTERS, quote=QUOTES, after=LETTERS, data=st.data())
@settings(max_examples=400, deadline=None)
def test_a_quote_found_once_is_placed_whatever_short_context_it_carries(
    before: str, quote: str, after: str, data: st.DataObject
) -> None:
    text = before + quote + after
    start = len(before)
    assume(text.find(quote, start + 1) == -1 and text.find(quote) == start)
    true = make_target(text, start, start + len(quote))
    prefix = _context(data, true.prefix, before=True)
    suffix = _context(data, true.suffix, before=False)
    stored = data.draw(st.sampled_from([0, start, len(text)]))
    placement = place(text, Target(quote, prefix, suffix, stored, stored))
    assert (placement.start, placement.end) == (start, start + len(quote))
    assert placement.status in ("anchored", "moved")
