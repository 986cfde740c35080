"""The headline of a scraped page: the header line most like one, not a kicker or a standfirst.

A headline is repeated, shares words with the story's opening, and has a few words; a
label ("Israel Russia Relations"), a section ("International › Proche-Orient"), a short
kicker above it or a short standfirst below it give way to it, and the site's name the
page appends to it ("… - Reuters") is not part of it.
"""

from __future__ import annotations

import re

from briefing_tui.ingest.furniture import ends_sentence
from briefing_tui.ingest.outlets import is_known_outlet, outlet_named_in

_WORD = re.compile(r"[^\W\d_]{3,}")


def _words(text: str) -> set[str]:
    return {w.lower() for w in _WORD.findall(text)}


def choose_title(
    found: list[tuple[int, str]], lines: list[str], opening: str
) -> tuple[int, str | None]:
    """The header line most like a headline: repeated, and sharing words with the story."""
    candidates = [(index, without_site(text)) for index, text in found if not _is_outlet_name(text)]
    if not candidates:
        return -1, None
    story_words = _words(opening)
    all_header = [" ".join(line.split()) for line in lines]

    def score(item: tuple[int, str]) -> tuple[float, int]:
        _, text = item
        words = _words(text)
        overlap = len(words & story_words) / len(words) if words else 0.0
        repeats = sum(1 for other in all_header if other != text and other.endswith(text))
        repeats += sum(1 for _, t in candidates if t == text) - 1
        return overlap + 0.5 * min(repeats, 1), len(text)

    best = max(candidates, key=score)
    if score(best)[0] == 0 and len(best[1].split()) < 3:
        return -1, None
    # A headline has a few words; a line of one or two ("MTI", "World News") is a label.
    # A line with section marks ("International › Proche-Orient") is a breadcrumb.
    headlines = [
        c for c in candidates if len(c[1].split()) >= 3 and not _SECTION_MARKS.search(c[1])
    ]
    if (len(best[1].split()) < 3 or _SECTION_MARKS.search(best[1])) and headlines:
        best = max(headlines, key=score)
    # A short line of capitalised words ("Israel Russia Relations") is a topic label: it
    # shares all its words with the story, but a longer line that shares many is the headline.
    if _is_label(best[1]):
        longer = [c for c in headlines if not _is_label(c[1]) and score(c)[0] >= 0.3]
        if longer:
            best = max(longer, key=score)
    # A kicker ("Iran in Syrien") is a short line just above the headline: the longer
    # line below it that shares words with the story is the headline.
    below = [c for c in headlines if c[0] == best[0] + 1]
    kicker = len(best[1].split()) <= 4 and not ends_sentence(best[1])
    if kicker and below and len(below[0][1].split()) >= 5 and score(below[0])[0] > 0:
        best = below[0]
    # A line as short just below a longer one that shares words with the story is its
    # standfirst or a label ("Izraeli kampány Oroszországban"): the longer line is the headline.
    elif kicker:
        over = [c for c in headlines if c[0] == best[0] - 1 and not _is_label(c[1])]
        if over and len(over[0][1].split()) >= 5 and score(over[0])[0] > 0:
            best = over[0]
    # The standfirst sums the story up, so it shares more words with it than the headline
    # does: a shorter line just above it that also shares words is the headline.
    above = [c for c in headlines if c[0] == best[0] - 1]
    if above and score(best)[0] < 1.5:
        index, text = above[0]
        if (
            len(text.split()) >= 5  # a headline, not a label such as "Israel Russia Relations"
            and not _is_label(text)  # nor a section such as "Israel and the Middle East"
            and len(best[1].split()) >= 8  # below it, a standfirst's sentence
            and len(text) < 1.2 * len(best[1])  # the headline comes first, even a long one
            and score(above[0])[0] >= 0.3
            and not ends_with_stop(text)  # a headline may end on a quotation, not a stop
        ):
            return index, text
    return best


def ends_with_stop(text: str) -> bool:
    """True when the line ends on a full stop, even inside quotation marks; not on a quote."""
    return text.rstrip().rstrip("\"'”’»)").endswith((".", "!", "?", "…"))


# The small words a section's name keeps in lower case ("Israel & the Region", "Politik und
# Gesellschaft", "Monde et Proche-Orient").
_LABEL_LINKS = frozenset(
    str.split("and & the of und der die das et de la le les du des e di del y i és a az и в")
)


def _is_label(text: str) -> bool:
    words = [w for w in re.split(r"[\s-]+", text) if w and w.casefold() not in _LABEL_LINKS]
    return 0 < len(words) <= 3 and all(w[:1].isupper() for w in words)


_SECTION_MARKS = re.compile(r"[›»>]|\s[/|·]\s")
_SITE_PART = re.compile(r"\s+[-–—|]\s+(?P<part>[^-–—|]{2,60})$")


def _is_outlet_name(text: str) -> bool:
    """A line that is nothing but an outlet's name ("AFP", "Ynetnews")."""
    words = text.split()
    if not words or len(words) > 4:
        return False
    known = outlet_named_in(text)
    return known is not None or is_known_outlet(text) or text.upper() in ("AFP", "AP")


def without_site(title: str) -> str:
    """A headline without the site's name and section the page appends ("… - Reuters")."""
    trimmed = title
    for _ in range(3):
        match = _SITE_PART.search(trimmed)
        if match is None:
            break
        part = match.group("part").strip()
        if outlet_named_in(part) is None and not (trimmed != title and len(part.split()) <= 3):
            break
        trimmed = trimmed[: match.start()]
    return trimmed if trimmed != title and len(trimmed.split()) >= 3 else title
