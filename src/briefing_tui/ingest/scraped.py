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

from briefing_tui.ingest.bylines import (
    SITE_NAME,
    bare_name,
    byline_name,
    byline_outlet,
    caseless_name,
    reporter_in,
)
from briefing_tui.ingest.dates import date_line_parts, find_date, is_date_line
from briefing_tui.ingest.dating import (
    PUBLISHED,
    UPDATED,
    address_date,
    dateline_date,
    publication_day,
)
from briefing_tui.ingest.draft import Draft
from briefing_tui.ingest.furniture import (
    caption_text,
    ends_sentence,
    is_caption,
    is_credit_line,
    is_furniture,
    is_prose,
    is_teaser,
    is_teaser_heading,
    menu_items,
)
from briefing_tui.ingest.outlets import (
    agency_of_dateline,
    canonical_outlet,
    display_name,
    is_known_outlet,
    masthead_outlet,
    outlet_named_in,
    outlet_of_domain_in,
    outlet_of_own_domain,
)
from briefing_tui.ingest.places import PLACE_FORMS

# Where a reprint names the outlet it first ran in: "Originally published by Reuters".
_CREDIT = re.compile(
    r"^\s*(?:this\s+(?:article|story)\s+)?(?:was\s+)?(?:originally|first)\s+(?:published|appeared)"
    r"\s+(?:by|in|on|at)\s+(?P<name>[^.,;()]{2,60}?)\s*(?:[.,;(]|$)"
    r"|^\s*(?:source|quelle|fonte|źródło|forrás|источник|المصدر)\s*:\s*(?P<source>[^.,;()]{2,60}?)\s*\.?\s*$",
    re.I,
)
# A line listing the story's sources, the site's own address among the agencies.
_SOURCES = re.compile(
    r"^\s*(?:sources?|quellen?|fonti|fonte|fuentes?|źródła|źródło|forrás|источники?|المصدر"
    r"|kaynak)\s*:",
    re.I,
)
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
_WORD = re.compile(r"[^\W\d_]{3,}")
_PLACE_WORDS = frozenset(form for forms in PLACE_FORMS.values() for form in forms)


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
    body_lines = _without_top_furniture(body_lines)
    captions = [caption_text(line) for line in footer_lines if is_caption(line.split("\n")[-1])]
    header = _read_header(header_lines, "\n".join(story_lines))
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
        author = reporter_in(footer_lines)
        if author is not None:
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


def _without_top_furniture(lines: list[str]) -> list[str]:
    """The story without the short lines among its first that are no part of it.

    Between a standfirst and the lead a page sets a writer's post ("Korrespondent in
    Moskau") or a row of buttons ("Drucken | Versenden | Merken"): a short line that ends
    no sentence, just above a paragraph of the story, is the page's, not the story's.
    """
    kept: list[str] = []
    for index, line in enumerate(lines):
        stripped = " ".join(line.split())
        top = index < 3 and any(is_prose(below) for below in lines[index + 1 : index + 3])
        parts = [p for p in stripped.split(" | ") if p]
        if top and len(stripped) < 60 and not ends_sentence(stripped) and kept:
            continue
        if top and (_is_menu(parts) or _is_menu(menu_items(line))):
            continue
        kept.append(line)
    return kept


def _date_in(lines: list[str]) -> dt.date | None:
    """The date of the first line below the story that holds only a date."""
    for line in lines:
        if is_date_line(" ".join(line.split())):
            return find_date(line)
    return None


def _story_start(lines: list[str]) -> int:
    """The index of the first paragraph of the story proper."""
    for index, line in enumerate(lines):
        if is_prose(line) and not _follows_caption_label(lines, index):
            if not _ends_with_stop(line) and _byline_or_date_below(lines, index):
                continue  # a headline ending on a quotation ('… "l'Iran vuole distruggerci"')
            return index
    for index, line in enumerate(lines):
        if len(line.strip()) >= 40 and not is_furniture(line) and not is_date_line(line):
            return index
    return 0


def _byline_or_date_below(lines: list[str], index: int) -> bool:
    """True when a byline or a date line follows within a few lines, as under a headline."""
    for line in lines[index + 1 : index + 5]:
        stripped = " ".join(line.split())
        if is_date_line(stripped) or byline_name(stripped) is not None:
            return True
    return False


def _byline_in_story(lines: list[str]) -> tuple[str | None, list[str]]:
    """A byline just below a standfirst (which looks like the story's start), taken out."""
    for index, line in enumerate(lines[:6]):
        stripped = " ".join(line.split())
        name = byline_name(stripped) or _name_before_date(stripped)
        if name is None and len(stripped) < 60:
            name = bare_name(stripped)
        if name is None:
            # a byline set apart on the date line: "03.06.2016 à 11h25 | Par Claire Mérignac"
            parts = date_line_parts(stripped) or []
            names = [byline_name(p) for p in parts[1:] if len(parts) > 1 and not is_date_line(p)]
            found = [n for n in names if n is not None]
            if found:
                return found[0], lines  # the date line stays, to date the page
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
        if _has_credit_below(lines, index) and not is_prose(stripped):
            dropped.append(caption_text(line) + "\n" + lines[index + 1].strip())
            index += 2
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


_NAME_AND_DATE = re.compile(r"^(?P<name>[^,|]{5,60}),\s*(?P<date>[^,|]{4,40})$")


def _name_before_date(line: str) -> str | None:
    """A byline that gives the writer's name and then a date ('Eliyahu Kaplan, 20/Adar I/5779')."""
    match = _NAME_AND_DATE.match(line)
    if match is None or not re.search(r"\d", match.group("date")):
        return None
    return bare_name(match.group("name"))


