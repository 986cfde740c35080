"""What a saved page's markup says apart from its story: JSON-LD, <time>, captions, text.

The page is parsed once (and kept for the next question about it); the article's
JSON-LD gives publisher, date and author, the first ``<time datetime>`` a date, a
``<figcaption>`` or a caption-classed element the photo caption.
"""

from __future__ import annotations

import functools
import re
from typing import Any

from briefing_tui.ingest.dates import parse_iso_date
from briefing_tui.ingest.furniture import caption_text, is_caption
from briefing_tui.ingest.outlets import outlet_named_in


def text_of(value: Any) -> str | None:
    """A metadata value as one line of text, or ``None`` when it is empty."""
    if value is None:
        return None
    text = " ".join(str(value).split())
    return text or None


@functools.lru_cache(maxsize=2)
def tree_of(html: str) -> Any:
    """The page parsed by lxml, or ``None`` when it cannot be parsed; read, never changed."""
    return _parsed(html)


def _parsed(html: str) -> Any:
    import lxml.etree  # type: ignore[import-untyped]
    import lxml.html  # type: ignore[import-untyped]

    try:
        return lxml.html.fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return None


_ARTICLE_TYPES = (
    "Article",
    "NewsArticle",
    "ReportageNewsArticle",
    "AnalysisNewsArticle",
    "BlogPosting",
    "WebPage",
)


def linked_data(html: str) -> dict[str, str]:
    """Publisher, date, author and address of the page's JSON-LD article, where it has one."""
    import json

    if "ld+json" not in html:
        return {}
    tree = tree_of(html)
    if tree is None:
        return {}
    items: list[Any] = []
    for script in tree.xpath("//script[contains(@type, 'ld+json')]"):
        try:
            data = json.loads(script.text_content() or "null")
        except ValueError:
            continue
        pending = data if isinstance(data, list) else [data]
        while pending:
            item = pending.pop(0)
            if isinstance(item, dict):
                items.append(item)
                graph = item.get("@graph")
                if isinstance(graph, list):
                    pending.extend(graph)
    for item in items:
        kinds = item.get("@type")
        kinds = kinds if isinstance(kinds, list) else [kinds]
        if not any(k in _ARTICLE_TYPES for k in kinds if isinstance(k, str)):
            continue
        found: dict[str, str] = {}
        for key, field in (("published", "datePublished"), ("url", "url")):
            value = text_of(item.get(field))
            if value:
                found[key] = value
        publisher = item.get("publisher")
        name = text_of(publisher.get("name")) if isinstance(publisher, dict) else text_of(publisher)
        if name:
            found["publisher"] = name
        authors = item.get("author")
        authors = authors if isinstance(authors, list) else [authors]
        names = [
            text_of(a.get("name")) if isinstance(a, dict) else text_of(a)
            for a in authors
            if a is not None
        ]
        people = [n for n in names if n and not outlet_named_in(n)]
        if people:
            found["author"] = ", ".join(people)
        return found
    return {}


def time_element(html: str) -> Any:
    """The date of the page's first ``<time datetime=...>``, as many sites mark publication."""
    if "<time" not in html:
        return None
    tree = tree_of(html)
    if tree is None:
        return None
    for stamp in tree.xpath("//time/@datetime")[:3]:
        found = parse_iso_date(str(stamp))
        if found is not None:
            return found
    return None


def page_caption(html: str) -> str | None:
    """The first photo caption of the page, if it has one."""
    tree = tree_of(html)
    if tree is None:
        return None
    found = tree.xpath("//figcaption | //*[contains(@class, 'caption') and not(.//figcaption)]")
    for node in found:
        # "caption<span>REUTERS/Name</span>": the parts of a caption are words apart
        text = " ".join(" ".join(node.itertext()).split())
        text = caption_text(re.sub(r"([(\[])\s+|\s+([)\].,;:])", r"\1\2", text))
        if text:
            return str(text)
    # a caption the page sets just after its picture without marking it as one
    for node in tree.xpath("//img/following-sibling::*[1][not(self::img)]"):
        text = " ".join(" ".join(node.itertext()).split())
        if text and len(text) < 400 and is_caption(text):
            return str(text)
    return None


def visible_text(html: str) -> str:
    """The page's text without markup, for pages trafilatura finds no story in."""
    tree = _parsed(html)  # a copy of its own: scripts and styles are dropped from it
    if tree is None:
        return ""
    for bad in tree.xpath("//script|//style|//noscript"):
        bad.drop_tree()
    return "\n".join(" ".join(t.split()) for t in tree.itertext() if t.strip())
