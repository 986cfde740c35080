"""Rules that scan the whole text: years, weapon designators, capitalised runs, acronyms."""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from briefing_tui.entities.cues import (
    CURRENCY_WORDS,
    MONTH_SURNAMES,
    NAME_LETTER,
    NAME_UPPER,
    NOT_NAMES,
    PERSON_TITLES,
    ROLES_AFTER,
    TITLE_WORDS,
    TRIGGERS,
    is_role,
    mention_of,
    open_left,
    word_before,
)
from briefing_tui.entities.gazetteer import surface_key
from briefing_tui.entities.given_names import GIVEN_NAMES
from briefing_tui.entities.mention import Mention, new_mention
from briefing_tui.entities.overlaps import START, fill
from briefing_tui.entities.phrases import _scanner
from briefing_tui.entities.wordlists import words

Span = tuple[int, int, str]

_YEAR_CONTEXT = frozenset(
    words(
        """
        in of since until till by from before after during through early late mid between
        around year years summer spring autumn fall winter circa
        """
    )
)
_YEAR_JOINED = re.compile(r"\d{4}[ ]?(?:and|or|to|-)[ ]?$")
_YEAR_FOLLOW = re.compile(r"[ ](?:war|War|election|elections|uprising|revolution|Olympics)\b")
_HYPHEN_DIGIT = re.compile(r"-\d")
_DESIGNATOR_TAIL = re.compile(r"\d{1,4}[A-Z]{0,3}(?:-\d)?")
_NOT_DESIGNATORS = frozenset(
    words(
        """
        COVID Covid SARS MERS Article Resolution Route Flight Highway Section Chapter Room
        Gate Terminal Boeing Airbus Level Grade Class Type Model Version Phase Stage Ward
        Page
        """
    )
)


def years(text: str, folded: str, numbers: list[Span]) -> list[Mention]:
    """Four-digit years in a context that makes them dates ("in 1948", "the 1967 war")."""
    found: list[Mention] = []
    n = len(folded)
    for start, end, digits in numbers:
        if len(digits) != 4 or not digits.isdigit() or not 1800 <= int(digits) <= 2099:
            continue
        if start > 0 and (folded[start - 1].isalnum() or folded[start - 1] in "$€£.,:/-"):
            continue
        decade = end < n and folded[end] == "s" and (end + 1 == n or not folded[end + 1].isalnum())
        if decade:
            end += 1
        elif end < n and (
            folded[end].isalnum()
            or folded[end] == "%"
            or (folded[end] in ".,-/:" and end + 1 < n and folded[end + 1].isdigit())
        ):
            continue
        if not decade and word_before(folded, start) not in _YEAR_CONTEXT:
            joined = _YEAR_JOINED.search(folded, max(0, start - 10), start)
            if joined is None and _YEAR_FOLLOW.match(folded, end) is None:
                continue
        found.append(mention_of(text, start, end, "DATE"))
    return found


def designators(text: str, folded: str) -> list[Mention]:
    """Letters-hyphen-digits designators of weapons systems ("S-300", "Su-24M", "F-35s")."""
    found: list[Mention] = []
    n = len(folded)
    for match in _HYPHEN_DIGIT.finditer(folded):
        hyphen = match.start()
        start = hyphen
        while start > 0 and hyphen - start < 8 and folded[start - 1].isalpha():
            start -= 1
        if start == hyphen or not folded[start].isupper():
            continue
        if start > 0 and folded[start - 1].isalnum() and not folded[start - 1].islower():
            continue
        if start > 0 and folded[start - 1].isalpha() and hyphen - start > 3:
            continue
        if folded[start:hyphen] in _NOT_DESIGNATORS:
            continue
        tail = _DESIGNATOR_TAIL.match(folded, hyphen + 1)
        if tail is None:
            continue
        end = tail.end()
        if end < n and folded[end] == "s" and (end + 1 == n or not folded[end + 1].isalnum()):
            end += 1
        elif end < n and (folded[end].isalnum() or folded[end] == "%"):
            continue
        span = text[start:end]
        name = surface_key(span[:-1] if span.endswith("s") else span)
        found.append(new_mention(Mention, (start, end, span, "WEAPON", name)))
    return found


