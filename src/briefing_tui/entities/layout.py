"""What the layout of a press article tells: datelines, bylines, photo credits, named sites.

- An all-capital word or two at the start of a line, before a comma, a bracket or a
  dash, is the dateline's place ("MOSCOW (Reuters) -", "TEL AVIV, Jan 5 -"), and so
  are two joined by a slash ("MOSCOW/JERUSALEM (Reuters)"); an
  all-capital known place anywhere is a place too, not an acronym.
- "By Jane Harwood" alone on a line is the byline's person.
- Names joined by slashes with an agency ("REUTERS/Ivan Sekretarev", "KOBI GIDON / GPO")
  are a photo credit: the agency in it is an organisation, the photographer's name and
  the words "Pool", "PHOTO" or "Handout" are no mention.
- The name before "airport", "residence", "air base" or "base" is a place without that
  noun ("Ben-Gurion airport", "the T-4 base", even where the name looks like a weapon's
  designator), and so is the name after "Flughafen", "aeroporto" or "base aerea".
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Sequence

from briefing_tui.entities.mention import Mention
from briefing_tui.entities.overlaps import fill
from briefing_tui.entities.phrases import FAST, _scanner
from briefing_tui.entities.wordlists import words

# One place or two joined by a slash ("MOSCOW/JERUSALEM (Reuters)").
_DATELINE = re.compile(
    r"([A-Z][A-Z'.-]+(?:[ ][A-Z][A-Z'.-]+){0,2})"
    r"(?:/([A-Z][A-Z'.-]+(?:[ ][A-Z][A-Z'.-]+){0,2}))?(?=[ ]*(?:,|\(|—|–|-[ ]|$))"
)
# The agency in brackets after a dateline's place and date ("NETANYA, Israel, June 25
# (Euronews) —"), before the dash that opens the story.
_AGENCY_AFTER = re.compile(
    r"[^()\n—–]{0,30}?\(([A-Z][\w.&-]*(?:[ ][A-Z][\w.&-]*){0,2})\)(?=[ ]*(?:—|–|-[ ]|:|$))"
)
_BYLINE = re.compile(
    r"(?:By|Von|Di|Od|Par|Por)[ ]+([A-Z][^\W\d_]+(?:[ -][A-Z][^\W\d_]+){1,3})[ ]*$", re.M
)
_BYLINE_WORDS = ("By ", "Von ", "Di ", "Od ", "Par ", "Por ")
# A line that may open with a dateline or a byline (found in C where the extension is
# built, and is recent enough to have the scan).
_LINE_START = re.compile(r"\n(?=[A-Z]{2}|(?:By|Von|Di|Od|Par|Por) )")
_line_starts = getattr(_scanner, "line_starts", None) if FAST else None
_AGENCIES = frozenset(
    words(
        """
        reuters afp ap gpo pool epa getty images tass sputnik flash90 handout xinhua
        anadolu ansa dpa pap mti kremlin photo courtesy тасс интерфакс
        """
    )
)
# The agencies a credit names, by the word that names them.
_AGENCY_NAMES = {
    "reuters": "Reuters",
    "afp": "AFP",
    "ap": "Associated Press",
    "gpo": "Government Press Office",
    "epa": "EPA",
    "getty": "Getty Images",
    "tass": "TASS",
    "sputnik": "Sputnik",
    "flash90": "Flash90",
    "xinhua": "Xinhua",
    "anadolu": "Anadolu Agency",
    "ansa": "ANSA",
    "dpa": "dpa",
    "pap": "PAP",
    "mti": "MTI",
    "kremlin": "Kremlin",
    "тасс": "TASS",
    "интерфакс": "Interfax",
}
# A word of a credit, in Latin or Cyrillic letters ("Андрей Лесков/ТАСС").
_CREDIT_WORD = re.compile(r"[A-ZА-ЯЁ][\w'’.-]*")
_SITE_NAME_BEFORE = re.compile(r"((?:[A-Z][\w'-]*[ ]){1,3})$")
_SITES_BEFORE = ("Flughafen ", "aeroporto ", "base aerea ", "lotnisko ", "lotnisku ", "repülőtér ")
_NOT_SITE_WORDS = frozenset(words("The A An His Her Its Their Our This That In At To From By"))
_SITE_NAME_AFTER = re.compile(r"[A-Z][\w'-]*(?:[ ][A-Z][\w'-]*){0,2}")


def apply_layout(
    text: str,
    folded: str,
    found: list[Mention],
    place_of: Callable[[str], str | None],
    known_people: frozenset[str],
    foreign: bool = False,
    site_nouns: Sequence[int] = (),
) -> list[Mention]:
    """``found`` with datelines, bylines, credits and named sites set right.

    ``site_nouns`` are where the scan found a noun that follows a site's name
    ("airport"); ``foreign`` looks for the words that come before a site's name in
    other languages ("Flughafen", also inside "dall'aeroporto").
    """
    found = _lines(text, found, place_of)
    if "/" in text:
        found = credits(text, found)
    before = foreign and any(cue in folded for cue in _SITES_BEFORE)
    if site_nouns or before:
        found = _sites(text, folded, found, known_people, site_nouns, before)
    return found


def _lines(text: str, found: list[Mention], place_of: Callable[[str], str | None]) -> list[Mention]:
    """Datelines and bylines at the start of each line."""
    extra: list[Mention] = []
    agencies: list[Mention] = []
    head = text[:2]
    starts = [0] if (head.isupper() and head.isalpha()) or text.startswith(_BYLINE_WORDS) else []
    if _line_starts is not None:
        starts.extend(_line_starts(text, _BYLINE_WORDS))
    else:
        starts.extend(m.end() for m in _LINE_START.finditer(text))
    for at in starts:
        line_end = text.find("\n", at)
        if line_end < 0:
            line_end = len(text)
        if text[at : at + 2].isalpha() and text[at : at + 2].isupper():
            match = _DATELINE.match(text, at, line_end)
            if match is not None:
                for group in (1, 2) if match.group(2) else (1,):
                    span = match.group(group)
                    name = place_of(span) or span.title()
                    extra.append(Mention(match.start(group), match.end(group), span, "PLACE", name))
                agency = _AGENCY_AFTER.match(text, match.end(), min(line_end, match.end() + 40))
                if agency is not None:
                    span = agency.group(1)
                    agencies.append(Mention(agency.start(1), agency.end(1), span, "ORG", span))
        else:
            match = _BYLINE.match(text, at, line_end)
            if match is not None:
                span = match.group(1)
                extra.append(Mention(match.start(1), match.end(1), span, "PERSON", span))
    if not extra:
        return found
    found = _replace(found, extra)
    # The agency a dateline names keeps the name its table gives it ("(AFP)").
    return fill(found, agencies) if agencies else found


def _replace(found: list[Mention], extra: list[Mention]) -> list[Mention]:
    """``extra`` (sorted, apart) in place of whatever in ``found`` overlaps it."""
    starts = [m.start for m in found]
    drop: set[int] = set()
    for mention in extra:
        at = bisect_left(starts, mention.start)
        if at and found[at - 1].end > mention.start:
            at -= 1
        while at < len(found) and found[at].start < mention.end:
            drop.add(at)
            at += 1
    kept = [m for i, m in enumerate(found) if i not in drop] if drop else found
    return fill(kept, extra)


def credits(text: str, found: list[Mention]) -> list[Mention]:
    """In a photo credit, the agencies are organisations and nothing else is a mention."""
    spans: list[tuple[int, int]] = []
    agencies: list[Mention] = []
    at = text.find("/")
    while at >= 0:
        start, end, groups = _credit_around(text, at)
        if any(g.lower() in _AGENCIES for group in groups for g in group.split()):
            spans.append((start, end))
            for word in _CREDIT_WORD.finditer(text, start, end):
                name = _AGENCY_NAMES.get(word.group().lower())
                if name is not None:
                    agencies.append(Mention(word.start(), word.end(), word.group(), "ORG", name))
        at = text.find("/", max(end, at + 1))
    if not spans:
        return found
    kept = [m for m in found if not any(m.start < e and s < m.end for s, e in spans)]
    return fill(kept, agencies) if agencies else kept


def _credit_around(text: str, slash: int) -> tuple[int, int, list[str]]:
    """The slash-joined capitalised words around ``slash``: their span and the groups."""
    start = slash
    while True:
        j = start
        while j > 0 and text[j - 1] == " ":
            j -= 1
        k = j
        while k > 0 and not text[k - 1].isspace() and text[k - 1] not in "/(:":
            k -= 1
        if k == j or _CREDIT_WORD.fullmatch(text, k, j) is None:
            break
        start = k
        if k > 1 and text[k - 1] == " " and text[k - 2] not in " /" and text[k - 2].isalpha():
            continue
        if k > 0 and text[k - 1] == "/":
            start = k - 1
            continue
        break
    end = slash + 1
    n = len(text)
    while True:
        j = end
        while j < n and text[j] == " ":
            j += 1
        k = j
        while k < n and not text[k].isspace() and text[k] not in "/),":
            k += 1
        if k == j or _CREDIT_WORD.fullmatch(text, j, k) is None:
            break
        end = k
        if k < n and text[k] == "/":
            end = k + 1
            continue
        if k + 1 < n and text[k] == " " and text[k + 1].isupper():
            continue
        if k + 2 < n and text[k] == " " and text[k + 1] == "/":
            end = k + 2
            continue
        break
    groups = [g.strip() for g in text[start:end].split("/") if g.strip()]
    return start, end, groups


def _sites(
    text: str,
    folded: str,
    found: list[Mention],
    known_people: frozenset[str],
    site_nouns: Sequence[int],
    before: bool,
) -> list[Mention]:
    """The names of airports, residences and bases, without the generic noun."""
    extra: list[Mention] = []
    for noun in site_nouns:
        at = noun - 1
        if at < 0 or folded[at] != " ":
            continue
        match = _SITE_NAME_BEFORE.search(folded, max(0, at - 60), at + 1)
        if match is not None and text.find("\n", match.start(1), at) < 0:
            names = match.group(1).split()
            start = match.start(1)
            while names and names[0] in _NOT_SITE_WORDS:
                start += len(names.pop(0)) + 1
            if names and not names[-1].endswith("'s"):
                extra.append(_site(text, start, at))
    for cue in _SITES_BEFORE if before else ():
        at = folded.find(cue)
        while at >= 0:
            match = _SITE_NAME_AFTER.match(folded, at + len(cue))
            if match is not None:
                extra.append(_site(text, match.start(), match.end()))
            at = folded.find(cue, at + 1)
    if not extra:
        return found
    kept = [
        m
        for m in found
        if not (
            any(m.start < e.end and e.start < m.end for e in extra)
            and (
                m.type in ("OTHER", "WEAPON") or (m.type == "PERSON" and m.name not in known_people)
            )
        )
    ]
    return fill(kept, extra)


def _site(text: str, start: int, end: int) -> Mention:
    span = text[start:end]
    return Mention(start, end, span, "PLACE", " ".join(span.replace("-", " ").split()))
