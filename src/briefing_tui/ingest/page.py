"""A news page saved from a browser: the story and its metadata, extracted offline.

Trafilatura is only ever given the page's text, never an address, so it
cannot fetch anything; the page's own metadata (Open Graph, JSON-LD, meta
tags) gives title, outlet, author and date where the site provides them.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any
from urllib.parse import urlsplit

from briefing_tui.ingest.bylines import bare_name, byline_name, names_a_desk
from briefing_tui.ingest.dates import find_dates, is_date_line, parse_iso_date
from briefing_tui.ingest.dating import dateline_date, publication_day
from briefing_tui.ingest.draft import Draft
from briefing_tui.ingest.furniture import is_caption, is_furniture
from briefing_tui.ingest.native_names import is_native, latin_outlet
from briefing_tui.ingest.outlets import (
    agency_of_dateline,
    canonical_outlet,
    is_known_outlet,
    outlet_named_in,
    outlet_of_domain_in,
    outlet_of_url,
    site_labels,
)
from briefing_tui.ingest.page_markup import (
    linked_data,
    page_caption,
    text_of,
    time_element,
    tree_of,
    visible_text,
)
from briefing_tui.ingest.scraped import read_scraped

_TITLE_SUFFIX = re.compile(r"\s+[|–—]\s+[^|–—]{2,60}$")
_BY = re.compile(r"^\s*by\s+", re.I)


def read_page(html: str) -> Draft:
    """Extract the story of a saved HTML page into a draft article."""
    import trafilatura

    found = trafilatura.bare_extraction(
        html,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        include_images=False,
        include_links=False,
        output_format="python",
    )
    if found is None:
        return read_scraped(visible_text(html))
    meta: dict[str, Any] = found.as_dict() if hasattr(found, "as_dict") else dict(found)
    text = str(meta.get("text") or "")
    title = _clean_title(meta.get("title"))
    url = text_of(meta.get("url"))
    sitename = text_of(meta.get("sitename"))
    if sitename:  # a date a <title> adds after the site's name is not part of it
        sitename = _TITLE_DATE.sub("", sitename) or sitename
    if title is None or (sitename and title.casefold() == sitename.casefold()):
        title = _title_tag(html, sitename) or title
    title = _headline(html, title)
    paragraphs = [p for p in text.split("\n") if p.strip()]
    if paragraphs and title and " ".join(paragraphs[0].split()) == title:
        paragraphs = paragraphs[1:]
    paragraphs = [p for p in paragraphs if not is_furniture(p) and not is_date_line(p)]
    # a photo caption the page marks up as a paragraph goes to caption:, not the body
    captions = [p.strip() for p in paragraphs if is_caption(p) and len(p) < 400]
    paragraphs = [p for p in paragraphs if p.strip() not in captions]
    outlet = outlet_of_url(url) or (canonical_outlet(sitename) if sitename else None)
    if outlet is not None and is_native(outlet):  # "عنب بلدي" on enabbaladi.net: Enab Baladi
        labels = site_labels(urlsplit(url).hostname or "") if url else []
        outlet = latin_outlet(outlet, labels) or outlet
    outlet_where = "the page's address or site name" if outlet else "not found"
    if outlet is None and paragraphs:
        outlet = agency_of_dateline(paragraphs[0])
        outlet_where = "the dateline's agency" if outlet else outlet_where
    visible = visible_text(html) if outlet is None else ""
    if outlet is None:
        outlet = outlet_of_domain_in(visible)
        outlet_where = "a web address in the page" if outlet else outlet_where
    if outlet is None:
        outlet = _site_in_title_tag(html, title)
        outlet_where = "the site's name in the page's <title>" if outlet else outlet_where
    guessed = _stated(parse_iso_date(text_of(meta.get("date"))), html)
    # a date the markup states is the page's; one the extractor read from the visible text
    # yields to the page's own date line, which tells a publication from an update
    published = guessed if guessed is not None and guessed.isoformat() in html else None
    published_where = "the page's metadata" if published else "not found"
    if published is None:
        published = _date_line(text) or dateline_date(text, paragraphs)
        published_where = "the page's text" if published else published_where
    author = text_of(meta.get("author"))
    author_where = "the page's metadata" if author else "not found"
    if author:
        author = _writers(_BY.sub("", author).replace(";", ","))
        printed = _byline_element(html)
        if printed is not None and author not in printed and author in _byline_text(html):
            # the metadata kept the writer's city of "موسكو - رامي الحسيني", not the name
            author = printed
        elif (
            printed is not None
            and printed != author
            and printed in author
            and _words(author) == _words(_byline_text(html))
        ):
            # the metadata took the whole byline, label and all: "Текст: Евгений Шаламов"
            author = printed
        if is_known_outlet(author) or outlet_named_in(author) is not None or not _a_person(author):
            author, author_where = None, "not found"  # an outlet or a desk, not a writer
    if outlet is None or published is None or author is None:
        linked = linked_data(html)
        if outlet is None and linked.get("publisher"):
            outlet = outlet_of_url(linked.get("url")) or canonical_outlet(linked["publisher"])
            outlet_where = "the page's JSON-LD publisher"
        if published is None and linked.get("published"):
            published = parse_iso_date(linked["published"])
            published_where = "the page's JSON-LD datePublished" if published else published_where
        if author is None and linked.get("author"):
            author = linked["author"]
            author_where = "the page's JSON-LD author"
    if published is None:
        published = time_element(html)
        published_where = "the page's <time datetime>" if published else published_where
    if outlet is None or published is None or author is None:
        # what the metadata lacks, the page's visible lines may still say, as on a scraped page
        scraped = read_scraped(visible or visible_text(html))
        if outlet is None and scraped.source:
            outlet = scraped.source
            outlet_where = f"the page's text: {scraped.found.get('source', '')}"
        if published is None and scraped.published:
            published = scraped.published
            published_where = f"the page's text: {scraped.found.get('published', '')}"
        if author is None and scraped.author:
            author = scraped.author
            author_where = f"the page's text: {scraped.found.get('author', '')}"
    if published is None and guessed is not None:
        published, published_where = guessed, "the page's text, as the extractor read it"
    return Draft(
        title=title,
        body="\n\n".join(p.strip() for p in paragraphs),
        source=outlet,
        author=author,
        published=published,
        url=url if url and url.startswith(("http://", "https://")) else None,
        caption=page_caption(html) or (captions[0] if captions else None),
        found={
            "title": "the page's metadata or headline" if title else "not found",
            "source": outlet_where,
            "published": published_where,
            "author": author_where,
        },
    )


def _stated(day: dt.date | None, html: str) -> dt.date | None:
    """The extractor's date, unless it is only a year it found ("© 2018") made into 1 January.

    Given a bare year, the extractor answers the year's first day; a page published that
    day says so somewhere in its markup or its text.
    """
    if day is None or (day.month, day.day) != (1, 1):
        return day
    if day.isoformat() in html or any(f.date == day for f in find_dates(visible_text(html))):
        return day
    return None


def _date_line(text: str) -> Any:
    """The date of the first line of the extracted text that holds only a date."""
    for line in text.split("\n")[:12]:
        if is_date_line(" ".join(line.split())):
            return publication_day(line, text)
    return None


def _clean_title(value: Any) -> str | None:
    """The headline without the site name some pages append to it."""
    title = text_of(value)
    if title is None:
        return None
    return _TITLE_SUFFIX.sub("", title) or title


def _writers(author: str) -> str:
    """The writers a metadata author lists, without an outlet or a stray letter beside them.

    "Rachel Adler | i24NEWS" comes out of some extractors as "Rachel Adler, I": the
    pieces that are not a writer's name go, so long as one name is left.
    """
    parts = [" ".join(p.split()) for p in author.split(",")]
    names = [
        p
        for p in parts
        if len(p.split()) >= 2 and not is_known_outlet(p) and outlet_named_in(p) is None
    ]
    return ", ".join(names) if names and len(names) < len(parts) else author


def _byline_text(html: str) -> str:
    """The text of the element the page marks as its byline or author, if any."""
    tree = tree_of(html)
    if tree is None:
        return ""
    for node in tree.xpath(
        "//*[contains(@class, 'author') or contains(@class, 'byline') or @itemprop = 'author']"
    ):
        text = " ".join(" ".join(node.itertext()).split())
        if text:
            return str(text)
    return ""


def _byline_element(html: str) -> str | None:
    """The writer's name the page's byline element prints, read as a byline is read."""
    text = _byline_text(html)
    if not text or len(text) > 100:
        return None
    return byline_name(text) or bare_name(text)


def _words(text: str) -> list[str]:
    return re.findall(r"[^\W_]+", text.casefold())


def _a_person(name: str) -> bool:
    """False for a desk or a newsroom as a byline names it ("Reuters Staff", "Redaktion")."""
    return not names_a_desk(name)


def _headline(html: str, title: str | None) -> str | None:
    """The page's own heading where the metadata title adds a section or is only the site's name.

    "Headline - Israel News" with an ``<h1>`` "Headline" gives the heading; a title that is
    nothing but an outlet's name gives way to the first heading that is not one.
    """
    tree = tree_of(html) if "<h" in html else None
    if tree is None:
        return title
    headings = [" ".join(h.text_content().split()) for h in tree.xpath("//h1 | //h2")[:6]]
    headings = [h for h in headings if len(h.split()) >= 3 and not is_known_outlet(h)]
    if not headings:
        return title
    if title is None or is_known_outlet(title) or outlet_named_in(title) == title:
        return headings[0]
    for heading in headings:
        rest = title[len(heading) :]
        if title.startswith(heading) and re.match(r"\s+[-|–—:·]\s+\S", rest):
            return heading
    return title


def _title_tag(html: str, sitename: str | None) -> str | None:
    """The page's ``<title>`` without the site's name, for pages whose main heading is the site."""
    tree = tree_of(html)
    if tree is None:
        return None
    found = tree.findtext(".//title")
    if not found:
        return None
    parts = [p.strip() for p in re.split(r"\s+[|–—-]\s+", " ".join(found.split()))]
    site = (sitename or "").casefold()
    kept = [p for p in parts if p and p.casefold() != site]
    return max(kept, key=len) if kept else None


_TITLE_DATE = re.compile(r"[,\s]+\d{1,4}[./-]\d{1,2}[./-]\d{1,4}$")


def _site_in_title_tag(html: str, headline: str | None) -> str | None:
    """The site's name the ``<title>`` adds to the headline ("… | الجزيرة نت", "… - Index")."""
    tree = tree_of(html)
    found = tree.findtext(".//title") if tree is not None else None
    if not found:
        return None
    parts = [p.strip() for p in re.split(r"\s+[|–—-]\s+", " ".join(found.split())) if p.strip()]
    # a date the site adds after its name ("- РИА Новости, 23.01.2020") is not part of it
    parts = [_TITLE_DATE.sub("", p) or p for p in parts]
    rest = [p for p in parts if p != headline and len(p.split()) <= 4]
    if len(rest) == len(parts):
        return None  # no headline in the title: nothing says which part is the site
    for part in rest:
        known = outlet_named_in(part)
        if known is not None:
            return known
    return canonical_outlet(rest[0]) if rest else None
