"""Plain text scraped from a news page: find the story, its title, outlet, byline and date.

The rules follow how the bundled articles were cleaned by hand: the header
(breadcrumbs, repeated titles, bylines, datelines, photo captions) and the
footer (share links, sign-up calls, teasers for other stories) are removed,
and each remaining line of the story becomes a paragraph, kept verbatim.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from briefing_tui.ingest.dates import find_date, find_dates, find_day_and_month, is_date_line
from briefing_tui.ingest.draft import Draft
from briefing_tui.ingest.furniture import (
    ends_sentence,
    is_caption,
    is_furniture,
    is_prose,
    is_teaser,
    is_teaser_heading,
)
from briefing_tui.ingest.outlets import (
    agency_of_dateline,
    canonical_outlet,
    is_known_outlet,
    outlet_named_in,
    outlet_of_domain_in,
)

_BYLINE = re.compile(
    r"^\s*(?:avatar\s+)?(?:(?:written\s+)?by|von|par|di|de|autor(?:in)?(?:\s*/\s*autor)?|autorka"
    r"|szerző|автор|بقلم|كتب)\s*:?\s+(?P<name>[^|,;:()]{3,80}?)\s*"
    r"(?:\((?:[^()]{1,30})\)|[,/|]\s*[^,/|]{2,30})?\s*\|?\s*$",
    re.I,
)
_BYLINE_CUE = re.compile(
    r"^\s*(?:(?:written\s+)?by|von|par|di|de|autor(?:in|ka|zy)?|autorzy|szerzők?|авторы?)\s*:?\s+",
    re.I,
)
# What a byline adds after the name: "and news agencies", "with Reuters", "(PAP)", ", AFP".
_BYLINE_TAIL = re.compile(
    r"\s*(?:\((?:[^()]{1,30})\)|[,/]\s*[^,/]{2,30}|\s(?:and|with|und|et|e|i|és|и|و)\s+"
    r"(?:news\s+)?(?:agencies|wires|agenturen|agences|agenzie|agencje|ügynökségek|агентства"
    r"|reuters|ap|afp|dpa|tass|pap|mti|ansa)"
    # where the writer files from: "Peter Beaumont in Jerusalem"
    r"|\s(?:in|aus|à|a|z|w|из|في)\s+[^\W\d_][\w'’-]+(?:\s[A-Z][\w'’-]+)?)\s*$",
    re.I,
)
# A wire story's credits: "(Reporting by Jane Doe; Editing by John Roe)".
_REPORTING = re.compile(
    r"^\s*\(?\s*reporting\s+by\s+(?P<name>[^;,()]+?)(?:\s+in\s+[A-Z][\w ]+)?\s*(?:[;,)]|$)", re.I
)
# Where a reprint names the outlet it first ran in: "Originally published by Reuters".
_CREDIT = re.compile(
    r"^\s*(?:this\s+(?:article|story)\s+)?(?:was\s+)?(?:originally|first)\s+(?:published|appeared)"
    r"\s+(?:by|in|on|at)\s+(?P<name>[^.,;()]{2,60}?)\s*(?:[.,;(]|$)"
    r"|^\s*(?:source|quelle|fonte|źródło|forrás|источник|المصدر)\s*:\s*(?P<source>[^.,;()]{2,60}?)\s*\.?\s*$",
    re.I,
)
# An Arabic paper's byline is the reporter's city, a colon and the name: "تل أبيب: سامر حداد".
_ARABIC_BYLINE = re.compile(
    r"^(?P<place>[\u0600-\u06ff]+(?:\s[\u0600-\u06ff]+)?)\s*:\s*"
    r"(?P<name>[\u0600-\u06ff]+(?:\s[\u0600-\u06ff]+){1,3})$"
)
_UPPER = r"(?:[^\W\d_](?<=[A-ZÀ-ÞĀ-Ž\u0400-\u042f]))"
_NAME = re.compile(rf"^(?:{_UPPER}[\w'’.-]*\.?\s+){{1,3}}(?:von\s+|van\s+|de\s+)?{_UPPER}[\w'’-]+$")
_CAPTION_LABEL = re.compile(r"^\s*caption\s*:?\s*$", re.I)
_BREADCRUMB = re.compile(r"^\s*home\s+(?P<rest>.+)$", re.I)
_SELF_REFERENCE = (
    re.compile(r"\b(?P<name>[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,2})\s+has\s+(?:learned|learnt)\b"),
    re.compile(r"\binformation\s+(?P<name>[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,2})\s+has\s+obtained\b"),
)
_JOIN = re.compile(r"^\s*join\s+(?P<name>(?:the\s+)?[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)\s*$", re.I)
_COPYRIGHT = re.compile(
    r"^\s*(?:copyright\s*)?©\s*(?:\d{4}\s+)?(?P<name>[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*){0,3}?)"
    r"(?:\s+(?:Media|Ltd|Inc|LLC|Group))?\.?\s+all rights reserved",
    re.I,
)
_NAME_OF_SITE = re.compile(r"^[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*){0,3}$")
_WORD = re.compile(r"[^\W\d_]{3,}")
# Words that make a name a newspaper's, not a person's ("Gulf Daily", "Evening Standard").
_PAPER_WORDS = frozenset(
    str.split(
        "daily news times post journal herald tribune gazette courier telegraph press today monitor"
        " observer chronicle review express standard mail star sun agency online zeitung rundschau"
        " presse nachrichten gazeta dziennik kurier hírlap napló nemzet corriere gazzetta giornale"
        " messaggero stampa quotidien известия газета правда"
    )
)
_NOT_NAMES = frozenset(
    [
        "select",
        "page",
        "home",
        "menu",
        "print",
        "comment",
        "comments",
        "share",
        "adjust",
        "search",
        "subscribe",
        "login",
        "email",
        "advertisement",
        "related",
        "coverage",
        "news",
        "opinion",
        "archive",
        "english",
        "more",
        "latest",
        "video",
        "photos",
        "world",
        # a byline that names a desk, not a person: "Reuters Staff", "Times of Israel Staff"
        "staff",
        "reporter",
        "reporters",
        "correspondent",
        "editor",
        "editors",
        "editorial",
        "desk",
        "team",
        "agencies",
        "wires",
        "redaktion",
        "rédaction",
        "redazione",
        "redakcja",
        "szerkesztőség",
        "редакция",
    ]
)


@dataclass
class _Header:
    """What the lines above the story told us."""

    candidates: list[tuple[int, str]] = field(default_factory=list)
    outlet_hints: list[str] = field(default_factory=list)
    breadcrumbs: list[tuple[int, str]] = field(default_factory=list)
    author: str | None = None
    byline_outlet: str | None = None
    published: dt.date | None = None
    published_is_update: bool = False
    caption: str | None = None


def read_scraped(text: str) -> Draft:
    """Turn scraped page text into a draft article."""
    lines = [line for line in text.split("\n") if line.strip()]
    start = _story_start(lines)
    header_lines, story_lines = lines[:start], lines[start:]
    story_author, story_lines = _byline_in_story(story_lines)
    body_lines, footer_lines, own_footer = _clean_story(story_lines)
    captions = [line.strip() for line in footer_lines if is_caption(line)]
    header = _read_header(header_lines)
    opening = " ".join(body_lines[:3])
    title_index, title = _choose_title(header, header_lines, opening)
    author = header.author or _name_after_title(header_lines, title_index, title)
    outlet, outlet_where = _outlet(
        header, header_lines, title_index, title, body_lines, footer_lines
    )
    found = {"source": outlet_where}
    published = header.published
    found["published"] = "a date line above the story" if published else "not found"
    if published is None:
        published = _date_in(own_footer)
        found["published"] = "a date line below the story" if published else "not found"
    if published is None:
        published = dateline_date(text, body_lines)
        found["published"] = "the dateline" if published else "not found"
    if published is None:
        published = address_date(text)
        found["published"] = "the date in the page's address" if published else "not found"
    found["title"] = "a line above the story, most like a headline" if title else "not found"
    if header.author:
        found["author"] = "a byline"
    elif author:
        found["author"] = "a line of names below the title"
    elif story_author:
        author = story_author
        found["author"] = "a byline below the standfirst"
    else:
        reporter = next((m for m in map(_REPORTING.match, footer_lines) if m is not None), None)
        if reporter is not None and _is_name(reporter.group("name")):
            author = _name_case(reporter.group("name"))
            found["author"] = "the wire's 'Reporting by' credit"
    body = "\n\n".join(line.rstrip("\n") for line in body_lines)
    return Draft(
        title=title,
        body=body,
        source=outlet,
        author=author,
        published=published,
        caption=header.caption or (captions[0] if captions else None),
        found=found,
    )


_YEAR_HINT = re.compile(
    r"(?:/|(?:©|copyright)\s*(?:[^\W\d][\w.&-]*\s+){0,3})((?:19|20)\d\d)(?=/|\b)", re.IGNORECASE
)


# A date line's label saying the date is a revision, not the publication.
_UPDATED = re.compile(
    r"(?<![^\W\d_])(?:updated|last\s+modified|modified|aktualisiert|mis\s+à\s+jour|modifié"
    r"|aggiornato|actualizado|aktualizacja|zaktualizowano|frissítve|frissítés|обновлено"
    r"|آخر\s+تحديث)",
    re.IGNORECASE,
)
_PUBLISHED = re.compile(
    r"(?<![^\W\d_])(?:published|posted|veröffentlicht|publié|pubblicato|publicado|opublikowano"
    r"|publikálva|megjelent|опубликовано|نشر)",
    re.IGNORECASE,
)


def publication_day(line: str) -> dt.date | None:
    """The publication date of a date line: after "Published", else the earliest it gives."""
    found = find_dates(line)
    if not found:
        return None
    label = _PUBLISHED.search(line)
    if label is not None:
        after = [f for f in found if f.start >= label.end()]
        if after:
            return after[0].date
    return min(f.date for f in found)


# A web address with the day in its path: ".../2015/09/21/netanyahu-..." or ".../2015-09-21/...".
_ADDRESS_DATE = re.compile(
    r"(?:https?://|www\.)\S*?/(?P<y>(?:19|20)\d\d)([/-])(?P<m>[01]\d)\2(?P<d>[0-3]\d)(?=[/-]|\.html?|$)"
)


_OWN_ADDRESS = re.compile(
    r"^\s*(?:(?:url|source|link|quelle|fonte|źródło|forrás|источник|المصدر)\s*:\s*)?\S+\s*$", re.I
)


def address_date(text: str) -> dt.date | None:
    """The day the page's own web address gives, on a line of its own as a saved page keeps it.

    An address inside a sentence or a "Read more" link is another story's, so it is not read.
    """
    for line in text.split("\n"):
        if "/" not in line or _OWN_ADDRESS.match(line) is None:
            continue
        match = _ADDRESS_DATE.search(line)
        if match is None:
            continue
        try:
            return dt.date(int(match.group("y")), int(match.group("m")), int(match.group("d")))
        except ValueError:
            continue
    return None


def _date_in(lines: list[str]) -> dt.date | None:
    """The date of the first line below the story that holds only a date."""
    for line in lines:
        if is_date_line(" ".join(line.split())):
            return find_date(line)
    return None


def dateline_date(text: str, body: list[str]) -> dt.date | None:
    """The date of the story's dateline, ``MOSCOW, Jan 29 (Reuters) -``: its year from the page."""
    if not body:
        return None
    head = body[0][:80]
    cut = re.search(r"\)\.?\s*[-–—]|\s[-–—]\s|/[^\W\d_][\w .&-]{1,20}/\.?\s", head)
    if cut is None:
        return None
    dateline = head[: cut.end()]
    full = find_date(dateline)
    if full is not None:
        return full
    years = [int(y) for y in _YEAR_HINT.findall(text)]
    years += [found.date.year for found in find_dates(text)]
    if not years:
        return None
    year = max(set(years), key=years.count)
    found = find_day_and_month(dateline, year)
    return found.date if found is not None else None


