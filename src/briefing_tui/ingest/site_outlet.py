"""The outlet of a scraped page, from the evidence its lines give, the surest first.

A breadcrumb or a masthead naming a known outlet, a web address, the masthead above the
site's menu, a byline's paper, the dateline's agency, the page's own domain line, a
copyright or "join" line at the foot, a line saying where the story first ran, and at
last the story naming itself ("Haaretz has learned").
"""

from __future__ import annotations

import re
from typing import Protocol

from briefing_tui.ingest.bylines import SITE_NAME
from briefing_tui.ingest.dates import is_date_line
from briefing_tui.ingest.furniture import is_caption, is_furniture, is_menu, menu_items
from briefing_tui.ingest.native_names import is_native, latin_outlet
from briefing_tui.ingest.outlets import (
    agency_of_dateline,
    canonical_outlet,
    display_name,
    domains_in,
    masthead_outlet,
    outlet_named_in,
    outlet_of_domain_in,
    outlet_of_own_domain,
    site_labels,
)

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


# What a site prints first when its menu, not its name, opens the page: "Home", "Menu".
_NAVIGATION = frozenset(
    [
        "home", "menu", "main menu", "search", "sections", "navigation", "skip to content",
        "sign in", "log in", "startseite", "accueil", "inicio", "início", "home page",
        "strona główna", "címlap", "главная", "головна", "αρχική", "voorpagina", "úvod",
        "anasayfa", "ana sayfa", "الرئيسية", "خانه", "ראשי",
    ]
)  # fmt: skip


class Evidence(Protocol):
    """What the lines above the story said of the outlet."""

    @property
    def breadcrumbs(self) -> list[tuple[int, str]]: ...
    @property
    def outlet_hints(self) -> list[str]: ...
    @property
    def byline_outlet(self) -> str | None: ...


def _masthead_above_menu(lines: list[str]) -> str | None:
    """The page's first line when it is a short name and the site's menu follows it.

    A site prints its own name above its menu ("El Diario" over "España · Mundo ·
    Economía", maybe with a row of links between), so that line names the outlet even
    when no list knows it.
    """
    if len(lines) < 2:
        return None
    first = " ".join(lines[0].split())
    words = first.split()
    if not 1 <= len(words) <= 4 or len(first) > 40 or is_furniture(first) or is_date_line(first):
        return None
    if first.casefold() in _NAVIGATION:
        return None
    if not all(w[:1].isupper() or not w[:1].islower() for w in words):
        return None  # a name's words begin with a capital, a digit, or a letter without case
    # the menu just below, or below a short row of links ("Sign In   Subscribe")
    second_short = len(" ".join(lines[1].split())) <= 40
    if not any(_is_menu_line(line) for line in lines[1 : 3 if second_short else 2]):
        return None
    return canonical_outlet(display_name(first))


def _is_menu_line(line: str) -> bool:
    parts = [p.strip() for p in " ".join(line.split()).split(" | ") if p.strip()]
    return is_menu(parts) or is_menu(menu_items(line))


def page_outlet(
    header: Evidence,
    lines: list[str],
    title: str | None,
    body: list[str],
    footer: list[str],
) -> tuple[str | None, str]:
    """The outlet and where it was found: header lines, addresses, the dateline, the footer.

    An outlet the page names only in another script ('וואלה! חדשות') goes by its Latin
    name where a known outlet's or the page's own address spells it.
    """
    outlet, where = _page_outlet(header, lines, title, body, footer)
    if outlet is not None and is_native(outlet):
        labels = [label for d in domains_in([*lines, *footer]) for label in site_labels(d)]
        latin = latin_outlet(outlet, labels)
        if latin is not None:
            return latin, where + ", in its Latin name"
    return outlet, where


def _page_outlet(
    header: Evidence,
    lines: list[str],
    title: str | None,
    body: list[str],
    footer: list[str],
) -> tuple[str | None, str]:
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