def capital_runs(
    text: str, folded: str, accepted: list[Mention], runs: list[Span]
) -> tuple[list[Mention], list[Mention]]:
    """Runs of capitalised words not yet claimed: people when a given name or a role leads."""
    people: list[Mention] = []
    others: list[Mention] = []
    starts = list(map(START, accepted))
    claimed = set(starts)
    count = len(accepted)
    for start, end, run in runs:
        if start in claimed:  # most runs begin with a name already found
            if "-" in run:
                head = run.split(" ", 1)[0]
                known_end = accepted[starts.index(start)].end
                if "-" in head and is_role(head.lower()) and known_end < end:
                    # A known body's head, then a name ("Mossad-Chef Yossi Cohen").
                    _classify(text, folded, start, run, people, others)
            continue
        at = bisect_left(starts, start)
        if at and accepted[at - 1][1] > start:
            continue
        if at < count and starts[at] < end:
            run = run[: starts[at] - start].rstrip()
            if " " not in run:
                known = accepted[at]
                if (
                    known.type == "PLACE"
                    and known.start == start + len(run) + 1
                    and " " not in known.text
                    and (run in GIVEN_NAMES or _credited(folded, start))
                ):
                    # A given name before a place's name is a person's ("Yair Golan").
                    people.append(mention_of(text, start, known.end, "PERSON"))
                continue
        elif end < len(folded) and folded[end] == "'":
            continue
        if not open_left(folded, start):
            continue
        # A place's possessive before a name makes a person ("Serbia's Aleksandar Vucic").
        led = (
            at > 0
            and accepted[at - 1].end == start - 3
            and accepted[at - 1].type == "PLACE"
            and folded[start - 3 : start] == "'s "
        )
        offset = start
        for part in run.split(" and "):
            _classify(text, folded, offset, part, people, others, led)
            offset += len(part) + 5
            led = False
    return people, others


def _classify(
    text: str,
    folded: str,
    start: int,
    run: str,
    people: list[Mention],
    others: list[Mention],
    led: bool = False,
) -> None:
    """Type one run of capitalised words as PERSON or OTHER, or drop it."""
    line = text.find("\n", start, start + len(run))
    if line >= 0:  # a run never crosses a line: each side stands alone
        _classify(text, folded, start, run[: line - start], people, others, led)
        rest = run[line - start :]
        skip = len(rest) - len(rest.lstrip(" "))
        _classify(text, folded, line + skip, rest[skip:], people, others)
        return
    tokens = run.split()
    if len(tokens) < 2:
        return
    while tokens and not tokens[-1][0].isupper():
        tokens.pop()
    while tokens and (tokens[0] in NOT_NAMES or tokens[0] in TITLE_WORDS):
        start += len(tokens.pop(0)) + 1
    titled = led
    for i in range(len(tokens) - 2, -1, -1):
        if _heads_a_name(tokens[i]):
            # A title inside the run heads the name after it ("Serbiens Präsident
            # Aleksandar Vučić", "Mossad-Chef Yossi Cohen").
            start += len(" ".join(tokens[: i + 1])) + 1
            del tokens[: i + 1]
            titled = True
            break
    if len(tokens) == 3 and tokens[0] not in GIVEN_NAMES and tokens[1] in GIVEN_NAMES:
        if (
            not tokens[0].isascii()
            and not "\u0400" <= tokens[0][0] <= "\u04ff"  # Russian puts the given name first
            and not tokens[0].endswith(_NOUN_ENDINGS)
            and word_before(folded, start) not in _ARTICLES
        ):
            # A family name first, then what follows ("Szijjártó Péter Moszkvába").
            tokens.pop()
        else:
            # A noun before a name ("des Hackers Alexej Burkow"): the name alone.
            start += len(tokens.pop(0)) + 1
    capitals = [t for t in tokens if t[0].isupper()]
    if len(capitals) < 2 or all(t in TITLE_WORDS or t in TRIGGERS for t in capitals):
        return
    end = start + len(" ".join(tokens))
    if titled and (tokens[0] in TRIGGERS or tokens[0] in NOT_NAMES):
        titled = False
    if (
        (titled or tokens[0] in GIVEN_NAMES or is_role(word_before(folded, start)))
        and len(tokens) <= 4
        and (not any(t in TRIGGERS or t in NOT_NAMES for t in tokens[1:]) or _month_surname(tokens))
    ) or (
        len(tokens) == 2
        and (_family_name_first(tokens, folded, end) or folded.startswith(ROLES_AFTER, end + 1))
    ):
        people.append(mention_of(text, start, end, "PERSON"))
    elif len(tokens) <= 4 and _credited(folded, start):
        # A wire credit ("Reporting by Anne Dupuis; editing by Tom Hale").
        people.append(mention_of(text, start, end, "PERSON"))
    elif tokens[0] in _PLACE_HEADS and len(tokens) <= 3:
        others.append(mention_of(text, start, end, "PLACE"))
    elif folded.startswith(_BODY_AFTER, end):
        # "Liberman's Yisrael Beytenu party": the noun after the name makes it a body.
        others.append(mention_of(text, start, end, "ORG"))
    elif (
        len(tokens) <= 3
        and folded[start - 2 : start] == ", "
        and (end == len(folded) or folded[end] in ",.;:)")
        and _role_before(folded, start - 2)
    ):
        # A name set off by a comma after a role ("foreign policy chief, Federica
        # Mogherini,", "the head of military intelligence, Aharon Zeevi.").
        people.append(mention_of(text, start, end, "PERSON"))
    else:
        others.append(mention_of(text, start, end, "OTHER"))