def _story_start(lines: list[str]) -> int:
    """The index of the first paragraph of the story proper."""
    for index, line in enumerate(lines):
        if is_prose(line) and not _follows_caption_label(lines, index):
            return index
    for index, line in enumerate(lines):
        if len(line.strip()) >= 40 and not is_furniture(line) and not is_date_line(line):
            return index
    return 0


def _byline_in_story(lines: list[str]) -> tuple[str | None, list[str]]:
    """A byline just below a standfirst (which looks like the story's start), taken out."""
    for index, line in enumerate(lines[:6]):
        stripped = " ".join(line.split())
        name = byline_name(stripped)
        if name is None and len(stripped) < 60:
            name = bare_name(stripped)
        if name is None:
            continue
        return name, lines[:index] + lines[index + 1 :]
    return None, lines


def _follows_caption_label(lines: list[str], index: int) -> bool:
    return index > 0 and _CAPTION_LABEL.match(lines[index - 1]) is not None


def _clean_story(lines: list[str]) -> tuple[list[str], list[str], list[str]]:
    """The story's paragraphs, the furniture lines taken out of it, and those not teasers.

    A teaser's date line is another story's date, so it never dates this one.
    """
    kept: list[str] = []
    dropped: list[str] = []
    teasers: set[int] = set()
    index = 0
    while index < len(lines):
        line = lines[index]
        stripped = line.strip()
        if is_teaser_heading(stripped):
            dropped.append(line)
            index += 1
            skipped = 0
            while index < len(lines) and skipped < 3 and is_teaser(lines[index]):
                dropped.append(lines[index])
                teasers.add(index)
                index += 1
                skipped += 1
            continue
        if is_furniture(stripped) or is_date_line(stripped) or _is_caption_line(stripped):
            dropped.append(line)
        else:
            kept.append(line)
        index += 1
    while kept and len(kept[-1].strip()) < 100 and not ends_sentence(kept[-1]):
        dropped.append(kept.pop())
    own = [line for i, line in enumerate(lines) if line in dropped and i not in teasers]
    return kept, dropped, own


