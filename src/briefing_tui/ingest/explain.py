"""How sure ingest is of each field it read, judged by where on the page it found it.

Metadata the site wrote for machines and the lines sites print for a field (a date
line, a byline) are trusted most; a field read off a dateline, a masthead or the
page's ``<title>`` less; one guessed from a short line, the footer or a credit line
least.  ``--dry-run`` and ``--json`` show this beside each field.
"""

from __future__ import annotations

from collections.abc import Mapping

from briefing_tui.ingest.draft import Draft

FIELDS = ("title", "source", "author", "published", "caption")

_HIGH = (
    "metadata",
    "json-ld",
    "address",
    "<time",
    "a date line above the story",
    "a byline",
    "the breadcrumb",
)
_MEDIUM = (
    "headline",
    "dateline",
    "masthead",
    "<title>",
    "a date line below the story",
    "the page's text",
    "below the standfirst",
    "reporting by",
    "a line of names",
    "the byline, after",
    "a photo caption",
)


def sureness(where: str) -> str:
    """``high``, ``medium`` or ``low`` for a place a field was found; ``none`` when it was not."""
    text = where.casefold()
    if not text or text == "not found":
        return "none"
    # "the page's text: a byline" is as sure as the byline it names
    detail = text.split(": ", 1)[-1]
    if any(word in detail for word in _HIGH):
        return "high"
    if any(word in text for word in (*_HIGH, *_MEDIUM)):
        return "medium"
    return "low"


def explained(draft: Draft) -> dict[str, dict[str, str]]:
    """For each field, where it was found and how sure that is."""
    found: Mapping[str, str] = draft.found
    values = {
        "title": draft.title,
        "source": draft.source,
        "author": draft.author,
        "published": draft.published,
        "caption": draft.caption,
    }
    rows: dict[str, dict[str, str]] = {}
    for name in FIELDS:
        where = found.get(name) or ("a photo caption or credit" if name == "caption" else "")
        if values[name] is None:
            where = "not found"
        rows[name] = {"where": where or "the page", "sure": sureness(where or "the page")}
    return rows


def summary(draft: Draft) -> str:
    """One line for the terminal: each field found, where, and how sure."""
    labels = {"source": "outlet", "published": "date"}
    parts = []
    for name, row in explained(draft).items():
        label = labels.get(name, name)
        if row["sure"] == "none":
            parts.append(f"{label}: not found")
        else:
            parts.append(f"{label}: {row['where']} ({row['sure']})")
    return "; ".join(parts)