# Words of a wire credit before the names it credits.
_CREDITS = (
    "reporting by ",
    "editing by ",
    "writing by ",
    "compiled by ",
    "additional reporting by ",
)


def _credited(folded: str, start: int) -> bool:
    """True when a wire credit's words stand just before ``start``."""
    before = folded[max(0, start - 24) : start].lower()
    return before.endswith(_CREDITS)


def _role_before(folded: str, comma: int) -> bool:
    """A role among the six words before ``comma``, within its sentence ("head of X,")."""
    at = comma
    for _ in range(6):
        word = word_before(folded, at)
        if not word:
            return False
        if is_role(word):
            return True
        at = _start_of_word(folded, at)
        if at <= 0 or folded[at - 1] not in " ":
            return False
    return False


def _start_of_word(folded: str, at: int) -> int:
    """Where the word that ends before ``at`` (past spaces) starts."""
    j = at - 1
    while j >= 0 and folded[j] == " ":
        j -= 1
    while j >= 0 and (folded[j].isalpha() or folded[j] == "'"):
        j -= 1
    return j + 1


_BODY_AFTER = (" party", " movement", " faction", " bloc")
# German articles: a capitalised word after one is a noun, not a family name.
_ARTICLES = frozenset(words("der die das des dem den ein eine eines einem einen einer"))
# Endings of German nouns for people ("Bürgerrechtler", "Ärztin"), never family names.
_NOUN_ENDINGS = ("er", "ers", "in", "en")


@lru_cache(maxsize=1 << 16)
def _heads_a_name(word: str) -> bool:
    """A title, or a role in any covered language, that heads the name after it."""
    return word in PERSON_TITLES or is_role(word.lower())


def _family_name_first(tokens: list[str], folded: str, end: int) -> bool:
    """A family name, then a given name, as Hungarian writes them ("Orbán Viktor")."""
    if tokens[1] not in GIVEN_NAMES or tokens[0] in GIVEN_NAMES or tokens[0] in TRIGGERS:
        return False
    return not tokens[0].isascii() or folded.startswith(ROLES_AFTER, end + 1)


def _month_surname(tokens: list[str]) -> bool:
    """A given name and a month-like surname ("Theresa May"), with no stop word after."""
    return tokens[1] in MONTH_SURNAMES and not any(
        t in TRIGGERS or t in NOT_NAMES for t in tokens[2:]
    )


# Words that make a run the name of a place ("Mount Herzl", "Lake Tiberias").
_PLACE_HEADS = frozenset(words("Mount Mt. Lake Cape Fort Port"))