def _is_caption_line(line: str) -> bool:
    """A photo caption or credit inside the story ("... (photo credit: GPO)", "REUTERS/...")."""
    return is_caption(line) and (len(line) < 400 or line.endswith(")"))


def _read_header(lines: list[str]) -> _Header:
    header = _Header()
    caption_next = False
    for index, line in enumerate(lines):
        stripped = " ".join(line.split())
        if _CAPTION_LABEL.match(stripped):
            caption_next = True
            continue
        if caption_next or (is_caption(stripped) and len(stripped) > 40):
            caption_next = False
            if header.caption is None:
                header.caption = line.strip()
            continue
        if is_date_line(stripped):
            # a line that only gives the revision date yields to one giving the publication
            revision = _UPDATED.search(stripped) is not None and not _PUBLISHED.search(stripped)
            if header.published is None or (header.published_is_update and not revision):
                day = publication_day(stripped)
                if day is not None:
                    header.published, header.published_is_update = day, revision
            continue
        name = byline_name(stripped)
        if name is not None:
            header.author = header.author or name
            header.byline_outlet = header.byline_outlet or _byline_outlet(stripped)
            continue
        crumb = _BREADCRUMB.match(stripped)
        if crumb is not None:
            header.breadcrumbs.append((index, crumb.group("rest")))
            continue
        if is_furniture(stripped):
            header.outlet_hints.append(stripped)
            continue
        parts = [p.strip() for p in stripped.split(" | ") if p.strip()]
        if not parts:
            continue
        header.candidates.append((index, parts[0]))
        header.outlet_hints.extend(parts[1:])
    return header


