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

from briefing_tui.ingest.dates import find_date, is_date_line
from briefing_tui.ingest.draft import Draft
from briefing_tui.ingest.furniture import (
    ends_sentence,
    is_caption,
    is_furniture,
    is_prose,
    is_teaser,
    is_teaser_heading,
)
from briefing_tui.ingest.outlets import canonical_outlet, outlet_named_in

_BYLINE = re.compile(r"^\s*(?:avatar\s+)?(?:written\s+)?by\s+(?P<name>[^|,;]{3,80}?)\s*$", re.I)
_NAME = re.compile(r"^(?:[A-Z][\w'’.-]*\.?\s+){1,3}[A-Z][\w'’-]+$")
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
    ]
)


@dataclass
class _Header:
    """What the lines above the story told us."""

    candidates: list[tuple[int, str]] = field(default_factory=list)
    outlet_hints: list[str] = field(default_factory=list)
    breadcrumbs: list[tuple[int, str]] = field(default_factory=list)
    author: str | None = None
    published: dt.date | None = None
    caption: str | None = None


def read_scraped(text: str) -> Draft:
    """Turn scraped page text into a draft article."""
    lines = [line for line in text.split("\n") if line.strip()]
    start = _story_start(lines)
    header_lines, story_lines = lines[:start], lines[start:]
    body_lines, footer_lines = _clean_story(story_lines)
    header = _read_header(header_lines)
    opening = " ".join(body_lines[:3])
    title_index, title = _choose_title(header, header_lines, opening)
    author = header.author or _name_after_title(header_lines, title_index, title)
    outlet = _outlet(header, header_lines, title_index, title, body_lines, footer_lines)
    body = "\n\n".join(line.rstrip("\n") for line in body_lines)
    return Draft(
        title=title,
        body=body,
        source=outlet,
        author=author,
        published=header.published,
        caption=header.caption,
    )


def _story_start(lines: list[str]) -> int:
    """The index of the first paragraph of the story proper."""
    for index, line in enumerate(lines):
        if is_prose(line) and not _follows_caption_label(lines, index):
            return index
    for index, line in enumerate(lines):
        if len(line.strip()) >= 40 and not is_furniture(line) and not is_date_line(line):
            return index
    return 0


def _follows_caption_label(lines: list[str], index: int) -> bool:
    return index > 0 and _CAPTION_LABEL.match(lines[index - 1]) is not None


def _clean_story(lines: list[str]) -> tuple[list[str], list[str]]:
    """The story's paragraphs, and the furniture lines taken out of it."""
    kept: list[str] = []
    dropped: list[str] = []
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
                index += 1
                skipped += 1
            continue
        if is_furniture(stripped) or is_date_line(stripped):
            dropped.append(line)
        else:
            kept.append(line)
        index += 1
    while kept and len(kept[-1].strip()) < 100 and not ends_sentence(kept[-1]):
        dropped.append(kept.pop())
    return kept, dropped


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
            if header.published is None:
                header.published = find_date(stripped)
            continue
        byline = _BYLINE.match(stripped)
        if byline is not None:
            header.author = header.author or byline.group("name").strip()
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


def _words(text: str) -> set[str]:
    return {w.lower() for w in _WORD.findall(text)}


def _choose_title(header: _Header, lines: list[str], opening: str) -> tuple[int, str | None]:
    """The header line most like a headline: repeated, and sharing words with the story."""
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
    return best


def _name_after_title(lines: list[str], title_index: int, title: str | None) -> str | None:
    """A byline without 'By': a short line of capitalised names just below the title."""
    if title_index < 0:
        return None
    for line in lines[title_index + 1 : title_index + 3]:
        stripped = " ".join(line.split())
        if stripped == title:
            continue
        words = {w.lower() for w in stripped.split()}
        if _NAME.match(stripped) and not words & _NOT_NAMES:
            return stripped
    return None


def _outlet(
    header: _Header,
    lines: list[str],
    title_index: int,
    title: str | None,
    body: list[str],
    footer: list[str],
) -> str | None:
    """The outlet, from header lines first, then from the footer and the story's own words."""
    for index, rest in header.breadcrumbs:
        known = outlet_named_in(rest)
        if known is not None:
            return known
        for other_index, other in enumerate(lines):
            other_text = " ".join(other.split())
            if other_index != index and rest.endswith(other_text) and rest != other_text:
                middle = rest[: -len(other_text)].strip(" >›»/|")
                if middle:
                    return canonical_outlet(middle)
    for hint in header.outlet_hints:
        known = outlet_named_in(hint)
        if known is not None:
            return known
    short_hints = [h for h in header.outlet_hints if _NAME_OF_SITE.match(h) and not is_furniture(h)]
    if short_hints:
        return canonical_outlet(min(short_hints, key=len))
    for index, line in enumerate(lines):
        if index != title_index and not is_caption(line):
            known = outlet_named_in(line)
            if known is not None and (title is None or known not in title):
                return known
    for line in footer:
        for pattern in (_JOIN, _COPYRIGHT):
            match = pattern.match(line)
            if match is not None:
                name = canonical_outlet(match.group("name"))
                return name[:1].upper() + name[1:]
        known = outlet_named_in(line)
        if known is not None and not is_caption(line):
            return known
    for paragraph in body:
        for pattern in _SELF_REFERENCE:
            match = pattern.search(paragraph)
            if match is not None:
                return canonical_outlet(match.group("name"))
    return None