# The scans run on the spaced text (a space, then the folded text with quotes and
# brackets made spaces): a pattern that starts with a space lets the regular
# expression engine jump from word to word.  Offsets in it are one more than in the text.
# A run's word: "Putin", "Ben-Gurion", "Ze'ev", "Orbán" ("'s" ends it: "Putin's" is "Putin").
_RUN_TOKEN = rf"[{NAME_UPPER}](?:[{NAME_LETTER}-]|'(?=[A-Za-z])(?!s(?![A-Za-z])))+"
_RUN = re.compile(rf" ({_RUN_TOKEN}(?: (?:(?:of|and|the|de|al|bin) )?{_RUN_TOKEN})+)")
_CAPS = re.compile(r" ([A-Z]{2,6}(?: [A-Z]{2,6}){0,2})(?![A-Za-z0-9])")
_NUMBER = re.compile(r" (\d[\d,]*(?:\.\d+)?)")
_CURRENCY_AFTER = re.compile(
    r"(?: (?:million|billion|trillion|thousand))?(?: US| U\.S\.)? ([a-z]+)\b"
)


def sums_in_words(text: str, folded: str, numbers: list[Span]) -> list[Mention]:
    """Sums written with a currency word after the amount ("5 billion dollars")."""
    found: list[Mention] = []
    for start, end, _ in numbers:
        tail = _CURRENCY_AFTER.match(folded, end)
        if tail is not None and tail.group(1) in CURRENCY_WORDS:
            found.append(mention_of(text, start, tail.end(), "MONEY"))
    return found


_RUN_BODY = rf"{_RUN_TOKEN}(?: (?:(?:of|and|the|de|al|bin) )?{_RUN_TOKEN})+"
_CAPS_BODY = r"[A-Z]{2,6}(?: [A-Z]{2,6}){0,2}(?![A-Za-z0-9])"
_NUMBER_BODY = r"\d[\d,]*(?:\.\d+)?"
# The three scans in one pass.  A number never starts inside a run or an abbreviation,
# and an abbreviation that does not start a run is a run's lone word, so taking the
# first alternative that matches loses only the abbreviations inside a run: those are
# looked for again in the run itself, when it has two capitals in a row (a run in
# title case has none).
_ANY = re.compile(rf" (?=[{NAME_UPPER}\d])(?:({_RUN_BODY})|({_CAPS_BODY})|({_NUMBER_BODY}))")
_TWO_CAPITALS = re.compile(r"[A-Z][A-Z]")


def scan_fast(spaced: str) -> tuple[list[Span], list[Span], list[Span]]:
    """Runs of capitalised words, upper-case abbreviations and numbers, scanned in C.

    Only where the extension is built; the results are those of ``scan_python``.
    """
    runs, capitals, numbers, inner = _scanner.scan_capitals(spaced)
    if inner:
        for start, end in inner:
            capitals.extend(
                (m.start(1) - 1, m.end(1) - 1, m.group(1))
                for m in _CAPS.finditer(spaced, start, end)
            )
        capitals.sort()
    return runs, capitals, numbers


def scan_python(spaced: str) -> tuple[list[Span], list[Span], list[Span]]:
    """Runs of capitalised words, upper-case abbreviations and numbers (``_ANY``).

    The reference the C scan follows, and the fallback where it is not built.
    """
    runs: list[Span] = []
    capitals: list[Span] = []
    numbers: list[Span] = []
    for match in _ANY.finditer(spaced):
        start, end = match.span()
        kind = match.lastindex
        if kind == 1:
            run = match.group(1)
            runs.append((start, end - 1, run))
            if not run.istitle() and _TWO_CAPITALS.search(run) is not None:
                capitals.extend(
                    (m.start(1) - 1, m.end(1) - 1, m.group(1))
                    for m in _CAPS.finditer(spaced, start, end)
                )
        elif kind == 2:
            capitals.append((start, end - 1, match.group(2)))
        else:
            numbers.append((start, end - 1, match.group(3)))
    return runs, capitals, numbers


_NOT_ACRONYMS = frozenset(
    words(
        """
        CEO CFO COO GDP TV OK PM AM PS ID VIP SUV DNA HIV AIDS COVID SARS USD EUR NIS GMT
        UTC EST PST II III IV VI VII VIII IX XI XII XIV XX XXI MP MPS PR IT HQ FAQ UFO ATM
        PhD BC AD CE BCE PDF URL VAT HR QC KM KG MW GW GB MB IQ LGBT LGBTQ NB RIP ASAP
        JAN FEB MAR APR JUN JUL AUG SEP SEPT OCT NOV DEC GEN MAG GIU LUG AGO SET OTT DIC
        """
    )
)