def byline_name(line: str) -> str | None:
    """The name a byline gives ("By HERB KEINON", "Autor: Tomasz Wielgosz (PAP)", "كتب: ...")."""
    byline = _BYLINE.match(line)
    if byline is not None:
        name = _BYLINE_TAIL.sub("", byline.group("name").strip())
        if _is_name(name):
            return _name_case(name)
    several = _BYLINE_CUE.match(line)
    if several is not None:
        return _names(_BYLINE_TAIL.sub("", line[several.end() :].strip(" |")))
    arabic = _ARABIC_BYLINE.match(line.strip())
    if arabic is not None and len(line) < 60:
        return arabic.group("name")
    return None


def _byline_outlet(line: str) -> str | None:
    """The outlet a byline names after the writer ("By Jane Doe, Gulf Daily", "(PAP)")."""
    byline = _BYLINE.match(line)
    if byline is None:
        return None
    tail = line[byline.end("name") :].strip(" |")
    name = tail.strip("()").lstrip(",/ ").strip()
    if not name or len(name.split()) > 4 or re.search(r"\b(?:and|with)\b", name, re.I):
        return None
    if outlet_named_in(name) is not None or is_known_outlet(name):
        return outlet_named_in(name) or canonical_outlet(name)
    if not _NAME_OF_SITE.match(name):
        return None
    # an unknown name counts only when it reads as a paper's: "Moskau" is where the writer is
    looks_like_paper = any(w.casefold() in _PAPER_WORDS for w in name.split())
    return canonical_outlet(name) if looks_like_paper else None


