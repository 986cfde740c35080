"""Pattern rules on top of the gazetteer: the longest span wins, the gazetteer wins a tie.

The words that start a rule (month names, titles, cue words, currency signs) are
found by the same automaton as the gazetteer's names, so a rule costs nothing
where its trigger is absent (``triggered``); a few rules scan the whole text
(``scans``).  Capitalised runs left over, in any alphabet, come out as PERSON
when a given name or a title in one of the covered languages leads them, else OTHER.
"""

from __future__ import annotations

from bisect import bisect_left
from operator import itemgetter

from briefing_tui.entities.cues import mention_of
from briefing_tui.entities.given_names import GIVEN_NAMES
from briefing_tui.entities.mention import Mention
from briefing_tui.entities.overlaps import fill, resolve
from briefing_tui.entities.phrases import FAST
from briefing_tui.entities.scans import (
    acronyms,
    capital_runs,
    designators,
    propagate_people,
    scan_fast,
    scan_python,
    sums_in_words,
    years,
)
from briefing_tui.entities.triggered import BY_KIND, wives_named

_TEXT = itemgetter(2)


def _given_name_before_surname(mention: Mention, folded: str) -> bool:
    """A place that is also a given name, followed by a capitalised word ("Vladimir Peskov")."""
    if mention.type != "PLACE" or mention.text not in GIVEN_NAMES:
        return False
    after = mention.end
    return folded[after : after + 1] == " " and folded[after + 1 : after + 2].isupper()


_SPAN_TYPES = frozenset({"ORG", "PLACE", "EVENT"})
_LOWER_JOINERS = (" and ", " on ", " or ", " in ", " at ", " with ")


def _spare_known(
    text: str, folded: str, found: list[Mention], extra: list[Mention]
) -> list[Mention]:
    """Rule names cut so that they never swallow a known name and the words after it.

    A known person inside an organisation or place found by a cue word ends it on the
    left ("Vladimir Putin Red Square" is two names); so does a known name at its start
    followed by "and", "on" ("Mossad and Military Intelligence").
    """
    starts: list[int] | None = None
    cuts: dict[int, Mention | None] = {}
    for index, mention in enumerate(extra):
        if mention.type not in _SPAN_TYPES:
            continue
        if starts is None:
            starts = [m.start for m in found]
        start, end = mention.start, mention.end
        at = bisect_left(starts, start)
        cut = start
        while at < len(found) and found[at].end < end:
            known = found[at]
            if known.type == "PERSON" or (
                known.start == start and folded.startswith(_LOWER_JOINERS, known.end)
            ):
                cut = known.end
            at += 1
        if cut == start:
            continue
        while cut < end and not folded[cut].isupper():
            cut += 1
        cuts[index] = mention_of(text, cut, end, mention.type) if cut < end else None
    if not cuts:
        return extra
    out = [cuts.get(i, m) for i, m in enumerate(extra)]
    return [m for m in out if m is not None]


def apply_rules(
    text: str,
    folded: str,
    spaced: str,
    found: list[Mention],
    triggers: list[tuple[int, int, int]],
    known_people: frozenset[str],
    fast: bool = True,
) -> list[Mention]:
    """Add what the patterns find to the gazetteer's hits, longest first, never overlapping.

    ``fast`` runs the whole-text scan in C where the extension is built.
    """
    if not GIVEN_NAMES.isdisjoint(map(_TEXT, found)) and any(
        m.text in GIVEN_NAMES and m.type == "PLACE" for m in found
    ):
        found = [m for m in found if not _given_name_before_surname(m, folded)]
    by_kind = BY_KIND
    extra: list[Mention] = list(
        filter(
            None, [by_kind[kind](text, folded, start, end, kind) for start, end, kind in triggers]
        )
    )
    if "wife " in folded:
        extra.extend(wives_named(text, folded))
    if found and extra:
        extra = _spare_known(text, folded, found, extra)
    if "-" in folded:
        extra.extend(designators(text, folded))
    runs, capitals, numbers = scan_fast(spaced) if fast and FAST else scan_python(spaced)
    extra.extend(years(text, folded, numbers))
    extra.extend(sums_in_words(text, folded, numbers))
    accepted = resolve(found, extra)
    people, others = capital_runs(text, folded, accepted, runs)
    # A person may take in a place's name after a given name: the longer span wins.
    accepted = resolve(accepted, people) if people else accepted
    if people or any(m.type == "PERSON" and m.name not in known_people for m in extra):
        accepted = propagate_people(text, folded, accepted, known_people)
    accepted = fill(accepted, acronyms(text, folded, accepted, capitals))
    return fill(accepted, others)