def acronyms(
    text: str, folded: str, accepted: list[Mention], capitals: list[Span]
) -> list[Mention]:
    """Upper-case abbreviations the gazetteer does not know are most often organisations."""
    found: list[Mention] = []
    n = len(folded)
    ends: dict[int, Mention] | None = None
    for start, end, letters in capitals:
        if (start > 0 and (folded[start - 1].isalnum() or folded[start - 1] in ".-'")) or (
            end < n and (folded[end].isalnum() or folded[end] in "-")
        ):
            continue
        if end + 1 < n and folded[end] == " " and folded[end + 1].isupper():
            nxt = end + 1
            while nxt < n and folded[nxt].isupper():
                nxt += 1
            if nxt - end > 2:
                continue
        if any(w in _NOT_ACRONYMS for w in letters.split(" ")):
            continue
        name = letters
        if start > 2 and folded[start - 1] == "(":
            if ends is None:
                ends = {m.end: m for m in accepted}
            owner = ends.get(start - 2)
            if owner is not None and owner.type == "ORG":
                name = owner.name
        found.append(Mention(start, end, text[start:end], "ORG", name))
    return found


_SURNAME_FIRST = frozenset(
    words(
        """
        Xi Li Wang Zhang Liu Chen Yang Zhao Huang Zhou Wu Hu Wen Deng Mao Jiang Qin Kim Park
        Lee Moon Yoon Choi
        """
    )
)


def propagate_people(
    text: str, folded: str, accepted: list[Mention], known: frozenset[str]
) -> list[Mention]:
    """Surnames of people found by a rule stand for them later in the same article."""
    surnames: dict[str, str] = {}
    for m in accepted:
        if m.type == "PERSON" and m.name not in known:
            parts = m.name.split()
            if len(parts) > 1 and parts[0] in _SURNAME_FIRST:
                surnames.setdefault(parts[0], m.name)
            elif len(parts) == 2 and parts[1] in GIVEN_NAMES and parts[0] not in GIVEN_NAMES:
                # The family name first ("Orbán Viktor"): it stands for the person later.
                surnames.setdefault(parts[0], m.name)
            elif (
                len(parts) > 1
                and len(parts[-1]) > 1
                and parts[-1][0].isupper()
                and parts[-1] not in MONTH_SURNAMES
            ):
                surnames.setdefault(parts[-1], m.name)
                tail = " ".join(parts[-3:])
                if len(parts) > 3 and tail[0].isupper():
                    surnames.setdefault(tail, m.name)
            for particle in ("von der ", "van der ", "de ", "van ", "von ", "al-", "bin "):
                at = m.name.find(particle)
                if at > 0:
                    tail = m.name[at:]
                    surnames.setdefault(tail, m.name)
                    surnames.setdefault(tail[0].upper() + tail[1:], m.name)
    if not surnames:
        return accepted
    extra = [
        Mention(start, end, text[start:end], "PERSON", surnames[folded[start:end]])
        for start, end in _whole_words(folded, sorted(surnames, key=len, reverse=True))
    ]
    return fill(accepted, extra)


def _whole_words(folded: str, forms: list[str]) -> list[tuple[int, int]]:
    """Where ``forms`` occur as whole words, leftmost first, the earlier form first at a tie.

    Matches the regular expression ``(?<![\\w'])(form|form...)(?!\\w)`` scanned left to
    right, but with one fast substring search per form instead of an attempt at
    every character.
    """
    n = len(folded)
    first: dict[int, int] = {}
    for form in forms:
        size = len(form)
        at = folded.find(form)
        while at >= 0:
            if at not in first:
                before = folded[at - 1] if at else " "
                after = folded[at + size] if at + size < n else " "
                if not (before.isalnum() or before in "_'") and not (
                    after.isalnum() or after == "_"
                ):
                    first[at] = at + size
            at = folded.find(form, at + 1)
    spans: list[tuple[int, int]] = []
    reached = 0
    for start in sorted(first):
        if start >= reached:
            reached = first[start]
            spans.append((start, reached))
    return spans