def bare_name(line: str) -> str | None:
    """A line that is only a name, maybe with its wire ("Noa Ben-Ami and news agencies")."""
    name = _BYLINE_TAIL.sub("", line.strip(" |"))
    return _name_case(name) if _is_name(name) else _names(name)


def _names(text: str) -> str | None:
    """Two or three writers ("Jane Doe and John Roe", "Jane Doe, John Roe"), as printed."""
    parts = [p.strip() for p in re.split(r",\s*|\s+(?:and|und|et|e|i|és|и|y)\s+", text)]
    if 1 < len(parts) <= 3 and all(_is_name(p) for p in parts):
        return _name_case(text)
    return None


def names_a_desk(text: str) -> bool:
    """True for a byline that names a desk or a newsroom, not a writer ("Reuters Staff")."""
    return any(w.casefold().strip(".,") in _NOT_NAMES for w in text.split())


def _is_name(text: str) -> bool:
    """A person's name as bylines print it, in any case ("HERB KEINON", "Matthias von Hein")."""
    words = text.split()
    if not 1 < len(words) <= 5 or any(w.lower() in _NOT_NAMES for w in words):
        return False
    return _NAME.match(_name_case(text)) is not None


def _name_case(text: str) -> str:
    """A name printed in capitals, in ordinary capitalisation; any other name as it is."""
    if text.isupper():
        return " ".join(w.capitalize() if len(w) > 1 else w for w in text.split())
    return " ".join(text.split())


def _words(text: str) -> set[str]:
    return {w.lower() for w in _WORD.findall(text)}


def _choose_title(header: _Header, lines: list[str], opening: str) -> tuple[int, str | None]:
    """The header line most like a headline: repeated, and sharing words with the story."""
    candidates = [
        (index, _without_site(text))
        for index, text in header.candidates
        if not _is_outlet_name(text)
    ]
    header = _Header(candidates=candidates)
    if not header.candidates:
        return -1, None
    story_words = _words(opening)
    all_header = [" ".join(line.split()) for line in lines]

    def score(item: tuple[int, str]) -> tuple[float, int]:
        _, text = item
        words = _words(text)
        overlap = len(words & story_words) / len(words) if words else 0.0
        repeats = sum(1 for other in all_header if other != text and other.endswith(text))
        repeats += sum(1 for _, t in header.candidates if t == text) - 1
        return overlap + 0.5 * min(repeats, 1), len(text)

    best = max(header.candidates, key=score)
    if score(best)[0] == 0 and len(best[1].split()) < 3:
        return -1, None
    # A headline has a few words; a line of one or two ("MTI", "World News") is a label.
    # A line with section marks ("International › Proche-Orient") is a breadcrumb.
    headlines = [
        c for c in header.candidates if len(c[1].split()) >= 3 and not _SECTION_MARKS.search(c[1])
    ]
    if (len(best[1].split()) < 3 or _SECTION_MARKS.search(best[1])) and headlines:
        best = max(headlines, key=score)
    # A short line of capitalised words ("Israel Russia Relations") is a topic label: it
    # shares all its words with the story, but a longer line that shares many is the headline.
    if _is_label(best[1]):
        longer = [c for c in headlines if not _is_label(c[1]) and score(c)[0] >= 0.3]
        if longer:
            best = max(longer, key=score)
    # The standfirst sums the story up, so it shares more words with it than the headline
    # does: a shorter line just above it that also shares words is the headline.
    above = [c for c in headlines if c[0] == best[0] - 1]
    if above and score(best)[0] < 1.5:
        index, text = above[0]
        if (
            len(text.split()) >= 5  # a headline, not a label such as "Israel Russia Relations"
            and len(best[1].split()) >= 8  # below it, a standfirst's sentence
            and 1.2 * len(text) < len(best[1])
            and score(above[0])[0] >= 0.3
            and not ends_sentence(text)
        ):
            return index, text
    return best


