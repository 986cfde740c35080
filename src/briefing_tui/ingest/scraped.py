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
    bare_name,
    byline_name,
    byline_outlet,
    caseless_name,
    names_only_an_outlet,
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
    is_menu,
    is_prose,
    is_teaser,
    is_teaser_heading,
    menu_items,
)
from briefing_tui.ingest.headline import choose_title, ends_with_stop, without_site
from briefing_tui.ingest.places import PLACE_FORMS
from briefing_tui.ingest.site_outlet import page_outlet

_CAPTION_LABEL = re.compile(r"^\s*caption\s*:?\s*$", re.I)
_BREADCRUMB = re.compile(r"^\s*home\s+(?P<rest>.+)$", re.I)
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
    agency_byline: bool = False
    caption: str | None = None
    first_menu: int = -1  # the index of the site's first menu row, -1 without one


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
    title_index, title = choose_title(_below_menu(header, header_lines), header_lines, opening)
    author = header.author or _name_after_title(header_lines, title_index, title)
    outlet, outlet_where = page_outlet(header, header_lines, title, body_lines, footer_lines)
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
    elif header.agency_byline:
        author = None  # "By REUTERS": the byline names only an agency, so no writer
        found["author"] = "not found: the byline names only an agency"
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


def _below_menu(header: _Header, lines: list[str]) -> list[tuple[int, str]]:
    """The header's headline candidates, less the masthead's motto above the site's menu.

    A page prints its name, maybe a motto ("Le quotidien de l'économie"), then its menu,
    then the story's headline: a line of a few words below the menu is the headline.
    Only a menu near the top, under a short first line, is the site's own.
    """
    below = [c for c in header.candidates if c[0] > header.first_menu]
    top = 0 < header.first_menu <= 3 and len(lines[0].split()) <= 4
    if not top or not any(len(text.split()) >= 3 for _, text in below):
        return header.candidates
    return below


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
        if top and (is_menu(parts) or is_menu(menu_items(line))):
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
            if not ends_with_stop(line) and _byline_or_date_below(lines, index):
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
        if is_teaser_heading(stripped):
            break  # "MÁS INFORMACIÓN": links to other stories follow, and no byline
        name = byline_name(stripped) or _name_before_date(stripped)
        if name is None and len(stripped) < 60:
            name = bare_name(stripped)
        if name is None and index == 1 and len(lines[0]) > 80:
            name = _caseless_byline(stripped, lines[index + 1 :])
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


def _caseless_byline(line: str, rest: list[str]) -> str | None:
    """A name in a script without capitals standing alone below the standfirst ("דנה לוי").

    Only where it stands tells it for a name: the story that follows does not name it,
    as a lead names the people it is about.
    """
    name = caseless_name(line)
    if name is None or any(word in _PLACE_WORDS for word in name.split()):
        return None
    story = " ".join(rest)[:1500]
    return None if set(name.split()) & set(story.split()) else name


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
        # "Door Marieke de Graaf   10 september 2019": a byline and a date set apart by a gap
        gapped = " | ".join(menu_items(line))
        if not is_date_line(stripped) and gapped != stripped and is_date_line(gapped):
            stripped = gapped
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
        if names_only_an_outlet(stripped):
            header.agency_byline = True
            header.byline_outlet = header.byline_outlet or byline_outlet(stripped)
            continue
        name = caseless_name(stripped)
        if (
            name is not None
            and header.author is None
            and len(menu_items(line)) == 1  # not a row of a menu's items
            and (_beside_date_line(lines, index, header) or _below_standfirst(lines, index, header))
            and not set(name.split()) & set(story[:600].split())
        ):
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
        if is_menu(parts) or is_menu(menu_items(line)):
            header.outlet_hints.extend(parts)
            if header.first_menu < 0:
                header.first_menu = index
            continue
        header.candidates.append((index, parts[0]))
        header.outlet_hints.extend(parts[1:])
    return header


def _beside_date_line(lines: list[str], index: int, header: _Header) -> bool:
    """True for a line just below the date line, or just above it under the headline.

    A name in a script without capitals is told from a headline or a section by where
    it stands: pages set the writer's name against the date, and a writer is not named
    in the lead, as a headline's people are. A line naming a city ("القدس المحتلة") is
    where the story was filed from, not who wrote it.
    """
    if any(word in _PLACE_WORDS for word in lines[index].split()):
        return False
    below = index > 0 and is_date_line(" ".join(lines[index - 1].split()))
    above = index + 1 < len(lines) and is_date_line(" ".join(lines[index + 1].split()))
    return below or (above and bool(header.candidates))


def _below_standfirst(lines: list[str], index: int, header: _Header) -> bool:
    """True for a line just below a standfirst, the long line under the headline."""
    if any(word in _PLACE_WORDS for word in lines[index].split()):
        return False
    under_headline = any(i == index - 2 and len(text.split()) >= 3 for i, text in header.candidates)
    return under_headline and len(lines[index - 1]) > 80


def _name_after_title(lines: list[str], title_index: int, title: str | None) -> str | None:
    """A byline without 'By': a short line of capitalised names just below the title."""
    if title_index < 0:
        return None
    for index, line in enumerate(lines):  # below the headline's last repeat
        if title is not None and without_site(" ".join(line.split())) == title:
            title_index = max(title_index, index)
    for line in lines[title_index + 1 : title_index + 5]:
        stripped = " ".join(line.split()).strip(" |")
        if stripped == title or is_date_line(stripped):
            continue
        name = bare_name(stripped)
        if name is not None:
            return name
    return None