def _has_credit_below(lines: list[str], index: int) -> bool:
    """A short line of words with a photo credit alone on the next line is that photo's caption."""
    if index + 1 >= len(lines) or not is_credit_line(lines[index + 1]):
        return False
    stripped = " ".join(lines[index].split())
    return (
        15 <= len(stripped) < 300
        and not is_credit_line(stripped)
        and not is_date_line(stripped)
        and not is_furniture(stripped)
        and byline_name(stripped) is None
    )


def _is_caption_line(line: str) -> bool:
    """A photo caption or credit inside the story ("... (photo credit: GPO)", "REUTERS/...")."""
    return is_caption(line) and (len(line) < 400 or line.endswith(")"))


def _read_header(lines: list[str], story: str = "") -> _Header:
    header = _Header()
    caption_next = False
    credit_of_caption = -1
    for index, line in enumerate(lines):
        stripped = " ".join(line.split())
        if index == credit_of_caption:
            continue
        if _CAPTION_LABEL.match(stripped):
            caption_next = True
            continue
        if caption_next or (is_caption(stripped) and len(stripped) > 40):
            caption_next = False
            if header.caption is None:
                header.caption = caption_text(line)
            continue
        if _has_credit_below(lines, index):
            # a caption on one line and its credit on the next, as the site prints them
            credit_of_caption = index + 1
            if header.caption is None:
                header.caption = caption_text(line) + "\n" + lines[index + 1].strip()
            continue
        if is_date_line(stripped):
            # a line that only gives the revision date yields to one giving the publication
            revision = UPDATED.search(stripped) is not None and not PUBLISHED.search(stripped)
            if header.published is None or (header.published_is_update and not revision):
                day = publication_day(stripped, story)
                if day is not None:
                    header.published, header.published_is_update = day, revision
            for part in date_line_parts(stripped) or []:  # "… | Par Claire Mérignac"
                if header.author is None and not is_date_line(part):
                    header.author = byline_name(part)
            continue
        name = byline_name(stripped) or _name_before_date(stripped)
        if name is not None:
            header.author = header.author or name
            header.byline_outlet = header.byline_outlet or byline_outlet(stripped)
            continue
        name = caseless_name(stripped)
        if name is not None and header.author is None and _beside_date_line(lines, index, header):
            header.author = name
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
        if _is_menu(parts) or _is_menu(menu_items(line)):
            header.outlet_hints.extend(parts)
            continue
        header.candidates.append((index, parts[0]))
        header.outlet_hints.extend(parts[1:])
    return header


def _beside_date_line(lines: list[str], index: int, header: _Header) -> bool:
    """True for a line just below the date line, or just above it under the headline.

    A name in a script without capitals is told from a headline or a section by where
    it stands: pages set the writer's name against the date. A line naming a city
    ("القدس المحتلة") is where the story was filed from, not who wrote it.
    """
    if any(word in _PLACE_WORDS for word in lines[index].split()):
        return False
    below = index > 0 and is_date_line(" ".join(lines[index - 1].split()))
    above = index + 1 < len(lines) and is_date_line(" ".join(lines[index + 1].split()))
    return below or (above and bool(header.candidates))


def _is_menu(parts: list[str]) -> bool:
    """A site's menu ("Israel & the Region | Jewish Times | Blogs"): short items, no headline.

    A headline with the site's name after it has two or three parts, the first a sentence's
    worth of words; a menu has three or more items of a few words each.
    """
    return len(parts) >= 3 and all(len(part.split()) <= 4 for part in parts)


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
            and not _ends_with_stop(text)  # a headline may end on a quotation, not a stop
        ):
            return index, text
    return best


def _ends_with_stop(text: str) -> bool:
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


def _masthead_above_menu(lines: list[str]) -> str | None:
    """The page's first line when it is a short name and the site's menu follows it.

    A site prints its own name above its menu ("El Diario" over "España · Mundo ·
    Economía"), so that line names the outlet even when no list knows it.
    """
    if len(lines) < 2:
        return None
    first = " ".join(lines[0].split())
    below = " ".join(lines[1].split())
    words = first.split()
    if not 1 <= len(words) <= 4 or len(first) > 40 or is_furniture(first) or is_date_line(first):
        return None
    if not all(w[:1].isupper() or not w[:1].islower() for w in words):
        return None  # a name's words begin with a capital, a digit, or a letter without case
    parts = [p.strip() for p in below.split(" | ") if p.strip()]
    if not (_is_menu(parts) or _is_menu(menu_items(lines[1]))):
        return None
    return canonical_outlet(display_name(first))


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
        if _SOURCES.match(hint):
            continue  # "Źródło: tvn24.pl, Reuters, PAP": where the story's material came from
        known = outlet_named_in(hint)
        if known is not None:
            return known, "a masthead line above the story"
    for line in [*lines, *footer]:
        known = outlet_of_domain_in(line)
        if known is not None:
            return known, "a web address in the page"
    masthead = masthead_outlet([*lines, *footer])
    if masthead is not None:
        return masthead, "the masthead, the page's first line"
    if header.byline_outlet is not None:
        return header.byline_outlet, "the byline, after the writer's name"
    if body:
        agency = agency_of_dateline(body[0])
        if agency is not None:
            return agency, "the dateline's agency"
    # a domain or copyright line of the page's own ("youm7.com", "Il Foglio – ilfoglio.it")
    own = outlet_of_own_domain([line for line in [*lines, *footer] if len(line.split()) <= 12])
    if own is not None:
        return own, "the page's own domain line"
    above_menu = _masthead_above_menu(lines)
    if above_menu is not None:
        return above_menu, "the masthead, the page's first line, above the site's menu"
    short_hints = [h for h in header.outlet_hints if SITE_NAME.match(h) and not is_furniture(h)]
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