def _is_label(text: str) -> bool:
    words = [w for w in re.split(r"[\s-]+", text) if w.casefold() not in ("and", "&", "und", "et")]
    return len(text.split()) <= 3 and all(w[:1].isupper() for w in words if w)


_SECTION_MARKS = re.compile(r"[›»>]|\s[/|·]\s")
_SITE_PART = re.compile(r"\s+[-–—|]\s+(?P<part>[^-–—|]{2,60})$")


def _is_outlet_name(text: str) -> bool:
    """A line that is nothing but an outlet's name ("AFP", "Ynetnews")."""
    words = text.split()
    if not words or len(words) > 4:
        return False
    known = outlet_named_in(text)
    return known is not None or is_known_outlet(text) or text.upper() in ("AFP", "AP")


def _without_site(title: str) -> str:
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


def _name_after_title(lines: list[str], title_index: int, title: str | None) -> str | None:
    """A byline without 'By': a short line of capitalised names just below the title."""
    if title_index < 0:
        return None
    for index, line in enumerate(lines):  # below the headline's last repeat
        if title is not None and _without_site(" ".join(line.split())) == title:
            title_index = max(title_index, index)
    for line in lines[title_index + 1 : title_index + 5]:
        stripped = " ".join(line.split()).strip(" |")
        if stripped == title or is_date_line(stripped):
            continue
        name = bare_name(stripped)
        if name is not None:
            return name
    return None


def _outlet(
    header: _Header,
    lines: list[str],
    title_index: int,
    title: str | None,
    body: list[str],
    footer: list[str],
) -> tuple[str | None, str]:
    """The outlet and where it was found: header lines, addresses, the dateline, the footer."""
    for index, rest in header.breadcrumbs:
        known = outlet_named_in(rest)
        if known is not None:
            return known, "the breadcrumb line"
        for other_index, other in enumerate(lines):
            other_text = " ".join(other.split())
            if other_index != index and rest.endswith(other_text) and rest != other_text:
                middle = rest[: -len(other_text)].strip(" >›»/|")
                if middle:
                    return canonical_outlet(middle), "the breadcrumb line"
    for hint in header.outlet_hints:
        known = outlet_named_in(hint)
        if known is not None:
            return known, "a masthead line above the story"
    for line in [*lines, *footer]:
        known = outlet_of_domain_in(line)
        if known is not None:
            return known, "a web address in the page"
    if header.byline_outlet is not None:
        return header.byline_outlet, "the byline, after the writer's name"
    if body:
        agency = agency_of_dateline(body[0])
        if agency is not None:
            return agency, "the dateline's agency"
    short_hints = [h for h in header.outlet_hints if _NAME_OF_SITE.match(h) and not is_furniture(h)]
    if short_hints:
        return canonical_outlet(min(short_hints, key=len)), "a short line above the story"
    for line in lines:
        if not is_caption(line):
            known = outlet_named_in(line)
            if known is not None and (title is None or known not in title):
                return known, "a line above the story"
    for line in footer:
        for pattern in (_JOIN, _COPYRIGHT):
            match = pattern.match(line)
            if match is not None:
                name = canonical_outlet(match.group("name"))
                return name[:1].upper() + name[1:], "the footer"
        known = outlet_named_in(line)
        if known is not None and not is_caption(line):
            return known, "the footer"
    for line in [*footer, *lines]:
        credit = _CREDIT.match(line)
        if credit is not None:
            name = credit.group("name") or credit.group("source")
            return canonical_outlet(name), "a line saying where the story first ran"
    for paragraph in body:
        for pattern in _SELF_REFERENCE:
            match = pattern.search(paragraph)
            if match is not None:
                return canonical_outlet(match.group("name")), "the story naming itself"
    return None, "not found"
